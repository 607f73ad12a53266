"""Claim triggers read on a joined view decided by the skeleton (issue 17, claims17).

The brand is "Corvane", a lake-cabin rental firm invented for these tests (not the sample
brand, not an evaluation brand). A word with an apostrophe ("the lake's") is joined on a view
that keeps only a few words around it, so a comparative's look-ahead ("than it looks", "than
you'd think") ran out of words there and the comparative was read as a claim. The skeleton,
which holds the whole sentence, decides such a trigger; a comparison with rivals after the same
contraction still blocks, and so does a trigger that needs the joining ("che.aper than").
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
    "name": "Corvane",
    "legal_name": "Corvane Cabins Ltd",
    "postal_address": "4 Ferry Lane, Keswick CA12 5DJ, United Kingdom",
    "sender_addresses": {"email": "stay@corvane.example", "sms": "Corvane", "push": "cv"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["corvane.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Corvane pack: only the claim grounding rule."""
    claims = rule("claims", "claim_grounding", {"categories": ["comparative", "superlative"]})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


CASES: list[tuple[str, str]] = [
    # (claim: blocks, everyday neighbour: passes)
    (
        "Autumn's cheaper than other lakeside sites.",
        "Autumn's nearer than it looks. Book a cabin for October.",
    ),
    (
        "The lake's warmer than at rival resorts.",
        "The lake's warmer than you'd think in September.",
    ),
    (
        "Our cabins are che.aper than other lets.",
        "Spring's closer than it looks: cabins open in March.",
    ),
]


@pytest.mark.parametrize(("claim", "innocent"), CASES)
def test_joined_view_comparative(
    check: Callable[..., Verdict], pack: BrandPack, claim: str, innocent: str
) -> None:
    assert claims_block(check, pack, claim), claim
    assert not claims_block(check, pack, innocent), innocent
