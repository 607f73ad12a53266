"""A figure inside a declared non-claim phrase is not said of a product (issue 17, set 21).

Hillside Leaf, a tea shop invented for these tests, sells Loose Leaf Oolong in tins of exactly
100 g and declares its brewing direction "Steep 3 g of leaves in 200 ml of water." a non-claim
phrase. The product-facts rule read the "3 g" of the direction as the tin's weight and blocked
it. A figure outside the declared phrase is still read.
"""

from __future__ import annotations

from compliance_helpers import email_brand, facts_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DIRECTION = "Steep 3 g of leaves in 200 ml of water."


def _pack() -> BrandPack:
    facts = rule("facts", "product_facts")
    oolong = {
        "id": "oolong",
        "name": "Loose Leaf Oolong",
        "list_price": 14,
        "currency": "GBP",
        "facts": [{"name": "net weight", "value": 100, "unit": "g", "limit": "exact"}],
    }
    return parse_pack(
        {
            "brand": email_brand("Hillside Leaf", "en-GB", "Europe/London"),
            "rules": [facts],
            "products": [oolong],
            "non_claim_phrases": [_DIRECTION],
        },
        source="test",
    )


def test_a_figure_of_a_declared_direction_is_no_product_fact() -> None:
    body = f"Loose Leaf Oolong, a 100 g tin. {_DIRECTION}"
    assert not facts_fired(_pack(), body, "Tea for the weekend")


def test_a_figure_outside_the_direction_is_read() -> None:
    body = f"Loose Leaf Oolong, a 50 g tin. {_DIRECTION}"
    assert facts_fired(_pack(), body, "Tea for the weekend")
