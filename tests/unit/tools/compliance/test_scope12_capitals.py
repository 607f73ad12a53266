"""Capitals: a call to action in short capital words shouts; a banned name's capitals do not.

A made-up brand, "Wrenfield Tutors" (online tutoring), in code; its rival is written "ZENTRA".
"""

from __future__ import annotations

from datetime import UTC, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

SENT = datetime(2027, 2, 3, 17, 0, tzinfo=UTC)
END = " Reply STOP to opt out, HELP for help."


def _pack() -> BrandPack:
    base = {"rationale": "voice", "source": "voice guide"}
    return parse_pack(
        {
            "brand": {
                "name": "Wrenfield Tutors",
                "legal_name": "Wrenfield Tutors Inc.",
                "postal_address": "8 Elm Row, Albany, NY 12207",
                "channels": ["sms"],
                "default_time_zone": "America/New_York",
            },
            "rules": [
                {"id": "caps", "kind": "capitals", "description": "No shouting.", **base},
                {
                    "id": "rivals",
                    "kind": "case_sensitive_term",
                    "description": "Never name rivals.",
                    "params": {"terms": ["ZENTRA"]},
                    **base,
                },
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(channel="sms", body=body + END, send_time=SENT)
    return set(RuleEngine(_pack()).check(message).fired_rule_ids)


def test_a_call_to_action_in_short_capital_words_shouts() -> None:
    """ "LOG IN" and "SET UP" are two short words, but one shouted call."""
    assert "caps" in _fired("Wrenfield: your lessons are saved. LOG IN to continue.")
    assert "caps" in _fired("Wrenfield: SET UP your study plan today.")
    assert "caps" not in _fired("Wrenfield: your lessons are saved. Log in to continue.")
    assert "caps" not in _fired("Wrenfield: your AP and SAT lessons are saved.")


def test_a_name_banned_in_its_casing_is_not_shouting() -> None:
    """The rival's name is the term rule's finding, not a capitals one."""
    fired = _fired("Wrenfield: switching from ZENTRA? Your first lesson is on us.")
    assert "rivals" in fired
    assert "caps" not in fired
