"""Greek and Hungarian words that mark a reference price (issue 17, set 20).

Fournos Thymari, a Greek bakery invented for these tests, sells a gift basket listed at
30,00 € and runs an approved price offer of 24,90 €. A reduced price may only be set against
the list price. The engine knew "was" and "now" in English, French, German and Spanish only, so
a Greek "Από 35,00 € μόνο 24,90 €" (from 35 €, only 24,90 €) or "αντί 35,00 €" (instead of),
or a Hungarian "35 € helyett" (instead of), was read as a plain price and its false reference
went unnoticed.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 10)
_TERMS = "Καλάθι δώρου 24,90 € αντί 30,00 €, έως 28/02/2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Fournos Thymari",
                "legal_name": "Fournos Thymari Ltd",
                "postal_address": "Odos Ermou 5, 105 63 Athens, Greece",
                "sender_addresses": {"email": "news@thymari.example"},
                "channels": ["email"],
                "locales": ["el-GR"],
                "default_time_zone": "Europe/Athens",
                "website_domains": ["thymari.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {
                    "id": "kalathi",
                    "name": "Καλάθι δώρου",
                    "list_price": 30.00,
                    "currency": "EUR",
                }
            ],
            "offers": [
                {
                    "id": "kalathi-24-90",
                    "name": "Καλάθι δώρου 24,90 €",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 24.90,
                    "currency": "EUR",
                    "channels": ["email"],
                    "products": ["kalathi"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Καλάθι δώρου",
        body=f"{body}\n\n{_TERMS}",
        send_time=datetime(2027, 2, 10, 8, 0),
        offer_id="kalathi-24-90",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_false_reference_price_in_greek_or_hungarian_words_blocks() -> None:
    for body in (
        "Από 35,00 € μόνο 24,90 €: το Καλάθι δώρου για τις γιορτές.",
        "Καλάθι δώρου: 35,00 € τώρα 24,90 €.",
        "Καλάθι δώρου 24,90 € αντί 35,00 €.",
        "Καλάθι δώρου: 24,90 € (35,00 € helyett).",
    ):
        assert "offers" in _fired(body), body


def test_the_list_price_as_reference_passes() -> None:
    for body in (
        "Από 30,00 € μόνο 24,90 €: το Καλάθι δώρου για τις γιορτές.",
        "Καλάθι δώρου 24,90 € αντί 30,00 €.",
        "Καλάθι δώρου: 24,90 € (30,00 € helyett).",
    ):
        assert "offers" not in _fired(body), body
