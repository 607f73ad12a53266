"""Built-in claim triggers added on the sixteenth set (issue 17, claims16).

The brand is "Tarnfield", a maker of water filters, energy drinks and medical supplies invented
for these tests (not the sample brand, not an evaluation brand). Four kinds of statement are
claims even without a listed word, and each has an everyday neighbour that is none:

- absolute removal: "strips out virtually every impurity" ("Remove all packaging" is advice,
  and "no filter removes every contaminant" denies it of every filter);
- disease prevention: "protect your family from waterborne illness" ("from the cold" is
  the weather);
- cognitive performance: "sharpens your concentration" ("Concentration tips" names a topic);
- a coverage promise: "with Medicare, it could cost you nothing" ("free delivery" for
  insured customers is an extra, not coverage).
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
    "name": "Tarnfield",
    "legal_name": "Tarnfield Goods LLC",
    "postal_address": "501 Quarry Road, Tulsa, OK 74103, USA",
    "sender_addresses": {"email": "hi@tarnfield.example", "sms": "71234", "push": "tf"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "America/Chicago",
    "website_domains": ["tarnfield.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tarnfield pack: only the claim grounding rule."""
    claims = rule("claims", "claim_grounding", {"categories": ["efficacy", "health", "service"]})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


CASES: list[tuple[str, str]] = [
    # (claim: blocks, everyday neighbour: passes)
    (
        "Its membrane strips out virtually every impurity in your water.",
        "Remove all packaging before you fit the cartridge.",
    ),
    (
        "The new pitcher filters out all contaminants.",
        "Take out all the guesswork: the app tells you when to change it.",
    ),
    (
        "No other filter removes every contaminant.",
        "No filter removes every contaminant, and ours are no exception.",
    ),
    (
        "Help protect your family from waterborne illness with the Tarnfield pitcher.",
        "Our lined gloves protect your hands from the cold.",
    ),
    (
        "Tarnfield Zest sharpens your concentration when the deadline hits.",
        "Concentration tips for exam week: sleep, water and short breaks.",
    ),
    (
        "With Medicare, a new Tarnfield nebulizer could cost you nothing at all.",
        "With your insurance plan on file, we offer free delivery on supplies.",
    ),
    (
        "It's 100% covered by Medicare.",
        "Delivery is free on every order.",
    ),
]


@pytest.mark.parametrize(("claim", "innocent"), CASES)
def test_claim_blocks_and_neighbour_passes(
    check: Callable[..., Verdict], pack: BrandPack, claim: str, innocent: str
) -> None:
    assert claims_block(check, pack, claim), claim
    assert not claims_block(check, pack, innocent), innocent
