"""Green as the colour of a food is no environmental claim (issue 17, set 25).

Orchard Row Cider, a cider maker invented for these tests, reads "green" and the Irish "glas"
as sustainability claims. A tasting note ("notes of green apple", Irish "cumhracht úll glas") or
green tea named the food's variety and was blocked as an unapproved green claim; "our bottles
are green" stays a claim.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 9, 14)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Orchard Row Cider",
                "legal_name": "Orchard Row Cider Ltd",
                "postal_address": "2 Press Lane, Clonmel",
                "sender_addresses": {"email": "hello@orchardrow.example"},
                "channels": ["email"],
                "locales": ["en-IE", "ga-IE"],
                "default_time_zone": "Europe/Dublin",
                "website_domains": ["orchardrow.example"],
            },
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["sustainability"],
                        "extra_triggers": {"sustainability": ["green", "glas"]},
                    },
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Autumn pressing", send_time=datetime(2027, 9, 14, 9, 0), as_of=_DAY
    )


def test_a_green_food_is_no_claim() -> None:
    assert "claims" not in _fired("A dry cider with notes of green apple and pear.")
    assert "claims" not in _fired("Serve it with a pot of green tea.")
    assert "claims" not in _fired("Cumhracht úll glas agus piorraí.")


def test_green_said_of_the_brand_stays_a_claim() -> None:
    assert "claims" in _fired("Our bottles are green.")
    assert "claims" in _fired("Tá ár mbuidéil glas.")
