"""Catalogue facts in money, with the currency written before the figure (set 25).

Two brands invented for these tests: Thandeka Burial Society, a South African funeral plan
whose plans carry an insured sum in rand (the fact's unit is the sign ``R``), and Ferro Bici, an
Italian bike hire whose deposit is a fact in euros (unit ``€``). Copy writes the sign before the
figure ("R 40 000", "€ 300"), so a sum above the catalogue's was never read: a unit was looked
for only after its figure.
"""

from __future__ import annotations

from compliance_helpers import facts_fired, facts_pack

from nextbest.brand_context.models import BrandPack


def _burial_society() -> BrandPack:
    brand = {
        "name": "Thandeka Burial Society",
        "legal_name": "Thandeka Burial Society NPC",
        "postal_address": "12 Church Street, Pietermaritzburg, 3201, South Africa",
        "sender_addresses": {"email": "news@thandeka.example"},
        "channels": ["email"],
        "locales": ["en-ZA"],
        "default_time_zone": "Africa/Johannesburg",
        "website_domains": ["thandeka.example"],
    }
    products = [
        {
            "id": "kin",
            "name": "Kinship Plan",
            "list_price": 109,
            "currency": "ZAR",
            "facts": [{"name": "insured sum", "value": 20000, "unit": "R"}],
        }
    ]
    return facts_pack(brand, products)


def _bike_hire() -> BrandPack:
    brand = {
        "name": "Ferro Bici",
        "legal_name": "Ferro Bici S.r.l.",
        "postal_address": "Via Roma 4, 38122 Trento, Italia",
        "sender_addresses": {"email": "ciao@ferrobici.example"},
        "channels": ["email"],
        "locales": ["it-IT"],
        "default_time_zone": "Europe/Rome",
        "website_domains": ["ferrobici.example"],
    }
    products = [
        {
            "id": "ebike",
            "name": "E-bike Trekking",
            "list_price": 45,
            "currency": "EUR",
            "facts": [{"name": "deposito", "value": 200, "unit": "€", "limit": "exact"}],
        }
    ]
    return facts_pack(brand, products)


def test_a_sum_above_the_catalogue_with_the_sign_before_it_fires() -> None:
    pack = _burial_society()
    assert facts_fired(pack, "The Kinship Plan pays out R 40 000 for R109 a month.", "Plan")
    assert facts_fired(pack, "The Kinship Plan pays out R40 000.", "Plan")


def test_the_catalogue_sum_and_a_premium_within_it_do_not() -> None:
    pack = _burial_society()
    assert not facts_fired(pack, "The Kinship Plan pays out R 20 000 for R109 a month.", "Plan")
    assert not facts_fired(pack, "The Kinship Plan pays out 20 000 R.", "Plan")


def test_a_symbol_before_the_figure_is_read_too() -> None:
    pack = _bike_hire()
    assert facts_fired(pack, "E-bike Trekking: deposito di € 300 al ritiro.", "Noleggio")
    assert not facts_fired(pack, "E-bike Trekking: deposito di € 200 al ritiro.", "Noleggio")
    assert not facts_fired(pack, "E-bike Trekking: deposito di 200 € al ritiro.", "Noleggio")
