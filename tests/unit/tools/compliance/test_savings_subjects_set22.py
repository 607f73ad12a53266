"""A "savings" subject about a savings product promises no reduction (issue 17, set 22).

Fellside Mutual, a British building society invented for these tests, sells a Rainy Day Pot
(catalogue category "savings") and a Homestart Mortgage. "Spring savings with your Rainy Day
Pot" above a message about the pot speaks of the reader's own savings, not of a discount; the
same subject above a message about the mortgage, or "Big savings" with no product the reader
saves in, still promises a reduction the message does not give.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Fellside Mutual",
                "legal_name": "Fellside Mutual Building Society",
                "postal_address": "8 Market Place, Penrith CA11 7BX, United Kingdom",
                "sender_addresses": {"email": "hello@fellside.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["fellside.example"],
            },
            "rules": [rule("subject-match", "subject_honesty", {})],
            "products": [
                {"id": "pot", "name": "Rainy Day Pot", "category": "savings"},
                {"id": "mortgage", "name": "Homestart Mortgage", "category": "mortgage"},
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str, check: Any) -> set[str]:
    return fired(check(_pack(), channel="email", subject=subject, body=body))


def test_savings_said_of_a_savings_product_pass(check: Any) -> None:
    body = (
        "Put a little aside each month with a Rainy Day Pot and watch it grow. "
        "Open one in the app in two minutes."
    )
    assert "subject-match" not in _fired("Spring savings with your Rainy Day Pot", body, check)
    assert "subject-match" not in _fired("Spring savings", body, check)


def test_savings_without_a_savings_product_still_block(check: Any) -> None:
    body = (
        "Our Homestart Mortgage helps first-time buyers onto the ladder. "
        "Book a call with an adviser in the app."
    )
    assert "subject-match" in _fired("Spring savings on your mortgage", body, check)
    other = "Spring is here. Book a call with an adviser in the app to talk about your plans."
    assert "subject-match" in _fired("Big savings this spring", other, check)
