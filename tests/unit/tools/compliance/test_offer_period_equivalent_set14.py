"""A periodic list price restated per shorter period is no price cut (issue 17, set 14).

The brand is Fernhill Audiobooks, invented for these tests: its Half-Year Plan lists at $59.94
(billed every 6 months). "$59.94 every 6 months, which works out to $9.99 a month" states the
list price twice; "$59.94 every 6 months, just $7.99 a month" is a lower price, and a lower
monthly price with no periodic list price beside it still needs an offer.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.period_equivalents import period_equivalent


def _pack() -> BrandPack:
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
    offers_rule = {
        "id": "offers",
        "kind": "offer_terms",
        "description": "Promotions must be approved offers.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"require_offer_id": True},
    }
    return parse_pack(
        {"brand": brand, "rules": [offers_rule], "products": [product]}, source="test"
    )


def _blocks(body: str) -> bool:
    message = Message(
        channel="email",
        subject="Your plan",
        body=body,
        send_time=datetime(2027, 1, 28, 15, 0),
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 1, 28))
    return any(v.rule_id == "offers" for v in verdict.violations)


def test_list_price_per_shorter_period_is_no_cut() -> None:
    body = "The Half-Year Plan is $59.94 every 6 months, which works out to $9.99 a month."
    assert not _blocks(body)


def test_lower_monthly_price_still_needs_an_offer() -> None:
    for body in (
        "The Half-Year Plan is $59.94 every 6 months, which works out to $7.99 a month.",
        "The Half-Year Plan for $7.99 a month.",
    ):
        assert _blocks(body), body


def test_period_equivalent_reads_the_division() -> None:
    sentence = "£520 a year, or £10 a week"
    assert period_equivalent(sentence, sentence.index("£10"), {520.0})
    assert not period_equivalent(sentence, sentence.index("£10"), {480.0})
    assert not period_equivalent(sentence, sentence.index("£520"), {520.0})
