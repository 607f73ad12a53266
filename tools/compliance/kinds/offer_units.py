"""Price units under ``offer_terms``: an amount keeps the unit the offer gives it.

"$299/week", "$39 per day", "$75 spa credit per cabin": when the offer's own wording
gives an amount with a unit ("per <unit>", "/<unit>", "a <unit>", "each <unit>"), copy that
states the same amount with another unit ("$299/day", "$100 per person") changes the offer.
Units compare by their singular and a few spellings (``mo`` is ``month``, ``wk`` ``week``,
``night`` and ``day`` stay different).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.kinds.base import CheckContext, RuleLike, violation
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.verdict import Violation

_AMOUNT_UNIT = re.compile(
    r"(?:r\$|[$£€])\s?(?P<n>\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"(?:\s+(?:[a-z-]+\s+){0,2}?)?\s*(?:/\s?|\b(?:per|a|each|every)\s+)(?P<unit>[a-z]{2,12})\b"
)
"""An amount with its unit (folded view): "$299/week", "$75 spa credit per cabin"."""
_SAME = {
    "mo": "month", "mos": "month", "monthly": "month", "wk": "week", "wks": "week",
    "yr": "year", "yrs": "year", "annum": "year", "hr": "hour", "hrs": "hour",
    "nite": "night", "pp": "person", "guest": "person", "head": "person", "people": "person",
}  # fmt: skip
_UNITS = frozenset(
    {
        "day", "week", "month", "year", "night", "hour", "person", "stateroom", "room", "cabin",
        "guest", "adult", "child", "ticket", "seat", "line", "device", "household", "order",
        "customer", "account", "pet", "policy", "car", "vehicle", "rental", "item", "bag",
        "visit", "class", "session", "user", "kwh", "mile", "km", "gallon", "litre", "liter",
    }
)  # fmt: skip
"""Words read as price units (after their singular and :data:`_SAME`)."""


def _unit(word: str) -> str | None:
    """A unit word's canonical form, or None when the word is no unit."""
    word = _SAME.get(word, word)
    if word not in _UNITS and word.endswith("s"):
        word = _SAME.get(word[:-1], word[:-1])
    word = _SAME.get(word, word)
    return word if word in _UNITS else None


@lru_cache(maxsize=512)
def amount_units(folded: str) -> tuple[tuple[float, str, int, int], ...]:
    """``(amount, unit, start, end)`` for every amount with a unit in a folded text."""
    found: list[tuple[float, str, int, int]] = []
    for match in _AMOUNT_UNIT.finditer(folded):
        unit = _unit(match.group("unit"))
        if unit is not None:
            found.append((read_number(match.group("n")), unit, match.start(), match.end()))
    return tuple(found)


def unit_problems(rule: RuleLike, ctx: CheckContext, offer: Offer) -> list[Violation]:
    """A violation for the first amount stated with a unit the offer gives it no longer.

    Args:
        rule: The ``offer_terms`` rule to report under.
        ctx: The check context.
        offer: The message's offer.

    Returns:
        One violation, or none.
    """
    wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
    wording += " " + " ".join(offer.disclosure_by_channel.values())
    given: dict[float, set[str]] = {}
    for amount, unit, _, _ in amount_units(fold(wording).text):
        given.setdefault(amount, set()).add(unit)
    if not given:
        return []
    for name, text in ctx.fields.items():
        for amount, unit, start, end in amount_units(text.folded.text):
            units = given.get(amount)
            if not units or unit in units:
                continue
            o_start, o_end = text.folded.original_span(start, end)
            words = text.original[o_start:o_end]
            return [
                violation(
                    rule,
                    f"{words!r} does not match offer {offer.id!r}: the offer gives {amount:g} "
                    f"per {', '.join(sorted(units))}, not per {unit}.",
                    field=name,
                    span=(o_start, o_end),
                    evidence=words,
                    fix_hint=f"State the offer exactly as approved: {offer.terms}",
                )
            ]
    return []
