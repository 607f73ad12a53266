"""The recipient's own phone number in copy is one finding, not two.

A shipping notice of a courier invented here gives the recipient's mobile number in its subject.
The number is both a phone number and the recipient's own: the guardrail reported it twice, on
the same words, which a reviewer reads as two problems. It is one, the more telling reading.
"""

from __future__ import annotations

from compliance_helpers import DAY, NOON_UTC, build_pack, rule

from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.message import RecipientDetails


def _messages_of(subject: str, phone: str | None) -> list[str]:
    engine = RuleEngine(build_pack([rule("pii", "personal_data", {})]))
    recipient = RecipientDetails(phone=phone) if phone else None
    message = Message(
        channel="email",
        subject=subject,
        body="Your parcel is on its way.",
        send_time=NOON_UTC,
        recipient=recipient,
    )
    return [v.message for v in engine.check(message, as_of=DAY).violations if v.rule_id == "pii"]


def test_the_recipients_number_is_reported_once_as_theirs() -> None:
    found = _messages_of("Texts go to +44 7700 900 123 from today", "+447700900123")
    assert len(found) == 1
    assert "recipient's phone number" in found[0]


def test_another_number_is_still_a_phone_number() -> None:
    found = _messages_of("Texts go to +44 7700 900 123 from today", "+447700900456")
    assert len(found) == 1
    assert "a phone number" in found[0]
