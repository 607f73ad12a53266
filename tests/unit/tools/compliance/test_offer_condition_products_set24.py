"""A product the attached offer's conditions name is not what a claim is said of (issue 17,
set 24).

Northwind Mobile, a phone network invented for these tests, sells the Orbit X2 handset in
instalments, only with its Unlimited Plus plan, and has an approved claim, for the handset,
that its instalments carry no hidden fees. Copy that quoted the instalment conditions (which
name the plan) and then the claim was read as saying the claim of the plan, the product named
nearest to it, and blocked. The plan is named by the offer's own condition; a claim said of the
plan in words of the copy's own still is said of it.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 6, 3)
_TERMS = (
    "Total cost £480, paid over 24 months at £20 a month, 0% interest. "
    "Only with the Unlimited Plus plan."
)
_CLAIM = "No hidden fees on handset instalments."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Northwind Mobile",
                "legal_name": "Northwind Mobile Ltd",
                "postal_address": "8 Quay Street, Bristol BS1 4DB",
                "sender_addresses": {"email": "news@northwind.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["northwind.example"],
            },
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {"categories": ["price"], "extra_triggers": {"price": ["hidden fees"]}},
                )
            ],
            "products": [
                {"id": "orbit", "name": "Orbit X2", "list_price": 480, "currency": "GBP"},
                {"id": "plus", "name": "Unlimited Plus", "list_price": 30, "currency": "GBP"},
            ],
            "claims": [
                {
                    "id": "no-fees",
                    "text": _CLAIM,
                    "category": "price",
                    "substantiation": "Instalment agreement template",
                    "channels": ["email"],
                    "products": ["orbit"],
                    "keywords": ["hidden fees"],
                }
            ],
            "offers": [
                {
                    "id": "orbit-instalments",
                    "name": "Orbit X2 in 24 instalments",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "none",
                    "channels": ["email"],
                    "products": ["orbit", "plus"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _violations(body: str) -> list[str]:
    message = Message(
        channel="email",
        subject="The Orbit X2 in instalments",
        body=body,
        send_time=datetime(2027, 6, 3, 8, 0),
        offer_id="orbit-instalments",
    )
    verdict = RuleEngine(_pack()).check(message, as_of=_DAY)
    return [v.code or v.rule_id for v in verdict.violations]


def test_a_claim_after_the_quoted_conditions_is_said_of_its_own_product() -> None:
    body = f"The Orbit X2 in 24 instalments.\n\n{_TERMS}\n{_CLAIM}"
    assert "claim.wrong_product" not in _violations(body)


def test_a_claim_said_of_the_plan_in_the_copys_own_words_is_out_of_scope() -> None:
    body = f"The Orbit X2 in 24 instalments.\n\n{_TERMS}\nUnlimited Plus: {_CLAIM}"
    assert "claim.wrong_product" in _violations(body)
