"""A product's star grade from the catalogue is its fact, not an endorsement (set 21).

Harbourlight Appliances, a shop invented for these tests, lists a dishwasher whose water
efficiency grade is 5 stars (a catalogue fact in the unit "stars"). "5 stars" is a built-in
endorsement trigger ("rated 5 stars by our customers"), so a product list giving the grade was
blocked as an unapproved endorsement. Said of the product and as the fact allows it, the grade
is the fact, which the ``product_facts`` rule checks; a grade the fact does not allow, a grade
of a product without the fact and a rating given by others stay claims.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Harbourlight Appliances", "en-GB", "Europe/London"),
            "rules": [
                rule("claims", "claim_grounding", {"categories": ["endorsement"]}),
                rule("facts", "product_facts"),
            ],
            "products": [
                {
                    "id": "rinse",
                    "name": "Rinsewell 60 Dishwasher",
                    "list_price": 499,
                    "currency": "GBP",
                    "facts": [
                        {
                            "name": "water efficiency grade",
                            "value": 5,
                            "unit": "stars",
                            "unit_aliases": ["star"],
                            "limit": "exact",
                        }
                    ],
                },
                {"id": "kettle", "name": "Brightboil Kettle", "list_price": 39, "currency": "GBP"},
            ],
        },
        source="test",
    )


def _fired(check: Callable[..., Verdict], body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Our range", body=body))


def test_the_catalogue_star_grade_of_a_named_product_is_no_endorsement(
    check: Callable[..., Verdict],
) -> None:
    assert _fired(check, "- Rinsewell 60 Dishwasher: 5 stars on the water label, £499") == set()
    assert _fired(check, "The Rinsewell 60 Dishwasher has a 5-star water grade.") == set()


def test_other_star_counts_stay_claims(check: Callable[..., Verdict]) -> None:
    assert "facts" in _fired(check, "- Rinsewell 60 Dishwasher: 6 stars on the water label")
    assert "claims" in _fired(check, "- Brightboil Kettle: 5 stars on the water label")
    assert "claims" in _fired(check, "The Rinsewell 60 Dishwasher is rated 5 stars by owners.")
