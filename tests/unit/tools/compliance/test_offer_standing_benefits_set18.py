"""Standing benefits said in other words, and urgency counted in weeks (issue 17, set 18).

Brand invented for these tests: Larkspur Botanic Garden, a British garden whose standing
statements give members free entry and a standing café reduction, and whose pack lets "final
weeks" be said of its glasshouse show. "Members go free." restates the standing free entry, "a
members' discount in the café" names the standing reduction, and "the final weeks" is true in
the show's last three weeks; a free thing or a discount the statements do not give, a figure of
its own or a time limit, and "final weeks" said a month before the end still block.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND = {
    "name": "Larkspur Botanic Garden",
    "legal_name": "Larkspur Botanic Garden Trust",
    "postal_address": "1 Glasshouse Walk, Larkspur LK1 2AB, United Kingdom",
    "sender_addresses": {"email": "hello@larkspur.example", "sms": "LARKSPUR"},
    "channels": ["email", "sms"],
    "locales": ["en-GB"],
    "default_time_zone": "Europe/London",
    "website_domains": ["larkspur.example"],
}


def _garden() -> Any:
    statements = [
        {"id": "members-entry", "text": "Members get free entry to every glasshouse show."},
        {"id": "members-cafe", "text": "Members get 15% off in the Orangery Café."},
    ]
    offers = [
        {
            "id": "orchid-run",
            "name": "Orchid show closing date",
            "terms": "The orchid show is open until 5pm on 28 March 2027.",
            "discount_type": "none",
            "channels": ["email", "sms"],
            "valid_from": "2027-01-10",
            "valid_until": "2027-03-28",
        }
    ]
    rules = [
        rule("offers", "offer_terms", {"conditions_within_chars": 300}),
        rule("urgency", "urgency", {"extra_urgency": ["final weeks", "last chance"]}),
    ]
    return parse_pack(
        {"brand": _BRAND, "standing_statements": statements, "offers": offers, "rules": rules},
        source="test",
    )


def test_a_standing_benefit_in_other_words_passes(check: Any) -> None:
    for body in (
        "The orchid show is on in the Palm House. Members go free.",
        "Membership brings a members' discount in the café, all year.",
        "Your member discount works in the Orangery Café too.",
    ):
        verdict = check(_garden(), channel="email", subject="Orchids", body=body)
        assert "offers" not in fired(verdict), body


def test_a_benefit_the_statements_do_not_give_still_blocks(check: Any) -> None:
    for body in (
        "The orchid show is on in the Palm House. Children go free.",
        "Members go free this weekend only.",
        "A members' discount of 25% in the café.",
        "A staff discount in the café for everyone who visits.",
        "Members get a discount in the café until Sunday.",
    ):
        verdict = check(_garden(), channel="email", subject="Orchids", body=body)
        assert "offers" in fired(verdict), body


def _show(day: date) -> Any:
    body = "The orchids bloom until 28 March 2027. Book a visit: these are the final weeks."
    return {
        "channel": "email",
        "subject": "The orchids",
        "body": body,
        "offer_id": "orchid-run",
        "send_time": datetime(day.year, day.month, day.day, 10, 0),
        "as_of": day,
    }


def test_final_weeks_in_the_last_three_weeks_passes(check: Any) -> None:
    verdict = check(_garden(), **_show(date(2027, 3, 15)))
    assert "urgency" not in fired(verdict)


def test_final_weeks_a_month_before_the_end_blocks(check: Any) -> None:
    verdict = check(_garden(), **_show(date(2027, 2, 20)))
    assert "urgency" in fired(verdict)
