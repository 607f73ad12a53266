"""Triggers in an invitation to meet people, or in a sentence naming the offer's code (issue 17).

The brand is "Harrowgate Dental", a dental practice invented for these tests (not the sample
brand, not an evaluation brand). Its pack governs "aftercare team" and "cleaning fee" as
claims. Two readings claim nothing:

- whom an invitation to meet names, as an approved claim names them: "Meet our aftercare team
  in York on Saturday" (what the team does is not said; "Our aftercare team answers within an
  hour" says it, and "Meet our master hygienists" gives a title no claim gives: both block);
- the attached offer's own words in a sentence naming its code: "Use code SMILE12 and pay no
  cleaning fee for 12 months" (the offer rules check it; without the code, or with a word the
  offer does not use, the trigger is read as usual).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

_BRAND: dict[str, Any] = {
    "name": "Harrowgate Dental",
    "legal_name": "Harrowgate Dental Ltd",
    "postal_address": "3 Minster Row, York YO1 7HH, United Kingdom",
    "sender_addresses": {"email": "hello@harrowgate.example", "sms": "Harrowgate", "push": "hd"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["harrowgate.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Harrowgate pack: one offer and the claim grounding rule."""
    claims = rule(
        "claims",
        "claim_grounding",
        {
            "categories": ["service", "price", "superlative"],
            "extra_triggers": {
                "service": ["aftercare team", "master hygienists"],
                "price": ["cleaning fee"],
            },
        },
    )
    offer = {
        "id": "smile12",
        "name": "No cleaning fee for 12 months with code SMILE12",
        "terms": "New patients with code SMILE12. The cleaning fee is waived for 12 months.",
        "code": "SMILE12",
        "discount_type": "amount",
        "discount_amount": 60,
        "currency": "GBP",
        "channels": ["email"],
    }
    aftercare = {
        "id": "aftercare",
        "text": "Free check-ups for a year with our aftercare team.",
        "category": "service",
        "substantiation": "Aftercare policy 2026",
        "channels": ["email"],
    }
    return parse_pack(
        {"brand": _BRAND, "rules": [claims], "offers": [offer], "claims": [aftercare]},
        source="test",
    )


def _claims(check: Callable[..., Verdict], pack: BrandPack, body: str, **fields: Any) -> bool:
    verdict = check(
        pack,
        channel="email",
        subject="News",
        body=body,
        send_time=datetime(2026, 6, 1, 10, 0),
        **fields,
    )
    return "claims" in set(verdict.fired_rule_ids)


@pytest.mark.parametrize(
    ("claim", "invitation"),
    [
        (
            "Our aftercare team answers within an hour.",
            "Meet our aftercare team in York on Saturday 6 June.",
        ),
        (
            "Your aftercare team is the best in the county.",
            "Come and say hello to the aftercare team at the open day.",
        ),
        (
            "Meet our master hygienists in York on Saturday 6 June.",
            "Meet the aftercare team, then book online.",
        ),
    ],
)
def test_invitation_to_meet(
    check: Callable[..., Verdict], pack: BrandPack, claim: str, invitation: str
) -> None:
    assert _claims(check, pack, claim), claim
    assert not _claims(check, pack, invitation), invitation


def test_offer_words_with_its_code(check: Callable[..., Verdict], pack: BrandPack) -> None:
    said = "Use code SMILE12 and pay no cleaning fee for your first 12 months."
    assert not _claims(check, pack, said, offer_id="smile12")
    assert _claims(check, pack, "Pay no cleaning fee for your first 12 months.", offer_id="smile12")
    assert _claims(check, pack, said)  # no offer attached: a claim of its own
