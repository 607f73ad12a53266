"""A trigger word inside a product's name in the offer's name (issue 17, set 22).

Pelorus Mobile, a phone network invented for these tests, must say its fair-use line whenever
copy says "limitless". Its offer "Switch to Limitless 40 for £20 a month" names a plan whose
name holds the word. A message carrying the offer but never naming the plan was read as a
"limitless" offer and blocked for want of the fair-use line; copy that names the plan still
needs it, and an offer whose own kind is the word still does too.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 9)
_LINE = "Fair use: after 100GB, speeds drop to 2Mbps."


def _offer(offer_id: str, name: str) -> dict[str, object]:
    return {
        "id": offer_id,
        "name": name,
        "terms": f"{name}. New customers only, until 28 February 2027.",
        "discount_type": "none",
        "channels": ["email"],
        "valid_from": "2027-02-01",
        "valid_until": "2027-02-28",
    }


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Pelorus Mobile", "en-GB", "Europe/London"),
            "rules": [
                rule(
                    "fair-use",
                    "disclosure",
                    {"trigger_phrases": ["limitless"], "required_any": [_LINE]},
                )
            ],
            "products": [
                {"id": "l40", "name": "Limitless 40", "list_price": 40, "currency": "GBP"},
            ],
            "offers": [
                _offer("switch", "Switch to Limitless 40 for £20 a month"),
                _offer("weekend", "A limitless weekend for every customer"),
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Come over to Pelorus",
        body=body,
        send_time=datetime(2027, 2, 9, 10, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_an_offer_naming_the_plan_is_not_a_limitless_offer() -> None:
    assert "fair-use" not in _fired("Bring your number and pay less each month.", "switch")


def test_copy_naming_the_plan_still_needs_the_line() -> None:
    assert "fair-use" in _fired("Switch to Limitless 40 and pay less each month.", "switch")


def test_an_offer_of_the_kind_still_needs_the_line() -> None:
    assert "fair-use" in _fired("This weekend, browse all you like.", "weekend")
