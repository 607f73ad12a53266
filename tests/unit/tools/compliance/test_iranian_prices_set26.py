"""Prices in Iranian toman and rial ("۳۸۰٬۰۰۰ تومان", "3,800,000 ریال") are read (set 26).

Gaz Sepahan, a nougat shop invented for these tests, must carry a tax line under any price.
A toman or rial price was no price to a disclosure triggered by any price, so a price without
the tax line went through. The word for the unit alone ("prices in toman") is no price, nor is
a weight ("۵۰۰ گرم").
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_TAX = "مالیات در قیمت منظور شده است."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Gaz Sepahan", "fa-IR", "Asia/Tehran"),
            "rules": [
                rule("tax", "disclosure", {"trigger_prices": ["any"], "required_any": [_TAX]}),
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="گز تازه",
        send_time=datetime(2027, 1, 12, 6, 0),
        as_of=date(2027, 1, 12),
    )


def test_a_toman_or_rial_price_needs_the_tax_line() -> None:
    assert "tax" in _fired("جعبه گز پسته‌ای: ۳۸۰٬۰۰۰ تومان")
    assert "tax" in _fired("جعبه گز پسته‌ای: 3,800,000 ریال")
    assert "tax" in _fired("Pistachio nougat box: 380,000 tomans")
    assert "tax" not in _fired(f"جعبه گز پسته‌ای: ۳۸۰٬۰۰۰ تومان\n{_TAX}")


def test_the_unit_word_or_a_weight_is_no_price() -> None:
    assert "tax" not in _fired("واحد همه قیمت‌ها تومان است. جعبه ۵۰۰ گرم.")
