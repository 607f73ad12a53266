"""An Irish reduction word beside a percentage ("15% lascaine") is read (issue 17, set 25).

Cois Locha Cycles, a bike hire invented for these tests, has one approved offer of 10% off a
day's hire. Irish copy that promised "15% lascaine" (15% discount) was not read as a reduction,
so the wrong figure went through; the approved figure stays lawful.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 6, 9)
_TERMS = "Cód ROTHAR10: 10% as cíos lae go 30/06/2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Cois Locha Cycles",
                "legal_name": "Cois Locha Cycles Teoranta",
                "postal_address": "1 Sráid an Locha, Gaillimh",
                "sender_addresses": {"email": "eolas@coislocha.example"},
                "channels": ["email"],
                "locales": ["ga-IE"],
                "default_time_zone": "Europe/Dublin",
                "website_domains": ["coislocha.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "cios", "name": "cíos lae", "list_price": 30, "currency": "EUR"},
            ],
            "offers": [
                {
                    "id": "rothar10",
                    "name": "10% lascaine le cód ROTHAR10",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "code": "ROTHAR10",
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "channels": ["email"],
                    "products": ["cios"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="Cíos rothair",
        send_time=datetime(2027, 6, 9, 9, 0),
        as_of=_DAY,
        offer_id="rothar10",
    )


def test_a_wrong_irish_percentage_off_blocks() -> None:
    assert "offers" in _fired(f"Tá 15% lascaine agat an mhí seo.\n{_TERMS}")


def test_the_approved_irish_percentage_stays_lawful() -> None:
    assert "offers" not in _fired(f"Tá 10% lascaine agat an mhí seo.\n{_TERMS}")
