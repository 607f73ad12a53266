"""A scoped claim whose own words name its product is said of that product (set 16).

Issue 17, sixteenth blind set. The brand is Mossbank, a candle maker invented here (not the
sample brand, not an eval brand). "Our candle tin is made from recycled steel." is approved for
the Tin Candle and names it ("candle" ends no other product's name): the Wick Trimmer the next
sentence names is not its subject. A claim with no subject of its own ("Burns for 40 hours."),
a sentence that names another product, or a product named before the claim, is still read
against the products named.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import MOSSBANK_CANDLES, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_BRAND: dict[str, Any] = {**MOSSBANK_CANDLES, "name": "Mossbank"}
_PRODUCTS = [
    {"id": "tin", "name": "Tin Candle", "list_price": 18, "currency": "GBP"},
    {"id": "trimmer", "name": "Wick Trimmer", "list_price": 12, "currency": "GBP"},
]
_CLAIMS = [
    {
        "id": "recycled-lid",
        "text": "Our candle tin is made from recycled steel.",
        "category": "sustainability",
        "substantiation": "supplier certificate",
        "channels": ["email"],
        "products": ["tin"],
        "keywords": ["recycled"],
    },
    {
        "id": "long-burn",
        "text": "Burns for 40 hours.",
        "category": "efficacy",
        "substantiation": "burn test",
        "channels": ["email"],
        "products": ["tin"],
        "keywords": ["burns for"],
    },
]


def _pack() -> BrandPack:
    rules = [
        rule(
            "claims",
            "claim_grounding",
            {
                "categories": ["sustainability", "efficacy"],
                "report_as": {"wrong_product": "claim-scope"},
            },
        )
    ]
    return parse_pack(
        {"brand": _BRAND, "rules": rules, "products": _PRODUCTS, "claims": _CLAIMS},
        source="test",
    )


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Mossbank news", body=body))


def test_a_claim_naming_its_product_is_not_said_of_the_next_sentence(check: Any) -> None:
    body = "Our candle tin is made from recycled steel. Trim it first: a Wick Trimmer, £12."
    assert "claim-scope" not in _fired(check, body)


def test_a_claim_without_its_own_subject_takes_the_products_around_it(check: Any) -> None:
    assert "claim-scope" in _fired(check, "Our Wick Trimmer, £12. Burns for 40 hours.")
    body = "Like the Wick Trimmer, our candle tin is made from recycled steel."
    assert "claim-scope" in _fired(check, body)
    body = "Our Wick Trimmer, £12. Our candle tin is made from recycled steel."
    assert "claim-scope" in _fired(check, body)  # the product it follows is what it comments on
