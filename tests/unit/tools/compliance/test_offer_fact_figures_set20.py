"""An offer restated with its product's catalogue facts changes no term (issue 17, set 20).

Far Nordic, a lamp shop invented for these tests, sells its Lanterna Nord (400 lumens, up to 12
hours of light) at an offer price. "Lanterna Nord la 899 lei: 400 de lumeni și până la 12 ore
de lumină" repeats the offer and adds the lamp's own facts: the product-facts rule checks those
figures; the offer's terms are unchanged. A figure that is neither ("500 de lumeni") still
changes them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Far Nordic",
                "legal_name": "Far Nordic S.R.L.",
                "postal_address": "Str. Farului 1, Constanța 900001",
                "sender_addresses": {"email": "salut@farnordic.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Bucharest",
                "website_domains": ["farnordic.example"],
            },
            "products": [
                {
                    "id": "nord",
                    "name": "Lanterna Nord",
                    "list_price": 999.0,
                    "currency": "RON",
                    "facts": [
                        {"name": "flux luminos", "value": 400, "unit": "lumeni", "limit": "max"},
                        {"name": "autonomie", "value": 12, "unit": "ore", "limit": "max"},
                    ],
                }
            ],
            "offers": [
                {
                    "id": "nord-899",
                    "name": "Lanterna Nord la 899 lei",
                    "terms": "Lanterna Nord la 899 lei, până la 31 decembrie 2026.",
                    "discount_type": "price",
                    "discount_amount": 899.0,
                    "currency": "RON",
                    "products": ["nord"],
                    "channels": ["email"],
                    "valid_from": "2026-11-01",
                    "valid_until": "2026-12-31",
                }
            ],
            "rules": [rule("oferte", "offer_terms", {})],
        },
        source="test",
    )


def _fired(body: str, check: Any) -> set[str]:
    verdict = check(
        _pack(),
        channel="email",
        subject="Lanterna Nord",
        body=body,
        offer_id="nord-899",
        as_of=date(2026, 12, 1),
    )
    return fired(verdict)


def test_the_products_facts_change_no_term(check: Any) -> None:
    body = (
        "Lanterna Nord la 899 lei, până la 31 decembrie 2026: 400 de lumeni și până la 12 ore "
        "de lumină."
    )
    assert "oferte" not in _fired(body, check)


def test_another_figure_still_changes_the_terms(check: Any) -> None:
    body = "Lanterna Nord la 899 lei, până la 31 decembrie 2026: 500 de lumeni."
    assert "oferte" in _fired(body, check)
