"""Prices in cents written in Estonian or Finnish, and in Vietnamese dong (issue 17, set 21).

A disclosure's ``trigger_prices`` found "12 senti/kWh" (Estonian cents per kWh) and "49.000đ"
(dong, its sign glued to the figure) nowhere: the sign was no currency. "30d" (thirty days) or
"in 3 d" stay no price.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_triggers import shape_pattern


def _finds(shape: str, text: str) -> bool:
    return re.search(shape_pattern(shape), fold(text).text) is not None


def test_cents_per_kwh_are_a_price_per_kwh() -> None:
    assert _finds("per kWh", "Talvepakett: 11,4 senti/kWh.")
    assert _finds("per kWh", "Hinta 9,8 senttiä/kWh.")
    assert _finds("any", "Talvepakett: 11,4 senti/kWh.")


def test_dong_prices_are_prices() -> None:
    assert _finds("any", "Gói Vàng: 49.000đ/tháng")
    assert _finds("any", "Gói Vàng: 49.000 VNĐ mỗi tháng")
    assert _finds("any", "Gói Vàng: 49.000₫")


def test_days_are_no_price() -> None:
    assert not _finds("any", "a 30d trial, cancel in 3 d")
