"""A privative "X free" written with a space is no free offer (issue 17, set 14).

The brand is Larkspur Decking, invented for these tests. Its offers rule wants every "free" in
copy to belong to an approved offer. "Composite boards, maintenance free" says the boards need
no maintenance (like "maintenance-free" with its hyphen): nothing is given free. A "free" that
gives a thing ("fitting free this month", "free maintenance kit") is still promotional wording.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


def _pack() -> BrandPack:
    brand = {
        "name": "Larkspur Decking",
        "legal_name": "Larkspur Decking Ltd",
        "postal_address": "9 Mill Lane, Ludlow SY8 1AB",
        "sender_addresses": {"sms": "Larkspur"},
        "channels": ["sms"],
        "default_time_zone": "Europe/London",
        "website_domains": ["larkspur.example"],
    }
    offers_rule = {
        "id": "offers",
        "kind": "offer_terms",
        "description": "Promotions must be approved offers.",
        "rationale": "tests",
        "source": "test suite",
        "params": {"require_offer_id": True},
    }
    return parse_pack({"brand": brand, "rules": [offers_rule]}, source="test")


def _blocks(body: str) -> bool:
    message = Message(channel="sms", body=body, send_time=datetime(2027, 3, 10, 11, 0))
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 3, 10))
    return any(v.rule_id == "offers" for v in verdict.violations)


def test_spaced_privative_free_is_no_offer() -> None:
    for body in (
        "Larkspur: composite boards, £95 a square metre. Rot free, maintenance free.",
        "Larkspur: decking that stays upkeep free for years. Reply STOP to opt out",
    ):
        assert not _blocks(body), body


def test_free_thing_still_needs_an_offer() -> None:
    for body in (
        "Larkspur: composite boards, fitting free this month. Reply STOP to opt out",
        "Larkspur: a free maintenance kit with every deck. Reply STOP to opt out",
    ):
        assert _blocks(body), body
