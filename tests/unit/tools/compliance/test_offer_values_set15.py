"""Offer figures read in more shapes (set 15).

A gift card's stated value must be the offer's, a price in złoty below list is a promotion,
and a sale price the offer's own terms state is approved even beside a lower 30-day reference.
The brands are invented here ("Cedar Lane Advisers", a US planner; "Piekarnia Wrzos", a
Polish bakery); never an eval brand.
"""

from __future__ import annotations

from typing import Any

import pytest

from nextbest.brand_context.ingest import parse_pack

_OFFERS_RULE = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved, with conditions nearby.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"conditions_within_chars": 300},
}
_US_BRAND: dict[str, Any] = {
    "name": "Cedar Lane Advisers",
    "legal_name": "Cedar Lane Advisers LLC",
    "postal_address": "12 Elm Street, Dayton, OH 45402, USA",
    "sender_addresses": {"email": "hello@cedarlane.example"},
    "channels": ["email"],
    "default_time_zone": "America/New_York",
    "website_domains": ["cedarlane.example"],
}
_GIFT = {
    "id": "plan-gift-20",
    "name": "$20 gift card for a planning call",
    "terms": "One $20 gift card per household for completing a planning call by May 31, 2027.",
    "discount_type": "free_gift",
    "discount_amount": 20,
    "currency": "USD",
    "disclosure": "One $20 gift card per household for completing a planning call by May 31, 2027.",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2027-05-31",
}


@pytest.mark.parametrize(("value", "fires"), [("$20", False), ("$40", True)])
def test_a_gift_cards_stated_value_is_the_offers(check, value: str, fires: bool) -> None:
    pack = parse_pack({"brand": _US_BRAND, "rules": [_OFFERS_RULE], "offers": [_GIFT]}, "test")
    body = (
        f"Book a planning call and we'll send a {value} e-gift card as a thank-you. "
        + _GIFT["disclosure"]
    )
    verdict = check(pack, channel="email", body=body, offer_id="plan-gift-20")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


_PL_BRAND: dict[str, Any] = {
    "name": "Piekarnia Wrzos",
    "legal_name": "Piekarnia Wrzos sp. z o.o.",
    "postal_address": "ul. Wrzosowa 8, 60-001 Poznań",
    "sender_addresses": {"email": "sklep@wrzos.example"},
    "channels": ["email"],
    "locales": ["pl-PL"],
    "default_time_zone": "Europe/Warsaw",
    "website_domains": ["wrzos.example"],
}
_PRODUCTS = [
    {"id": "chleb", "name": "Chleb Orkiszowy", "list_price": 12.0, "currency": "PLN"},
]
_CUT = {
    "id": "chleb-20",
    "name": "-20% na Chleb Orkiszowy: 9,60 zł zamiast 12,00 zł",
    "terms": "-20% na Chleb Orkiszowy: 9,60 zł zamiast 12,00 zł. Cena promocyjna do 28.02.2027 r. "
    "Najniższa cena z 30 dni przed obniżką: 11,50 zł.",
    "discount_type": "percent",
    "discount_amount": 20,
    "disclosure": "Cena promocyjna do 28.02.2027 r. Najniższa cena z 30 dni przed obniżką: "
    "11,50 zł.",
    "channels": ["email"],
    "products": ["chleb"],
    "valid_from": "2026-11-01",
    "valid_until": "2027-02-28",
}


def _pl_pack() -> Any:
    return parse_pack(
        {"brand": _PL_BRAND, "rules": [_OFFERS_RULE], "products": _PRODUCTS, "offers": [_CUT]},
        source="test",
    )


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Chleb Orkiszowy kosztuje 12,00 zł za bochenek.", False),
        ("Chleb Orkiszowy teraz 9,99 zł za bochenek.", True),
    ],
)
def test_a_zloty_price_below_list_is_a_promotion(check, body: str, fires: bool) -> None:
    verdict = check(_pl_pack(), channel="email", body=body, locale="pl-PL")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(("price", "fires"), [("9,60 zł", False), ("9,40 zł", True)])
def test_the_sale_price_the_offers_terms_state_is_approved(check, price: str, fires: bool) -> None:
    body = (
        f"-20% na Chleb Orkiszowy: {price} zamiast 12,00 zł. Cena promocyjna do 28.02.2027 r. "
        "Najniższa cena z 30 dni przed obniżką: 11,50 zł."
    )
    verdict = check(_pl_pack(), channel="email", body=body, locale="pl-PL", offer_id="chleb-20")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_gift_card_the_offers_wording_prices_is_no_misstated_gift(check) -> None:
    offer = {
        "id": "card-bonus",
        "name": "Buy a $50 gift card, get a $10 bonus card",
        "terms": "One $10 bonus card with each $50 gift card bought by December 24, 2026.",
        "discount_type": "free_gift",
        "discount_amount": 10,
        "currency": "USD",
        "disclosure": "One $10 bonus card with each $50 gift card bought by December 24, 2026.",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    pack = parse_pack({"brand": _US_BRAND, "rules": [_OFFERS_RULE], "offers": [offer]}, "test")
    body = "Buy a $50 gift card, get a $10 bonus card. " + offer["disclosure"]
    verdict = check(pack, channel="email", body=body, offer_id="card-bonus")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    body = "Buy a $50 gift card, get a $20 gift card. " + offer["disclosure"]
    verdict = check(pack, channel="email", body=body, offer_id="card-bonus")
    assert "offers" in verdict.fired_rule_ids
