"""A price said of a catalogue category beside another product's price (issue 17, set 16).

The brand is Björkdal Snus, a Swedish pouch brand invented for these tests: every flavour
("dosa", a can) lists at 48 kr and the ten-can "Tiopack" at 430 kr. A price list "en dosa
kostar 48 kr och ett Tiopack 430 kr" states two list prices; the 48 kr is a can's, not a
reduction of the Tiopack. A price below every list price in the same shape ("en dosa kostar
39 kr"), or a can's price said of the Tiopack itself, is still a promotion.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.category_prices import category_list_price

_BRAND: dict[str, Any] = {
    "name": "Björkdal Snus",
    "legal_name": "Björkdal Snus AB",
    "postal_address": "Kungsgatan 3, 903 25 Umeå, Sverige",
    "sender_addresses": {"email": "hej@bjorkdal.example", "sms": "Bjorkdal", "push": "bd"},
    "channels": ["email", "sms", "push"],
    "locales": ["sv-SE"],
    "default_time_zone": "Europe/Stockholm",
    "website_domains": ["bjorkdal.example"],
}
_PRODUCTS: list[dict[str, Any]] = [
    {"id": "hjortron", "name": "Björkdal Hjortron", "list_price": 48, "currency": "SEK",
     "category": "dosa"},
    {"id": "lingon", "name": "Björkdal Lingon", "list_price": 48, "currency": "SEK",
     "category": "dosa"},
    {"id": "tiopack", "name": "Tiopack", "list_price": 430, "currency": "SEK",
     "category": "multipack"},
]  # fmt: skip


def _pack() -> Any:
    offers = rule("erbjudanden", "offer_terms", {"conditions_within_chars": 300})
    return parse_pack({"brand": _BRAND, "rules": [offers], "products": _PRODUCTS}, source="test")


def test_a_category_list_price_beside_another_product_passes(check: Any) -> None:
    for body in (
        "Våra priser: en dosa kostar 48 kr och ett Tiopack med 10 dosor 430 kr.",
        "En dosa 48 kr, ett Tiopack 430 kr.",
    ):
        verdict = check(_pack(), channel="email", subject="Våra priser", body=body)
        assert "erbjudanden" not in fired(verdict), body


def test_a_lower_price_in_the_same_shape_blocks(check: Any) -> None:
    for body in (
        "Våra priser: en dosa kostar 39 kr och ett Tiopack med 10 dosor 430 kr.",
        "Ett Tiopack med 10 dosor för 48 kr.",
    ):
        verdict = check(_pack(), channel="email", subject="Våra priser", body=body)
        assert "erbjudanden" in fired(verdict), body


def test_the_reading_itself() -> None:
    products = _pack().products
    text = "en dosa kostar 48 kr och ett Tiopack 430 kr"
    named = [(text.index("Tiopack"), text.index("Tiopack") + 7)]
    assert category_list_price(text, 0, text.index("48"), 48.0, products, named)
    assert not category_list_price(text, 0, text.index("430"), 48.0, products, named)
    text = "ett Tiopack med 10 dosor för 48 kr"
    named = [(4, 11)]
    assert not category_list_price(text, 0, text.index("48"), 48.0, products, named)
