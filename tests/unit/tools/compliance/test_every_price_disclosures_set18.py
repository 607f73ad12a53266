"""A disclosure written for every price covers every category's list price (issue 17, set 18).

The brand is Quillmere Workrooms, invented for these tests. Its catalogue files day tickets
under "ticket" and a trade suite under "business". Its tax rule says "Any price carries the
tax line or the trade line for business buyers": the word "business" is the trade line's, and
the rule still covers a day ticket's list price. A rule scoped to one product's prices ("Any
price for the trade suite …") still leaves a day ticket's list price alone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


def _pack(description: str, required: list[str]) -> BrandPack:
    brand = {
        "name": "Quillmere Workrooms",
        "legal_name": "Quillmere Workrooms Ltd",
        "postal_address": "3 Tanner Street, Norwich NR1 1AA",
        "sender_addresses": {"email": "hello@quillmere.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["quillmere.example"],
    }
    products = [
        {
            "id": "day",
            "name": "Day Ticket",
            "list_price": 24,
            "currency": "GBP",
            "category": "ticket",
        },
        {
            "id": "suite",
            "name": "Trade Suite",
            "list_price": 640,
            "currency": "GBP",
            "category": "business",
        },
    ]
    rule: dict[str, Any] = {
        "id": "tax-line",
        "kind": "disclosure",
        "description": description,
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "trigger_prices": ["any"],
            "required_any": required,
        },
    }
    data = {"brand": brand, "rules": [rule], "products": products}
    return parse_pack(data, source="test")


_EVERY = "Any price carries the tax line or the trade line for business buyers."
_SCOPED = "Any price for the business suite carries the trade line."


def _fired(description: str, body: str) -> bool:
    required = ["Trade prices exclude VAT."]
    if description == _EVERY:
        required.insert(0, "All prices include 20% VAT.")
    message = Message(
        channel="email", subject="Desks", body=body, send_time=datetime(2027, 2, 15, 10, 0)
    )
    verdict = RuleEngine(_pack(description, required)).check(message, as_of=date(2027, 2, 15))
    return any(v.rule_id == "tax-line" for v in verdict.violations)


def test_list_price_without_the_line_blocks_under_a_rule_for_every_price() -> None:
    assert _fired(_EVERY, "A Day Ticket is £24 and gets you a desk until 6pm.")


def test_list_price_with_the_line_passes() -> None:
    body = "A Day Ticket is £24 and gets you a desk until 6pm. All prices include 20% VAT."
    assert not _fired(_EVERY, body)


def test_rule_scoped_to_one_category_leaves_another_list_price_alone() -> None:
    assert not _fired(_SCOPED, "A Day Ticket is £24 and gets you a desk until 6pm.")
