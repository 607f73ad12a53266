"""An "up to" offer stated flat under ``offer_terms``: the ceiling is not every item's discount.

An offer approved as "up to 30% off selected ranges" gives 30% off some items only; copy that
says "30% off" (without "up to") states the ceiling as the discount on everything, the
classic overstatement price regulators name (CMA pricing guidance, FTC 16 CFR 233). A figure
is a ceiling of the offer when its name, terms or disclosure state it after "up to" ("up to
30% off", "save up to £200") and never as a flat amount off. A copy mention of that figure
must say "up to" (or ``jusqu'à``, ``bis zu``, ``hasta``) right before it.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import Offer
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


def stated_flat(original: str, start: int, mention_text: str) -> bool:
    """Whether a mention at ``start`` of a field states its figure without "up to".

    Args:
        original: The field's original text.
        start: Where the mention starts in it.
        mention_text: The mention as matched, folded (``save up to 30%`` carries its "up to").

    Returns:
        True when neither the mention nor the words right before it say "up to".
    """
    if re.search(r"\b" + _UP_TO + r"(?!\w)", mention_text):
        return False
    return _SAID_UP_TO.search(original[max(0, start - 14) : start].lower()) is None
