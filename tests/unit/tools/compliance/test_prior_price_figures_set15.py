"""Percentages that cut no price under an EU prior-price rule written in Polish (set 15).

A fat or alcohol content in a product's name ("Kefir 2,0%") and a service figure ("97%
paczek") announce no reduction; "-20%" on a product still needs the 30-day line. The brand is
invented here (a Polish grocer, "Targ pod Lipą"); never an eval brand.
"""

from __future__ import annotations

from typing import Any

import pytest

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.prior_price import is_prior_price_wording

_BRAND: dict[str, Any] = {
    "name": "Targ pod Lipą",
    "legal_name": "Targ pod Lipą sp. z o.o.",
    "postal_address": "ul. Lipowa 3, 30-001 Kraków",
    "sender_addresses": {"email": "sklep@targpodlipa.pl"},
    "channels": ["email"],
    "locales": ["pl-PL"],
    "default_time_zone": "Europe/Warsaw",
    "website_domains": ["targpodlipa.pl"],
}
_PRODUCTS = [
    {"id": "kefir", "name": "Kefir Wiejski 2,0%", "list_price": 3.49, "currency": "PLN"},
    {"id": "cydr-0", "name": "Napój jabłkowy 0,5%", "list_price": 5.99, "currency": "PLN"},
    {"id": "ser", "name": "Ser Gouda", "list_price": 8.99, "currency": "PLN"},
]
_PRIOR_PRICE = {
    "id": "omnibus",
    "kind": "disclosure",
    "description": "Każda obniżka ceny podaje najniższą cenę z 30 dni przed obniżką.",
    "rationale": "tests",
    "source": "test suite",
    "params": {
        "trigger_prices": ["percent"],
        "trigger_phrases": ["taniej", "obniżka"],
        "required_any": [
            "Najniższa cena z 30 dni przed obniżką",
            "Cena sprzed pierwszej obniżki",
        ],
    },
}


def _pack() -> BrandPack:
    return parse_pack(
        {"brand": _BRAND, "rules": [_PRIOR_PRICE], "products": _PRODUCTS}, source="test"
    )


def test_polish_30_day_and_first_reduction_lines_are_prior_price_wordings() -> None:
    assert is_prior_price_wording(
        ["Najniższa cena z 30 dni przed obniżką", "Cena sprzed pierwszej obniżki"]
    )
    assert is_prior_price_wording(["Laagste prijs afgelopen 30 dagen:"])
    assert not is_prior_price_wording(["Zwrot w ciągu 30 dni od dostawy."])


@pytest.mark.parametrize(
    ("subject", "body", "fires"),
    [
        (
            "Kefir na śniadanie",
            "W tym tygodniu polecamy Kefir Wiejski 2,0% (1 l, 3,49 zł) do owsianki.",
            False,
        ),
        (
            "Napój jabłkowy 0,5% do obiadu",
            "Napój jabłkowy 0,5% kosztuje 5,99 zł za butelkę.",
            False,
        ),
        ("Na czas", "97% paczek dowozimy w wybranym oknie.", False),
        ("Kefir taniej", "Kefir Wiejski 2,0% teraz -20%: 2,79 zł.", True),
        ("Ser", "Ser Gouda 20% taniej w tym tygodniu.", True),
        ("Ser", "Ser Gouda: 20% na każdy kawałek.", True),
    ],
)
def test_a_percentage_that_cuts_no_price_needs_no_prior_price_line(
    check, subject: str, body: str, fires: bool
) -> None:
    verdict = check(_pack(), channel="email", subject=subject, body=body, locale="pl-PL")
    assert ("omnibus" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_reduction_with_the_first_reduction_line_passes(check) -> None:
    body = "Ser Gouda -20%: 7,19 zł. Cena sprzed pierwszej obniżki: 8,99 zł."
    verdict = check(_pack(), channel="email", subject="Ser", body=body, locale="pl-PL")
    assert "omnibus" not in verdict.fired_rule_ids, verdict.violations
