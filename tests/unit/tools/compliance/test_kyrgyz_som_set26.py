"""Prices in Kyrgyz som ("350 сом", "1 200 сомдун ордуна", "KGS 480") are read (issue 17, set 26).

Токмок Нан, a bakery in Tokmok invented for these tests, lists a cake at 480 som and has no
offer. A som price was no price to a disclosure triggered by any price nor to the offer rule,
so a price without the VAT line went through, and so did a cake offered below its list price
with no offer. The folded view writes Cyrillic "сом" as the Portuguese "com" (with): a bare
"com" before a Latin word ("2 com desconto") stays no price, as does a weight "25 kgs".
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 9)
_VAT = "Баага КНС кошулган."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Токмок Нан",
                "legal_name": "«Токмок Нан» ЖЧК",
                "postal_address": "Ленин көчөсү, 14, Токмок ш., 722200, Кыргыз Республикасы",
                "sender_addresses": {"email": "salam@tokmoknan.example"},
                "channels": ["email"],
                "locales": ["ky-KG"],
                "default_time_zone": "Asia/Bishkek",
                "website_domains": ["tokmoknan.example"],
            },
            "rules": [
                rule("offers", "offer_terms"),
                rule("vat", "disclosure", {"trigger_prices": ["any"], "required_any": [_VAT]}),
            ],
            "products": [
                {"id": "cake", "name": "Бал торту", "list_price": 480, "currency": "KGS"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Жаңы бышырылган", send_time=datetime(2027, 3, 9, 4, 0), as_of=_DAY
    )


def test_a_som_price_needs_the_vat_line() -> None:
    assert "vat" in _fired("Бал торту — 480 сом.")
    assert "vat" in _fired("Бал торту 480 сом/даана.")
    assert "vat" in _fired("Бал торту KGS 480.")
    assert "vat" in _fired("Бал торту 1 200 сомдун ордуна 480 сом.")
    assert "vat" not in _fired(f"Бал торту — 480 сом. {_VAT}")


def test_a_som_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired(f"Ушул жумада Бал торту 390 сом гана! {_VAT}")
    assert "offers" not in _fired(f"Бал торту 480 сом. {_VAT}")


def test_a_portuguese_com_and_a_weight_in_kgs_are_no_price() -> None:
    assert "vat" not in _fired("Leve 2 com desconto na segunda unidade.")
    assert "vat" not in _fired("We bake with 25 kgs of flour a day.")
