"""A subject's amount written with a per-person suffix is read whole (issue 17, set 17).

Brightwater Cottages, a British holiday-let brand invented for these tests, asks a £40pp
deposit: the subject "Harbour Cottage week: hold it for £40pp" above a body giving "a deposit
of £40 per person" promises what the body gives, so it passes (the amount was misread as "£4").
The same subject above a body whose deposit is £50 per person still promises a figure the
message does not give, and a time of day ("10am") is no promised figure "1".
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Brightwater Cottages",
                "legal_name": "Brightwater Cottages Ltd",
                "postal_address": "4 Slipway Road, Padstow PL28 8AB, United Kingdom",
                "sender_addresses": {"email": "stay@brightwater.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["brightwater.example"],
            },
            "rules": [rule("subject-honest", "subject_honesty")],
        },
        source="test",
    )


_SUBJECT = "Harbour Cottage week: hold it for £40pp"


def _body(deposit: int) -> str:
    return (
        "Seven nights at Harbour Cottage from £420pp, based on 4 sharing. "
        f"A deposit of £{deposit} per person holds your booking; the balance is due "
        "8 weeks before arrival."
    )


def test_a_per_person_amount_the_body_gives_passes(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject=_SUBJECT, body=_body(40))
    assert "subject-honest" not in fired(verdict)


def test_a_per_person_amount_the_body_does_not_give_blocks(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject=_SUBJECT, body=_body(50))
    assert "subject-honest" in fired(verdict)


def test_a_time_of_day_is_no_promised_figure(check: Any) -> None:
    verdict = check(
        _pack(), channel="email", subject="Doors open at 10am: hold it for £40pp", body=_body(40)
    )
    assert "subject-honest" not in fired(verdict)
