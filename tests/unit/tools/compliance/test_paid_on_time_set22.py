"""Payments the reader made "on time" are no service claim (issue 17, set 22).

Tahanan Rent, a Philippine flat-letting agency invented for these tests, sends tenants a
year-end recap. "This year you paid your rent on time" speaks of the reader's punctuality, in
the past tense, as "when you pay on time" already did; it was read as an unapproved promise of
punctual service. A payment the agency made on time ("we paid every deposit back on time") is
still its own claim.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 1, 4)
NOON = datetime(2027, 1, 4, 4, 0, tzinfo=UTC)

PACK = BrandPack.model_validate(
    {
        "brand": {
            "name": "Tahanan Rent",
            "legal_name": "Tahanan Rent Corp.",
            "postal_address": "8 Kalayaan Avenue, Quezon City 1101, Philippines",
            "channels": ["email"],
            "default_time_zone": "Asia/Manila",
            "website_domains": ["tahanan.example"],
        },
        "rules": [rule("claims", "claim_grounding", {"categories": ["service"]})],
    }
)
ENGINE = RuleEngine(PACK)


def _fired(body: str) -> set[str]:
    message = Message(channel="email", subject="Your year with us", body=body, send_time=NOON)
    return {v.rule_id for v in ENGINE.check(message, as_of=DAY).violations}


def test_the_readers_past_payments_on_time_are_no_claim() -> None:
    assert "claims" not in _fired("This year you paid your rent on time. Thank you!")
    assert "claims" not in _fired("You repaid the loan on time, so your limit goes up.")


def test_the_brands_own_payments_on_time_stay_a_claim() -> None:
    assert "claims" in _fired("We paid every deposit back on time this year.")
