"""A "free" that restates the head of a standing statement (issue 17, set 17).

The brand is Skarvøy Ferjelag, a Norwegian ferry company invented for these tests. Its standing
statement "Hunder under 10 kg reiser gratis på ferja og øybussen." gives small dogs free travel
as a standing policy. Copy that writes the statement's head word for word and leaves the tail off
("Hunder under 10 kg reiser gratis (husk hundebillett).") states the same policy: no promotion.
"Hunder reiser gratis" (the weight band left out), another band ("under 20 kg") or a free trip
made temporary ("hele februar") restates no statement and still needs an offer.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.free_statement_heads import free_statements, restates_free_head
from nextbest.tools.compliance.kinds.offer_prices import TEMPORARY

_BRAND: dict[str, Any] = {
    "name": "Skarvøy Ferjelag",
    "legal_name": "Skarvøy Ferjelag AS",
    "postal_address": "Kaigata 4, 8300 Skarvøy, Norge",
    "sender_addresses": {"email": "post@skarvoy.example", "sms": "Skarvoy", "push": "sk"},
    "channels": ["email", "sms", "push"],
    "locales": ["nb-NO"],
    "default_time_zone": "Europe/Oslo",
    "website_domains": ["skarvoy.example"],
}
_STATEMENT = "Hunder under 10 kg reiser gratis på ferja og øybussen."


def _pack() -> Any:
    offers = rule("tilbud", "offer_terms", {"conditions_within_chars": 300})
    return parse_pack(
        {
            "brand": _BRAND,
            "rules": [offers],
            "standing_statements": [{"id": "hund", "text": _STATEMENT}],
        },
        source="test",
    )


def test_the_head_of_the_standing_statement_passes(check: Any) -> None:
    for body in (
        "Ferja går hver time.\n\nHunder under 10 kg reiser gratis (husk hundebillett).",
        "Ferja går hver time. Hunder under 10 kg reiser gratis.",
    ):
        verdict = check(_pack(), channel="email", subject="Ny rute", body=body)
        assert "tilbud" not in fired(verdict), body


def test_a_free_trip_the_statement_does_not_give_blocks(check: Any) -> None:
    for body in (
        "Ferja går hver time. Hunder reiser gratis.",
        "Ferja går hver time. Hunder under 20 kg reiser gratis.",
        "Ferja går hver time. Hunder under 10 kg reiser gratis, only this week.",
    ):
        verdict = check(_pack(), channel="email", subject="Ny rute", body=body)
        assert "tilbud" in fired(verdict), body


def test_the_reading_itself() -> None:
    statements = free_statements(_pack(), TEMPORARY)
    text = "Hunder under 10 kg reiser gratis (husk hundebillett)."
    end = text.index("gratis") + len("gratis")
    assert restates_free_head(statements, text, (0, len(text)), end, TEMPORARY)
    text = "Små hunder reiser gratis."
    end = text.index("gratis") + len("gratis")
    assert not restates_free_head(statements, text, (0, len(text)), end, TEMPORARY)
