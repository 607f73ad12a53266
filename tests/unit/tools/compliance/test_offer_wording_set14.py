"""Offer wording that gives nothing and cuts no price (issue 17, set 14).

Two brands invented for these tests, both with an offers rule that wants every promotional
wording to belong to an approved offer:
- Fernhill Audiobooks: its Half-Year Plan lists at $59.94 (billed every 6 months). "$59.94 every
  6 months, which works out to $9.99 a month" states the list price twice; "$59.94 every 6
  months, just $7.99 a month" is a lower price, and a lower monthly price with no periodic list
  price beside it still needs an offer.
- Larkspur Decking: "Composite boards, maintenance free" says the boards need no maintenance
  (like "maintenance-free" with its hyphen): nothing is given free. A "free" that gives a thing
  ("fitting free this month", "free maintenance kit") is still promotional wording.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.period_equivalents import period_equivalent

OFFERS_RULE: dict[str, Any] = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions must be approved offers.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"require_offer_id": True},
}


def _fernhill() -> BrandPack:
    brand = {
        "name": "Fernhill Audiobooks",
        "legal_name": "Fernhill Audio Inc.",
        "postal_address": "12 Elm Street, Burlington, VT 05401, USA",
        "sender_addresses": {"email": "news@fernhill.example"},
        "channels": ["email"],
        "default_time_zone": "America/New_York",
        "website_domains": ["fernhill.example"],
    }
    product = {
        "id": "half-year",
        "name": "Fernhill Half-Year Plan",
        "aliases": ["Half-Year Plan"],
        "list_price": 59.94,
        "currency": "USD",
        "category": "membership",
    }
    return parse_pack(
        {"brand": brand, "rules": [OFFERS_RULE], "products": [product]}, source="test"
    )


def _larkspur() -> BrandPack:
    brand = {
        "name": "Larkspur Decking",
        "legal_name": "Larkspur Decking Ltd",
        "postal_address": "9 Mill Lane, Ludlow SY8 1AB",
        "sender_addresses": {"sms": "Larkspur"},
        "channels": ["sms"],
        "default_time_zone": "Europe/London",
        "website_domains": ["larkspur.example"],
    }
    return parse_pack({"brand": brand, "rules": [OFFERS_RULE]}, source="test")


def _fernhill_blocks(body: str) -> bool:
    message = Message(
        channel="email",
        subject="Your plan",
        body=body,
        send_time=datetime(2027, 1, 28, 15, 0),
    )
    verdict = RuleEngine(_fernhill()).check(message, as_of=date(2027, 1, 28))
    return any(v.rule_id == "offers" for v in verdict.violations)


def _larkspur_blocks(body: str) -> bool:
    message = Message(channel="sms", body=body, send_time=datetime(2027, 3, 10, 11, 0))
    verdict = RuleEngine(_larkspur()).check(message, as_of=date(2027, 3, 10))
    return any(v.rule_id == "offers" for v in verdict.violations)


def test_list_price_per_shorter_period_is_no_cut() -> None:
    body = "The Half-Year Plan is $59.94 every 6 months, which works out to $9.99 a month."
    assert not _fernhill_blocks(body)


def test_lower_monthly_price_still_needs_an_offer() -> None:
    for body in (
        "The Half-Year Plan is $59.94 every 6 months, which works out to $7.99 a month.",
        "The Half-Year Plan for $7.99 a month.",
    ):
        assert _fernhill_blocks(body), body


def test_period_equivalent_reads_the_division() -> None:
    sentence = "£520 a year, or £10 a week"
    assert period_equivalent(sentence, sentence.index("£10"), {520.0})
    assert not period_equivalent(sentence, sentence.index("£10"), {480.0})
    assert not period_equivalent(sentence, sentence.index("£520"), {520.0})


def test_spaced_privative_free_is_no_offer() -> None:
    for body in (
        "Larkspur: composite boards, £95 a square metre. Rot free, maintenance free.",
        "Larkspur: decking that stays upkeep free for years. Reply STOP to opt out",
    ):
        assert not _larkspur_blocks(body), body


def test_free_thing_still_needs_an_offer() -> None:
    for body in (
        "Larkspur: composite boards, fitting free this month. Reply STOP to opt out",
        "Larkspur: a free maintenance kit with every deck. Reply STOP to opt out",
    ):
        assert _larkspur_blocks(body), body


@pytest.mark.parametrize(
    ("sentence", "price", "list_price", "equivalent"),
    [
        ("Por 44,99 €/mês, o plano fica em 1,50 € por dia.", "1,50", 44.99, True),
        ("Por 44,99 €/mês, o plano fica em 1,20 € por dia.", "1,20", 44.99, False),
        ("120 € par an, soit 10 € par mois.", "10 €", 120.0, True),
        ("Nur 36 € pro Monat, also 1,20 € pro Tag.", "1,20", 36.0, True),
        ("299 kr. om måneden, 9,97 kr. om dagen.", "9,97", 299.0, True),
        ("£44.99 a month, that's £1.48 a day.", "£1.48", 44.99, True),
        ("£44.99 a month, that's £1.40 a day.", "£1.40", 44.99, False),
    ],
)
def test_a_monthly_price_restated_per_day_in_any_language_is_no_cut(
    sentence: str, price: str, list_price: float, equivalent: bool
) -> None:
    assert period_equivalent(sentence, sentence.index(price), {list_price}) is equivalent
