"""A standing per-period price restated per another period: the same price, not a cut.

A standing statement may state a price per day ("Lamp plan: $2 a day for 200 days."); copy that
gives the same plan per week ("$14 a week") or a yearly fee per month ("$120 a year" as "$10 a
month") states no other price. A price read here is such a restatement when it is stated per
period and a standing statement the message carries states a price per another period of the
same kind that, multiplied out, gives it exactly: days and weeks (seven days to a week), months
and years (twelve months to a year). A month is no whole number of days or weeks, so a daily
price is never compared with a monthly one. Period words are those of the disclosure rule's
price shapes (:mod:`~nextbest.tools.compliance.price_triggers`), read on the folded view.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.price_triggers import shape_pattern

_PERIODS: dict[str, tuple[str, int]] = {
    "day": ("days", 1),
    "week": ("days", 7),
    "month": ("months", 1),
    "year": ("months", 12),
}
"""Each period: what it is counted in, and how many of those it holds."""

_PER_PERIOD = {unit: re.compile(shape_pattern(f"per {unit}")) for unit in _PERIODS}
"""A price per each period, in the folded view."""

_FIGURE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")
"""The figure inside a matched price."""

_TAIL = 40
"""Characters after a price's start read for its period word."""

TOLERANCE = 0.005
"""Two figures this close are the same price (a restated price rounded to the cent)."""


def _priced(text: str) -> list[tuple[int, float, str]]:
    """Each price per period in a folded text: its start, figure and period."""
    found: list[tuple[int, float, str]] = []
    for unit, pattern in _PER_PERIOD.items():
        for match in pattern.finditer(text):
            figure = _FIGURE.search(match.group())
            if figure is not None:
                found.append((match.start(), read_number(figure.group()), unit))
    return found


@lru_cache(maxsize=4096)
def _statement_prices(statement: str) -> tuple[tuple[int, float, str], ...]:
    """:func:`_priced` of a standing statement, kept per text (a pack's statements recur)."""
    return tuple(_priced(fold(statement).text))


def period_of(original: str, start: int) -> tuple[float, str] | None:
    """The figure and period of a price per period starting at ``start``, or None.

    Args:
        original: The field's original text.
        start: Where the price starts in it.

    Returns:
        The figure and the period (``day``, ``week``, ``month`` or ``year``) when the text
        from ``start`` is a price followed by a period word; None otherwise.
    """
    found = [p for p in _priced(fold(original[start : start + _TAIL]).text) if p[0] == 0]
    return (found[0][1], found[0][2]) if found else None


def restates_standing_period(
    original: str, start: int, value: float, statements: Iterable[str]
) -> bool:
    """Whether the price at ``start`` restates a carried statement's price per another period.

    Args:
        original: The field's original text.
        start: Where the price starts in it.
        value: The price's figure.
        statements: The texts of the standing statements the message carries.

    Returns:
        True when the price is stated per period and one of ``statements`` states a price per
        another period of the same kind that gives it ("$2 a day" for "$14 a week").
    """
    carried = [price for statement in statements for price in _statement_prices(statement)]
    if not carried:
        return False
    stated = period_of(original, start)
    if stated is None or abs(stated[0] - value) > TOLERANCE:
        return False
    kind, size = _PERIODS[stated[1]]
    for _, figure, unit in carried:
        other_kind, other_size = _PERIODS[unit]
        if unit == stated[1] or other_kind != kind:
            continue
        if abs(figure * size / other_size - value) <= TOLERANCE:
            return True
    return False
