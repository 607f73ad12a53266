"""A web address naming a page like an offer code quotes no code (issue 17, set 24).

Ridgeway Cycles, a bike shop invented for these tests, has one approved offer with the code
TRAIL25, and a product page at ``/trail25``. The pack's codes are found wherever the copy writes
them, case ignored, so a link to that page in a message carrying no offer read as the code
promoted without its offer, and blocked. A page name written in lower case is no code the
reader enters; the code written in capitals, or given to a link's parameter, still is.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 4)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Ridgeway Cycles",
                "legal_name": "Ridgeway Cycles Ltd",
                "postal_address": "4 Mill Lane, Hebden Bridge HX7 8AB",
                "sender_addresses": {"email": "ride@ridgeway.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["ridgeway.example"],
            },
            "rules": [rule("offers", "offer_terms", {})],
            "products": [
                {"id": "trail", "name": "Trail 25 hardtail", "list_price": 899, "currency": "GBP"}
            ],
            "offers": [
                {
                    "id": "trail-spring",
                    "name": "£50 off the Trail 25 hardtail",
                    "terms": "£50 off the Trail 25 hardtail with code TRAIL25, 1-31 May 2027.",
                    "code": "TRAIL25",
                    "discount_type": "amount",
                    "discount_amount": 50,
                    "currency": "GBP",
                    "channels": ["email"],
                    "products": ["trail"],
                    "valid_from": "2027-05-01",
                    "valid_until": "2027-05-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="New colours for the Trail 25",
        body=body,
        send_time=datetime(2027, 5, 4, 8, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_page_named_like_the_code_is_no_code() -> None:
    body = "The Trail 25 hardtail now comes in moss green: https://ridgeway.example/trail25"
    assert "offers" not in _fired(body)


def test_the_code_itself_still_promotes_the_offer() -> None:
    assert "offers" in _fired("Moss green is in. Use TRAIL25 at checkout.")
    assert "offers" in _fired("Moss green is in: https://ridgeway.example/shop?promo=trail25")
