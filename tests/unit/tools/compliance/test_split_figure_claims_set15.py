"""A decimal figure is one figure, not two digits (issue 17, set 15, claims15).

"The Tollgarth Ember 5 has an efficiency rating of 4.5" for the approved "… of 4.4": read word
by word, "4.5" is "4" and "5", both words of the claim (its "5" from the product's name), so
the changed figure once passed as a narrower form of the claim. The claim's own figure still
passes. The brand is made up here ("Tollgarth Larder"), not the sample brand and not any
evaluation brand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import TOLLGARTH_LARDER, claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

BRAND = TOLLGARTH_LARDER

PRODUCTS = [{"id": "ember-5", "name": "Tollgarth Ember 5", "list_price": 899.0,
             "currency": "GBP"}]  # fmt: skip

CLAIMS = [
    {
        "id": "ember-rating",
        "text": "The Tollgarth Ember 5 has an efficiency rating of 4.4 at full load.",
        "category": "efficacy",
        "substantiation": "test lab report",
        "channels": ["email"],
        "products": ["ember-5"],
    }
]

RULES = [
    rule(
        "claims",
        "claim_grounding",
        {"categories": ["efficacy"], "extra_triggers": {"efficacy": ["efficiency rating"]}},
    )
]


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Tollgarth pack: one stove, its rating claim and the claim grounding rule."""
    return parse_pack(
        {"brand": BRAND, "rules": RULES, "claims": CLAIMS, "offers": [], "products": PRODUCTS},
        source="t",
    )


def _blocks(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    return claims_block(check, pack, body, subject="The Ember")


def test_changed_decimal_figure_blocks(check: Callable[..., Any], pack: BrandPack) -> None:
    body = "The Tollgarth Ember 5 has an efficiency rating of 4.5 at full load."
    assert _blocks(check, pack, body)


@pytest.mark.parametrize(
    "body",
    [
        "The Tollgarth Ember 5 has an efficiency rating of 4.4 at full load.",
        "The Ember 5 has an efficiency rating of 4.4 at full load.",
    ],
)
def test_the_claims_own_figure_passes(
    check: Callable[..., Any], pack: BrandPack, body: str
) -> None:
    assert not _blocks(check, pack, body)
