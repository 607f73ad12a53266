"""Sixth-blind-set causes in offers (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code (``compliance_helpers``), with a small catalogue
and standing statements where a test needs them; never the sample brand, never an eval brand.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import BRAND, build_pack, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

OFFERS = rule("offers", "offer_terms", {})


def _catalogue_pack(
    rules: list[dict[str, Any]],
    products: list[dict[str, Any]] | None = None,
    statements: list[dict[str, Any]] | None = None,
    offers: list[dict[str, Any]] | None = None,
) -> BrandPack:
    """A Northwind Coffee pack with a catalogue and standing statements."""
    return parse_pack(
        {
            "brand": BRAND,
            "rules": rules,
            "products": products or [],
            "standing_statements": statements or [],
            "offers": offers or [],
        },
        source="test",
    )


_TASTING = {
    "id": "tasting",
    "name": "Members' tasting flight, double stamps",
    "terms": "Roast Club members only. Double stamps on tasting flights, 1-30 November 2026.",
    "discount_type": "points",
    "discount_amount": 2,
    "disclosure": "Roast Club members only. Double stamps on tasting flights, 1-30 November 2026.",
    "required_flags": ["roast_club"],
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}
_TASTING_BODY = (
    "Double points on tasting flights this month. Roast Club members only. Double stamps on "
    "tasting flights, 1-30 November 2026."
)


def test_a_flag_list_given_empty_says_the_recipient_is_no_member(check) -> None:
    pack = build_pack([OFFERS], offers=[_TASTING])
    for recipient, blocked in (
        ({"flags": []}, True),
        ({"flags": ["roast_club"]}, False),
        ({"age": 40}, False),  # flags not told: nothing known
        (None, False),
    ):
        verdict = check(
            pack, channel="email", body=_TASTING_BODY, offer_id="tasting", recipient=recipient
        )
        assert ("offers" in verdict.fired_rule_ids) is blocked, (recipient, verdict.violations)
