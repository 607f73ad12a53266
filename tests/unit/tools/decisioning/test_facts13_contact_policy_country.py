"""The contact policy reads a customer known only by country as of unknown region (issue 17).

A brand of our own (a kite school texting lesson offers) has an SMS quiet-hours rule for two
US states. A customer whose only region field is the country ("US") may live in one of them:
the rule's ``unknown_region`` decides for them, as the guardrail decides for a recipient whose
region is "US" (:class:`~nextbest.tools.compliance.region_scope.RegionScope`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.contact_policy import ContactPolicy, Reason

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York
NIGHT = "lesson-pack:sms:night"  # 20:00-23:00 local


def _pack(**scope: Any) -> BrandPack:
    rule: dict[str, Any] = {
        "id": "state-sms-quiet",
        "kind": "quiet_hours",
        "channels": ["sms"],
        "description": "No marketing texts 20:00-08:00 recipient local time.",
        "rationale": "A state telemarketing law sets its own calling hours.",
        "source": "State telephone solicitation acts",
        "params": {"start": "20:00", "end": "08:00"},
        **scope,
    }
    return BrandPack.model_validate(
        {
            "brand": {
                "name": "Gullwing Kite School",
                "legal_name": "Gullwing Kite School LLC",
                "postal_address": "7 Dune Road, Kitty Hawk, NC 27949, USA",
                "channels": ["email", "sms"],
                "default_time_zone": "America/New_York",
            },
            "offers": [
                {
                    "id": "lesson-pack",
                    "name": "Three lessons for the price of two",
                    "terms": "Book three lessons, pay for two.",
                    "discount_type": "bogo",
                    "channels": ["email", "sms"],
                    "unit_value": 120,
                    "margin": 0.5,
                }
            ],
            "rules": [rule],
        }
    )


def _row(customer_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "time_zone": "America/New_York",
        "consent_email": True,
        "consent_sms": True,
        **fields,
    }


@pytest.mark.parametrize(("unknown", "masked"), [("apply", True), ("skip", False)])
def test_a_customer_known_only_by_country_follows_unknown_region(
    unknown: str, masked: bool
) -> None:
    brand = _pack(regions=["FL", "OK"], unknown_region=unknown)
    rows = [
        _row("country-only", country="US"),
        _row("region-is-country", region="US"),
        _row("in-fl", region="FL", country="US"),
        _row("in-ga", region="GA", country="US"),
        _row("abroad", country="DE"),
    ]
    space = ActionSpace.from_pack(brand)
    mask = ContactPolicy(brand, space).mask(CustomerBatch(rows), NOW)
    night = (mask.reasons[:, space.index(NIGHT)] & Reason.QUIET_HOURS).astype(bool).tolist()
    assert night == [masked, masked, True, False, False]
