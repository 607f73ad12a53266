"""Offer causes found on the thirteenth development set (issue 17, helper offers13).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

import re

import pytest
from compliance_helpers import BRAND

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import figures_of
from nextbest.tools.compliance.price_triggers import shape_pattern

_OFFERS = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"require_offer_id": True},
}

_TILES = {
    "id": "tile-week",
    "name": "Circulaire : tuiles d'ardoise à 24,99 $ la boîte",
    "terms": "Circulaire : tuiles d'ardoise à 24,99 $ la boîte. Boîte de 1,4 m². En magasin.",
    "discount_type": "price",
    "discount_amount": 24.99,
    "currency": "CAD",
    "disclosure": "Boîte de 1,4 m². En magasin.",
    "channels": ["email"],
    "products": ["slate-tile"],
}

_PRODUCTS = [
    {
        "id": "slate-tile",
        "name": "Tuiles d'ardoise",
        "list_price": 29.99,
        "currency": "CAD",
    },
    {
        "id": "boiler",
        "name": "Ember condensing boiler 24 kW",
        "list_price": 2450.0,
        "currency": "CAD",
    },
]

_REBATE = {
    "id": "boiler-rebate",
    "name": "Maker's mail-in rebate of 400 $ on the Ember boiler",
    "terms": "Mail-in rebate of 400 $ from Ember on the Ember condensing boiler 24 kW. "
    "Price before rebate: 2 450,00 $.",
    "discount_type": "amount",
    "discount_amount": 400,
    "currency": "CAD",
    "disclosure": "Mail-in rebate of 400 $ from Ember on the Ember condensing boiler 24 kW. "
    "Price before rebate: 2 450,00 $.",
    "channels": ["email"],
    "products": ["boiler"],
}


def _pack():  # type: ignore[no-untyped-def]
    return parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "products": _PRODUCTS, "offers": [_TILES, _REBATE]},
        source="test",
    )


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Les tuiles d'ardoise sont à 29,99 $ la boîte de 1,4 m². Lisez le guide.", False),
        ("Les tuiles d'ardoise sont à 24,99 $ la boîte de 1,4 m². Lisez le guide.", True),
    ],
)
def test_a_size_of_what_is_sold_is_no_figure_of_the_offer(check, body: str, fires: bool) -> None:
    verdict = check(_pack(), channel="email", body=body, subject="Your floor")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The boiler at 2 050 $ after rebate", {2050.0}),
        ("Price before rebate: 2 450,00 $.", {2450.0}),
        ("Asked by 2 100 people", {2100.0}),
        ("$1,234.50 or 250.000 € or 3,50 %", {1234.5, 250000.0, 3.5}),
    ],
)
def test_space_grouped_thousands_are_one_figure(text: str, figures: set[float]) -> None:
    assert figures_of(text) == figures


def test_an_after_rebate_price_is_the_list_price_less_the_rebate(check) -> None:
    body = (
        "The Ember condensing boiler 24 kW at 2 050 $ after rebate. Mail-in rebate of 400 $ "
        "from Ember on the Ember condensing boiler 24 kW. Price before rebate: 2 450,00 $."
    )
    verdict = check(
        _pack(), channel="email", body=body, subject="Boiler rebate", offer_id="boiler-rebate"
    )
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


_KIDS = {
    "id": "kids-eat",
    "name": "Menú de niños gratis",
    "terms": "Menú de niños gratis con cada plato principal de adulto, de lunes a jueves.",
    "discount_type": "free_gift",
    "disclosure": "Menú de niños gratis con cada plato principal de adulto, de lunes a jueves.",
    "channels": ["email"],
}


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Esta semana los niños comen gratis. " + _KIDS["terms"], False),
        ("Esta semana los postres gratis. " + _KIDS["terms"], True),
    ],
)
def test_who_travels_or_eats_free_is_the_word_before_the_verb(
    check, body: str, fires: bool
) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [_KIDS]}, source="test")
    verdict = check(pack, channel="email", body=body, subject="Menú", offer_id="kids-eat")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Bari–Durazzo a partire da 29 €", True),
        ("Bari–Durazzo da 29 € a persona", True),
        ("Cabines dès 129 $ par nuit", True),
        ("Cabinas desde 99 €", True),
        ("Kabinen ab 89 €", True),
        ("Hytter från 990 kr", True),
        ("Hutten vanaf € 75", True),
        ("Cabins from $99", True),
        ("Un buono da 10 € per te", False),
        ("Cabina a 129 €", False),
    ],
)
def test_a_starting_price_is_read_in_every_language_the_engine_reads(
    text: str, starts: bool
) -> None:
    found = re.search(shape_pattern("from"), fold(text).text) is not None
    assert found is starts


_SUBJECTS = {
    "id": "subject-match",
    "kind": "subject_honesty",
    "description": "Subjects promise only what the message gives.",
    "rationale": "tests",
    "source": "test suite",
    "params": {},
}

_SKATES = [{"id": "skates", "name": "Isbjörn skridskor", "list_price": 1490, "currency": "SEK"}]


def _skate_pack():  # type: ignore[no-untyped-def]
    return parse_pack(
        {"brand": BRAND, "rules": [_OFFERS, _SUBJECTS], "products": _SKATES}, source="test"
    )


@pytest.mark.parametrize(
    ("subject", "body", "fired"),
    [
        (
            "Vi bjuder på 2 000 kr när du köper skridskor",
            "Isbjörn skridskor kostar 1 490 kr. Se hela sortimentet.",
            {"offers", "subject-match"},
        ),
        (
            "Isbjörn skridskor för 1 490 kr",
            "Isbjörn skridskor kostar 1 490 kr. Se hela sortimentet.",
            set(),
        ),
    ],
)
def test_kronor_given_away_in_a_subject_are_a_promise_and_a_promotion(
    check, subject: str, body: str, fired: set[str]
) -> None:
    verdict = check(_skate_pack(), channel="email", body=body, subject=subject)
    assert set(verdict.fired_rule_ids) == fired, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Register your skates to win a $200 gift card!", True),
        ("We give you $200 when you trade in your old skates.", True),
        ("Isbjörn skates are $149. See the range.", False),
    ],
)
def test_money_won_or_given_is_no_list_price(check, body: str, fires: bool) -> None:
    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [_OFFERS],
            "products": [
                {"id": "sk", "name": "Isbjörn skates", "list_price": 149, "currency": "USD"}
            ],
        },
        source="test",
    )
    verdict = check(pack, channel="email", body=body, subject="Skates")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Every lantern is hand-checked before it goes on sale.", False),
        ("Lanterns on sale this week.", True),
    ],
)
def test_on_sale_after_a_word_of_sequence_is_when_a_thing_is_first_sold(
    check, body: str, fires: bool
) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", body=body, subject="Lanterns")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations
