"""A restated warning keeps every item of the series it lists (set 17).

Issue 17, seventeenth blind set. The brand is Quillmoor Snacks, a Canadian peanut-brittle maker
invented here (not the sample brand, not an eval brand). Its allergy warning lists three groups
at risk; copy that restates it without one of them ("Not suitable for infants or nursing
mothers") warns fewer readers than required, while a restatement in other words that keeps
each group still counts.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.restated_terms import restates, series_items

_BRAND: dict[str, Any] = {
    "name": "Quillmoor",
    "legal_name": "Quillmoor Snacks Inc.",
    "postal_address": "12 Mill Road, Halifax, NS B3H 1A1, Canada",
    "sender_addresses": {"email": "hello@quillmoor.example"},
    "channels": ["email"],
    "default_time_zone": "America/Halifax",
    "website_domains": ["quillmoor.example"],
}
_LINE = (
    "Contains whole peanuts. Not suitable for infants, nursing mothers, or people with a "
    "nut allergy."
)


def _pack() -> BrandPack:
    products = [
        {"id": "brittle", "name": "Quillmoor Brittle", "list_price": 6.5, "currency": "CAD"}
    ]
    rules = [
        rule(
            "nut-warning",
            "disclosure",
            {"trigger_products": ["brittle"], "required_any": [_LINE]},
        )
    ]
    return parse_pack({"brand": _BRAND, "products": products, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Fresh batch", body=body))


def test_a_restated_warning_that_drops_a_group_does_not_count(check: Any) -> None:
    body = (
        "Quillmoor Brittle is back. Contains whole peanuts. Not suitable for infants or "
        "nursing mothers."
    )
    assert "nut-warning" in _fired(check, body)
    assert not restates(
        _LINE, "Contains whole peanuts. Not suitable for infants or nursing mothers."
    )


def test_a_restated_warning_that_keeps_every_group_counts(check: Any) -> None:
    assert "nut-warning" not in _fired(check, f"Quillmoor Brittle is back. {_LINE}")
    assert restates(
        _LINE,
        "Contains whole peanuts. Not suitable for infants, for nursing mothers, or for "
        "anyone with a nut allergy.",
    )


def test_series_items_reads_only_listed_series() -> None:
    assert series_items("Not for infants, nursing mothers or people with allergies.") == [
        "Not for infants",
        "nursing mothers or people with allergies.",
    ]
    assert series_items("Valid Dec 1-24, 2026 online only.") == []
    assert series_items("If it rains, we refund the trip.") == []
