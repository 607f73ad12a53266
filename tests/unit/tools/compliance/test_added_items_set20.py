"""An item added on top of a product ("all of <A> plus <item>") is not said of it.

Issue 17, set 20. Harrowgate Tea, a tea club invented for these tests, sells a Classic Chest
without an infuser and a Grand Chest that adds one. "The Grand Chest holds everything in the
Classic Chest plus a glass infuser" says the infuser is not in the Classic Chest; so does the
Spanish "todo lo del Classic Chest más un infusor". Saying the Classic Chest includes one is
still a violation.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Harrowgate Tea",
                "legal_name": "Harrowgate Tea Ltd",
                "postal_address": "4 Kiln Lane, Harrogate HG1 2AB, United Kingdom",
                "sender_addresses": {"email": "club@harrowgate.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["harrowgate.example"],
            },
            "products": [
                {
                    "id": "classic",
                    "name": "Classic Chest",
                    "list_price": 30,
                    "currency": "GBP",
                    "lacks": ["infuser", "infusor"],
                },
                {"id": "grand", "name": "Grand Chest", "list_price": 45, "currency": "GBP"},
            ],
            "rules": [rule("contents", "product_facts")],
        },
        source="test",
    )


def _fires(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Tea", body=body)
    return "contents" in fired(verdict)


def test_an_item_added_on_top_of_a_product_passes(check: Any) -> None:
    assert not _fires(
        check, "The Grand Chest holds everything in the Classic Chest plus a glass infuser."
    )
    assert not _fires(
        check, "El Grand Chest trae todo lo del Classic Chest más un infusor de vidrio y una taza."
    )


def test_an_item_said_of_the_product_blocks(check: Any) -> None:
    assert _fires(check, "The Classic Chest comes with a glass infuser.")
    assert _fires(check, "The Classic Chest. Plus a glass infuser for your brew.")
