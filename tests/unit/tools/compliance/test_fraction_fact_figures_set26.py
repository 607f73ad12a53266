"""A fractional fact figure in Arabic-script or point notation is read whole (set 26).

Golab Attar, a rose-water shop invented for these tests, sells a vial of exactly 2.125 ml.
Persian copy writes the figure with the Arabic decimal mark ("۲٫۱۲۵"), which the fact rule read
as the digits after the mark alone (125 ml), and "2.125" was read as two thousand one hundred
and twenty-five (a point grouping thousands); both blocked the true volume. A wrong volume still
breaks the fact.
"""

from __future__ import annotations

from compliance_helpers import email_brand, facts_fired, facts_pack

from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    return facts_pack(
        email_brand("Golab Attar", "fa-IR", "Asia/Tehran"),
        [
            {
                "id": "vial",
                "name": "گلاب قمصر شیشه‌ای",
                "list_price": 90,
                "currency": "USD",
                "facts": [{"name": "volume", "value": 2.125, "unit": "میلی‌لیتر", "limit": "exact"}],
            }
        ],
    )


def test_the_true_figure_with_the_arabic_decimal_mark_passes() -> None:
    assert not facts_fired(_pack(), "گلاب قمصر شیشه‌ای با حجم ۲٫۱۲۵ میلی‌لیتر.", "گلاب")


def test_the_true_figure_with_a_point_passes() -> None:
    assert not facts_fired(_pack(), "گلاب قمصر شیشه‌ای با حجم 2.125 میلی‌لیتر.", "گلاب")


def test_a_wrong_figure_still_blocks() -> None:
    assert facts_fired(_pack(), "گلاب قمصر شیشه‌ای با حجم ۲٫۵ میلی‌لیتر.", "گلاب")
    assert facts_fired(_pack(), "گلاب قمصر شیشه‌ای با حجم ۳ میلی‌لیتر.", "گلاب")
