"""Everyday senses of claim triggers found on the fifteenth set (issue 17, claims15).

Every test uses a made-up brand built here — "Tollgarth Larder", a grocer that also sells a
pay-later card and a home-insulation grant service — not the sample brand and not any
evaluation brand. Each everyday sense has a near neighbour that must still block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import TOLLGARTH_LARDER, claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

BRAND = TOLLGARTH_LARDER

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "health",
            "superlative",
            "service",
            "efficacy",
            "guarantee",
        ],
    },
)


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tollgarth pack: only the claim grounding rule."""
    return parse_pack({"brand": BRAND, "rules": [CLAIMS], "claims": [], "offers": []}, source="t")


CASES: list[tuple[str, str, str]] = [
    # (everyday sense: passes, same shape said as a claim: blocks, what it is)
    (
        "We are recalling one lot of Tollgarth Oat Yoghurt, 500 g, best by 04/02/27.",
        "Tollgarth Oat Yoghurt is the best by far.",
        "a food's date label",
    ),
    (
        "The most common kind is a fixed-rate loan: you repay the same amount each month.",
        "The most trusted kind of loan in the county.",
        "how often a kind occurs",
    ),
    (
        "Here's how the insulation grant works in practice: we survey, apply and deduct it.",
        "The draught seal works in 2 days.",
        "how something works in practice",
    ),
    (
        "If you avoid nuts because of an allergy, our flapjack is not for you.",
        "Our flapjack eases your hay fever allergy.",
        "the reader's allergy as a reason",
    ),
    (
        "A straight answer: no savings plan is risk-free.",
        "Our savings plan is risk-free.",
        "a denial of risk-free",
    ),
    (
        "Members who make 6 months of on-time payments can apply for a higher limit.",
        "We always make on-time payments to our growers.",
        "the reader's on-time payments",
    ),
]


@pytest.mark.parametrize(("sense", "claim", "what"), CASES, ids=[c[2] for c in CASES])
def test_everyday_sense_passes_and_the_claim_still_blocks(
    check: Callable[..., Any], pack: BrandPack, sense: str, claim: str, what: str
) -> None:
    assert not claims_block(check, pack, sense), what
    assert claims_block(check, pack, claim), what


def test_voted_best_by_readers_stays_a_ranking(check: Callable[..., Any], pack: BrandPack) -> None:
    """ "best by" is a date label only before a date; "best by our readers" ranks."""
    assert claims_block(check, pack, "Our flapjack was named best by our readers.")
