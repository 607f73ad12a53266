"""Tenth-blind-set causes in disclosures (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand), with a small catalogue added here.
"""

from __future__ import annotations

from compliance_helpers import BRAND, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

SCOPE = rule(
    "tasting-scope",
    "disclosure",
    {
        "trigger_phrases": ["tasting room"],
        "required_any": ["Tasting room sessions are offered at Northwind Harbour Bar only."],
    },
)


def _pack() -> BrandPack:
    products = [
        {"id": "harbour-bar", "name": "Northwind Harbour Bar", "category": "venue"},
        {"id": "mill-bar", "name": "Northwind Mill Bar", "category": "venue"},
    ]
    return parse_pack(
        {"brand": BRAND, "rules": [SCOPE], "products": products, "offers": []}, source="test"
    )


def test_a_sentence_sharing_only_a_place_name_does_not_restate_a_scope_line(check) -> None:
    body = "Our tasting room at Northwind Harbour Bar is designed around local roasts."
    verdict = check(_pack(), channel="email", subject="Come taste", body=body)
    assert "tasting-scope" in fired(verdict), verdict.violations


def test_the_scope_line_keeps_the_rule(check) -> None:
    body = (
        "Our tasting room is open. Tasting room sessions are offered at Northwind Harbour Bar only."
    )
    verdict = check(_pack(), channel="email", subject="Come taste", body=body)
    assert "tasting-scope" not in fired(verdict), verdict.violations


def test_a_trigger_products_own_price_needs_the_line_whatever_categories_the_rule_names(
    check,
) -> None:
    basis = rule(
        "class-basis",
        "disclosure",
        {
            "trigger_products": ["class"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": [
                "Classes run a minimum of 3 sessions in the roastery, beans included."
            ],
        },
    )
    products = [
        {
            "id": "class",
            "name": "Cupping Class",
            "list_price": 45,
            "currency": "USD",
            "category": "workshop",
        },
        {"id": "roastery", "name": "Harbour Roastery", "category": "roastery"},
    ]
    pack = parse_pack(
        {"brand": BRAND, "rules": [basis], "products": products, "offers": []}, source="test"
    )
    body = "Free this Saturday? A Cupping Class is $45 per person, with beans and a mug."
    verdict = check(pack, channel="email", subject="Cupping this week", body=body)
    assert "class-basis" in fired(verdict), verdict.violations
