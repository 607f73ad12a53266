"""Telugu and Hindi rankings are superlative claims (issue 17, set 27).

Kaveri Silks, a sari shop invented for these tests, may rank itself only in approved wording.
The superlative triggers were English and Romance words, so "the most loved sari shop" or "the
best silk" written in Telugu or Hindi went through as if it ranked nothing. Copy without a
ranking stays free of the rule.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kaveri Silks",
                "legal_name": "Kaveri Silks Pvt Ltd",
                "postal_address": "12 Temple Road, Vijayawada",
                "sender_addresses": {"sms": "KAVERI"},
                "channels": ["sms"],
                "locales": ["te-IN"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["kaverisilks.example"],
            },
            "rules": [rule("claims", "claim_grounding", {"categories": ["superlative"]})],
        }
    )


def test_indic_rankings_are_claims(check) -> None:
    pack = _pack()
    for body in (
        "కావేరి సిల్క్స్: విజయవాడలో అత్యంత ప్రియమైన చీరల దుకాణం.",
        "कावेरी सिल्क्स: सर्वश्रेष्ठ रेशम की साड़ियाँ।",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "claims" in verdict.fired_rule_ids, body


def test_copy_without_a_ranking_is_not(check) -> None:
    pack = _pack()
    verdict = check(pack, channel="sms", body="కావేరి సిల్క్స్: కొత్త పట్టు చీరలు వచ్చాయి.")
    assert "claims" not in verdict.fired_rule_ids, verdict.violations
