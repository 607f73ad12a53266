"""Promotions the offer rule missed in other words (issue 17, set 19).

The brand is Copperleaf Larder, a British deli invented for these tests. Its pack lists a Picnic
Basket at £45 and a Summit Crate at £60, approves a Harvest Feast Hamper for £29.99 (ended last
autumn) and 15% off gift boxes with code LARDER15 whose terms open a sentence with "Excludes the
Summit Crate". A free second item said "on us", an ended fixed-price offer's price given right
after its name, and the percentage said of the product the terms exclude are promotions the
message cannot carry; a second item "on its way", a list price beside the offer's name and the
percentage said of what the offer covers pass.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Copperleaf Larder",
    "legal_name": "Copperleaf Larder Ltd",
    "postal_address": "12 Corn Street, Bristol BS1 1AB, United Kingdom",
    "sender_addresses": {"email": "hello@copperleaf.example"},
    "channels": ["email"],
    "default_time_zone": "Europe/London",
    "website_domains": ["copperleaf.example"],
}
_PERCENT_TERMS = (
    "15% off gift boxes with code LARDER15 until 31 December 2026. Excludes the Summit Crate, "
    "gift cards and sale items."
)


def _pack() -> Any:
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 300})
    products = [
        {"id": "picnic", "name": "Picnic Basket", "list_price": 45, "currency": "GBP"},
        {"id": "summit", "name": "Summit Crate", "list_price": 60, "currency": "GBP"},
    ]
    hamper = {
        "id": "harvest-hamper",
        "name": "Harvest Feast Hamper for £29.99",
        "terms": "Harvest Feast Hamper for £29.99, orders 1 to 30 September 2026.",
        "discount_type": "price",
        "discount_amount": 29.99,
        "currency": "GBP",
        "disclosure": "Orders 1 to 30 September 2026 only.",
        "channels": ["email"],
        "valid_from": "2026-09-01",
        "valid_until": "2026-09-30",
    }
    percent = {
        "id": "hampers-15",
        "name": "15% off gift boxes with code LARDER15",
        "terms": _PERCENT_TERMS,
        "discount_type": "percent",
        "discount_amount": 15,
        "code": "LARDER15",
        "disclosure": _PERCENT_TERMS,
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    return parse_pack(
        {"brand": _BRAND, "rules": [offers], "products": products, "offers": [hamper, percent]},
        source="test",
    )


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Order two sourdough loaves this Friday and the second one's on us.", True),
        ("Order two sourdough loaves this Friday and the second loaf is on the house.", True),
        ("You ordered two sourdough loaves: the second one is on its way.", False),
    ],
)
def test_a_second_item_given_in_other_words(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="Bread day", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Missed our Harvest Feast Hamper? It's back this week for £29.99.", True),
        ("Missed our Harvest Feast Hamper? Our Picnic Basket is £45 all year.", False),
        ("The Harvest Feast Hamper sold out last autumn. The Picnic Basket is £45.", False),
    ],
)
def test_an_offers_price_after_its_name(check: Any, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", subject="Hampers", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (f"Take 15% off the Summit Crate with code LARDER15.\n\n{_PERCENT_TERMS}", True),
        (f"Take 15% off our gift boxes with code LARDER15.\n\n{_PERCENT_TERMS}", False),
    ],
)
def test_a_discount_said_of_what_capitalised_terms_exclude(
    check: Any, body: str, fires: bool
) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Hamper season",
        body=body,
        offer_id="hampers-15",
        as_of=date(2026, 11, 24),
    )
    assert ("offers" in fired(verdict)) is fires, verdict.violations
