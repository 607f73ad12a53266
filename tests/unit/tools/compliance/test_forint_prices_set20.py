"""Prices in Hungarian forints ("5 900 Ft", "12 500 HUF") are read (issue 17, set 20).

Balaton Bringa, a bike rental invented for these tests, lists a day pass at 6 500 Ft and has
one approved price offer of 5 500 Ft. A forint price was no price to the offer rule, so a day
pass offered below its list price with no offer, or set against a false reference price ("7 500
Ft helyett", instead of), went through. A length in feet ("a 6 ft pole") stays no price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 4, 14)
_TERMS = "A TAVASZ kóddal a napi bérlet 5 500 Ft (6 500 Ft helyett) április 30-ig."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Balaton Bringa",
                "legal_name": "Balaton Bringa Kft.",
                "postal_address": "8230 Balatonfüred, Part utca 3.",
                "sender_addresses": {"email": "hello@bringa.example"},
                "channels": ["email"],
                "locales": ["hu-HU"],
                "default_time_zone": "Europe/Budapest",
                "website_domains": ["bringa.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {
                    "id": "napi",
                    "name": "napi bérlet",
                    "list_price": 6500,
                    "currency": "HUF",
                },
                {"id": "pole", "name": "Trail Pole", "list_price": 20, "currency": "USD"},
            ],
            "offers": [
                {
                    "id": "tavasz",
                    "name": "Napi bérlet 5 500 Ft",
                    "terms": _TERMS,
                    "code": "TAVASZ",
                    "discount_type": "price",
                    "discount_amount": 5500,
                    "currency": "HUF",
                    "channels": ["email"],
                    "products": ["napi"],
                    "valid_from": "2027-04-01",
                    "valid_until": "2027-04-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject="Tavaszi bringázás",
        body=body,
        send_time=datetime(2027, 4, 14, 8, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_forint_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Tavasszal a napi bérlet 5 900 Ft.")
    assert "offers" in _fired("Tavasszal a napi bérlet 5 900 HUF.")
    assert "offers" not in _fired("Tavasszal is 6 500 Ft a napi bérlet.")


def test_a_false_forint_reference_price_blocks() -> None:
    body = "A napi bérlet most 5 500 Ft (7 500 Ft helyett) a TAVASZ kóddal.\n\n" + _TERMS
    assert "offers" in _fired(body, "tavasz")
    body = "A napi bérlet most 5 500 Ft (6 500 Ft helyett) a TAVASZ kóddal.\n\n" + _TERMS
    assert "offers" not in _fired(body, "tavasz")


def test_a_length_in_feet_is_no_price() -> None:
    assert "offers" not in _fired("Our Trail Pole is 6 ft long and costs $20.")
    assert "offers" not in _fired("Our Trail Pole: 6 FT of carbon for $20.")
