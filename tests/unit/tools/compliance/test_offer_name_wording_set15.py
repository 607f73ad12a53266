"""An approved offer's name in the copy is the pack's wording, not a claim (issue 17, set 15).

"£1 off any Tollgarth Organic loaf" is the name compliance gave the offer: the trigger word in
it ("Organic") is not a new sustainability claim. The same word said outside the name ("£1 off
any Tollgarth Organic cake") still is. The brand is made up here ("Tollgarth Larder"), not
the sample brand and not any evaluation brand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import TOLLGARTH_LARDER, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

BRAND = TOLLGARTH_LARDER

PRODUCTS = [
    {"id": "sourdough", "name": "Tollgarth Organic Sourdough", "list_price": 3.5,
     "currency": "GBP", "category": "bread"},
    {"id": "rye", "name": "Tollgarth Organic Rye", "list_price": 3.2, "currency": "GBP",
     "category": "bread"},
    {"id": "cake", "name": "Tollgarth Lemon Cake", "list_price": 4.0, "currency": "GBP",
     "category": "cake"},
]  # fmt: skip

OFFERS = [
    {
        "id": "loaf-1off",
        "name": "£1 off any Tollgarth Organic loaf",
        "terms": "£1 off one Tollgarth Organic Sourdough or Rye loaf in store until 31 Dec 2026.",
        "discount_type": "amount",
        "discount_amount": 1,
        "currency": "GBP",
        "channels": ["email", "sms"],
        "products": ["sourdough", "rye"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
]

CLAIMS = rule("claims", "claim_grounding", {"categories": ["sustainability"]})


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tollgarth pack: the offer, its products and the claim grounding rule."""
    return parse_pack(
        {
            "brand": BRAND,
            "rules": [CLAIMS],
            "claims": [],
            "offers": OFFERS,
            "products": PRODUCTS,
        },
        source="t",
    )


def _fired(check: Callable[..., Any], pack: BrandPack, body: str) -> set[str]:
    verdict = check(pack, channel="sms", body=body, offer_id="loaf-1off")
    return set(verdict.fired_rule_ids)


def test_offer_name_is_not_a_claim(check: Callable[..., Any], pack: BrandPack) -> None:
    body = "Tollgarth: £1 off any Tollgarth Organic loaf this week. Reply STOP to opt out."
    assert "claims" not in _fired(check, pack, body)


def test_the_word_outside_the_name_still_blocks(check: Callable[..., Any], pack: BrandPack) -> None:
    body = "Tollgarth: £1 off any Tollgarth Organic cake this week. Reply STOP to opt out."
    assert "claims" in _fired(check, pack, body)
