"""A document's other names and a product name holding "Plus" in subjects (set 15).

Issue 17, fifteenth blind set. The brand is Marlowe Reading Club, a book-club membership
invented here (not the sample brand, not an eval brand). A subject announcing a statement is
kept by a body naming it by another of its names; "What Marlowe Plus includes" lists nothing.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_BRAND: dict[str, Any] = {
    "name": "Marlowe",
    "legal_name": "Marlowe Reading Club Ltd",
    "postal_address": "9 Press Row, Bath BA1 1AA, United Kingdom",
    "sender_addresses": {"email": "club@marlowe.example", "push": "com.marlowe.app"},
    "channels": ["email", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["marlowe.example"],
}
_PRODUCTS = [
    {"id": "plus", "name": "Marlowe Plus", "list_price": 4.99, "currency": "GBP"},
    {"id": "classic", "name": "Marlowe Classic", "list_price": 2.99, "currency": "GBP"},
]


def _pack() -> BrandPack:
    rules = [rule("subject", "subject_honesty", {})]
    return parse_pack({"brand": _BRAND, "products": _PRODUCTS, "rules": rules}, source="test")


def _fired(check: Any, subject: str, body: str, channel: str = "push") -> set[str]:
    return fired(check(_pack(), channel=channel, subject=subject, body=body))


def test_a_statement_is_kept_by_its_other_names(check: Any) -> None:
    subject = "Your 2026 annual statement is ready"
    assert "subject" not in _fired(
        check, subject, "See your membership's year in review in the app."
    )
    assert "subject" not in _fired(check, subject, "Your account summary for 2026 is in the app.")
    assert "subject" in _fired(check, subject, "Autumn picks are here. Browse them in the app.")
    assert "subject" in _fired(check, subject, "Book a call to review your reading year.")


def test_plus_in_a_product_name_lists_no_bundle(check: Any) -> None:
    body = "Marlowe Plus is £4.99 a month: two books and a members' evening each season."
    assert "subject" not in _fired(check, "What Marlowe Plus includes", body, "email")
    body = "Marlowe Classic is £2.99 a month: one book each month."
    assert "subject" in _fired(check, "Books and tote bag included", body, "email")
