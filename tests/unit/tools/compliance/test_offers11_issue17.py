"""Offer and disclosure causes found on the eleventh development set (issue 17, helper offers11).

The brands are built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

from typing import Any

import pytest
from compliance_helpers import BRAND

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import Offer
from nextbest.tools.compliance.offer_own_price import offer_price_of_other_products
from nextbest.tools.compliance.offer_paraphrase import worded_figures
from nextbest.tools.compliance.prior_price import is_prior_price_wording

_OFFERS = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved.",
    "rationale": "tests",
    "source": "test suite",
    "params": {},
}

_TASTING = {
    "id": "first-tasting",
    "name": "Free first tasting for new members",
    "terms": "A free guided tasting for new members.",
    "discount_type": "free_gift",
    "channels": ["email", "sms"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
    "disclosure": "New members only; one guided tasting per household; other drinks at menu price.",
}


def test_a_count_written_as_a_word_is_a_figure_of_the_offer() -> None:
    assert worded_figures("One accessible sink; two visits per year.") == {1.0, 2.0}
    assert worded_figures("Main lines excluded.") == set()


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (
            "A free guided tasting for new members. New members only; 1 guided tasting per "
            "household; other drinks at menu price.",
            False,
        ),
        (
            "A free guided tasting for new members. New members only; 2 guided tastings per "
            "household; other drinks at menu price.",
            True,
        ),
    ],
)
def test_digits_for_the_offers_number_word_change_no_term(check, body: str, fires: bool) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [_TASTING]}, source="test")
    verdict = check(pack, channel="email", body=body, offer_id="first-tasting")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_channel_form_of_the_disclosure_gives_the_offers_figures_too(check) -> None:
    offer = {
        **_TASTING,
        "disclosure": "New members only. Decaf blends excluded from the tasting menu.",
        "disclosure_by_channel": {"sms": "3 cups max, decaf excluded."},
    }
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [offer]}, source="test")
    body = "Northwind: a free guided tasting for new members. 3 cups max, decaf excluded."
    verdict = check(pack, channel="sms", body=body, offer_id="first-tasting")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


def test_a_standing_free_service_beside_an_offer_is_no_term_of_the_offer(check) -> None:
    offer = {
        "id": "beans-5",
        "name": "$5 off any bag of beans",
        "terms": "$5 off any bag of beans.",
        "discount_type": "amount",
        "discount_amount": 5,
        "currency": "USD",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    standing = [{"id": "flights", "text": "Free tasting flights at every Northwind cafe."}]
    body = "$5 off any bag of beans. While you are in, ask for a free tasting flight."
    pack = parse_pack(
        {"brand": BRAND, "rules": [_OFFERS], "offers": [offer], "standing_statements": standing},
        source="test",
    )
    verdict = check(pack, channel="email", body=body, offer_id="beans-5")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [offer]}, source="test")
    verdict = check(pack, channel="email", body=body, offer_id="beans-5")
    assert "offers" in verdict.fired_rule_ids


def test_a_prior_price_wording_may_name_a_web_address() -> None:
    assert is_prior_price_wording(
        ["Reduction on the lowest price charged on northwind.coffee in the 30 days before it."]
    )
    assert not is_prior_price_wording(["Prices include VAT. Sale ends in 30 days."])


def test_a_share_of_a_daily_intake_needs_no_prior_price_line(check) -> None:
    rule = {
        "id": "prior-price",
        "kind": "disclosure",
        "description": "Reductions state the lowest price of the last 30 days.",
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "trigger_prices": ["percent"],
            "required_any": [
                "Reduction on the lowest price charged on northwind.coffee in the 30 days "
                "before it."
            ],
        },
    }
    pack = parse_pack({"brand": BRAND, "rules": [rule]}, source="test")
    body = "Cold Brew Tonic: one can gives 30 % of the daily reference intake of vitamin C."
    verdict = check(pack, channel="email", body=body)
    assert "prior-price" not in verdict.fired_rule_ids, verdict.violations
    verdict = check(pack, channel="email", body="All cold brews -30 % this week.")
    assert "prior-price" in verdict.fired_rule_ids


def _gift(**changes: Any) -> Offer:
    data: dict[str, Any] = {
        "id": "gift-49",
        "name": "Give a year of Bean Club for $49",
        "terms": "A one-time payment of $49 for a year of Bean Club; gifts do not renew.",
        "discount_type": "price",
        "discount_amount": 49,
        "currency": "USD",
        "products": ["gift"],
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
        **changes,
    }
    return Offer.model_validate(data)


def test_the_offers_fixed_price_belongs_to_its_own_products() -> None:
    club = frozenset({"club"})
    assert offer_price_of_other_products(_gift(), club, "$49")
    assert not offer_price_of_other_products(_gift(), club, "$59")
    assert not offer_price_of_other_products(_gift(products=["club"]), club, "$49")
    assert not offer_price_of_other_products(None, club, "$49")
    assert not offer_price_of_other_products(
        _gift(discount_type="amount", discount_amount=49), club, "$49"
    )


def test_a_gift_price_needs_no_renewal_line_of_the_plan_it_gives(check) -> None:
    products = [
        {"id": "club", "name": "Bean Club", "list_price": 9, "currency": "USD"},
        {"id": "gift", "name": "Gift membership", "list_price": 99, "currency": "USD"},
    ]
    renewal = {
        "id": "renewal-line",
        "kind": "disclosure",
        "description": "A club price carries the renewal terms.",
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "trigger_products": ["club"],
            "trigger_prices": ["any"],
            "prices_of_products": True,
            "required_any": ["Bean Club renews every month until you cancel."],
        },
    }
    offer = _gift().model_dump(mode="json", exclude_none=True)
    pack = parse_pack(
        {"brand": BRAND, "rules": [renewal], "products": products, "offers": [offer]},
        source="test",
    )
    verdict = check(
        pack, channel="email", body="Give a year of Bean Club for $49.", offer_id="gift-49"
    )
    assert "renewal-line" not in verdict.fired_rule_ids, verdict.violations
    verdict = check(pack, channel="email", body="Bean Club is $9 a month.", offer_id="gift-49")
    assert "renewal-line" in verdict.fired_rule_ids


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (
            "If it stops being fun, free and confidential help is available at 1-800-555-0100.",
            False,
        ),
        ("Call our free, anonymous support line any time: 1-800-555-0100.", False),
        ("A free helpline for carers is open every evening.", False),
        ("Free confidential advice when you book a tasting this week.", True),
    ],
)
def test_free_confidential_help_or_a_help_line_is_no_promotion(check, body, fires) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Our Espresso Course starts at $120 and includes a tasting.", True),
        ("Espresso Course prices begin at $120.", True),
        ("The Espresso Course is $120.", False),
    ],
)
def test_a_starting_price_of_any_category_needs_the_from_price_line(check, body, fires) -> None:
    products = [
        {
            "id": "course",
            "name": "Espresso Course",
            "list_price": 120,
            "currency": "USD",
            "category": "course",
        },
        {
            "id": "beans",
            "name": "House Beans",
            "list_price": 18,
            "currency": "USD",
            "category": "coffee",
        },
    ]
    rule = {
        "id": "from-price",
        "kind": "disclosure",
        "description": "A from-price carries the final-price line.",
        "rationale": "tests",
        "source": "test suite",
        "params": {
            "trigger_prices": ["from"],
            "required_any": ["Final price depends on the coffee you choose."],
        },
    }
    pack = parse_pack({"brand": BRAND, "rules": [rule], "products": products}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("from-price" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("A new espresso machine for just $45 a month. Ask about financing!", True),
        ("Spread the cost with small monthly payments over 24 months.", True),
        ("Pay over time with Northwind financing.", False),
        (
            "A new espresso machine for just $45 a month. 0% APR for 24 months on machines of "
            "$1,080 or more, with approved credit. 24 equal monthly payments required.",
            False,
        ),
    ],
)
def test_a_credit_figure_of_a_financing_offer_needs_its_disclosure(check, body, fires) -> None:
    offer = {
        "id": "machine-credit",
        "name": "0% APR for 24 months on espresso machines",
        "terms": "0% APR for 24 months on machines of $1,080 or more, with approved credit.",
        "discount_type": "none",
        "apr": 0,
        "term_months": 24,
        "monthly_payment": 45,
        "currency": "USD",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
        "disclosure": (
            "0% APR for 24 months on machines of $1,080 or more, with approved credit. "
            "24 equal monthly payments required."
        ),
    }
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [offer]}, source="test")
    verdict = check(pack, channel="email", body=body, offer_id="machine-credit")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("$15 off any grinder this week.", False),
        ("Save $15 on any grinder.", False),
        ("The Burr Grinder is $120.", True),
    ],
)
def test_an_amount_off_is_no_price_under_the_any_price_shape(check, body, fires) -> None:
    rule = {
        "id": "tax-line",
        "kind": "disclosure",
        "description": "An e-mail that states a price says prices include sales tax.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"trigger_prices": ["any"], "required_any": ["All prices include sales tax."]},
    }
    pack = parse_pack({"brand": BRAND, "rules": [rule]}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("tax-line" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("subject", "fires"),
    [
        ("Your $2 a week offer is inside", True),
        ("The $2/wk deal ends soon", True),
        ("Bean Club is $9 a month", False),
    ],
)
def test_a_price_named_as_an_offer_is_a_promotion(check, subject, fires) -> None:
    products = [{"id": "club", "name": "Bean Club", "list_price": 9, "currency": "USD"}]
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS], "products": products}, source="test")
    verdict = check(pack, channel="email", subject=subject, body="Five new roasts this week.")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Switch to our Heat Recovery Kettle and save 30% on your energy bills.", False),
        ("Cut heating costs by 25% with a smarter boiler.", False),
        ("Save 30% on descaling visits this week.", True),
    ],
)
def test_a_share_saved_on_running_costs_is_no_discount(check, body, fires) -> None:
    pack = parse_pack({"brand": BRAND, "rules": [_OFFERS]}, source="test")
    verdict = check(pack, channel="email", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations
