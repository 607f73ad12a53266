"""Urgency: an offer ending in the small hours, and a countdown to a date (issue 17, set 12).

A made-up brand, "Ormsby Night Ferries" (late ferries across a bay), in code.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

FOOTER = (
    "\n\nOrmsby Night Ferries Ltd., 3 Quay Street, Duluth, MN 55802. "
    "Unsubscribe: https://ormsby.example/unsubscribe"
)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Ormsby Night Ferries",
                "legal_name": "Ormsby Night Ferries Ltd.",
                "postal_address": "3 Quay Street, Duluth, MN 55802",
                "channels": ["email", "push"],
                "default_time_zone": "America/Chicago",
                "website_domains": ["ormsby.example"],
            },
            "offers": [
                {
                    "id": "late-3",
                    "name": "$3 off a late crossing with code LATE3",
                    "terms": "Code LATE3: $3 off one crossing booked 8:00 pm Mar 5-5:00 am Mar 6.",
                    "discount_type": "amount",
                    "discount_amount": 3,
                    "currency": "USD",
                    "code": "LATE3",
                    "channels": ["email", "push"],
                    "valid_from": "2027-03-05",
                    "valid_until": "2027-03-06",
                    "ends_at": "05:00",
                }
            ],
            "rules": [
                {
                    "id": "urgency",
                    "kind": "urgency",
                    "description": "Urgency only when true.",
                    "rationale": "False urgency.",
                    "source": "FTC Act 5",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, sent: datetime, **fields: Any) -> set[str]:
    fields.setdefault("channel", "email")
    message = Message(body=body, send_time=sent, **fields)
    return set(RuleEngine(_pack()).check(message).fired_rule_ids)


TONIGHT = "Tonight only: $3 off your late crossing with code LATE3." + FOOTER


def test_tonight_only_for_an_offer_ending_in_the_small_hours() -> None:
    """The offer runs to 05:00 the next day: "tonight only" is true on its evening."""
    evening = datetime(2027, 3, 6, 0, 0, tzinfo=UTC)  # 18:00 Mar 5 in Chicago
    after_midnight = datetime(2027, 3, 6, 7, 30, tzinfo=UTC)  # 01:30 Mar 6, before the end
    day_before = datetime(2027, 3, 5, 0, 0, tzinfo=UTC)  # 18:00 Mar 4
    assert "urgency" not in _fired(TONIGHT, evening, offer_id="late-3")
    assert "urgency" not in _fired(TONIGHT, after_midnight, offer_id="late-3")
    assert "urgency" in _fired(TONIGHT, day_before, offer_id="late-3")


def test_countdown_to_a_date_that_sells_nothing() -> None:
    """ "Countdown to May 1" with no offer counts down to a beginning, not an offer's end."""
    sent = datetime(2027, 1, 20, 18, 0, tzinfo=UTC)
    body = "Summer crossings run May 1 to October 31, 2027."
    push = {"channel": "push", "subject": "Countdown to May 1"}
    assert "urgency" not in _fired(body, sent, **push)
    selling = {"channel": "push", "subject": "Countdown to May 1: book now"}
    assert "urgency" in _fired(body, sent, **selling)
    assert "urgency" in _fired(body, sent, channel="push", subject="Countdown is on")
