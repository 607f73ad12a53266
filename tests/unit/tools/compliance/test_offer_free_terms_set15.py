"""Offer wording read as the offer or the product gives it (set 15).

A CTA that repeats a word of the conditions the body carries, a "free smart <gift>", a product
whose whole list price an amount off covers, a standing interest-free term said with the line a
rule mandates for it. The brand is invented here (a home-heating retailer, "Alder Hearth");
never an eval brand.
"""

from __future__ import annotations

from typing import Any

import pytest

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.instalments import instalment_plans
from nextbest.tools.compliance.normalise import fold

_BRAND: dict[str, Any] = {
    "name": "Alder Hearth",
    "legal_name": "Alder Hearth Heating Ltd",
    "postal_address": "4 Mill Lane, Leeds LS1 4AB, United Kingdom",
    "sender_addresses": {"email": "news@alderhearth.co.uk", "push": "uk.alderhearth.app"},
    "channels": ["email", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["alderhearth.co.uk"],
}
_OFFERS_RULE = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved, with conditions nearby.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"conditions_within_chars": 120},
}
_PRODUCTS = [
    {"id": "stove-mini", "name": "Ember Mini", "list_price": 600, "currency": "GBP"},
    {"id": "stove-max", "name": "Ember Max", "list_price": 1400, "currency": "GBP"},
    {"id": "dial", "name": "Alder Dial", "aliases": ["Dial"], "list_price": 99, "currency": "GBP"},
    {"id": "spread", "name": "Alder Spread", "aliases": ["Spread"], "category": "credit"},
    {"id": "brush", "name": "Flue Brush", "list_price": 15, "currency": "GBP"},
]
_VOUCHER = {
    "id": "voucher-20",
    "name": "£20 off any Ember stove",
    "terms": "£20 off any Ember stove. Print the paper coupon at alderhearth.co.uk/coupon and "
    "hand it in at the till by 31 December 2026. One per household.",
    "discount_type": "amount",
    "discount_amount": 20,
    "currency": "GBP",
    "disclosure": "Print the paper coupon at alderhearth.co.uk/coupon and hand it in at the till "
    "by 31 December 2026. One per household.",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}
_DIAL = {
    "id": "dial-free",
    "name": "A free Alder Dial with any Ember stove, code WARMDIAL",
    "terms": "Free Alder Dial (usually £99) with any Ember stove ordered with code WARMDIAL by "
    "31 December 2026. One per household.",
    "discount_type": "free_gift",
    "code": "WARMDIAL",
    "disclosure": "Free Alder Dial (usually £99) with any Ember stove ordered with code WARMDIAL "
    "by 31 December 2026. One per household.",
    "disclosure_by_channel": {
        "push": "Code WARMDIAL: free Dial (usually £99) with an Ember stove by 31/12/26. 1 per "
        "household."
    },
    "channels": ["email", "push"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}
_GRANT = {
    "id": "grant-600",
    "name": "£600 off with the clean-air grant",
    "terms": "Clean-air grant of £600 for owners replacing an open fire. We apply for you and "
    "deduct the grant from your quote.",
    "discount_type": "amount",
    "discount_amount": 600,
    "currency": "GBP",
    "disclosure": "Clean-air grant of £600 for owners replacing an open fire. We apply for you and "
    "deduct the grant from your quote.",
    "channels": ["email"],
    "products": ["stove-mini", "stove-max"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}
_FEE_LINE = "Late fees apply: £6 for each missed payment, capped at £24."
_INTEREST_FREE = {
    "id": "interest-free-fees",
    "kind": "disclosure",
    "description": "Interest-free wording carries the late-fee line.",
    "rationale": "tests",
    "source": "test suite",
    "params": {
        "trigger_phrases": ["interest-free", "0% interest"],
        "required_any": [_FEE_LINE],
        "within_chars": 300,
    },
}


def _pack(*offers: dict[str, Any], rules: list[dict[str, Any]] | None = None) -> BrandPack:
    return parse_pack(
        {
            "brand": _BRAND,
            "rules": [_OFFERS_RULE, *(rules or [])],
            "products": _PRODUCTS,
            "offers": list(offers),
        },
        source="test",
    )


@pytest.mark.parametrize(("cta", "fires"), [("Print the coupon", False), ("Shop now", False)])
def test_a_cta_word_of_the_conditions_the_body_carries_is_near_them(
    check, cta: str, fires: bool
) -> None:
    body = (
        "£20 off any Ember stove. "
        + _VOUCHER["disclosure"]
        + "\n\nOur fitters cover the whole of Yorkshire, from the Dales to the coast, and every "
        "fitting comes with a chimney check, a carbon monoxide alarm and a written safety report."
    )
    verdict = check(_pack(_VOUCHER), channel="email", body=body, cta=cta, offer_id="voucher-20")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_cta_promotion_the_conditions_do_not_word_is_still_far_from_them(check) -> None:
    body = (
        "£20 off any Ember stove. "
        + _VOUCHER["disclosure"]
        + "\n\nOur fitters cover the whole of Yorkshire, from the Dales to the coast, and every "
        "fitting comes with a chimney check, a carbon monoxide alarm and a written safety report."
    )
    verdict = check(
        _pack(_VOUCHER), channel="email", body=body, cta="Shop the sale", offer_id="voucher-20"
    )
    assert "offers" in verdict.fired_rule_ids


@pytest.mark.parametrize(
    ("subject", "fires"),
    [
        ("Free smart Dial with your stove", False),
        ("Free smart thermostat with your stove", True),
        ("Free Flue Brush with your stove", True),
    ],
)
def test_a_free_catalogue_product_of_the_offer_may_be_described(
    check, subject: str, fires: bool
) -> None:
    body = _DIAL["disclosure_by_channel"]["push"]
    verdict = check(_pack(_DIAL), channel="push", subject=subject, body=body, offer_id="dial-free")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(("model", "fires"), [("Ember Mini", False), ("Ember Max", True)])
def test_a_product_whose_whole_price_the_amount_off_covers_is_free(
    check, model: str, fires: bool
) -> None:
    body = f"The {model} is a free stove for eligible homes. " + _GRANT["disclosure"]
    verdict = check(_pack(_GRANT), channel="email", body=body, offer_id="grant-600")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (
            f"Split a £100 order into 4 interest-free payments of £25 with Spread. {_FEE_LINE}",
            False,
        ),
        (f"Alder Spread: 10 monthly payments at 0% interest.\n\n{_FEE_LINE}", False),
        (f"This week only: 4 interest-free payments with Spread. {_FEE_LINE}", True),
        (f"That £100 order is 4 interest-free payments of £30 with Spread. {_FEE_LINE}", True),
    ],
)
def test_a_standing_credit_term_said_with_its_mandated_line_is_no_promotion(
    check, body: str, fires: bool
) -> None:
    verdict = check(_pack(rules=[_INTEREST_FREE]), channel="email", body=body)
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_credit_term_an_offer_states_still_needs_the_offer(check) -> None:
    offer = {
        "id": "spread-0",
        "name": "0% interest on Spread for 10 months",
        "terms": "0% interest on Spread for 10 months on orders over £500.",
        "discount_type": "none",
        "disclosure": "Orders over £500, 10 months, subject to status.",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-12-31",
    }
    body = f"Alder Spread: 10 monthly payments at 0% interest.\n\n{_FEE_LINE}"
    verdict = check(_pack(offer, rules=[_INTEREST_FREE]), channel="email", body=body)
    assert "offers" in verdict.fired_rule_ids


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Flue sweeps above the free allowance are billed at cost.", False),
        ("Get a free allowance of flue sweeps this winter.", True),
    ],
)
def test_a_free_term_the_standing_statements_define_is_no_gift(
    check, sentence: str, fires: bool
) -> None:
    statements = [
        {
            "id": "sweeps",
            "text": "Care plans include the yearly free allowance of two flue sweeps; extra "
            "sweeps are billed at cost.",
        }
    ]
    pack = parse_pack(
        {
            "brand": _BRAND,
            "rules": [_OFFERS_RULE],
            "products": _PRODUCTS,
            "standing_statements": statements,
        },
        source="test",
    )
    verdict = check(pack, channel="email", body=f"How our care plans work. {sentence}")
    assert ("offers" in verdict.fired_rule_ids) is fires, verdict.violations


def test_a_dollar_with_its_country_letter_is_read_in_an_instalment_plan() -> None:
    plans = instalment_plans(fold("That A$240 jacket is 4 interest-free payments of A$65.").text)
    assert [(p.count, p.value, p.interest_free) for p in plans] == [(4, 65.0, True)]
