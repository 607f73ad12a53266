"""A warn-severity house-style ban still sees a term the copy denies (issue 17, set 17).

Wattle Ridge Super, an Australian super fund invented for these tests, warns on US terms
("IRA", "favorite") and blocks "guaranteed returns". "Super isn't an IRA" still writes the US
term, so the house-style warning fires; "Super returns are not guaranteed returns" denies the
statement the blocking rule bans, so that rule stays quiet, while a plain "guaranteed returns"
blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Wattle Ridge Super",
                "legal_name": "Wattle Ridge Super Pty Ltd",
                "postal_address": "8 Wattle Lane, Ballarat VIC 3350, Australia",
                "sender_addresses": {"sms": "WattleRdg"},
                "channels": ["sms"],
                "default_time_zone": "Australia/Melbourne",
                "website_domains": ["wattleridge.example"],
            },
            "rules": [
                rule("au-english", "banned_phrase", {"phrases": ["IRA", "favorite"]},
                     severity="warn"),
                rule("no-guarantees", "banned_phrase", {"phrases": ["guaranteed returns"]}),
            ],
        },
        source="test",
    )  # fmt: skip


def test_a_denied_us_term_still_warns(check: Any) -> None:
    verdict = check(_pack(), channel="sms", body="New to Australia? Super isn't an IRA.")
    assert "au-english" in fired(verdict)
    assert verdict.decision == "warn"


def test_a_denied_statement_under_a_blocking_ban_passes(check: Any) -> None:
    body = "Super returns are not guaranteed returns: they rise and fall with markets."
    assert "no-guarantees" not in fired(check(_pack(), channel="sms", body=body))


def test_a_stated_blocking_phrase_still_blocks(check: Any) -> None:
    body = "Our Balanced option gives guaranteed returns every year."
    assert "no-guarantees" in fired(check(_pack(), channel="sms", body=body))
