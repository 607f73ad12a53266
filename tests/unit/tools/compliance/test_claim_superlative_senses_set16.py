"""Superlative triggers that rank nothing of the brand's, found on the sixteenth set (claims16).

The brand is "Cairnrest", a bedding shop invented for these tests (not the sample brand, not
an evaluation brand); its own name ends in "-est". Each everyday use has a near neighbour that
is a superlative claim and must still block:

- a trigger whose last word is the brand's own name: "the Cairnrest app" (``the …est``);
- "most asked", a ranking of the readers' questions: "This month's most-asked feature";
- a time of year ranked: "Spring is the best gardening season".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

_BRAND: dict[str, Any] = {
    "name": "Cairnrest",
    "legal_name": "Cairnrest Bedding Ltd",
    "postal_address": "4 Mill Lane, Kendal LA9 4AB, UK",
    "sender_addresses": {"email": "hello@cairnrest.example", "sms": "Cairnrest", "push": "cr"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["cairnrest.example"],
}

_CLAIMS = rule("claims", "claim_grounding", {"categories": ["superlative", "price", "health"]})


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Cairnrest pack: only the claim grounding rule."""
    return parse_pack({"brand": _BRAND, "rules": [_CLAIMS]}, source="test")


CASES: list[tuple[str, str]] = [
    # (everyday use: passes, the same shape said as a claim: blocks)
    (
        "Track orders and reorder pillowcases in the Cairnrest app.",
        "Cairnrest makes the softest pillowcases.",
    ),
    (
        "This month's most-asked feature: the duvet finder.",
        "Our duvet finder is the most-loved feature in bedding.",
    ),
    (
        "Spring is the best gardening season, and a good time to air your duvet.",
        "Spring is the best sale season: our lowest prices on duvets.",
    ),
    (
        "Spring is the best gardening season, and a good time to air your duvet.",
        "Cairnrest sells the best duvets of the season.",
    ),
]


@pytest.mark.parametrize(("innocent", "claim"), CASES)
def test_everyday_use_passes_and_the_claim_blocks(
    check: Callable[..., Verdict], pack: BrandPack, innocent: str, claim: str
) -> None:
    assert not claims_block(check, pack, innocent), innocent
    assert claims_block(check, pack, claim), claim


def test_most_asked_for_stays_a_ranking(check: Callable[..., Verdict], pack: BrandPack) -> None:
    assert claims_block(check, pack, "Our most asked for pillow is back in stock.")
