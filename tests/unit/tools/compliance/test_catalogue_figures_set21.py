"""Figures of a product's catalogue facts: a leading ``0,`` and an approved claim's figure.

Sooja Kodu, an Estonian heat and gas seller invented for these tests (issue 17, set 21), sells
gas at exactly 0,512 €/m³ and a heat plan at exactly 8,4 senti/kWh. "0,512" has no thousands (a
grouped figure never starts with a lone 0), so it is the catalogue's price, not 512. An
approved claim for the heat plan says it is "0,7 senti/kWh" below an average: that figure is
the claim's difference, not the plan's price; said of another product it is still read.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.offer_paraphrase import read_number

_KWH = "senti/kWh"
_CLAIM = "Soe 8 on 0,7 senti/kWh soodsam kui Eesti keskmine soojuse hind."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Sooja Kodu",
                "legal_name": "Sooja Kodu AS",
                "postal_address": "Kesk 4, 50090 Tartu",
                "sender_addresses": {"email": "info@soojakodu.example"},
                "channels": ["email"],
                "locales": ["et-EE"],
                "default_time_zone": "Europe/Tallinn",
                "website_domains": ["soojakodu.example"],
            },
            "products": [
                {
                    "id": "gaas",
                    "name": "Kodugaas",
                    "facts": [{"name": "hind", "value": 0.512, "unit": "€/m³", "limit": "exact"}],
                },
                {
                    "id": "soe",
                    "name": "Soe 8",
                    "facts": [{"name": "hind", "value": 8.4, "unit": _KWH, "limit": "exact"}],
                },
                {
                    "id": "soe-pluss",
                    "name": "Soe Pluss",
                    "facts": [{"name": "hind", "value": 9.1, "unit": _KWH, "limit": "exact"}],
                },
            ],
            "claims": [
                {
                    "id": "vordlus",
                    "text": _CLAIM,
                    "category": "comparative",
                    "substantiation": "Hinnavõrdlus 2027",
                    "products": ["soe"],
                    "channels": ["email"],
                }
            ],
            "rules": [rule("facts", "product_facts")],
        },
        source="test",
    )


def test_a_leading_zero_is_a_decimal_figure() -> None:
    assert read_number("0,512") == 0.512
    assert read_number("0.125") == 0.125
    assert read_number("1,250") == 1250
    assert read_number("2.500,50") == 2500.5


def test_the_catalogue_price_with_a_decimal_comma_passes(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Talveks", body="Kodugaas: 0,512 €/m³.")
    assert "facts" not in fired(verdict)
    verdict = check(_pack(), channel="email", subject="Talveks", body="Kodugaas: 0,612 €/m³.")
    assert "facts" in fired(verdict)


def test_the_approved_claims_figure_is_not_the_products_price(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Võrdlus", body=_CLAIM)
    assert "facts" not in fired(verdict)
    verdict = check(_pack(), channel="email", subject="Võrdlus", body="Soe 8 maksab 0,7 senti/kWh.")
    assert "facts" in fired(verdict)
