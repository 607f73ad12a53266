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
