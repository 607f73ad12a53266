"""A sentence ending in a colon that introduces an approved claim (issue 17, set 15, claims15).

"Here is the one health statement the FDA lets us make about <product>:" above the authorised
health claim, word for word, announces that claim: its trigger ("FDA") is not a second claim.
A lead-in that grades ("most"), states a figure of its own or introduces no approved claim
still blocks. The brand is made up here ("Tollgarth Larder"), not the sample brand and not
any evaluation brand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import TOLLGARTH_LARDER, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

BRAND = TOLLGARTH_LARDER

PRODUCTS = [{"id": "porridge", "name": "Tollgarth Oat Porridge 2%", "list_price": 2.5,
             "currency": "GBP"}]  # fmt: skip

HEART = (
    "Oat beta-glucan, as part of a diet low in saturated fat, may reduce the risk of heart disease."
)

CLAIMS = [
    {
        "id": "oat-heart",
        "text": HEART,
        "category": "health",
        "substantiation": "authorised health claim",
        "channels": ["email"],
    }
]

RULES = [rule("claims", "claim_grounding", {"categories": ["health", "superlative"]})]


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tollgarth pack: one product, one health claim and the claim grounding rule."""
    return parse_pack(
        {"brand": BRAND, "rules": RULES, "claims": CLAIMS, "offers": [], "products": PRODUCTS},
        source="t",
    )


def _blocks(check: Callable[..., Any], pack: BrandPack, body: str) -> bool:
    verdict = check(pack, channel="email", subject="Oats", body=body, claim_ids=["oat-heart"])
    return "claims" in set(verdict.fired_rule_ids)


def test_lead_in_to_the_approved_claim_passes(check: Callable[..., Any], pack: BrandPack) -> None:
    body = (
        "Here is the one health statement the FDA lets us make about Tollgarth Oat Porridge 2%:"
        f"\n\n{HEART}"
    )
    assert not _blocks(check, pack, body)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Here is the most important statement the FDA lets us make:",  # a degree word
        "Here is what 9 FDA doctors say:",  # a figure of its own
    ],
)
def test_lead_in_that_says_more_still_blocks(
    check: Callable[..., Any], pack: BrandPack, lead_in: str
) -> None:
    assert _blocks(check, pack, f"{lead_in}\n\n{HEART}")


def test_lead_in_to_words_of_its_own_still_blocks(
    check: Callable[..., Any], pack: BrandPack
) -> None:
    body = f"Here is what the FDA lets us say: porridge heals colds.\n\n{HEART}"
    assert _blocks(check, pack, body)
