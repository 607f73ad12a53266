"""A region rule scoped to products, and an offer on several products (issue 17, set 14).

The brand is Pebblebrook Garden, a seed and grow-light shop invented here (not the sample
brand, not an eval brand). Its grow light may not be sold into one state; its seed kit may.
An offer on both ("$10 off two or more items") promoted with only the seed kit named is about
the seed kit; promoted with no product named, or with the grow light named, it is about the
grow light too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 2)
_NOON = datetime(2027, 3, 2, 17, 0)
_TERMS = "Code TWOGROW takes $10 off orders of two or more items through March 31, 2027."
_BRAND: dict[str, Any] = {
    "name": "Pebblebrook Garden",
    "legal_name": "Pebblebrook Garden Supply LLC",
    "postal_address": "4 Orchard Row, Burlington, VT 05401, USA",
    "sender_addresses": {"email": "hello@pebblebrook.example"},
    "channels": ["email"],
    "default_time_zone": "America/New_York",
    "website_domains": ["pebblebrook.example"],
}


def _engine() -> RuleEngine:
    pack = BrandPack.model_validate(
        {
            "brand": _BRAND,
            "rules": [
                rule(
                    "lamp-states",
                    "audience",
                    {"blocked_regions": ["NY"], "products": ["lamp"]},
                )
            ],
            "products": [
                {"id": "seeds", "name": "Pebblebrook Seed Kit", "aliases": ["Seed Kit"]},
                {"id": "lamp", "name": "Pebblebrook Grow Light", "aliases": ["Grow Light"]},
            ],
            "offers": [
                {
                    "id": "two-items",
                    "name": "$10 off two or more items",
                    "terms": _TERMS,
                    "discount_type": "amount",
                    "discount_amount": 10,
                    "currency": "USD",
                    "code": "TWOGROW",
                    "channels": ["email"],
                    "products": ["seeds", "lamp"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        }
    )
    return RuleEngine(pack)


def _fired(body: str, region: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Spring sowing",
        body=f"{body}\n\n{_TERMS}",
        send_time=_NOON,
        offer_id="two-items",
        recipient={"region": region},
    )
    return set(_engine().check(message, as_of=_DAY).fired_rule_ids)


def test_offer_promoted_with_only_the_other_product_named() -> None:
    body = "Two Seed Kits for the windowsill? Take $10 off two or more items with TWOGROW."
    assert "lamp-states" not in _fired(body, "NY")


def test_offer_naming_the_rule_product_or_no_product_still_in_scope() -> None:
    body = "A Seed Kit and a Grow Light? Take $10 off two or more items with TWOGROW."
    assert "lamp-states" in _fired(body, "NY")
    body = "Take $10 off two or more items with TWOGROW."
    assert "lamp-states" in _fired(body, "NY")
    body = "Two Seed Kits for the windowsill? Take $10 off two or more items with TWOGROW."
    assert "lamp-states" not in _fired(body, "VT")
