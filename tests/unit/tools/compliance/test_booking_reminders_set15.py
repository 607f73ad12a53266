"""A reminder of the reader's booking is no invitation to book (set 15).

Issue 17, fifteenth blind set. The brand is Quillstone Solar, a rooftop-solar installer
invented here (not the sample brand, not an eval brand) whose invitations to book a roof survey
carry the cancellation line.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.invitations import reminds_of_booking

_BRAND: dict[str, Any] = {
    "name": "Quillstone",
    "legal_name": "Quillstone Solar Ltd",
    "postal_address": "8 Forge Yard, Leeds LS1 4AB, United Kingdom",
    "sender_addresses": {"sms": "Quillstone"},
    "channels": ["sms"],
    "default_time_zone": "Europe/London",
    "website_domains": ["quillstone.example"],
}
_LINE = "You have 14 days to cancel without giving a reason."


def _pack(description: str) -> BrandPack:
    params = {"trigger_phrases": ["roof survey", "book a survey"], "required_any": [_LINE]}
    entry = rule("cancellation", "disclosure", params)
    entry["description"] = description
    return parse_pack({"brand": _BRAND, "rules": [entry]}, source="test")


def _fired(check: Any, body: str, description: str) -> set[str]:
    return fired(check(_pack(description), channel="sms", body=body))


INVITATIONS = "Invitations to book a roof survey carry the cancellation line."
MENTIONS = "Any mention of a roof survey carries the cancellation line."


def test_a_reminder_of_a_booked_survey_invites_to_nothing(check: Any) -> None:
    body = "Quillstone: reminder, your roof survey is on Tue 9 Feb at 10:00. Reply STOP to opt out"
    assert "cancellation" not in _fired(check, body, INVITATIONS)
    assert "cancellation" in _fired(check, body, MENTIONS)  # a rule about every mention
    body = "Quillstone: book your roof survey today. Reply STOP to opt out"
    assert "cancellation" in _fired(check, body, INVITATIONS)
    body = "Quillstone: your roof survey is on us this month. Reply STOP to opt out"
    assert "cancellation" in _fired(check, body, INVITATIONS)


def test_reminds_of_booking_reads_the_copula_after_your() -> None:
    text = "Your roof survey is confirmed for Friday."
    start = text.index("roof survey")
    assert reminds_of_booking(text, start, start + len("roof survey"))
    text = "Your roof survey is free."
    start = text.index("roof survey")
    assert not reminds_of_booking(text, start, start + len("roof survey"))
