"""Twelfth-blind-set causes in disclosures (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand), with a small catalogue and offers added here.
"""

from __future__ import annotations

import re
from typing import Any

from compliance_helpers import BRAND, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.offer_benefits import offer_benefit
from nextbest.tools.compliance.period_ordinals import period_ordinal
from nextbest.tools.compliance.reward_amounts import reward_amount

BOX_PRICE = rule(
    "box-price",
    "disclosure",
    {
        "trigger_products": ["box"],
        "trigger_prices": ["any"],
        "prices_of_products": True,
        "required_any": ["Box prices include shipping within the US."],
    },
)
CREDITS = rule(
    "credits-line",
    "disclosure",
    {
        "trigger_phrases": ["bean credits"],
        "required_any": ["Bean credits have no cash value."],
    },
)
PRODUCTS: list[dict[str, Any]] = [
    {"id": "box", "name": "Cold Brew Box", "category": "subscription"},
    {
        "id": "grinder",
        "name": "Burr Grinder Stand",
        "list_price": 14.5,
        "currency": "USD",
        "category": "accessory",
    },
    {"id": "roast", "name": "Harbour Roast", "category": "roast"},
]
OFFERS: list[dict[str, Any]] = [
    {
        "id": "refer-8",
        "name": "Give $8, get $8",
        "terms": "Your friend gets $8 off a first Cold Brew Box; you get $8 in bean credits.",
        "discount_type": "amount",
        "discount_amount": 8,
        "currency": "USD",
        "disclosure": "Friend's first box only. You get $8 in bean credits after their order.",
        "channels": ["email", "sms", "push"],
        "products": ["box"],
    }
]


def _pack(*rules: dict[str, Any]) -> BrandPack:
    return parse_pack(
        {"brand": BRAND, "rules": list(rules), "products": PRODUCTS, "offers": OFFERS},
        source="test",
    )


def test_money_given_and_received_in_a_referral_is_no_product_price(check) -> None:
    verdict = check(
        _pack(BOX_PRICE),
        channel="email",
        subject="Give $8, get $8",
        body="Share your Cold Brew Box link: give $8, get $8 this spring.",
        offer_id="refer-8",
    )
    assert "box-price" not in fired(verdict), verdict.violations


def test_a_price_after_get_that_qualifies_a_noun_is_still_a_price(check) -> None:
    verdict = check(
        _pack(BOX_PRICE),
        channel="email",
        subject="Cold Brew Box week",
        body="Get $9 Cold Brew Boxes all week.",
    )
    assert "box-price" in fired(verdict), verdict.violations


def test_the_cap_of_a_reduction_is_no_product_price(check) -> None:
    verdict = check(
        _pack(BOX_PRICE),
        channel="email",
        subject="Half off",
        body="Get 50% off your first Cold Brew Box, up to $12, with code HALF.",
    )
    assert "box-price" not in fired(verdict), verdict.violations


def test_reward_amount_reads_credit_balances_and_caps() -> None:
    text = "Earn up to $80 in bean credits a year."
    assert reward_amount(text, text.index("$80"), text.index("$80") + 3)
    text = "A Cold Brew Box is $24 a month."
    assert not reward_amount(text, text.index("$24"), text.index("$24") + 3)
    text = "Save 20% on beans, max $15."
    assert reward_amount(text, text.index("$15"), text.index("$15") + 3)


def test_an_amount_offer_given_as_credit_is_a_credit_offer(check) -> None:
    pack = _pack(CREDITS)
    body = "Friend's first box only. Share your link today."
    verdict = check(pack, channel="push", subject="Give $8, get $8", body=body, offer_id="refer-8")
    assert "credits-line" in fired(verdict), verdict.violations
    body += " Bean credits have no cash value."
    verdict = check(pack, channel="push", subject="Give $8, get $8", body=body, offer_id="refer-8")
    assert "credits-line" not in fired(verdict), verdict.violations


def test_offer_benefit_reads_only_the_offers_own_amount() -> None:
    from nextbest.tools.compliance.kinds.disclosure import literal_phrase

    words = [re.compile(literal_phrase("bean credits"))]
    offer = _pack(CREDITS).offers[0]
    assert offer_benefit(offer, words) == "bean credits"
    other = offer.model_copy(
        update={"terms": "$8 off a first Cold Brew Box. Not valid with bean credits."}
    )
    assert offer_benefit(other, words) is None


def test_another_products_list_price_beside_a_trigger_product_is_not_its_price(check) -> None:
    verdict = check(
        _pack(BOX_PRICE),
        channel="email",
        subject="Brew at home",
        body="The Cold Brew Box sits neatly on a Burr Grinder Stand ($14.50).",
    )
    assert "box-price" not in fired(verdict), verdict.violations


def test_a_first_counted_within_a_period_is_no_first_time(check) -> None:
    welcome = rule(
        "welcome-line",
        "disclosure",
        {"trigger_phrases": ["first order"], "required_any": ["New customers only."]},
    )
    pack = _pack(welcome)
    body = "Your first order of the month ships free, the second at half price."
    verdict = check(pack, channel="email", subject="Monthly perks", body=body)
    assert "welcome-line" not in fired(verdict), verdict.violations
    verdict = check(pack, channel="email", subject="Welcome", body="Your first order ships free.")
    assert "welcome-line" in fired(verdict), verdict.violations


def test_period_ordinal_needs_first_and_a_period() -> None:
    text = "your first order each week"
    assert period_ordinal(text, 5, 16)
    text = "your second order of the week"
    assert not period_ordinal(text, 5, 17)


def test_a_short_name_opening_another_proper_name_is_not_the_product(check) -> None:
    origin = rule(
        "origin-line",
        "disclosure",
        {"trigger_products": ["roast"], "required_any": ["Harbour Roast beans are from Peru."]},
    )
    pack = _pack(origin)
    body = "Our Harbour Street café has moved next to the old ferry pier."
    verdict = check(pack, channel="email", subject="We moved", body=body)
    assert "origin-line" not in fired(verdict), verdict.violations
    body = "Harbour is back in stock this week."
    verdict = check(pack, channel="email", subject="Back in stock", body=body)
    assert "origin-line" in fired(verdict), verdict.violations


def test_an_earned_amount_is_the_subject_of_a_rule_about_pay(check) -> None:
    pay = rule(
        "pay-line",
        "disclosure",
        {"trigger_prices": ["any"], "required_any": ["Amounts depend on hours worked."]},
        description="A dollar amount of barista compensation carries the hours line.",
    )
    verdict = check(
        _pack(pay), channel="email", subject="Join us", body="Baristas earn up to $40 a shift."
    )
    assert "pay-line" in fired(verdict), verdict.violations
    other = rule(
        "price-line",
        "disclosure",
        {"trigger_prices": ["any"], "required_any": ["Prices include tax."]},
        description="A price carries the tax line.",
    )
    verdict = check(
        _pack(other), channel="email", subject="Join us", body="Baristas earn up to $40 a shift."
    )
    assert "price-line" not in fired(verdict), verdict.violations


def test_a_product_line_quoted_then_departed_from_is_not_the_line(check) -> None:
    warning = rule(
        "caffeine-warning",
        "disclosure",
        {
            "trigger_products": ["box"],
            "required_any": [
                "High caffeine content: not recommended for children or pregnant or "
                "breastfeeding women."
            ],
        },
    )
    pack = _pack(warning)
    older = (
        "Meet the Cold Brew Box. High caffeine content: not recommended for children "
        "or pregnant women."
    )
    verdict = check(pack, channel="email", subject="New", body=older)
    assert "caffeine-warning" in fired(verdict), verdict.violations
    exact = (
        "Meet the Cold Brew Box. High caffeine content: not recommended for children or "
        "pregnant or breastfeeding women."
    )
    verdict = check(pack, channel="email", subject="New", body=exact)
    assert "caffeine-warning" not in fired(verdict), verdict.violations


def test_a_line_reached_by_words_may_still_be_restated(check) -> None:
    terms = rule(
        "loyalty-terms",
        "disclosure",
        {
            "trigger_phrases": ["loyalty stamps"],
            "required_any": [
                "Loyalty stamps expire after twelve months and cannot be exchanged for cash."
            ],
        },
    )
    body = (
        "Collect loyalty stamps with every cup. Stamps expire after twelve months; they "
        "cannot be exchanged for cash."
    )
    verdict = check(_pack(terms), channel="email", subject="Stamps", body=body)
    assert "loyalty-terms" not in fired(verdict), verdict.violations
