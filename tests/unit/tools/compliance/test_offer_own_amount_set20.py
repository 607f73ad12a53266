"""An amount or gift offer's own figure is no price of its product (issue 17, set 20).

Pedalgrove, a bike shop invented for these tests, asks that any bike price carry the line
"Prices include assembly; delivery extra." Its offers give an amount (a trade-in bonus) or a
gift of a stated worth. "$400 trade-in bonus on the Cargo bike" or "a free pannier set worth
$120 with every Cargo bike" names the bike beside a figure that is what the offer gives, not
what the bike costs: no line is needed. The bike's own price still needs it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_LINE = "Prices include assembly; delivery extra."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Pedalgrove",
                "legal_name": "Pedalgrove Cycles Ltd",
                "postal_address": "4 Spoke Street, Leeds LS1 4AB, United Kingdom",
                "sender_addresses": {"email": "hello@pedalgrove.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["pedalgrove.example"],
            },
            "products": [
                {"id": "cargo", "name": "Cargo bike", "list_price": 2400, "currency": "USD"}
            ],
            "offers": [
                {
                    "id": "trade-in",
                    "name": "$400 trade-in bonus on the Cargo bike",
                    "terms": "Trade in any adult bike in working order. Ends 31 March 2026.",
                    "discount_type": "amount",
                    "discount_amount": 400,
                    "currency": "USD",
                    "products": ["cargo"],
                    "channels": ["email"],
                },
                {
                    "id": "panniers",
                    "name": "Free pannier set with every Cargo bike",
                    "terms": "While stocks last. Ends 31 March 2026.",
                    "discount_type": "free_gift",
                    "discount_amount": 120,
                    "currency": "USD",
                    "products": ["cargo"],
                    "channels": ["email"],
                },
            ],
            "rules": [
                rule(
                    "price-basis",
                    "disclosure",
                    {
                        "trigger_products": ["cargo"],
                        "trigger_prices": ["any"],
                        "prices_of_products": True,
                        "required_any": [_LINE],
                    },
                )
            ],
        },
        source="test",
    )


def test_a_bonus_amount_beside_the_product_needs_no_price_line(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="$400 trade-in bonus on the Cargo bike",
        body="Bring your old bike in. Trade in any adult bike in working order. "
        "Ends 31 March 2026.",
        offer_id="trade-in",
    )
    assert "price-basis" not in fired(verdict)


def test_a_gift_worth_beside_the_product_needs_no_price_line(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Panniers on us",
        body="A free pannier set worth $120 with every Cargo bike. While stocks last. "
        "Ends 31 March 2026.",
        offer_id="panniers",
    )
    assert "price-basis" not in fired(verdict)


def test_the_product_price_still_needs_its_line(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="$400 trade-in bonus on the Cargo bike",
        body="The Cargo bike is $2,400. Trade in any adult bike in working order. "
        "Ends 31 March 2026.",
        offer_id="trade-in",
    )
    assert "price-basis" in fired(verdict)
