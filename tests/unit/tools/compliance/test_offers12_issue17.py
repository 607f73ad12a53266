"""Offer causes found on the twelfth development set (issue 17, helper offers12).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

import pytest
from compliance_helpers import BRAND

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.offer_paraphrase import figures_of

_OFFERS = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved.",
    "rationale": "tests",
    "source": "test suite",
    "params": {},
}

_SOAP = {
    "id": "soap-duo",
    "name": "Olive soap twin pack for 6,90 € instead of 8,90 €",
    "terms": "Olive soap twin pack for 6,90 € instead of 8,90 €.",
    "discount_type": "price",
    "discount_amount": 6.90,
    "currency": "EUR",
    "channels": ["email"],
    "disclosure": "While stocks last.",
}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Twin pack for 6,90 € (3,45 € / 100 g).", {6.9, 3.45}),
        ("Just $0.45 per 100 g, 2 per customer.", {0.45, 2.0}),
        ("Only 9,95 €/1 l.", {9.95}),
        ("Limit 200/household.", {200.0}),
    ],
)
def test_the_quantity_a_unit_price_is_given_for_is_no_figure(
    text: str, figures: set[float]
) -> None:
    assert figures_of(text) == figures


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (
            "Olive soap twin pack for 6,90 € instead of 8,90 € (6,90 € / 100 g). "
            "While stocks last.",
            False,
        ),
        ("Olive soap twin pack for 5,90 € instead of 8,90 €. While stocks last.", True),
    ],
)
def test_a_unit_price_beside_a_restated_offer_changes_no_term(
    check, body: str, fires: bool
) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [_SOAP]}, source="test")
    verdict = check(pack, channel="email", body=body, subject="Olive soap", offer_id="soap-duo")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


_YOUTH = {
    "id": "young-roaster",
    "name": "15% off beans for roasters aged 18-25",
    "terms": "15% off beans for roasters aged 18-25.",
    "discount_type": "percent",
    "discount_amount": 15,
    "channels": ["email"],
    "eligibility": [
        {"field": "age", "op": "gte", "value": 18},
        {"field": "age", "op": "lte", "value": 25},
    ],
}


def _youth_pack(max_age: int | None) -> BrandPack:
    rules: list[dict[str, object]] = [_OFFERS]
    if max_age is not None:
        rules.append(
            {
                "id": "youth-age",
                "kind": "audience",
                "description": "The youth offer goes to 18-25s only.",
                "rationale": "tests",
                "source": "test suite",
                "params": {"offers": ["young-roaster"], "min_age": 18, "max_age": max_age},
            }
        )
    return parse_pack({"brand": BRAND, "rules": rules, "offers": [_YOUTH]}, source="test")


@pytest.mark.parametrize(
    ("max_age", "fired"),
    [
        (25, {"youth-age"}),  # the audience rule judges the age: one finding
        (30, {"offers", "youth-age"}),  # its bound is looser: the offer's own condition too
        (None, {"offers"}),
    ],
)
def test_an_offers_age_condition_an_audience_rule_sets_is_judged_once(
    check, max_age: int | None, fired: set[str]
) -> None:
    body = "15% off beans for roasters aged 18-25."
    verdict = check(
        _youth_pack(max_age),
        channel="email",
        subject="Beans",
        body=body,
        offer_id="young-roaster",
        recipient={"age": 34},
    )
    assert set(verdict.fired_rule_ids) == fired, verdict.violations
