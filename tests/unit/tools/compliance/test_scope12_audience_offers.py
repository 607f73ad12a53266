"""An offer spanning products limited to regions that exclude each other is about none of them.

A made-up brand, "Quillon Boating School" (state boating-licence courses, each valid in one
state only, plus a safety course for anyone), runs "15% off any course": a California
recipient may get it (the California course and the safety course are theirs to use it on),
while a message that names the Oregon course still goes only to Oregon recipients.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 6, 2)
NOON = datetime(2027, 6, 2, 19, 0, tzinfo=UTC)
FOOTER = (
    "\n\nQuillon Boating School LLC, 4 Pier Road, Eureka, CA 95501. "
    "Unsubscribe: https://quillon.example/unsubscribe"
)


def _only(rule_id: str, product: str, region: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "kind": "audience",
        "description": f"{product} only to {region}",
        "rationale": "licence",
        "source": "state boating law",
        "params": {
            "products": [product],
            "allowed_regions": [region],
            "block_unknown_region": True,
        },
    }


def _pack() -> BrandPack:
    course = {"list_price": 40, "currency": "USD"}
    return parse_pack(
        {
            "brand": {
                "name": "Quillon Boating School",
                "legal_name": "Quillon Boating School LLC",
                "postal_address": "4 Pier Road, Eureka, CA 95501",
                "channels": ["email"],
                "default_time_zone": "America/Los_Angeles",
                "website_domains": ["quillon.example"],
            },
            "products": [
                {"id": "ca-card", "name": "California Boater Card Course", **course},
                {"id": "or-card", "name": "Oregon Boater Card Course", **course},
                {"id": "safety", "name": "Safe Boating Basics", **course},
            ],
            "offers": [
                {
                    "id": "any15",
                    "name": "15% off any course",
                    "terms": "15% off any course with code WAVE15. Ends June 30, 2027.",
                    "discount_type": "percent",
                    "discount_amount": 15,
                    "code": "WAVE15",
                    "channels": ["email"],
                    "products": ["ca-card", "or-card", "safety"],
                },
                {
                    "id": "or-kit",
                    "name": "Free dry bag with the Oregon course",
                    "terms": "Free dry bag with the Oregon Boater Card Course.",
                    "discount_type": "free_gift",
                    "channels": ["email"],
                    "products": ["or-card", "safety"],
                },
            ],
            "rules": [_only("ca-only", "ca-card", "CA"), _only("or-only", "or-card", "OR")],
        },
        source="test",
    )


def _fired(body: str, offer_id: str, region: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Summer courses",
        body=body + FOOTER,
        send_time=NOON,
        offer_id=offer_id,
        recipient={"region": region},
    )
    return set(RuleEngine(_pack()).check(message, DAY).fired_rule_ids)


def test_offer_spanning_exclusive_regions_is_about_no_one_product() -> None:
    """ "Any course" to a California recipient: no region rule of another state's course."""
    body = "Take 15% off any course with code WAVE15. Ends June 30, 2027."
    assert not _fired(body, "any15", "CA") & {"ca-only", "or-only"}
    assert not _fired(body, "any15", "OR") & {"ca-only", "or-only"}


def test_naming_the_product_still_scopes_the_rule() -> None:
    """The copy names the Oregon course: it still goes to Oregon recipients only."""
    body = "Take 15% off the Oregon Boater Card Course with code WAVE15. Ends June 30, 2027."
    assert "or-only" in _fired(body, "any15", "CA")


def test_offer_of_one_limited_product_still_scopes_the_rule() -> None:
    """An offer covering one region-limited product (and an open one) is about that product."""
    body = "A free dry bag with your course this summer."
    assert "or-only" in _fired(body, "or-kit", "CA")


def test_a_country_and_its_state_overlap() -> None:
    """A US-wide product beside a California-only one: the offer is not region-spanning."""
    from nextbest.tools.compliance.kinds.audience import multi_region_offers

    pack = _pack()
    data = pack.model_dump()
    data["rules"][1]["params"]["allowed_regions"] = ["US"]
    data["rules"][0]["params"]["allowed_regions"] = ["US-CA"]
    assert multi_region_offers(BrandPack.model_validate(data)) == frozenset()
    assert multi_region_offers(pack) == frozenset({"any15"})
