"""An SMS naming the brand by its full name is signed, whatever its short name (issue 17, set 23).

Kafe Lotos, a café invented for these tests, writes its short name in Cyrillic ("Кафе Лотос")
and its full name in Latin letters. Only the short name counted as the brand's name, so an SMS
to a customer who reads Latin script, signed with the full name, was blocked as unsigned. An
SMS naming neither is still blocked.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 5, 12)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kafe Lotos",
                "short_name": "Кафе Лотос",
                "legal_name": "Kafe Lotos d.o.o.",
                "postal_address": "Obala 4, 21000 Split",
                "sender_addresses": {"sms": "KafeLotos"},
                "channels": ["sms"],
                "default_time_zone": "Europe/Zagreb",
                "website_domains": ["kafelotos.example"],
            },
            "rules": [rule("brand", "required_element", {"element": "brand_name"})],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(channel="sms", body=body, send_time=datetime(2027, 5, 12, 9, 0))
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_full_name_signs_an_sms_as_the_short_name_does() -> None:
    assert "brand" not in _fired("Kafe Lotos: new lemon tart this week. Reply STOP to opt out.")
    assert "brand" not in _fired("Кафе Лотос: нова торта ове недеље.")


def test_an_sms_naming_neither_is_unsigned() -> None:
    assert "brand" in _fired("New lemon tart this week. Reply STOP to opt out.")
