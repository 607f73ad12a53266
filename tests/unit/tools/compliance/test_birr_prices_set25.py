"""Prices in Ethiopian birr ("520 ብር", "ብር 1,200", "በ450 ብር") are read (issue 17, set 25).

Tana Mar, a honey shop in Bahir Dar invented for these tests, lists a jar of honey at 520 birr
and has no offer. A birr price was no price to the offer rule nor to a disclosure triggered by
any price, so a jar offered below its list price with no offer went through, and so did a
price without the VAT line. Amharic glues a preposition to the figure ("በ450 ብር", for 450
birr): the figure is still read. "5 ብርቱካን" (five oranges) is no price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 2, 10)
_VAT = "ዋጋው ተ.እ.ታን ያካትታል።"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("tana_mar"),
            "rules": [
                rule("offers", "offer_terms"),
                rule("vat", "disclosure", {"trigger_prices": ["any"], "required_any": [_VAT]}),
            ],
            "products": [
                {"id": "jar", "name": "የማር ማሰሮ", "list_price": 520, "currency": "ETB"},
                {"id": "comb", "name": "የማር እንጀራ", "list_price": 1200, "currency": "ETB"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="የማር ወቅት", send_time=datetime(2027, 2, 10, 8, 0), as_of=_DAY
    )


def test_a_birr_price_needs_the_vat_line() -> None:
    assert "vat" in _fired("የማር ማሰሮ 520 ብር።")
    assert "vat" in _fired("የማር እንጀራ፦ ብር 1,200።")
    assert "vat" in _fired("የማር ማሰሮ 520 ETB።")
    assert "vat" not in _fired(f"የማር ማሰሮ 520 ብር። {_VAT}")


def test_a_birr_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired(f"በዚህ ሳምንት የማር ማሰሮ በ450 ብር ብቻ! {_VAT}")
    assert "offers" not in _fired(f"የማር ማሰሮ በ520 ብር። {_VAT}")


def test_a_count_of_a_word_that_begins_like_the_birr_is_no_price() -> None:
    assert "vat" not in _fired("በዚህ ሳምንት 5 ብርቱካን ለእያንዳንዱ ደንበኛ።")
