"""The Croatian 30-day lowest-price line, and a share that is no reduction (issue 17, set 21).

Kvarner Kampovi, a Croatian campsite chain invented for these tests, requires the Omnibus line
("najniža cijena u zadnjih 30 dana") with every announced percentage reduction. The Croatian
wording was not read as that line, so every percentage counted as a reduction, and an approved
satisfaction figure ("92 % gostiju …") needed the price line as if it were a sale.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_LINE = "Popust se računa od najniže cijene u zadnjih 30 dana."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Kvarner Kampovi",
                "legal_name": "Kvarner Kampovi d.o.o.",
                "postal_address": "Obala 4, 51000 Rijeka, Hrvatska",
                "sender_addresses": {"email": "vijesti@kampovi.example"},
                "channels": ["email"],
                "locales": ["hr-HR"],
                "default_time_zone": "Europe/Zagreb",
                "website_domains": ["kampovi.example"],
            },
            "rules": [
                rule(
                    "omnibus",
                    "disclosure",
                    {"trigger_prices": ["percent"], "required_any": [_LINE]},
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Vijesti iz kampa",
        body=body,
        send_time=datetime(2027, 5, 3, 8, 0),
        locale="hr-HR",
    )
    return set(RuleEngine(_pack()).check(message, as_of=date(2027, 5, 3)).fired_rule_ids)


def test_a_share_is_no_reduction() -> None:
    assert "omnibus" not in _fired("92 % gostiju vratilo se i sljedeće godine.")


def test_a_reduction_needs_the_line() -> None:
    assert "omnibus" in _fired("Popust 15 % na parcele uz more.")
    assert "omnibus" in _fired("Sniženo 20 % za mobilne kućice.")
    assert "omnibus" not in _fired(f"Popust 15 % na parcele uz more. {_LINE}")
