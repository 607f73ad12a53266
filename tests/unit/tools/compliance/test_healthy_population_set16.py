"""The word "healthy" of the people a health guideline speaks of (issue 17, set 16).

The brand is Tarnside Brew, a cold-brew maker invented for these tests, that bans "healthy"
as a health claim. "Guidance suggests healthy adults have no more than 400 mg of caffeine a
day" names a population, not a product's effect, and passes; "a healthy drink" or "Tarnside is
healthy" still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Tarnside Brew",
    "legal_name": "Tarnside Brew Ltd",
    "postal_address": "6 Tarn Road, Ambleside LA22 0AB, United Kingdom",
    "sender_addresses": {"email": "hi@tarnside.example", "sms": "Tarnside", "push": "tb"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["tarnside.example"],
}


def _pack() -> Any:
    banned = rule("no-health", "banned_phrase", {"phrases": ["healthy", "good for you"]})
    return parse_pack({"brand": _BRAND, "rules": [banned]}, source="test")


def test_a_population_in_guidance_passes(check: Any) -> None:
    body = "Guidance suggests healthy adults have no more than 400 mg of caffeine a day."
    verdict = check(_pack(), channel="email", subject="How much is too much?", body=body)
    assert "no-health" not in fired(verdict)


def test_healthy_said_of_the_product_blocks(check: Any) -> None:
    for body in ("Cold brew: a healthy start to the day.", "Tarnside Cold Brew is healthy."):
        verdict = check(_pack(), channel="email", subject="Cold brew", body=body)
        assert "no-health" in fired(verdict), body
