"""Claim triggers in readings that claim nothing, found on the seventeenth set (issue 17).

The brand is "Quillbrook", an outdoor-gear and drinks shop invented for these tests (not the
sample brand, not an evaluation brand). Each reading has a claim of the same shape beside it:

- a free-from word restating what its noun means ("alcohol-free mocktails"; "alcohol-free
  face mist" stays a claim);
- a concessive superlative, "even the best helmet" (and German "auch der beste Helm"): any
  helmet has a limit ("the best helmet we sell" stays a ranking);
- the brand's own content ranked by readers' use ("our most popular guides"; "our most
  popular tent" stays a ranking);
- a guarantee denied of a thing of several words ("no outdoor brand's forecasts are
  guaranteed"; "no fees and prices are guaranteed" promises).
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
    "name": "Quillbrook",
    "legal_name": "Quillbrook Outdoor Ltd",
    "postal_address": "9 Mill Yard, Kendal LA9 4QR, United Kingdom",
    "sender_addresses": {"email": "hello@quillbrook.example", "sms": "Quillbrook", "push": "qb"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["quillbrook.example"],
}


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Quillbrook pack: only the claim grounding rule."""
    categories = ["efficacy", "superlative", "guarantee", "health"]
    claims = rule("claims", "claim_grounding", {"categories": categories})
    return parse_pack({"brand": _BRAND, "rules": [claims]}, source="test")


CASES: list[tuple[str, str]] = [
    # (claim: blocks, everyday reading: passes)
    (
        "Alcohol-free face mist for tired skin after a long hike.",
        "Three alcohol-free mocktails for the campfire, with our ginger cordial.",
    ),
    (
        "This is the best helmet we sell for alpine routes.",
        "Even the best helmet cannot prevent every injury: ride within your limits.",
    ),
    (
        "Der beste Helm für Alpentouren.",
        "Auch der beste Helm ersetzt keine Vorsicht auf der Piste.",
    ),
    (
        "Our most popular tent is back in stock.",
        "Our most popular guides this year: packing lists, knots and map reading.",
    ),
    (
        "No fees and prices are guaranteed for a year.",
        "We plan every trip with care, but no outdoor brand's forecasts are guaranteed.",
    ),
]


@pytest.mark.parametrize(("claim", "everyday"), CASES)
def test_everyday_reading_passes_and_claim_blocks(
    check: Callable[..., Verdict], pack: BrandPack, claim: str, everyday: str
) -> None:
    assert claims_block(check, pack, claim), claim
    assert not claims_block(check, pack, everyday), everyday


def test_content_ranking_in_the_subject(check: Callable[..., Verdict], pack: BrandPack) -> None:
    body = "Try them at https://quillbrook.example/guides"
    assert not claims_block(check, pack, body, subject="Our most read guides")
    assert claims_block(check, pack, body, subject="Our most popular jackets")
