"""Offer and price causes found on the ninth development set (issue 17, helper offers9).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

from compliance_helpers import BRAND, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import Product
from nextbest.tools.compliance.offer_paraphrase import without_times
from nextbest.tools.compliance.policy_amounts import policy_amount
from nextbest.tools.compliance.priced_rates import PricedRates, unit_of

_OFFERS = rule("offers", "offer_terms", {})
_RATE_PRODUCTS = [
    {"id": "club", "name": "Northwind Club", "list_price": 9.99, "currency": "USD"},
    {"id": "club-hour", "name": "Club hourly rate", "list_price": 4.5, "currency": "USD"},
    {"id": "walkin-hour", "name": "walk-in per-hour rate", "list_price": 6, "currency": "USD"},
    {"id": "roast-kg", "name": "roastery per kg rate", "list_price": 0.8, "currency": "USD"},
    {"id": "late-fee", "name": "late fee", "list_price": 0.5, "currency": "USD"},
]


def test_a_rate_names_the_catalogue_product_listed_by_that_unit_and_price() -> None:
    rates = PricedRates(Product(**p) for p in _RATE_PRODUCTS)
    text = "Club members roast at $4.50/hr (walk-in $6 per hour). Late fee $0.50/min."
    named = [(p.id, text[s:e]) for p, s, e in rates.named(text)]
    assert named == [("club-hour", "$4.50/hr"), ("walkin-hour", "$6 per hour")]
    assert [p.id for p, _, _ in rates.named("Club members pay $4.00/hr")] == []
    assert [p.id for p, _, _ in rates.named("$0.80 per kg of beans")] == ["roast-kg"]
    assert (unit_of("mins"), unit_of("kWh"), unit_of("Hours")) == ("minute", "kwh", "hour")


def test_two_products_at_one_rate_leave_the_rate_unnamed() -> None:
    twins = [
        {"id": "north", "name": "north per-hour rate", "list_price": 5, "currency": "USD"},
        {"id": "south", "name": "south per-hour rate", "list_price": 5, "currency": "USD"},
    ]
    assert not PricedRates(Product(**p) for p in twins)
    assert list(PricedRates(Product(**p) for p in twins).named("$5/hour")) == []


def test_a_catalogue_rate_beside_a_membership_is_no_sale_price(check) -> None:
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "products": _RATE_PRODUCTS}, source="test"
    )
    for body, fires in (
        ("Northwind Club members roast at $4.50/hr. Late fee $0.50/min.", False),
        ("Northwind Club members roast at just $4.50 an hour.", False),
        ("Northwind Club members roast at $3.50/hr this week.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_an_audience_rule_scoped_to_a_rate_reads_the_rate_by_its_price(check) -> None:
    regions = rule(
        "hour-regions",
        "audience",
        {"allowed_regions": ["ME"], "block_unknown_region": True, "products": ["club-hour"]},
    )
    pack = parse_pack(
        {"brand": BRAND, "rules": [regions], "products": _RATE_PRODUCTS}, source="test"
    )
    for region, body, fires in (
        ("VT", "Club members roast at $4.50/hr.", True),
        ("ME", "Club members roast at $4.50/hr.", False),
        ("VT", "Late fee $0.50/min after your slot.", False),
    ):
        verdict = check(pack, channel="email", body=body, recipient={"region": region})
        assert ("hour-regions" in verdict.fired_rule_ids) is fires, (region, body)


def test_an_excess_or_deductible_is_a_term_of_the_policy_not_a_price() -> None:
    text = "The Harbor Plan is $300 per year with $250 excess, or an excess of $100 for $340."
    for amount, is_term in (("$250", True), ("$100", True), ("$300", False), ("$340", False)):
        start = text.index(amount)
        assert policy_amount(text, start, start + len(amount)) is is_term, amount
    assert policy_amount("Deductible: $500 per claim.", 12, 16)
    assert not policy_amount("Excess now just $100 this week.", 16, 20)


def test_an_excess_below_the_plan_price_is_no_sale_price(check) -> None:
    plan = {"id": "harbor-plan", "name": "Harbor Plan", "list_price": 300, "currency": "USD"}
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "products": [plan]}, source="test")
    for body, fires in (
        ("The Harbor Plan is $300 per year with $250 excess.", False),
        ("The Harbor Plan is now $250 per year.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_time_of_day_is_no_figure_beside_an_approved_free_claim(check) -> None:
    claim = {
        "id": "free-tasting",
        "text": "Free, no-obligation coffee tasting.",
        "category": "service",
        "substantiation": "Tasting SOP",
        "channels": ["email", "sms", "push"],
    }
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "claims": [claim]}, source="test")
    for body, fires in (
        ("Your free coffee tasting is set for Thursday at 2 p.m. ET.", False),
        ("Your free coffee tasting is set for December 3 at 14:30.", False),
        ("Your free coffee tasting comes with 2 free bags.", True),
    ):
        verdict = check(pack, channel="push", body=body, subject="Booked")
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)
    assert without_times("Set for 2 p.m. on 12/31, 3 cups.").split() == [
        "Set",
        "for",
        "on",
        ",",
        "3",
        "cups.",
    ]


def test_the_free_word_of_an_approved_claim_is_the_claims_whatever_precedes_it(check) -> None:
    claim = {
        "id": "free-fitting",
        "text": "Gratis montage bij elke kast.",
        "category": "service",
        "substantiation": "Service policy",
        "channels": ["email", "sms", "push"],
    }
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "claims": [claim]}, source="test")
    for body, fires in (
        ("Bij ons krijg je een gratis montage bij elke kast.", False),
        ("Bij ons krijg je een gratis lamp bij elke kast.", True),
    ):
        verdict = check(pack, channel="email", body=body, locale="nl-NL")
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_figure_that_ends_a_product_name_is_no_price(check) -> None:
    products = [
        {"id": "kettle-5", "name": "Harbor Kettle 5", "list_price": 49, "currency": "EUR"},
        {"id": "kettle-7", "name": "Harbor Kettle 7", "list_price": 69, "currency": "EUR"},
    ]
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "products": products}, source="test")
    for body, fires in (
        ("New in store: the Harbor Kettle 5 € 49 and the Harbor Kettle 7 € 69.", False),
        ("New in store: the Harbor Kettle 5 € 39 and the Harbor Kettle 7 € 69.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_compound_free_is_no_free_period(check) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    for body, fires in (
        ("Try the roastery subscription risk-free for 30 days.", False),
        ("Try the roastery subscription free for 30 days.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_subject_that_echoes_an_approved_free_claim_of_the_body_is_no_promotion(check) -> None:
    claim = {
        "id": "free-tasting",
        "text": "Free tasting of every roast.",
        "category": "service",
        "substantiation": "Tasting SOP",
        "channels": ["email"],
    }
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "claims": [claim]}, source="test")
    body = "Free tasting of every roast at the Bangor roastery."
    for subject, fires in (
        ("Come by for a free tasting", False),
        ("A free mug for you", True),
    ):
        verdict = check(pack, channel="email", body=body, subject=subject)
        assert ("offers" in verdict.fired_rule_ids) is fires, (subject, verdict.violations)


def test_a_now_price_at_the_list_price_of_the_product_named_is_no_sale_price(check) -> None:
    kettle = {"id": "kettle", "name": "Harbor Kettle", "list_price": 49, "currency": "USD"}
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "products": [kettle]}, source="test")
    for body, fires in (
        ("The Harbor Kettle, now $49.", False),
        ("The Harbor Kettle, now $39.", True),
        ("The Harbor Kettle: was $59, now $49.", True),
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("offers" in verdict.fired_rule_ids) is fires, (body, verdict.violations)
