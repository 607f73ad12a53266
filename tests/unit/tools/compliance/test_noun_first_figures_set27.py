"""Product figures written after their unit's noun in Bantu-language copy (issue 17, set 27).

Nuru Taa, a Kenyan solar-lamp seller invented for these tests, gives its lamp a warranty of at
most 2 years ("miaka"). Swahili writes the numeral after the noun ("miaka 5", five years): such
a figure was not read, so an overstated warranty went through. A brand writing in English
keeps reading "years 5" as no figure of the fact.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 11)


def _pack(locale: str) -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Nuru Taa",
                "legal_name": "Nuru Taa Ltd",
                "postal_address": "Moi Avenue 14, Mombasa, Kenya",
                "sender_addresses": {"email": "habari@nurutaa.example"},
                "channels": ["email"],
                "locales": [locale],
                "default_time_zone": "Africa/Nairobi",
                "website_domains": ["nurutaa.example"],
            },
            "rules": [rule("facts", "product_facts", {})],
            "products": [
                {
                    "id": "taa",
                    "name": "Taa Nyota",
                    "list_price": 3500,
                    "currency": "KES",
                    "facts": [
                        {
                            "name": "warranty",
                            "value": 2,
                            "unit": "miaka",
                            "unit_aliases": ["years"],
                            "limit": "max",
                        }
                    ],
                }
            ],
        },
        source="test",
    )


def _fired(body: str, locale: str = "sw-KE") -> set[str]:
    message = Message(
        channel="email",
        subject="Mwanga nyumbani",
        body=body,
        send_time=datetime(2027, 5, 11, 9, 0),
    )
    return set(RuleEngine(_pack(locale)).check(message, as_of=_DAY).fired_rule_ids)


def test_a_figure_after_its_unit_noun_is_read_in_a_bantu_language() -> None:
    assert "facts" in _fired("Taa Nyota ina dhamana ya miaka 5.")
    assert "facts" not in _fired("Taa Nyota ina dhamana ya miaka 2.")


def test_the_noun_first_order_is_not_read_for_other_languages() -> None:
    assert "facts" not in _fired("Taa Nyota: warranty years 5-7 in our survey.", "en-KE")
    assert "facts" not in _fired("Taa Nyota ina dhamana ya miaka 5.", "en-KE")
