"""A question the copy answers "no" asserts nothing (issue 17, set 15, claims15).

"Is <product> dairy-free? No." and a reader's quoted question answered "The honest answer is
no" deny the claim words they hold. A question answered "yes", or followed by "No need to …",
still carries them. The brand is made up here ("Tollgarth Larder"), not the sample brand and
not any evaluation brand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import TOLLGARTH_LARDER, claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict
from nextbest.tools.compliance.questions import answered_no

BRAND = TOLLGARTH_LARDER

PRODUCTS = [
    {"id": "oat-milk", "name": "Tollgarth Oat Milk", "list_price": 1.8, "currency": "GBP"},
]

CLAIMS = rule("claims", "claim_grounding", {"categories": ["health", "efficacy", "superlative"]})


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tollgarth pack: one product and the claim grounding rule."""
    return parse_pack(
        {"brand": BRAND, "rules": [CLAIMS], "claims": [], "offers": [], "products": PRODUCTS},
        source="t",
    )


def _blocks(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    return claims_block(check, pack, body, subject="Your questions")


@pytest.mark.parametrize(
    "body",
    [
        "Is Tollgarth Oat Milk nut-free? No. It is made where nuts are handled.",
        'A reader asked us: "Will the drink make kids stronger?" The honest answer is no.',
        "Is Tollgarth Oat Milk nut-free? Sadly, no: it is made where nuts are handled.",
    ],
)
def test_question_answered_no_passes(check: Callable[..., Any], pack: BrandPack, body: str) -> None:
    assert not _blocks(check, pack, body)


@pytest.mark.parametrize(
    "body",
    [
        "Is Tollgarth Oat Milk nut-free? Yes, every carton.",
        "Is Tollgarth Oat Milk nut-free? No need to ask: every carton is.",
        'A reader asked us: "Will the drink make kids stronger?" The honest answer is yes.',
        "Tollgarth Oat Milk is nut-free. No, really.",
    ],
)
def test_question_answered_otherwise_still_blocks(
    check: Callable[..., Any], pack: BrandPack, body: str
) -> None:
    assert _blocks(check, pack, body)


def test_answered_no_reads_only_the_question_holding_the_phrase() -> None:
    text = "Is it nut-free? No. Is it the best? Yes."
    assert answered_no(text, text.index("nut-free"))
    assert not answered_no(text, text.index("best"))
    assert not answered_no("It is nut-free. No, really?", 6)
