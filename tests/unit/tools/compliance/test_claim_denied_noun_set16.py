"""A claim noun the copy says the thing is not (issue 17, set 16).

The brand is Tallow & Reed, a pharmacy invented for these tests, whose claims rule governs
health statements. "A nicotine patch is not a cure: most people need more than one try" denies
the claim; "The patch is a cure" or "It's not just a cure, it's …" still asserts it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.denials import denied_to_be

_BRAND: dict[str, Any] = {
    "name": "Tallow & Reed",
    "legal_name": "Tallow & Reed Pharmacy Ltd",
    "postal_address": "3 Dock Street, Hull HU1 3AA, United Kingdom",
    "sender_addresses": {"email": "hi@tallowreed.example", "sms": "TallowReed", "push": "tr"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["tallowreed.example"],
}


def _pack() -> Any:
    claims = rule("claims", "claim_grounding", {"categories": ["health"]})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


def test_a_denied_cure_passes(check: Any) -> None:
    for body in (
        "A nicotine patch is not a cure: most people need more than one try.",
        "Our patches aren't a cure for cravings.",
    ):
        verdict = check(_pack(), channel="email", subject="Quitting", body=body)
        assert "claims" not in fired(verdict), (body, verdict.violations)


def test_an_asserted_cure_blocks(check: Any) -> None:
    for body in (
        "Our patch is a cure for cravings.",
        "It's not just a cure, it's a new you.",
    ):
        verdict = check(_pack(), channel="email", subject="Quitting", body=body)
        assert "claims" in fired(verdict), body


def test_denials_in_other_languages() -> None:
    for text, noun in (
        ("Ce n'est pas un remède.", "remède"),
        ("Det är inte ett botemedel.", "botemedel"),
    ):
        start = text.index(noun)
        assert denied_to_be(text, start, start + len(noun)), text
    text = "C'est un remède."
    start = text.index("remède")
    assert not denied_to_be(text, start, start + len("remède"))
