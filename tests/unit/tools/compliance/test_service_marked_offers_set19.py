"""A message marked service that carries an offer is marketing (issue 17, set 19).

The brand is Brackenford Buses, invented for these tests. Its rulebook waives quiet hours and
marketing consent for service notices (a cancelled route), which the pack marks
``service_exempt``; a message marked ``service`` that carries one of its offers sells, and is
held to those rules all the same, unless a rule that keeps promotions out of such notices
already reports the offer: one fault, one finding.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


def _rule(rule_id: str, kind: str, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": rule_id,
        "kind": kind,
        "channels": ["sms"],
        "service_exempt": True,
        "description": "tests",
        "rationale": "tests",
        "source": "test suite",
        "params": params,
    }


def _pack(no_promotion: bool = False) -> BrandPack:
    brand = {
        "name": "Brackenford Buses",
        "legal_name": "Brackenford Buses Ltd",
        "postal_address": "1 Depot Lane, Brackenford BF1 2AB",
        "sender_addresses": {"sms": "BRACKENBUS"},
        "channels": ["sms"],
        "default_time_zone": "Europe/London",
        "website_domains": ["brackenford.example"],
    }
    offer = {
        "id": "week-pass",
        "name": "Week Pass deal",
        "terms": "Week Pass for £12 until 28 February 2027, bought in the app.",
        "discount_type": "price",
        "discount_amount": 12,
        "currency": "GBP",
        "channels": ["sms"],
    }
    rules = [
        _rule("sms-quiet", "quiet_hours", {"start": "21:00", "end": "08:00"}),
        _rule("sms-consent", "consent", {"required": "opt_in"}),
    ]
    if no_promotion:
        quiet = _rule("notice-no-promo", "disclosure", {"triggers": ["cancelled"]})
        quiet["params"]["no_promotion"] = True
        del quiet["service_exempt"]
        rules.append(quiet)
    return parse_pack({"brand": brand, "offers": [offer], "rules": rules}, source="test")


def _fired(body: str, offer_id: str | None, no_promotion: bool = False) -> set[str]:
    message = Message(
        channel="sms",
        body=body,
        sender="BRACKENBUS",
        send_time=datetime(2027, 2, 15, 23, 30),
        recipient_time_zone="Europe/London",
        consent="none",
        service=True,
        offer_id=offer_id,
    )
    verdict = RuleEngine(_pack(no_promotion)).check(message, as_of=date(2027, 2, 15))
    return {v.rule_id for v in verdict.violations}


def test_a_service_notice_is_not_held_to_the_waived_rules() -> None:
    assert _fired("Brackenford Buses: the 06:10 route 4 is cancelled tomorrow.", None) == set()


def test_a_service_marked_message_with_an_offer_is_held_to_them() -> None:
    body = "Brackenford Buses: Week Pass for £12 until 28 February 2027, bought in the app."
    assert _fired(body, "week-pass") >= {"sms-quiet", "sms-consent"}


def test_a_notice_carrying_the_offer_is_the_no_promotion_rules_one_finding() -> None:
    body = "Brackenford Buses: route 4 is cancelled tomorrow. Week Pass for £12 in the app."
    assert _fired(body, "week-pass", no_promotion=True) == {"notice-no-promo"}
