"""Prices written "kr 640" and ticket-type prices in a price list (issue 17, set 17).

The brand is Tindevik Fjelltog, a Norwegian mountain railway invented for these tests: the ride
lists at kr 640 and its junior ticket, a catalogue product of its own ("Fjelltog
juniorbillett"), at kr 320. Norwegian writes the currency before the figure ("kr 640"): that is a
price for every price reader (a price disclosure, the offer rule). "voksen kr 640, junior
6-15 år kr 320" is a price list naming the junior ticket by the first half of its compound name:
kr 320 is its list price, not a cut of the ride's. The ride's "fra kr 320" (the junior price
given as the ride's starting price) or "fra kr 540" (below list, no offer) is still a promotion.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.category_prices import category_list_price

_BRAND: dict[str, Any] = {
    "name": "Tindevik Fjelltog",
    "legal_name": "Tindevik Fjelltog AS",
    "postal_address": "Stasjonsvegen 2, 6200 Tindevik, Norge",
    "sender_addresses": {"email": "post@tindevik.example", "sms": "Tindevik", "push": "td"},
    "channels": ["email", "sms", "push"],
    "locales": ["nb-NO"],
    "default_time_zone": "Europe/Oslo",
    "website_domains": ["tindevik.example"],
}
_PRODUCTS: list[dict[str, Any]] = [
    {"id": "tog", "name": "Fjelltog Tindevik", "aliases": ["Fjelltoget"], "list_price": 640,
     "currency": "NOK", "category": "ride"},
    {"id": "tog-junior", "name": "Fjelltog juniorbillett", "list_price": 320, "currency": "NOK",
     "category": "billett"},
]  # fmt: skip
_MVA = "Alle priser er inkl. mva."


def _pack() -> Any:
    offers = rule("tilbud", "offer_terms", {"conditions_within_chars": 300})
    mva = rule("mva", "disclosure", {"trigger_prices": ["any"], "required_any": [_MVA]})
    return parse_pack(
        {"brand": _BRAND, "rules": [offers, mva], "products": _PRODUCTS}, source="test"
    )


def test_a_price_list_with_the_junior_ticket_passes(check: Any) -> None:
    for body in (
        f"Fjelltoget går hver dag kl. 09:00.\n\nPriser: voksen fra kr 640, junior 6-15 år kr 320. "
        f"{_MVA}",
        f"- Fjelltog Tindevik: voksen kr 640, junior 6-15 år kr 320\n\n{_MVA}",
    ):
        verdict = check(_pack(), channel="email", subject="Vinterruten", body=body)
        assert not fired(verdict) & {"tilbud", "mva"}, body


def test_a_kroner_price_needs_its_disclosure(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Vinterruten", body="Fjelltoget kr 640.")
    assert "mva" in fired(verdict)


def test_a_lower_or_junior_price_as_the_rides_from_price_blocks(check: Any) -> None:
    for body in (
        f"Fjelltoget fra kr 320. {_MVA}",
        f"Fjelltog Tindevik fra kr 540 i januar. {_MVA}",
    ):
        verdict = check(_pack(), channel="email", subject="Vinterpris", body=body)
        assert "tilbud" in fired(verdict), body


def test_the_compound_reading_itself() -> None:
    products = _pack().products
    text = "voksen kr 640, junior 6-15 år kr 320"
    assert category_list_price(text, 0, text.index("kr 320"), 320.0, products, [])
    text = "voksen kr 640, barn 6-15 år kr 320"
    assert not category_list_price(text, 0, text.index("kr 320"), 320.0, products, [])
