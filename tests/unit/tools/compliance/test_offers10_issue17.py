"""Offer and disclosure causes found on the tenth development set (issue 17, helper offers10).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

import pytest
from compliance_helpers import BRAND

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.moved_amounts import moved_amount
from nextbest.tools.compliance.prior_price import reduces_no_price
from nextbest.tools.compliance.unit_rates import contradicted_rate
from nextbest.tools.compliance.upfront_amounts import zero_upfront

_PRIOR_PRICE = {
    "id": "prior-price",
    "kind": "disclosure",
    "description": "Reductions state the lowest price of the last 30 days.",
    "rationale": "tests",
    "source": "test suite",
    "params": {
        "trigger_phrases": ["sconto", "sconti", "discount", "discounts"],
        "trigger_prices": ["percent"],
        "required_any": ["Prezzo più basso degli ultimi 30 giorni"],
    },
}


def _reduces_none(sentence: str, trigger: str) -> bool:
    start = sentence.index(trigger)
    return reduces_no_price(sentence, start, start + len(trigger), (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "trigger", "none"),
    [
        ("Il forno Lumo a tasso zero: 10 rate da 39,90 €, TAN 0%.", "0%", True),
        ("Pay over 12 months at 0% APR.", "0%", True),
        ("Scatole in cartone riciclato al 85% per tutti i nostri ordini.", "85%", True),
        ("The Lumo oven uses up to 35% less energy than a class C oven.", "35%", True),
        ("Sulla tua privacy non facciamo sconti: non chiediamo mai password.", "sconti", True),
        ("We give no discounts on safety checks.", "discounts", True),
        ("Sconti fino al 35% su tutti i forni.", "35%", False),
        ("Sconti fino al 35% su tutti i forni.", "Sconti", False),
        ("Forni Lumo -25% questa settimana.", "25%", False),
        ("Lumo oven 20% off this week.", "20%", False),
        ("Save 15% on every kettle.", "15%", False),
        ("Forno Lumo a 299 € invece di 349 €, 14%.", "14%", False),
    ],
)
def test_a_prior_price_trigger_announces_a_reduction_only_when_its_words_say_so(
    sentence: str, trigger: str, none: bool
) -> None:
    assert _reduces_none(sentence, trigger) is none


def test_rates_shares_and_denied_discounts_need_no_prior_price_line(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_PRIOR_PRICE]}, source="test")
    for body, fires in (
        ("Il forno Lumo a tasso zero: 10 rate da 39,90 €, TAN 0%.", False),
        ("Il forno Lumo consuma fino al 35% di energia in meno.", False),
        ("Sulla tua privacy non facciamo sconti.", False),
        ("Forni Lumo -25% questa settimana.", True),
        ("Sconti sui forni Lumo questa settimana.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("prior-price" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


_OFFERS = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved.",
    "rationale": "tests",
    "source": "test suite",
    "params": {},
}


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Good news: parking is free in the north garage from March.", False),
        ("Our nurses run free monthly support groups for parents.", False),
        ("Join our free online info evening on May 4 to hear how a plan works.", False),
        ("Coffee and Wi-Fi are always free in our waiting room.", False),
        ("Parking is free when you book a visit this week.", True),
        ("Join a free seminar for new members this weekend only.", True),
        ("Free delivery on every order this week.", True),
    ],
)
def test_an_everyday_free_service_or_gathering_is_no_promotion(check, body, fires) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_free_restating_a_carried_standing_statement_with_a_comma_needs_no_offer(check) -> None:
    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [_OFFERS],
            "standing_statements": [{"id": "check", "text": "Free, no-obligation boiler check."}],
        },
        source="test",
    )
    body = (
        "We can take a free look at your boiler and write it up.\n\n"
        "Free, no-obligation boiler check."
    )
    verdict = check(pack, channel="email", body=body)
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    verdict = check(pack, channel="email", body="We can take a free look at your boiler this week.")
    assert "offers" in verdict.fired_rule_ids


@pytest.mark.parametrize(
    ("sentence", "amount", "earned"),
    [
        ("Median starting salary of $61,500 for 2025 design graduates.", "$61,500", True),
        ("Our apprentices earn $24 an hour from day one.", "$24", True),
        ("A $58,000 salary is typical for the role.", "$58,000", True),
        ("The Design course is $12,400.", "$12,400", False),
        ("Pay $300 today and the rest later.", "$300", False),
    ],
)
def test_pay_for_work_is_no_price(sentence: str, amount: str, earned: bool) -> None:
    start = sentence.index(amount)
    assert moved_amount(sentence, start, start + len(amount)) is earned


@pytest.mark.parametrize(
    ("sentence", "contradicted"),
    [
        ("Example: $9,600 financed at 8.49% APR for 36 months is $303/month.", False),
        ("Example: $9,600 financed at 0% APR for 24 months is $400/month.", False),
        ("Example: $9,600 financed at 8.49% APR for 36 months is $267/month.", True),
        ("Example: $9,600 financed at 8.49% APR for 36 months is $350/month.", True),
    ],
)
def test_a_loan_payment_repays_its_total_with_the_stated_apr(
    sentence: str, contradicted: bool
) -> None:
    start = sentence.rindex("$")
    assert contradicted_rate(sentence, start, len(sentence) - 1) is contradicted


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("A new patio for just $89/mo! Book a visit today.", True),
        ("A new patio for only $89 a month.", True),
        ("Patios as low as $89/month with our partner.", False),
        ("The Flagstone Patio is $6,400 installed.", False),
    ],
)
def test_a_price_sold_as_a_deal_with_no_product_named_needs_an_offer(check, body, fires) -> None:
    products = [
        {
            "id": "flagstone",
            "name": "Flagstone Patio",
            "list_price": 6400,
            "currency": "USD",
            "category": "patio",
        }
    ]
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "products": products}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Our nurses offer free sessions for anyone going through a loss.", False),
        ("Free check-ups for everyone at our open day.", False),
        ("Free lessons for everyone this weekend only.", True),
        ("A free bus from the city for everyone who books by May 1.", True),
    ],
)
def test_a_free_service_given_to_anyone_is_no_promotion(check, body, fires) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("sentence", "amount", "zero"),
    [
        ("Start the Design course with $0 upfront.", "$0", True),
        ("Nothing to pay now: $0 due today, the rest after you graduate.", "$0", True),
        ("Start the Design course with $99 upfront.", "$99", False),
        ("The Design course is $0 for alumni.", "$0", False),
    ],
)
def test_a_zero_amount_due_up_front_is_no_price(sentence: str, amount: str, zero: bool) -> None:
    start = sentence.index(amount)
    assert zero_upfront(sentence, start, start + len(amount)) is zero


def test_zero_upfront_is_neither_an_offer_price_nor_a_product_price(check) -> None:
    products = [{"id": "design", "name": "Design Course", "list_price": 12400, "currency": "USD"}]
    fee_line = {
        "id": "fee-line",
        "kind": "disclosure",
        "description": "A course price carries the fee line.",
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "trigger_products": ["design"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": ["Plus a $90 enrollment fee."],
        },
    }
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS, fee_line], "products": products}, source="test"
    )
    verdict = check(pack, channel="email", body="Start the Design Course with $0 upfront.")
    assert not {"offers", "fee-line"} & set(verdict.fired_rule_ids), verdict.violations
    verdict = check(pack, channel="email", body="The Design Course is $12,400.")
    assert "fee-line" in verdict.fired_rule_ids
