"""A subject or CTA that repeats words the body says inside a longer offer statement (issue 17).

The brand is built in code (``compliance_helpers``); never an eval brand.
"""

from __future__ import annotations

import pytest
from compliance_helpers import BRAND

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.short_fields import echoed_in

_OFFERS = {
    "id": "offers",
    "kind": "offer_terms",
    "description": "Promotions exactly as approved, with their conditions.",
    "rationale": "tests",
    "source": "test suite",
    "params": {},
}

_CONDITIONS = (
    "One $10 credit per order over $40, March 1-31, 2027. New customers only. "
    "Cannot be combined with other offers. Shipping within the contiguous United States only; "
    "gift cards and subscriptions excluded. One use per household; while supplies last."
)

_OFFER = {
    "id": "spring-credit",
    "name": "$10 off your first bag with code SPRING10",
    "terms": f"$10 off your first bag with code SPRING10. {_CONDITIONS}",
    "discount_type": "amount",
    "discount_amount": 10,
    "currency": "USD",
    "code": "SPRING10",
    "disclosure": _CONDITIONS,
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-12-31",
}


def _pack() -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": [_OFFERS], "offers": [_OFFER]}, source="test")


def _body(opening: str) -> str:
    return (
        f"Hi Sam,\n\n{opening}\n\n{_CONDITIONS}\n\n"
        "Roasted every Tuesday in small batches and shipped the same week, so every bag "
        "reaches you within days of roasting. Questions about grinds or brewing? Reply to "
        "this email and our roasters will help.\n\n"
        "Northwind Coffee Roasters LLC, 77 Harbor Road, Unit 5, Bangor, ME 04401, USA\n"
        "Unsubscribe: https://northwind.coffee/unsubscribe"
    )


def _code_cta_verdict(check, opening: str):
    """The verdict on an e-mail whose CTA names the offer's code, below ``opening``."""
    return check(
        _pack(),
        channel="email",
        subject="$10 off your first bag",
        body=_body(opening),
        cta="Use code SPRING10",
        offer_id="spring-credit",
        links=["https://northwind.coffee"],
    )


def test_a_cta_repeating_a_code_said_inside_a_body_statement_near_its_conditions(check) -> None:
    verdict = _code_cta_verdict(
        check, "Fresh beans for spring: $10 off your first bag with code SPRING10."
    )
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


def test_a_cta_code_the_body_never_says_still_needs_its_conditions_near(check) -> None:
    verdict = _code_cta_verdict(check, "Fresh beans for spring: $10 off your first bag this month.")
    assert "offers" in verdict.fired_rule_ids, verdict.violations


@pytest.mark.parametrize(
    ("statement", "key", "echoed"),
    [
        ("use code spring10", "use code spring10", True),
        ("fresh beans 10 off your first bag with code spring10", "code spring10", True),
        ("fresh beans 10 off your first bag with code spring10", "code spring", False),
        ("after your 7 day free trial the plan renews", "free", False),
        ("free", "free", True),
    ],
)
def test_a_phrase_of_two_words_or_more_echoes_a_longer_statement(
    statement: str, key: str, echoed: bool
) -> None:
    assert echoed_in(statement, key) is echoed
