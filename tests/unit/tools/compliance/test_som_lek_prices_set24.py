"""Prices in Uzbek soʻm and Albanian lekë are read (issue 17, set 24).

Two shops invented for these tests: Choyxona Navbahor, a tea house listing a tea set at
240 000 soʻm, and Ulliri Tiranë, an olive-oil shop listing a tin at 1 800 lekë. Neither
currency was a price to the offer rule, so a product offered below its list price with no
offer went through.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 9)


def _pack(name: str, locale: str, zone: str, product: dict[str, Any]) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": name,
                "legal_name": f"{name} LLC",
                "postal_address": "Bogʻ koʻchasi 4, Namangan",
                "sender_addresses": {"email": "salom@shop.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": zone,
                "website_domains": ["shop.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [product],
        },
        source="test",
    )


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Yangi",
        body=body,
        send_time=datetime(2027, 3, 9, 8, 0),
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


def _tea() -> BrandPack:
    product = {"id": "set", "name": "Choy toʻplami", "list_price": 240000, "currency": "UZS"}
    return _pack("Choyxona Navbahor", "uz-Latn-UZ", "Asia/Tashkent", product)


def _oil() -> BrandPack:
    product = {"id": "tin", "name": "Kanaçe vaji", "list_price": 1800, "currency": "ALL"}
    return _pack("Ulliri Tiranë", "sq-AL", "Europe/Tirane", product)


def test_a_som_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired(_tea(), "Bahorda Choy toʻplami atigi 199 000 soʻm.")
    assert "offers" in _fired(_tea(), "Bahorda Choy toʻplami atigi 199 000 so'm.")
    assert "offers" in _fired(_tea(), "Bahorda Choy toʻplami 199 000 soʻmdan.")
    assert "offers" not in _fired(_tea(), "Choy toʻplami: 240 000 soʻm.")


def test_a_lek_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired(_oil(), "Këtë javë Kanaçe vaji vetëm 1 500 lekë.")
    assert "offers" in _fired(_oil(), "Kete jave Kanaçe vaji vetem 1 500 leke.")
    assert "offers" not in _fired(_oil(), "Kanaçe vaji: 1 800 lekë.")
