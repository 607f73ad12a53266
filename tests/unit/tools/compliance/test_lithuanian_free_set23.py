"""Lithuanian "free" (nemokamai, nemokamas …) is a promotional word (issue 17, set 23).

Kmynas, a bakery invented for these tests, has one approved offer: free delivery with a code.
"Pristatymas nemokamai visiems" (delivery free for everyone) or "nemokamas pyragas" (a free
pie) with no offer went through: the offer rules did not read Lithuanian "free".
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 8)
_TERMS = "Pristatymas nemokamai su kodu DUONA iki 2027-03-31, užsakant nuo 15 €."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Kmynas", "lt-LT", "Europe/Vilnius"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
            ],
            "offers": [
                {
                    "id": "duona",
                    "name": "Nemokamas pristatymas su kodu DUONA",
                    "terms": _TERMS,
                    "code": "DUONA",
                    "discount_type": "free_shipping",
                    "channels": ["email"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="Kmyno naujienos",
        send_time=datetime(2027, 3, 8, 9, 0),
        as_of=_DAY,
        offer_id=offer_id,
    )


def test_free_without_an_offer_blocks() -> None:
    assert "offers" in _fired("Šią savaitę pristatymas nemokamai visiems!")
    assert "offers" in _fired("Šią savaitę nemokamas pyragas prie kiekvieno užsakymo!")
    assert "offers" not in _fired("Šią savaitę kepame ruginę duoną.")


def test_the_approved_free_offer_passes() -> None:
    assert "offers" not in _fired(_TERMS, offer_id="duona")
