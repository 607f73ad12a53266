"""The word "free" qualifying a substance is no promotion (issue 17, set 20).

Harbourside Diagnostics, a lab invented for these tests, lists what its thyroid panel measures:
"TSH, free T3 and free T4". The promotion reader took "free" for a gift and blocked the list
as an offer nobody approved. A free hormone, free radicals or free chlorine is a word of
science; a free consultation is still a promotion.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Harbourside Diagnostics",
                "legal_name": "Harbourside Diagnostics Ltd",
                "postal_address": "4 Quay Street, Bristol BS1 4AB, United Kingdom",
                "sender_addresses": {"email": "hello@harbourside.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["harbourside.example"],
            },
            "rules": [rule("offers", "offer_terms")],
        },
        source="test",
    )


def _offers(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Thyroid panel", body=body)
    return "offers" in fired(verdict)


def test_a_free_substance_is_no_promotion(check: Any) -> None:
    for body in (
        "Our thyroid panel measures TSH, free T3 and free T4.",
        "Vitamin C helps your skin against free radicals.",
        "Test the free chlorine in your pool every week.",
    ):
        assert not _offers(check, body), body


def test_a_free_service_is_still_a_promotion(check: Any) -> None:
    assert _offers(check, "Book a thyroid panel and get a free consultation.")
