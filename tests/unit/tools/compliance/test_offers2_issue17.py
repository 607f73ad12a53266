"""Residual offer and disclosure causes on development sets 2-5 (issue 17, helper offers2).

The brand is Northwind Coffee, built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import BRAND, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.financing import speaks_of_credit
from nextbest.tools.compliance.offer_paraphrase import _word_keys, counted_figures


def _pack(rules: list[dict[str, Any]], products: list[dict[str, Any]]) -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": rules, "products": products}, source="test")


_FINANCING_TOTAL = {
    "id": "financing-total",
    "kind": "disclosure",
    "description": "Financing wording gives the total machine cost.",
    "rationale": "tests",
    "source": "test suite",
    "params": {
        "trigger_phrases": ["0% APR", "financing", "$19/mo"],
        "triggers": ["\\bfrom \\$\\s?\\d+"],
        "required_any": ["total machine cost $456"],
    },
}
_PRODUCTS = [
    {
        "id": "bean-club",
        "name": "Bean Club",
        "list_price": 19,
        "currency": "USD",
        "category": "subscription",
    },
    {
        "id": "espresso",
        "name": "Harbor Espresso Machine",
        "list_price": 456,
        "currency": "USD",
        "category": "machine",
    },
]


def test_a_price_said_of_no_product_is_the_price_listed_at_that_figure(check) -> None:
    pack = _pack([_FINANCING_TOTAL], _PRODUCTS)
    for body, fires in (
        ("Fresh beans at your door. Subscriptions from $19/mo.", False),
        ("Fresh beans at your door. Yours for $19/mo for 24 months.", True),  # a term
        ("Brew at home: $19/mo, $0 down.", True),  # a down payment
        ("Brew at home: $19/mo at 0% APR.", True),  # the APR triggers by itself
        ("Brew at home from $19.", True),  # not a recurring price: a coincidence of figures
    ):
        verdict = check(pack, channel="email", body=body)
        assert ("financing-total" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_rule_that_names_no_category_covers_a_price_said_of_no_product(check) -> None:
    params = {**_FINANCING_TOTAL["params"], "required_any": ["$456 in total"]}
    rule = {**_FINANCING_TOTAL, "description": "Financing gives the total.", "params": params}
    verdict = check(_pack([rule], _PRODUCTS), channel="email", body="Plans from $19/mo.")
    assert "financing-total" in verdict.fired_rule_ids


def test_speaks_of_credit_reads_the_price_sentence() -> None:
    text = "Plans from $19/mo!\nOr $19/mo for 24 months."
    assert not speaks_of_credit(text, text.index("$19"))
    assert speaks_of_credit(text, text.rindex("$19"))
    assert speaks_of_credit("Only $19/mo with financing.", 5)


_OFFERS = rule("offers", "offer_terms", {})
_MACHINES = [
    {
        "id": "harbor",
        "name": "Harbor Espresso Machine",
        "aliases": ["Harbor"],
        "list_price": 600,
        "currency": "USD",
    },
    {
        "id": "quay",
        "name": "Quay Grinder",
        "aliases": ["Quay"],
        "list_price": 300,
        "currency": "USD",
    },
]
_APR_OFFER = {
    "id": "harbor-apr",
    "name": "1.9% APR for 12 months on the Harbor",
    "terms": "1.9% APR for 12 months on the Harbor Espresso Machine, on approved credit.",
    "discount_type": "none",
    "disclosure": "1.9% APR for 12 months, on approved credit.",
    "channels": ["email"],
    "products": ["harbor"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}


def test_a_financing_figure_said_of_another_product_is_out_of_scope(check) -> None:
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "products": _MACHINES, "offers": [_APR_OFFER]},
        source="test",
    )
    tail = " 1.9% APR for 12 months, on approved credit."
    for body, fires in (
        ("1.9% APR for 12 months on the Quay Grinder." + tail, True),
        ("1.9% APR for 12 months on the Harbor Espresso Machine." + tail, False),
        ("Brew better." + tail + " It pairs well with the Quay Grinder.", False),
    ):
        verdict = check(pack, channel="email", body=body, offer_id="harbor-apr")
        scope = [v for v in verdict.violations if "is said of" in v.message]
        assert bool(scope) is fires, (body, verdict.violations)


def test_a_disclosed_30_day_reference_is_what_the_discount_is_taken_from(check) -> None:
    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [_OFFERS],
            "products": [{"id": "tin", "name": "Harbor Tin", "list_price": 20, "currency": "EUR"}],
            "offers": [
                {
                    "id": "tin-10",
                    "name": "Harbor Tin -10 %",
                    "terms": "-10 % on the Harbor Tin. Reference price: 16,00 €, the lowest "
                    "price of the 30 days before the offer, so 14,40 € after the discount.",
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "channels": ["email"],
                    "products": ["tin"],
                    "valid_from": "2026-11-01",
                    "valid_until": "2026-12-31",
                }
            ],
        },
        source="test",
    )
    reference = (
        " Reference price: 16,00 €, the lowest price of the 30 days before the offer, so "
        "14,40 € after the discount."
    )
    for body, fires in (
        ("The Harbor Tin at -10 %: 18,00 € instead of 20,00 €." + reference, True),
        ("The Harbor Tin at -10 %: 14,40 €." + reference, False),
        ("The Harbor Tin at -10 %: 18,00 € instead of 20,00 €.", False),  # no reference given
    ):
        verdict = check(pack, channel="email", body=body, offer_id="tin-10")
        wrong = [v for v in verdict.violations if "lowest price of the last 30" in v.message]
        assert bool(wrong) is fires, (body, verdict.violations)


def test_a_count_of_a_thing_the_offer_never_mentions_is_no_changed_term() -> None:
    words = _word_keys("Welcome Box for $9.99 (usually $14.99). Once per account.")
    box = "The Welcome Box is $9.99 (usually $14.99): 250 beans and a mug."
    assert counted_figures(box, words) == {250.0}
    assert counted_figures("Welcome Box for $9.99, then 2 per account.", words) == set()
    assert counted_figures("Save on 3 boxes for 14 days.", words) == set()  # the offer's noun
    assert counted_figures("Get $300 credit by 31.12.2026.", words) == set()  # a price


def test_an_offer_on_some_products_is_not_said_of_any_one(check) -> None:
    offer = {
        "id": "grinder-15",
        "name": "15% off the Quay Grinder",
        "terms": "15% off the Quay Grinder this week. One per customer; paid as store credit.",
        "disclosure": "One per customer; paid as store credit.",
        "discount_type": "percent",
        "discount_amount": 15,
        "channels": ["email"],
        "products": ["quay"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "products": _MACHINES, "offers": [offer]},
        source="test",
    )
    tail = " One per customer; paid as store credit."
    for body, fires in (
        ("Take 15% off any machine this week." + tail, True),
        ("15% off everything this week." + tail, True),
        ("15% off every Quay grinder this week." + tail, False),  # the offer's own noun
        ("15% off the Quay Grinder this week." + tail, False),
    ):
        verdict = check(pack, channel="email", body=body, offer_id="grinder-15")
        wide = [v for v in verdict.violations if "is said of" in v.message]
        assert bool(wide) is fires, (body, verdict.violations)


def test_a_basket_code_needs_no_prior_price_line(check) -> None:
    prior = {
        "id": "prior-price",
        "kind": "disclosure",
        "description": "Every price reduction gives the lowest price of the 30 days before.",
        "rationale": "EU price indication",
        "source": "test suite",
        "params": {
            "triggers": [r"[-−]\s?\d{1,2}\s?%"],
            "required_any": ["the lowest price of the last 30 days"],
        },
    }

    def offer(oid: str, min_spend: float | None) -> dict[str, Any]:
        return {
            "id": oid,
            "name": f"-10 % {oid}",
            "terms": "-10 % with code TEN10.",
            "discount_type": "percent",
            "discount_amount": 10,
            "min_spend": min_spend,
            "currency": "EUR",
            "code": "TEN10",
            "channels": ["email"],
            "valid_from": "2026-11-01",
            "valid_until": "2026-12-31",
        }

    pack = parse_pack(
        {
            "brand": BRAND,
            "rules": [prior],
            "offers": [offer("basket", 60), offer("tins", None)],
        },
        source="test",
    )
    for offer_id, body, fires in (
        ("basket", "-10 % on your online order from 60 € with code TEN10.", False),
        ("tins", "-10 % on every tin with code TEN10.", True),  # a product reduction
        ("basket", "-20 % on every tin this week.", True),  # not the basket code's figure
    ):
        verdict = check(pack, channel="email", body=body, offer_id=offer_id)
        assert ("prior-price" in verdict.fired_rule_ids) is fires, (body, verdict.violations)


def test_a_price_net_of_a_later_rebate_is_not_a_now_price(check) -> None:
    offer = {
        "id": "quay-rebate",
        "name": "Quay Grinder: $270 after $30 mail-in rebate",
        "terms": "Quay Grinder: $270 after $30 mail-in rebate. You pay $300 at checkout.",
        "disclosure": "You pay $300 at checkout.",
        "discount_type": "amount",
        "discount_amount": 30,
        "currency": "USD",
        "channels": ["email"],
        "products": ["quay"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "products": _MACHINES, "offers": [offer]},
        source="test",
    )
    tail = " You pay $300 at checkout."
    for body, fires in (
        ("The Quay Grinder, now just $270!" + tail, True),
        ("The Quay Grinder: $270 after $30 mail-in rebate." + tail, False),
    ):
        verdict = check(pack, channel="email", body=body, offer_id="quay-rebate")
        later = [v for v in verdict.violations if "rebate paid later" in v.message]
        assert bool(later) is fires, (body, verdict.violations)
