"""A banned claim of safety for children or pets, reworded (issue 17, set 16).

The brand is Corrie Clean, a cleaning brand invented for these tests, that bans "safe around
kids" and "pet-safe". "Safe to use around children and pets" and "safe near your dog" make the
same claim in other words and block; a hazard line ("Keep out of reach of children") or a
safety claim for a thing ("safe for septic tanks") is no such claim and passes.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.safety_audiences import safety_forms

_BRAND: dict[str, Any] = {
    "name": "Corrie Clean",
    "legal_name": "Corrie Clean Ltd",
    "postal_address": "11 Loch Street, Oban PA34 4AB, United Kingdom",
    "sender_addresses": {"email": "hi@corrie.example", "sms": "Corrie", "push": "cc"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["corrie.example"],
}


def _pack() -> Any:
    banned = rule("hazard-words", "banned_phrase", {"phrases": ["safe around kids", "pet-safe"]})
    return parse_pack({"brand": _BRAND, "rules": [banned]}, source="test")


def test_the_claim_reworded_blocks(check: Any) -> None:
    for body in (
        "Our Oven Gel is safe to use around children and pets.",
        "Bathroom Foam: safe near your dog, tough on grime.",
    ):
        verdict = check(_pack(), channel="email", subject="Cleaning", body=body)
        assert "hazard-words" in fired(verdict), body


def test_no_safety_claim_for_the_young_or_animals_passes(check: Any) -> None:
    for body in (
        "Oven Gel: Danger. Keep out of reach of children. Read the label before use.",
        "Our Drain Gel is safe for septic tanks.",
    ):
        verdict = check(_pack(), channel="email", subject="Cleaning", body=body)
        assert "hazard-words" not in fired(verdict), body


def test_other_shapes_are_not_widened() -> None:
    assert safety_forms(["safe for septic tanks", "non-toxic"]) == []
