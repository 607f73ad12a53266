"""A product named in the offer's conditions needs its line, but not beside those words.

Brand invented for these tests: Copperkettle (a British café chain), whose every menu item
carries its kcal next to it. The offer's approved conditions list the items it covers; the
officer's words cannot take a kcal figure beside each item, so the line anywhere in the
message serves them, while the copy's own mentions still carry it close by (issue 17, set 19).
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_TERMS = "Any toastie plus a Tomato Soup or a Side Salad. At all cafés until 31 December."


def _pack() -> Any:
    brand = {
        "name": "Copperkettle",
        "legal_name": "Copperkettle Cafés Ltd",
        "postal_address": "4 Bridge Street, York YO1 6DA, United Kingdom",
        "sender_addresses": {"email": "hello@copperkettle.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["copperkettle.example"],
    }
    products = [
        {"id": "toastie", "name": "Cheese Toastie", "list_price": 6.5, "currency": "GBP"},
        {"id": "soup", "name": "Tomato Soup", "list_price": 4.0, "currency": "GBP"},
        {"id": "salad", "name": "Side Salad", "list_price": 3.5, "currency": "GBP"},
    ]
    offer = {
        "id": "lunch-deal",
        "name": "Lunch Deal",
        "terms": _TERMS,
        "disclosure": _TERMS,
        "discount_type": "price",
        "discount_amount": 8.0,
        "currency": "GBP",
        "channels": ["email"],
        "products": ["toastie", "soup", "salad"],
    }
    kcal = rule(
        "kcal-per-item",
        "disclosure",
        {
            "trigger_products": ["toastie", "soup", "salad"],
            "required_any": ["kcal"],
            "within_chars": 40,
        },
    )
    return parse_pack(
        {"brand": brand, "products": products, "offers": [offer], "rules": [kcal]},
        source="test",
    )


def _fires(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Lunch", body=body, offer_id="lunch-deal")
    return "kcal-per-item" in fired(verdict)


def test_items_in_the_offers_conditions_need_no_kcal_beside_them(check: Any) -> None:
    body = (
        f"Lunch Deal for £8. {_TERMS}\n\n"
        "Try the Cheese Toastie (610 kcal) with the Tomato Soup (180 kcal)."
    )
    assert not _fires(check, body)


def test_the_copys_own_mention_still_carries_its_kcal(check: Any) -> None:
    body = (
        f"Lunch Deal for £8. {_TERMS}\n\n"
        "Try the Cheese Toastie with the Tomato Soup, a winter favourite of ours at every café. "
        "Side Salad: 90 kcal."
    )
    assert _fires(check, body)


def test_items_in_the_conditions_still_need_a_kcal_somewhere(check: Any) -> None:
    assert _fires(check, f"Lunch Deal for £8. {_TERMS}")
