"""A green light is permission, not an environmental claim (issue 17, set 21).

Rohetuul, an Estonian power seller invented for these tests, governs green statements through
a sustainability trigger "roheline" (green). "Andke taotlusele roheline tuli" (give the
application the green light) and "Give the plan the green light" claim nothing green; "roheline
elekter" (green electricity) still does.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    claims = rule(
        "claims",
        "claim_grounding",
        {
            "categories": ["sustainability"],
            "extra_triggers": {"sustainability": ["roheline", "rohelise", "green"]},
        },
    )
    return parse_pack(
        {
            "brand": {
                "name": "Rohetuul",
                "legal_name": "Rohetuul OÜ",
                "postal_address": "Tuule 2, 80010 Pärnu",
                "sender_addresses": {"email": "info@rohetuul.example"},
                "channels": ["email"],
                "locales": ["et-EE"],
                "default_time_zone": "Europe/Tallinn",
                "website_domains": ["rohetuul.example"],
            },
            "rules": [claims],
        },
        source="test",
    )


def test_a_green_light_claims_nothing(check: Any) -> None:
    assert not claims_block(check, _pack(), "Andke oma taotlusele roheline tuli iseteeninduses.")
    assert not claims_block(check, _pack(), "Ootame rohelise tulega teie otsust.")
    assert not claims_block(check, _pack(), "Give the plan the green light in your account.")


def test_green_electricity_is_still_a_claim(check: Any) -> None:
    assert claims_block(check, _pack(), "Meie roheline elekter on parim valik.")
