"""A product named inside another approved claim is that claim's subject (issue 17, set 20).

Clearview Optics, an eye clinic invented for these tests, has one turnaround claim for its
standard eye test ("Your eye test results are ready within 2 days.") and another for its
premium test ("Your Premium Eye Test results are ready within 4 days."). A message that gives
both, one after the other, says the first of the standard test only: the premium test named in
the next sentence is the second claim's subject, not a wrong product for the first. The first
claim said beside the premium test alone is still out of scope.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_STANDARD = "Your eye test results are ready within 2 days."
_PREMIUM = "Your Premium Eye Test results are ready within 4 days."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Clearview Optics",
                "legal_name": "Clearview Optics Ltd",
                "postal_address": "2 Lens Lane, York YO1 7AB, United Kingdom",
                "sender_addresses": {"email": "hello@clearview.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["clearview.example"],
            },
            "products": [
                {"id": "standard", "name": "Standard Eye Test"},
                {"id": "premium", "name": "Premium Eye Test"},
            ],
            "claims": [
                {
                    "id": "two-days",
                    "text": _STANDARD,
                    "category": "service",
                    "substantiation": "Turnaround audit 2026",
                    "channels": ["email"],
                    "products": ["standard"],
                },
                {
                    "id": "four-days",
                    "text": _PREMIUM,
                    "category": "service",
                    "substantiation": "Turnaround audit 2026",
                    "channels": ["email"],
                    "products": ["premium"],
                },
            ],
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["service"],
                        "extra_triggers": {"service": ["within 2 days", "within 4 days"]},
                        "report_as": {"wrong_product": "claim-scope"},
                    },
                )
            ],
        },
        source="test",
    )


def test_each_claim_beside_the_other_is_said_of_its_own_product(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Our eye tests",
        body="Book a Standard Eye Test or a Premium Eye Test this month.\n\n"
        f"{_STANDARD} {_PREMIUM}",
    )
    assert not {"claim-scope", "claims"} & fired(verdict)


def test_a_claim_beside_another_product_alone_is_still_out_of_scope(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Our premium test",
        body=f"The Premium Eye Test checks more. {_STANDARD}",
    )
    assert "claim-scope" in fired(verdict)
