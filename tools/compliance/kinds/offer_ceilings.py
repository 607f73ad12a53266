"""An "up to" offer stated flat under ``offer_terms``: the ceiling is not every item's discount.

An offer approved as "up to 30% off selected ranges" gives 30% off some items only; copy that
says "30% off" (without "up to") states the ceiling as the discount on everything, the
classic overstatement price regulators name (CMA pricing guidance, FTC 16 CFR 233). A figure
is a ceiling of the offer when its name, terms or disclosure state it after "up to" ("up to
30% off", "save up to £200") and never as a flat amount off. A copy mention of that figure
must say "up to" (or ``jusqu'à``, ``bis zu``, ``hasta``) right before it.

Hindi, Punjabi and Urdu put their "up to" after the amount, as a postposition ("₹5,000 तक",
"₹5,000 ਤੱਕ", "5,000 روپے تک"), and an amount so capped is often a bonus or cashback, not an
amount off. An amount of money the offer's wording gives only with that postposition after it
is a money ceiling (:func:`money_ceilings`): a copy price of that figure without it, before or
after, states the ceiling flat.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.folded_alternatives import folded_alternatives
from nextbest.tools.compliance.kinds.offer_mentions import CURRENCY, CURRENCY_AFTER, NUMBER
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import read_number

_UP_TO = r"(?:up to|jusqu'a|jusqu'à|bis zu|hasta(?: un)?)"
_AMOUNT_OFF = (
    r"(?:" + CURRENCY + NUMBER + r"|(?<![\w.])" + NUMBER + r"(?:\s?(?:%|percent)|" + CURRENCY_AFTER
    + r"))\s*(?:off|discount)\b"
)  # fmt: skip
_CEILING = re.compile(r"\b" + _UP_TO + r"\s+" + _AMOUNT_OFF)
_FLAT = re.compile(_AMOUNT_OFF)
_SAVE_UP_TO = re.compile(
    r"\b(?:save|saving|savings of)\s+" + _UP_TO + r"\s+(?:" + CURRENCY + NUMBER + r"|" + NUMBER
    + r"\s?(?:%|percent))"
)  # fmt: skip
_SAID_UP_TO = re.compile(_UP_TO + r"\s*$")
_UP_TO_AFTER_WORDS = ("तक", "ਤੱਕ", "تک")
"""The postposed "up to" of Hindi, Punjabi and Urdu, as written."""
_UP_TO_AFTER_FOLDED = tuple({fold(w).text for w in _UP_TO_AFTER_WORDS})
"""The same, as the folded view writes them: the cheap literal test before a scan."""
_UP_TO_AFTER = folded_alternatives(*_UP_TO_AFTER_WORDS)
_MONEY = r"(?:" + CURRENCY + NUMBER + r"|(?<![\w.])" + NUMBER + CURRENCY_AFTER + r")"
_MONEY_FIGURE = re.compile(_MONEY)
_SAID_UP_TO_AFTER = re.compile(r"\s*(?:" + _UP_TO_AFTER + r")(?!\w)")
"""A postposed "up to" right after an amount (folded view)."""


def _figure(match: re.Match[str]) -> float:
    """The number a matched amount states (its first non-empty group)."""
    return read_number(next(g for g in match.groups() if g))


def flat_figures(folded: str) -> set[float]:
    """Figures a folded text states as a flat amount off ("30% off", not "up to 30% off").

    Args:
        folded: Folded text (copy or an offer's wording).

    Returns:
        The figures of its amounts off that no "up to" comes right before.
    """
    return {
        _figure(m)
        for m in _FLAT.finditer(folded)
        if _SAID_UP_TO.search(folded[max(0, m.start() - 12) : m.start()]) is None
    }


def ceilings(folded: str) -> frozenset[float]:
    """Figures a folded text states only as a ceiling ("up to 30% off", "save up to £200").

    Args:
        folded: Folded text (copy or an offer's wording).

    Returns:
        Each figure it gives after "up to" and never as a flat amount off.
    """
    found = {_figure(m) for m in _CEILING.finditer(folded)}
    found |= {_figure(m) for m in _SAVE_UP_TO.finditer(folded)}
    return frozenset(found - flat_figures(folded))


def ceiling_figures(offer: Offer) -> frozenset[float]:
    """Figures the offer's own wording states only as a ceiling ("up to 30% off").

    Args:
        offer: An approved offer.

    Returns:
        Each figure its name, terms or disclosure give after "up to" and never as a flat
        amount off elsewhere in that wording.
    """
    wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure or "") if w)
    return ceilings(fold(wording).text)


def money_ceilings(offer: Offer) -> frozenset[float]:
    """Amounts of money the offer's wording gives only with a postposed "up to" after them.

    "₹10,000 ਤੋਂ ₹50,000 ਤੱਕ ਬੋਨਸ" (a bonus from ₹10,000 up to ₹50,000) caps the bonus at
    ₹50,000; the lower figure is no ceiling.

    Args:
        offer: An approved offer.

    Returns:
        Each amount the offer's name, terms or disclosure write only with "तक", "ਤੱਕ" or "تک"
        right after it; empty when the wording has none of these words.
    """
    wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure or "") if w)
    folded = fold(wording).text
    if not any(word in folded for word in _UP_TO_AFTER_FOLDED):
        return frozenset()
    capped: set[float] = set()
    flat: set[float] = set()
    for match in _MONEY_FIGURE.finditer(folded):
        figure = _figure(match)
        (capped if _SAID_UP_TO_AFTER.match(folded, match.end()) else flat).add(figure)
    return frozenset(capped - flat)


def stated_flat(original: str, start: int, mention_text: str, end: int | None = None) -> bool:
    """Whether a mention at ``start`` of a field states its figure without "up to".

    Args:
        original: The field's original text.
        start: Where the mention starts in it.
        mention_text: The mention as matched, folded (``save up to 30%`` carries its "up to").
        end: Where the mention ends, to look for a postposed "up to" ("₹5,000 तक") after it.

    Returns:
        True when neither the mention nor the words right before it (nor, given ``end``, right
        after it) say "up to".
    """
    if re.search(r"\b" + _UP_TO + r"(?!\w)", mention_text):
        return False
    if end is not None and _SAID_UP_TO_AFTER.match(fold(original[end : end + 8]).text):
        return False
    return _SAID_UP_TO.search(original[max(0, start - 14) : start].lower()) is None
