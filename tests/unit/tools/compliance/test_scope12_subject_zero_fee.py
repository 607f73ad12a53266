"""A subject's "free <thing>" is kept by a body that charges nothing for that thing.

A made-up brand, "Pindle Laundry" (laundry pick-up), in code.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

SENT = datetime(2027, 2, 3, 17, 0, tzinfo=UTC)
FOOTER = "\n\nPindle Laundry LLC, 5 Mill St, Boise, ID 83702. Unsubscribe: https://pindle.example/u"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Pindle Laundry",
                "legal_name": "Pindle Laundry LLC",
                "postal_address": "5 Mill St, Boise, ID 83702",
                "channels": ["email"],
                "default_time_zone": "America/Boise",
            },
            "rules": [
                {
                    "id": "subject-match",
                    "kind": "subject_honesty",
                    "description": "Subjects promise only what the message gives.",
                    "rationale": "Deceptive subjects.",
                    "source": "CAN-SPAM",
                }
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    message = Message(channel="email", subject=subject, body=body + FOOTER, send_time=SENT)
    return set(RuleEngine(_pack()).check(message).fired_rule_ids)


def test_a_zero_fee_gives_its_thing_free() -> None:
    """ "Free pick-up" above "a $0 pick-up fee" or "no pick-up fee"; not above another fee."""
    assert "subject-match" not in _fired("Free pick-up", "Members pay a $0 pick-up fee.")
    assert "subject-match" not in _fired("Free pick-up", "Members pay no pick-up fee.")
    assert "subject-match" in _fired("Free pick-up", "Members pay no hidden fees.")
    assert "subject-match" in _fired("Free pick-up", "Members pay a $0 ironing fee.")
