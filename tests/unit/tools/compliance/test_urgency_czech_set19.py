"""Czech and Slovak "ends today" / "ends tomorrow" are urgency wording (issue 17, set 19).

Borovice Kola, a Czech bicycle shop invented for these tests, runs a spring offer to the end of
the month. "Končí už zítra" (ends as soon as tomorrow), written with or without diacritics and
in either word order, blocks when the offer runs longer; said on the offer's last-but-one day
it is true and passes.
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
                "name": "Borovice Kola",
                "legal_name": "Borovice Kola s.r.o.",
                "postal_address": "Nádražní 8, 370 01 České Budějovice",
                "sender_addresses": {"sms": "Borovice"},
                "channels": ["sms"],
                "default_time_zone": "Europe/Prague",
                "website_domains": ["borovice.example"],
            },
            "offers": [
                {
                    "id": "jaro20",
                    "name": "Sleva 20 % na servis kol",
                    "terms": "Sleva 20 % na servis kol do 31. 3. 2027.",
                    "discount_type": "percent",
                    "discount_amount": 20,
                    "channels": ["sms"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [rule("nalehavost", "urgency", {})],
        },
        source="test",
    )


def _send(check: Any, body: str, day: date) -> Any:
    return send_offer_sms(check, _pack(), body, "jaro20", day, hour=9)


def test_ends_tomorrow_on_an_offer_that_runs_longer_blocks(check: Any) -> None:
    for body in (
        "Borovice: sleva 20 % na servis kol konci uz zitra!",
        "Borovice: sleva 20 % na servis kol už zítra končí.",
        "Borovice: sleva 20 % na servis kol platí jen do zítra.",
    ):
        assert "nalehavost" in fired(_send(check, body, date(2027, 3, 10)))


def test_ends_today_on_an_offer_that_runs_longer_blocks(check: Any) -> None:
    body = "Borovice: sleva 20 % na servis kol dnes končí!"
    assert "nalehavost" in fired(_send(check, body, date(2027, 3, 10)))


def test_ends_tomorrow_on_the_day_before_the_last_passes(check: Any) -> None:
    body = "Borovice: sleva 20 % na servis kol končí už zítra!"
    assert "nalehavost" not in fired(_send(check, body, date(2027, 3, 30)))
