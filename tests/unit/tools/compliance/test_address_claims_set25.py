"""The brand's own postal address is no claim (issue 17, set 25).

Harbour Lane Ferries, a ferry line invented for these tests, counts "district" among its
service claim triggers ("we serve every district"), and its postal address names a district,
as many addresses do. The footer every e-mail must carry was read as an unapproved service
statement, so each lawful e-mail was blocked; the same word in the body stays a claim. The
legal name before the address is read with it: left alone, it read as a short form of a rating
claim that opens with the same name, whose disclaimer was then demanded.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 3)
_ADDRESS = "Pier 4, Old Quay Road, Harbour District, Portmere"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Harbour Lane Ferries",
                "legal_name": "Harbour Lane Ferries Ltd",
                "postal_address": _ADDRESS,
                "sender_addresses": {"email": "sail@harbourlane.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["harbourlane.example"],
            },
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["service", "endorsement"],
                        "extra_triggers": {"service": ["district"]},
                    },
                )
            ],
            "claims": [
                {
                    "id": "routes",
                    "text": "Our boats call at twelve piers.",
                    "category": "service",
                    "substantiation": "Timetable on file.",
                    "channels": ["email"],
                },
                {
                    "id": "rating",
                    "text": "Harbour Lane Ferries Ltd is rated five anchors by Sea Guide.",
                    "category": "endorsement",
                    "substantiation": "Sea Guide letter on file.",
                    "channels": ["email"],
                    "disclaimer": "Sea Guide ratings are reviewed every year.",
                },
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Summer timetable", send_time=datetime(2027, 5, 3, 9, 0), as_of=_DAY
    )


def test_the_postal_address_in_the_footer_is_no_claim() -> None:
    body = f"The summer timetable is out.\n\nHarbour Lane Ferries Ltd, {_ADDRESS}"
    assert "claims" not in _fired(body)


def test_the_trigger_in_the_body_is_still_a_claim() -> None:
    body = f"We now reach every district of the bay.\n\nHarbour Lane Ferries Ltd, {_ADDRESS}"
    assert "claims" in _fired(body)
