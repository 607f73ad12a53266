"""A pack's "never <verb>" trigger read with a modal (issue 17, set 15, claims15).

A pack that governs "never pay a penny" means the promise, also said "your family will never
have to pay a penny" or "never need to pay a penny". Copy without the promise still passes.
The brand is made up here ("Tollgarth Larder"), not the sample brand and not any evaluation
brand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import TOLLGARTH_LARDER, claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict
from nextbest.tools.compliance.claim_inflections import modal_forms

BRAND = TOLLGARTH_LARDER

RULES = [
    rule(
        "claims",
        "claim_grounding",
        {"categories": ["guarantee"], "extra_triggers": {"guarantee": ["never pay a penny"]}},
    )
]


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tollgarth pack: only the claim grounding rule with its extra trigger."""
    return parse_pack({"brand": BRAND, "rules": RULES, "claims": [], "offers": []}, source="t")


def _blocks(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    return claims_block(check, pack, body, subject="Your plan")


@pytest.mark.parametrize(
    "body",
    [
        "With our plan, your family will never have to pay a penny, whatever happens.",
        "You never need to pay a penny towards the loan.",
        "You will never pay a penny towards the loan.",
    ],
)
def test_the_promise_with_a_modal_blocks(
    check: Callable[..., Any], pack: BrandPack, body: str
) -> None:
    assert _blocks(check, pack, body)


def test_copy_without_the_promise_passes(check: Callable[..., Any], pack: BrandPack) -> None:
    assert not _blocks(check, pack, "You never have to pay to read our guide.")


def test_modal_forms() -> None:
    assert "never have to pay a penny" in modal_forms("never pay a penny")
    assert modal_forms("never have to pay") == ()
    assert modal_forms("fixed for life") == ()
