"""A package's list price per unit: "10-class pass, $24 per class" of a pass listed at $240.

A package of counted units (ten classes, twenty sessions, five nights) is often priced by the
unit as well: the list price divided by the count. That price is below the package's list
price but cuts nothing: it is the same price said another way. It is read as such only when
the copy says it is a price per unit and the count of that unit is written: the unit after
the price ("$24 per class", "$24/class", "$24 a class") or, in Chinese and Japanese, before it
with 每 ("每堂$48", each lesson), and the count as a number before the same unit in the
sentence or in the name of a product the sentence names ("10-class pass", 「10堂套餐」). A price
per billing period ("$15 a month" of a 6-month plan) is not read here: a period's price is
held to the plan's own arithmetic (:mod:`~nextbest.tools.compliance.period_equivalents`).
A price per kilogram or litre of a package whose size the sentence writes ("2 kg bag: €5.00
(€2.50/kg)") is the same list price by measure
(:mod:`~nextbest.tools.compliance.measure_prices`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.measure_prices import is_measure_unit_price
from nextbest.tools.compliance.unspaced_scripts import UNSPACED_RANGES

SHARE_TOLERANCE = 0.01
"""Currency units a per-unit price may differ from the list price over the count (cents)."""

_UNIT_AFTER = re.compile(r"\s*(?:per\s+|/\s?|an?\s+)([^\W\d_]{2,20})", re.IGNORECASE)
"""A unit after the price: "per class", "/session", "a night"."""
_UNIT_BEFORE = re.compile(rf"每\s?([{UNSPACED_RANGES}])[^\d\n。！？!?]{{0,6}}$")
"""每 ("each") and its one-character unit before the price, a few words between:
「每堂只需$48」."""
_PERIODS = frozenset(
    {"month", "months", "mo", "year", "years", "yr", "annum", "week", "weeks", "wk"}
)
"""Billing periods: a price per period of a plan billed for several is read as a period
equivalent (:mod:`~nextbest.tools.compliance.period_equivalents`), not here."""
_PERIOD_CHARS = frozenset("月年週周")
"""The same periods after 每 (每月, 每年, 每週)."""
_LOOKBACK = 12
"""Characters before a price read for 每 and its unit."""


def _unit(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """The unit a price is said per, and whether it is written in an unspaced script."""
    after = _UNIT_AFTER.match(text, end)
    if after is not None:
        unit = after.group(1).casefold()
        return None if unit in _PERIODS else (unit, False)
    before = _UNIT_BEFORE.search(text[max(0, start - _LOOKBACK) : start])
    if before is not None:
        return None if before.group(1) in _PERIOD_CHARS else (before.group(1), True)
    return None


def _counts(unit: str, unspaced: bool, texts: Iterable[str]) -> set[int]:
    """The counts written before ``unit`` in ``texts`` ("10 classes", "10-class", 「10堂」)."""
    if unspaced:
        pattern = re.compile(rf"(?<![\d.,])(\d{{1,3}})\s?{re.escape(unit)}")
    else:
        stem = re.escape(unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit)
        pattern = re.compile(rf"(?<![\d.,])(\d{{1,3}})[\s-]?{stem}(?:s|es)?\b", re.IGNORECASE)
    return {int(m.group(1)) for text in texts for m in pattern.finditer(text)}


def list_price_share(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    value: float,
    products: Iterable[tuple[float, list[str]]],
) -> bool:
    """Whether a price is a package's list price divided by its count of the price's unit.

    Args:
        text: The field's original text.
        sentence: The span of the price's sentence.
        start: Start of the price.
        end: End of the price.
        value: The price's amount.
        products: List price and names of each product the sentence names.

    Returns:
        True for "$24" in "The 10-class pass: $24 per class" of a pass listed at $240, or
        「每堂HK$48」 after 「10堂套餐」 listed at HK$480, or "€2.50" in "2 kg bag: €5.00
        (€2.50/kg)" of a bag listed at €5.00; False without a unit, without a count (or
        size) of that unit, or when the arithmetic does not hold.
    """
    products = list(products)
    if is_measure_unit_price(text, sentence, start, value, [price for price, _ in products]):
        return True
    priced = [(price, names) for price, names in products if price > value]
    if not priced:
        return False
    unit = _unit(text, start, end)
    if unit is None:
        return False
    said = text[sentence[0] : sentence[1]]
    for price, names in priced:
        for count in _counts(unit[0], unit[1], [said, *names]):
            if count > 1 and abs(price / count - value) <= SHARE_TOLERANCE:
                return True
    return False
