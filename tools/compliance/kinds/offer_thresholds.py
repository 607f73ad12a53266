"""Spend thresholds under ``offer_terms``: a stated minimum must be the offer's.

Copy often restates the minimum purchase of an offer ("Spend $50 and …", "on orders of $60 or
more", "dès 55 € d'achat", "a partir de R$ 249,00", "ab 50 € Bestellwert"). A threshold the
copy states must be one the offer gives: its ``min_spend`` or a threshold its own terms or
disclosure state. A lower one promises the offer to buyers it is not for. A standing
statement's threshold, and a shipping threshold under an offer that is not free shipping, are
other promises.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, overlaps, violation
from nextbest.tools.compliance.kinds.offer_mentions import SHIPPING_WORDS
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.verdict import Violation

_MONEY = r"(?:r\$|[$£€]|\b(?:us\$|usd|gbp|eur|cad|aud|brl)\s?)\s?"
_NUM = r"(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_AFTER = r"\s?(?:€|£|\$|\b(?:eur|usd|gbp|brl|dollars?|euros?)\b)"
_THRESHOLD = re.compile(
    r"\b(?:spend|spending|orders? (?:of|over|above)|purchases? (?:of|over|above)|"
    r"minimum (?:purchase|order|spend)(?: of)?|min\.? (?:purchase|order|spend)|"
    r"a partir de|acima de|desde|des|ab|a partir d'|from orders of)\s+"
    + _MONEY
    + _NUM
    + r"|\b(?:spend|orders? (?:of|over)|purchases? (?:of|over)|des|ab|a partir de|desde)\s+"
    + _NUM
    + _AFTER
    + r"|"
    + _MONEY
    + _NUM
    + r"\s+(?:or more|and (?:up|over|above)|minimum|ou mais|o mas|ou plus|oder mehr)\b"
)
"""A spend threshold stated in copy (folded view)."""
_TOLERANCE = 0.005


@lru_cache(maxsize=512)
def _thresholds(text: str) -> tuple[float, ...]:
    """Every spend threshold a folded text states."""
    return tuple(_value(m) for m in _THRESHOLD.finditer(text))


def _value(match: re.Match[str]) -> float:
    """The number of a threshold match (whichever alternative matched)."""
    return read_number(next(g for g in match.groups() if g))


def _offer_thresholds(offer: Offer) -> set[float]:
    """Thresholds the offer gives: ``min_spend`` and those its own wording states."""
    wording = " ".join(w for w in (offer.terms, offer.disclosure, offer.name) if w)
    wording += " " + " ".join(offer.disclosure_by_channel.values())
    found = set(_thresholds(fold(wording).text))
    if offer.min_spend is not None:
        found.add(float(offer.min_spend))
    return found


def threshold_problems(rule: RuleLike, ctx: CheckContext, offer: Offer) -> list[Violation]:
    """A violation for the first stated spend threshold the offer does not give.

    Only offers with a threshold of their own are checked: a copy threshold on an offer
    without one ("free shipping on orders over $40" for an offer for everyone) is another
    rule's business.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.

    Returns:
        One violation, or none.
    """
    allowed = _offer_thresholds(offer)
    if not allowed:
        return []
    shipping_offer = offer.discount_type.value == "free_shipping"
    for name, text in ctx.fields.items():
        statements = ctx.statement_spans.get(name, [])
        for match in _THRESHOLD.finditer(text.folded.text):
            value = _value(match)
            if any(abs(value - a) <= _TOLERANCE for a in allowed):
                continue
            start, end = text.folded.original_span(*match.span())
            if overlaps(start, end, statements):
                continue  # a standing statement's own threshold
            s_start, s_end = text.sentence_at(start)
            clause = fold(text.original[s_start:s_end]).text.split()
            if not shipping_offer and set(clause) & SHIPPING_WORDS:
                continue  # "free shipping on orders over $40": the shipping policy's threshold
            words = text.original[start:end]
            expected = ", ".join(f"{a:g}" for a in sorted(allowed))
            return [
                violation(
                    rule,
                    f"{words!r} does not match offer {offer.id!r}: its minimum spend is "
                    f"{expected}.",
                    field=name,
                    span=(start, end),
                    evidence=words,
                    fix_hint=f"State the offer exactly as approved: {offer.terms}",
                )
            ]
    return []
