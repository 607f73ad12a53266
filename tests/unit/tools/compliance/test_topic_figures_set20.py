"""A claim keyword before "figures" in a linked guide sentence names a topic (issue 17, set 20).

Pellow Cycles, an e-bike shop invented for these tests, approves one range claim with the
keyword "range" (a claim trigger). A sentence saying its own guide "covers charging, range
figures and servicing" with a link to the brand's site names what the guide explains; it states
no range. A range figure stated in the sentence is still a claim.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    brand = {
        "name": "Pellow Cycles",
        "legal_name": "Pellow Cycles Ltd",
        "postal_address": "5 Harbour Street, Penzance TR18 2AB, United Kingdom",
        "sender_addresses": {"email": "ride@pellow.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["pellow.example"],
    }
    claims = [
        {
            "id": "trail-range",
            "text": "The Pellow Trail 500 rides up to 70 miles on one charge.",
            "category": "efficacy",
            "substantiation": "Bench test, 2026",
            "channels": ["email"],
            "keywords": ["range"],
        }
    ]
    claim_rule = rule(
        "claims",
        "claim_grounding",
        {"categories": ["efficacy"], "extra_triggers": {"efficacy": ["range"]}},
    )
    return parse_pack({"brand": brand, "claims": claims, "rules": [claim_rule]}, source="test")


def _claims(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Your e-bike guide", body=body)
    return "claims" in fired(verdict)


def test_range_figures_in_a_linked_guide_sentence_is_a_topic(check: Any) -> None:
    body = (
        "New to e-bikes? Our guide covers charging, range figures and servicing: "
        "https://pellow.example/guide"
    )
    assert not _claims(check, body)


def test_a_stated_range_is_still_a_claim(check: Any) -> None:
    body = "Trail 500 range figures: 90 miles on one charge. https://pellow.example/guide"
    assert _claims(check, body)
