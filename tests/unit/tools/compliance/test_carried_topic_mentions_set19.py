"""A figureless mention of a topic whose mandated line the message carries (issue 17, set 19).

Brightwater Heat, a heat-pump installer invented for these tests, lists "energy rebate" both as
a disclosure trigger (the rebate line must accompany it) and as a price trigger of its claims
rule. A subject "Remember your energy rebate" or a sentence saying the rebate is repaid on an
early sale, in a message carrying the rebate line, names the topic the line states: no claim.
A rebate figure stated beside the line is still a claim to ground, and a figureless mention
without the line still needs it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_LINE = (
    "The energy rebate is 10% of the installed price, at most £900, and is repaid if you sell "
    "the home within three years."
)


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Brightwater Heat",
                "legal_name": "Brightwater Heat Ltd",
                "postal_address": "4 Weir Street, Stirling FK8 1AB, United Kingdom",
                "sender_addresses": {"email": "hello@brightwater.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["brightwater.example"],
            },
            "claims": [
                {
                    "id": "rebate",
                    "text": "You get an energy rebate of 10% of the installed price, up to £900.",
                    "category": "price",
                    "substantiation": "Scheme rules 2026",
                    "channels": ["email"],
                }
            ],
            "rules": [
                rule(
                    "rebate-line",
                    "disclosure",
                    {"trigger_phrases": ["energy rebate"], "required_any": [_LINE]},
                ),
                rule(
                    "claims",
                    "claim_grounding",
                    {"categories": ["price"], "extra_triggers": {"price": ["energy rebate"]}},
                ),
            ],
        },
        source="test",
    )


def test_figureless_mentions_beside_the_line_pass(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Remember your energy rebate",
        body="You can sell whenever you like, but the energy rebate is then paid back.\n\n" + _LINE,
    )
    assert "claims" not in fired(verdict)
    assert "rebate-line" not in fired(verdict)


def test_a_rebate_figure_beside_the_line_is_still_a_claim(check: Any) -> None:
    verdict = check(
        _pack(),
        channel="email",
        subject="Heat pumps",
        body="Claim an energy rebate of 25% on every install.\n\n" + _LINE,
    )
    assert "claims" in fired(verdict)


def test_a_figureless_mention_without_the_line_still_blocks(check: Any) -> None:
    verdict = check(
        _pack(), channel="email", subject="Remember your energy rebate", body="Book a survey."
    )
    assert {"claims", "rebate-line"} <= fired(verdict)
