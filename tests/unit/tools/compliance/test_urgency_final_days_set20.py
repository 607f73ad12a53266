"""Vague urgency is true in an offer's last three days; "last day" wording stays narrow.

Issue 17, set 20. Lakeshore Kites, a kite shop invented for these tests, runs a spring offer to
April 20. "Ends soon" and a brand's own "final days" wording (Spanish "últimos días") are true
in the offer's last three days (sent April 18) and false a week before. The brand's own wording
that names one day ("last day" in Spanish, "último día") stays true only on the last day or
the day before it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance_helpers import fired, rule, send_offer_sms

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Lakeshore Kites",
                "legal_name": "Lakeshore Kites LLC",
                "postal_address": "12 Dune Road, Traverse City, MI 49684, USA",
                "sender_addresses": {"sms": "44120"},
                "channels": ["sms"],
                "default_time_zone": "America/Detroit",
                "website_domains": ["lakeshorekites.example"],
            },
            "offers": [
                {
                    "id": "spring15",
                    "name": "15% off stunt kites",
                    "terms": "15% off stunt kites through April 20, 2027.",
                    "discount_type": "percent",
                    "discount_amount": 15,
                    "channels": ["sms"],
                    "valid_from": "2027-04-01",
                    "valid_until": "2027-04-20",
                }
            ],
            "rules": [
                rule(
                    "urgency",
                    "urgency",
                    {"extra_urgency": ["últimos días", "último día", "final days"]},
                )
            ],
        },
        source="test",
    )


def _send(check: Any, body: str, day: date) -> Any:
    return send_offer_sms(check, _pack(), body, "spring15", day, hour=16)


def test_vague_urgency_passes_two_days_before_the_end(check: Any) -> None:
    for body in (
        "Lakeshore Kites: Ends soon: 15% off stunt kites.",
        "Lakeshore Kites: final days of 15% off stunt kites.",
        "Lakeshore Kites: últimos días, 15% off stunt kites.",
    ):
        assert "urgency" not in fired(_send(check, body, date(2027, 4, 18))), body


def test_vague_urgency_blocks_a_week_before_the_end(check: Any) -> None:
    for body in (
        "Lakeshore Kites: Ends soon: 15% off stunt kites.",
        "Lakeshore Kites: últimos días, 15% off stunt kites.",
    ):
        assert "urgency" in fired(_send(check, body, date(2027, 4, 13))), body


def test_last_day_wording_is_not_true_two_days_before_the_end(check: Any) -> None:
    body = "Lakeshore Kites: último día, 15% off stunt kites."
    assert "urgency" in fired(_send(check, body, date(2027, 4, 18)))
    assert "urgency" not in fired(_send(check, body, date(2027, 4, 20)))
