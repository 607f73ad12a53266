"""Prices in Macedonian denars ("990 ден.", "1.290 денари") are read (issue 17, set 25).

Vardar Pens, a stationer invented for these tests, lists a fountain pen at 1.290 denars and has
no offer. A denar price was no price to the offer rule, so the pen offered below its list price
went through. The bare word "ден" is "day" in Macedonian and Bulgarian ("1 ден"): only the
short form with its full stop, or the full word, is the currency.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 2)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Vardar Pens",
                "legal_name": "Vardar Pens DOOEL",
                "postal_address": "ул. Езерска 4, 6000 Охрид",
                "sender_addresses": {"email": "pero@vardar.example"},
                "channels": ["email"],
                "locales": ["mk-MK"],
                "default_time_zone": "Europe/Skopje",
                "website_domains": ["vardar.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "pero", "name": "Перо Охрид", "list_price": 1290, "currency": "MKD"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Перо Охрид", send_time=datetime(2027, 3, 2, 9, 0), as_of=_DAY
    )


def test_a_denar_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Перо Охрид сега само 990 ден.")
    assert "offers" in _fired("Перо Охрид сега само 990 денари.")


def test_the_list_price_in_denars_stays_lawful() -> None:
    assert "offers" not in _fired("Перо Охрид чини 1.290 ден.")
    assert "offers" not in _fired("Перо Охрид чини 1.290 денари.")
