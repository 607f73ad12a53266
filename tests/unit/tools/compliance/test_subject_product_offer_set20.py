"""A subject's "Your <product> offer" promises an offer on that product (issue 17, set 20).

Brightwell Dental, a clinic invented for these tests, sells a whitening kit and hygiene
visits. "Your <product> syllabus" above a body that gives the syllabus names the product only
to qualify the reader's own thing; but "Your Whitening Kit offer" promises a promotion on the
kit, which a body whose offer is on the hygiene visit does not keep, even though that body
speaks of offers.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_TERMS = "For visits booked by 31 March 2026. Not valid with other offers."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Brightwell Dental",
                "legal_name": "Brightwell Dental Ltd",
                "postal_address": "8 Orchard Row, Bath BA1 2AB, United Kingdom",
                "sender_addresses": {"email": "hello@brightwell.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["brightwell.example"],
            },
            "products": [
                {"id": "kit", "name": "Whitening Kit", "list_price": 120, "currency": "GBP"},
                {"id": "visit", "name": "Hygiene Visit", "list_price": 75, "currency": "GBP"},
            ],
            "offers": [
                {
                    "id": "visit-60",
                    "name": "Hygiene Visit at £60, usually £75",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 60,
                    "currency": "GBP",
                    "products": ["visit"],
                    "channels": ["email"],
                }
            ],
            "rules": [rule("subject-match", "subject_honesty")],
        },
        source="test",
    )


def test_an_offer_on_another_product_does_not_keep_the_subject(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Your Whitening Kit offer",
        body=f"A Hygiene Visit is £60 this spring, usually £75. {_TERMS}",
        offer_id="visit-60",
    )
    assert "subject-match" in fired(verdict)


def test_the_readers_own_thing_named_by_the_product_still_passes(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Your Whitening Kit guide",
        body="Here is the guide you asked for: brush gently and rinse after each use.",
    )
    assert "subject-match" not in fired(verdict)
