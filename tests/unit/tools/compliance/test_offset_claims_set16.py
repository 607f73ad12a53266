"""A banned offsetting claim, reworded (issue 17, set 16).

The brand is Lowfell Laundry, a detergent brand invented for these tests, that bans "offset
the carbon" and "carbon offset". "We plant a tree for every order to balance out the CO2 of
your delivery" makes the same claim in other words and blocks; "a splash of lemon balances out
the scent" cancels no emissions, and "we don't offset emissions" denies the claim: both pass.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.offset_claims import offset_forms

_BRAND: dict[str, Any] = {
    "name": "Lowfell Laundry",
    "legal_name": "Lowfell Laundry Ltd",
    "postal_address": "3 Fell Yard, Penrith CA11 7AB, United Kingdom",
    "sender_addresses": {"email": "hi@lowfell.example", "sms": "Lowfell", "push": "ll"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["lowfell.example"],
}


def _pack() -> Any:
    banned = rule(
        "offsetting", "banned_phrase", {"phrases": ["offset the carbon", "carbon offset"]}
    )
    return parse_pack({"brand": _BRAND, "rules": [banned]}, source="test")


def test_the_claim_reworded_blocks(check: Any) -> None:
    for body in (
        "We plant a tree for every order to balance out the CO2 of your delivery.",
        "Every refill helps us compensate for our emissions.",
    ):
        verdict = check(_pack(), channel="email", subject="Refills", body=body)
        assert "offsetting" in fired(verdict), body


def test_no_offsetting_claim_passes(check: Any) -> None:
    for body in (
        "A splash of lemon balances out the scent.",
        "We don't offset emissions: we cut them, starting with our refills.",
    ):
        verdict = check(_pack(), channel="email", subject="Refills", body=body)
        assert "offsetting" not in fired(verdict), body


def test_other_phrases_are_not_widened() -> None:
    assert offset_forms(["eco-friendly", "green"]) == []
