"""A full stop closing an ordinal ends no sentence of a mandated line (issue 17, set 19).

Javor Pojištění, a Czech insurer invented for these tests, requires a payment-protection line
wherever copy speaks of an instalment ("splátka"). Its offer's mandated conditions say the
bonus is paid after "the 2. instalment" (Czech writes ordinals as a figure and a full stop):
that trigger word lies inside the mandated wording, not in a sentence of its own, and calls
for no line; the same word in the writer's own copy still does.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import DAY, fired, rule

from nextbest.brand_context.ingest import parse_pack

_CONDITIONS = "Bonus 300 Kč připíšeme, když nový klient do 60 dnů uhradí 2. splátku. Max. 3 bonusy."


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Javor Pojištění",
                "short_name": "Javor",
                "legal_name": "Javor Pojištění a.s.",
                "postal_address": "Palackého 5, 779 00 Olomouc",
                "sender_addresses": {"push": "cz.javor.app"},
                "channels": ["push"],
                "default_time_zone": "Europe/Prague",
                "website_domains": ["javor.example"],
            },
            "offers": [
                {
                    "id": "bonus-300",
                    "name": "Bonus 300 Kč za doporučení",
                    "terms": "Bonus 300 Kč za doporučení. " + _CONDITIONS,
                    "discount_type": "amount",
                    "discount_amount": 300,
                    "currency": "CZK",
                    "disclosure": _CONDITIONS,
                    "channels": ["push"],
                    "valid_from": DAY.isoformat(),
                    "valid_until": "2026-12-31",
                }
            ],
            "rules": [
                rule(
                    "ochrana-splatek",
                    "disclosure",
                    {
                        "trigger_phrases": ["splátku", "splátka"],
                        "required_any": ["Pojištění splátek je nepovinné."],
                    },
                )
            ],
        },
        source="test",
    )


def test_ordinal_trigger_inside_mandated_conditions_passes(check: Any) -> None:
    body = "Doporučte Javor a získejte bonus 300 Kč. " + _CONDITIONS
    verdict = check(
        _pack(), channel="push", subject="Bonus 300 Kč", body=body, offer_id="bonus-300"
    )
    assert "ochrana-splatek" not in fired(verdict)


def test_trigger_in_own_copy_still_needs_the_line(check: Any) -> None:
    body = "Nižší splátka už od ledna. " + _CONDITIONS
    verdict = check(
        _pack(), channel="push", subject="Bonus 300 Kč", body=body, offer_id="bonus-300"
    )
    assert "ochrana-splatek" in fired(verdict)
