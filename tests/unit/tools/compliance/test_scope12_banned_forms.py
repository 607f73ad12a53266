"""Banned phrases said with a quantity inside, or with German verb-first word order.

A made-up brand, "Halden Sauna Club" (saunas), with bans a health regulator might ask for.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.kinds.banned_phrase import inverted_forms, quantified_pattern

SENT = datetime(2027, 2, 3, 17, 0, tzinfo=UTC)
FOOTER = (
    "\n\nHalden Sauna Club GmbH, Seestraße 4, 24103 Kiel. "
    "Abmelden / unsubscribe: https://halden.example/abmelden"
)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Halden Sauna Club",
                "legal_name": "Halden Sauna Club GmbH",
                "postal_address": "Seestraße 4, 24103 Kiel",
                "channels": ["email"],
                "default_time_zone": "Europe/Berlin",
            },
            "rules": [
                {
                    "id": "no-health",
                    "kind": "banned_phrase",
                    "description": "No health benefit claims.",
                    "rationale": "Unproven.",
                    "source": "HWG",
                    "params": {
                        "phrases": [
                            "lose weight",
                            "erstatten Ihre Kurtaxe",
                            "we include the towel",
                        ]
                    },
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(channel="email", subject="Sauna news", body=body + FOOTER, send_time=SENT)
    return set(RuleEngine(_pack()).check(message).fired_rule_ids)


def test_a_quantity_before_the_last_word_is_the_phrase() -> None:
    """ "lose up to 3 pounds of weight"; an article may give way to the quantity."""
    assert "no-health" in _fired("One session can lose up to 3 kilos of weight.")
    assert "no-health" not in _fired("One session is 3 hours of warmth.")
    pattern = quantified_pattern(["we include the towel"])
    assert pattern is not None and pattern.search("we include 2 packs of towel")


def test_verb_first_german_order_is_the_phrase() -> None:
    """ "Im Winter erstatten wir Ihre Kurtaxe": the same statement, verb first."""
    assert "no-health" in _fired("Im Winter erstatten wir Ihre Kurtaxe.")
    assert "no-health" not in _fired("Im Winter erstatten wir nichts.")
    assert inverted_forms(["lose weight"]) == []
