"""A product named only in a standing statement is not what a claim beside it is said of (set 26).

Hollow Oak Orchard, a fruit shop invented for these tests, may say its apples are "picked the
same morning" (a claim approved for the apples only), and carries the standing statement
"Home Delivery is free on orders over £30." A claim line written just above that statement was
taken as said of the delivery the statement names, and blocked as used for a product it is not
approved for. The statement is the brand's carried wording; the claim written of the delivery
itself still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_STATEMENT = "Home Delivery is free on orders over £30."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Hollow Oak Orchard",
                "legal_name": "Hollow Oak Orchard Ltd",
                "postal_address": "2 Mill Road, Ledbury HR8 1AA",
                "sender_addresses": {"email": "hello@hollowoak.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["hollowoak.example"],
            },
            "rules": [rule("claims", "claim_grounding", {"categories": ["service"]})],
            "products": [
                {"id": "apples", "name": "Russet Apples", "list_price": 3.0, "currency": "GBP"},
                {"id": "delivery", "name": "Home Delivery", "list_price": 4.0, "currency": "GBP"},
            ],
            "standing_statements": [{"id": "delivery", "text": _STATEMENT}],
            "claims": [
                {
                    "id": "fresh",
                    "text": "Picked the same morning.",
                    "category": "service",
                    "substantiation": "Harvest log",
                    "products": ["apples"],
                    "channels": ["email"],
                }
            ],
        },
        source="test",
    )


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="This week", body=body))


def test_a_claim_above_a_standing_statement_is_not_said_of_its_product(check: Any) -> None:
    body = "Russet Apples, £3.00 a bag.\n\nPicked the same morning.\n" + _STATEMENT
    assert "claims" not in _fired(check, body)


def test_a_claim_said_of_the_other_product_itself_still_blocks(check: Any) -> None:
    body = "Our Home Delivery van: picked the same morning.\n" + _STATEMENT
    assert "claims" in _fired(check, body)
