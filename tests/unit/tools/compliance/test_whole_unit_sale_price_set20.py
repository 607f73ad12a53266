"""A percent-off sale price written in whole currency units is the offer's (issue 17, set 20).

Neelgiri Teas, a tea estate shop invented for these tests, sells a tasting box at ₹1,499 and
offers 10% off it. The sale price works out to ₹1,349.10; copy writes ₹1,349 (or ₹1,350), and
that was blocked as a price below list that is not the offer's. A whole figure rounded from the
computed price now agrees; another figure, or wrong decimals, still does not.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.whole_unit_prices import same_sale_price

_TERMS = "10% off the Tasting Box with code CHAI10, till 31 March 2026."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Neelgiri Teas",
                "legal_name": "Neelgiri Teas Private Limited",
                "postal_address": "3 Hill Road, Ooty 643001, Tamil Nadu, India",
                "sender_addresses": {"email": "hello@neelgiri.example"},
                "channels": ["email"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["neelgiri.example"],
            },
            "products": [
                {"id": "box", "name": "Tasting Box", "list_price": 1499, "currency": "INR"}
            ],
            "offers": [
                {
                    "id": "chai10",
                    "name": "10% off the Tasting Box with code CHAI10",
                    "terms": _TERMS,
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "code": "CHAI10",
                    "products": ["box"],
                    "channels": ["email"],
                }
            ],
            "rules": [rule("offers", "offer_terms")],
        },
        source="test",
    )


def _offers(check: Any, price: str) -> bool:
    body = f"Use code CHAI10: the Tasting Box is {price} instead of ₹1,499. {_TERMS}"
    verdict = check(_pack(), channel="email", subject="Tea time", body=body, offer_id="chai10")
    return "offers" in fired(verdict)


def test_the_sale_price_in_whole_rupees_agrees(check: Any) -> None:
    assert not _offers(check, "₹1,349")
    assert not _offers(check, "₹1,350")


def test_another_figure_is_still_not_the_offers(check: Any) -> None:
    assert _offers(check, "₹1,299")


def test_whole_unit_rounding_rules() -> None:
    assert same_sale_price(1349.1, 1349.0, "1,349")
    assert not same_sale_price(1349.1, 1349.0, "1,349.00")
    assert not same_sale_price(338.0, 337.0, "337")
    assert same_sale_price(338.0, 338.0, "338")
