""" "Haul" as a distance of travel under a ban of shopping-binge words (set 15).

Issue 17, fifteenth blind set. The brand is Brindle Luggage Co., a luggage shop invented here
(not the sample brand, not an eval brand) whose voice guide warns on "haul" as a shopping haul.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_BRAND: dict[str, Any] = {
    "name": "Brindle",
    "legal_name": "Brindle Luggage Co. Pty Ltd",
    "postal_address": "5 Wharf Road, Hobart TAS 7000, Australia",
    "sender_addresses": {"email": "hello@brindle.example"},
    "channels": ["email"],
    "default_time_zone": "Australia/Hobart",
    "website_domains": ["brindle.example"],
}


def _pack() -> BrandPack:
    rule_entry = rule("spend-words", "banned_phrase", {"phrases": ["haul"]}, severity="warn")
    return parse_pack({"brand": _BRAND, "rules": [rule_entry]}, source="test")


def _fired(check: Any, subject: str, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject=subject, body=body))


def test_a_long_haul_flight_is_no_shopping_haul(check: Any) -> None:
    body = "Long-haul trip ahead? Our carry-on fits short-haul and long haul cabins alike."
    assert "spend-words" not in _fired(check, "Packing for a long-haul flight?", body)
    assert "spend-words" in _fired(check, "Show us your holiday haul", "Post your haul online.")
