"""Service messages and the marketing rules a rulebook waives for them (issue 17, set 18).

The brand is Larchmoor Ferries, invented for these tests. Its rulebook keeps marketing SMS out
of quiet hours and sends marketing only with opt-in, but a sailing-cancelled notice goes out
at any hour to every passenger booked. The pack marks its quiet-hours and consent rules
``service_exempt``; a message marked ``service`` is then not held to them. A marketing message
at the same hour still blocks, a service message is still held to every rule not so marked,
and a rule not marked still applies to service messages.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.pack_entries import HASH_NEUTRAL_RULE_FIELDS, content_hash
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message

_BODY = "Larchmoor Ferries: the 06:10 sailing to Skerrow is cancelled. Rebook free in the app."


def _rule(rule_id: str, kind: str, params: dict[str, Any], exempt: bool) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "channels": ["sms"],
        "description": "tests",
        "rationale": "tests",
        "source": "test suite",
        "params": params,
    }
    if exempt:
        rule["service_exempt"] = True
    return rule


def _pack(exempt: bool = True) -> BrandPack:
    brand = {
        "name": "Larchmoor Ferries",
        "legal_name": "Larchmoor Ferries Ltd",
        "postal_address": "Pier Road, Oban PA34 4DB",
        "sender_addresses": {"sms": "LARCHMOOR"},
        "channels": ["sms"],
        "default_time_zone": "Europe/London",
        "website_domains": ["larchmoor.example"],
    }
    rules = [
        _rule("sms-quiet", "quiet_hours", {"start": "21:00", "end": "08:00"}, exempt),
        _rule("sms-consent", "consent", {"required": "opt_in"}, exempt),
        _rule("no-shouting", "banned_phrase", {"phrases": ["act now"]}, False),
    ]
    return parse_pack({"brand": brand, "rules": rules}, source="test")


def _fired(pack: BrandPack, service: bool, body: str = _BODY) -> set[str]:
    message = Message(
        channel="sms",
        body=body,
        sender="LARCHMOOR",
        send_time=datetime(2027, 2, 15, 23, 30),
        recipient_time_zone="Europe/London",
        consent="none",
        service=service,
    )
    verdict = RuleEngine(pack).check(message, as_of=date(2027, 2, 15))
    return {v.rule_id for v in verdict.violations}


def test_service_message_is_not_held_to_exempt_rules() -> None:
    assert _fired(_pack(), service=True) == set()


def test_marketing_message_is_still_held_to_them() -> None:
    assert _fired(_pack(), service=False) == {"sms-quiet", "sms-consent"}


def test_rules_not_marked_apply_to_service_messages() -> None:
    assert _fired(_pack(exempt=False), service=True) == {"sms-quiet", "sms-consent"}
    assert "no-shouting" in _fired(_pack(), service=True, body=_BODY + " Act now!")


def test_field_at_its_default_keeps_the_pack_hash() -> None:
    assert "service_exempt" in HASH_NEUTRAL_RULE_FIELDS
    assert content_hash(_pack(exempt=False)) != content_hash(_pack())
