"""A periodic price restated per shorter period: the same price, not a lower one.

"The 3-Month Membership is $59.97 every 3 months, which works out to $19.99 a month" states
one price twice: $19.99 a month is the $59.97 quarterly list price spread over its three
months, not a cut below it. A price read here is such an equivalent when:

- it is stated per period ("$19.99 a month", "£10/week", "$5 per day");
- its sentence states another price per longer period ("$59.97 every 3 months", "£520 a
  year", "$240 per 12 months") that is one of the given list prices;
- the longer price divided into the shorter periods gives it, to the cent.

Read on the original text, case-insensitively. A sentence whose prices do not divide ("$59.97
every 3 months, just $9.99 a month") states a lower price, and is not read as an equivalent.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.offer_paraphrase import read_number

_COUNTS = {"two": 2, "three": 3, "four": 4, "six": 6, "twelve": 12}
_MONTHS = {
    "day": 12 / 365,
    "week": 12 / 52,
    "wk": 12 / 52,
    "month": 1.0,
    "mo": 1.0,
    "quarter": 3.0,
    "year": 12.0,
    "yr": 12.0,
}
"""Each period's length in months."""
_PERIODIC = re.compile(
    r"(?:[$£€¥₹]\s?(?P<a>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"|(?P<b>\d+(?:[.,]\d{1,2})?)\s?[€£])"
    r"\s*(?:/\s*|per\s+|an?\s+|each\s+|every\s+)"
    r"(?:(?P<count>\d{1,2}|two|three|four|six|twelve)[\s-])?"
    r"(?P<unit>day|week|wk|month|mo|quarter|year|yr)s?\b",
    re.IGNORECASE,
)
_TOLERANCE = 0.011
"""Currency units per shorter period a share may differ by (rounding to the cent)."""


def _periodic_prices(sentence: str) -> list[tuple[int, float, float]]:
    """(offset, price, period in months) of each price per period in ``sentence``."""
    found: list[tuple[int, float, float]] = []
    for match in _PERIODIC.finditer(sentence):
        figure = match.group("a") or match.group("b") or ""
        count_word = (match.group("count") or "1").lower()
        count = _COUNTS.get(count_word) or int(count_word)
        months = _MONTHS[match.group("unit").lower()] * count
        found.append((match.start(), read_number(figure), months))
    return found


def period_equivalent(sentence: str, offset: int, list_prices: set[float]) -> bool:
    """Whether the price at ``offset`` restates a list price of its sentence per shorter period.

    Args:
        sentence: The sentence, original text.
        offset: Where the price (its currency sign or first digit) starts in ``sentence``.
        list_prices: The catalogue list prices the longer price may be.

    Returns:
        True for "$19.99" in "$59.97 every 3 months, which works out to $19.99 a month" when
        $59.97 is a list price; False when the price has no period, no longer price of the
        sentence is a list price, or the division does not give it.
    """
    prices = _periodic_prices(sentence)
    own = next(((v, m) for s, v, m in prices if s <= offset <= s + 2), None)
    if own is None:
        return False
    value, months = own
    for _, other, other_months in prices:
        if other_months <= months or not any(abs(other - p) <= 0.01 for p in list_prices):
            continue
        parts = other_months / months
        if abs(other / parts - value) <= _TOLERANCE:
            return True
    return False
