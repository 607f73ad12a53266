"""Financing terms written in Azerbaijani are read (issue 17, set 25).

Şəki Velo, a bicycle shop invented for these tests, has one approved 0% instalment offer of at
most 6 months ("3 və ya 6 ay"). Only English terms ("12 months") were read, so an instalment
offered over 9 months ("9 ayadək", up to 9 months) went through. The offer's own terms, and a
month count in a sentence that says nothing of credit, stay fine.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 12)
_TERMS = "Velosiped alışı üçün 3 və ya 6 ay. Faiz 0%, komissiya yoxdur. 31.05.2027-dək."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Şəki Velo",
                "legal_name": "Şəki Velo MMC",
                "postal_address": "M. F. Axundzadə küçəsi 5, Şəki",
                "sender_addresses": {"email": "salam@sekivelo.example"},
                "channels": ["email"],
                "locales": ["az-Latn-AZ"],
                "default_time_zone": "Asia/Baku",
                "website_domains": ["sekivelo.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [{"id": "velo", "name": "Dağ velosipedi"}],
            "offers": [
                {
                    "id": "taksit-0",
                    "name": "0% taksit velosipedlərə",
                    "terms": _TERMS,
                    "discount_type": "none",
                    "channels": ["email"],
                    "products": ["velo"],
                    "apr": 0,
                    "term_months": 6,
                    "valid_from": "2027-05-01",
                    "valid_until": "2027-05-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(),
        f"{body}\n\n{_TERMS}",
        subject="Velosiped taksitlə",
        send_time=datetime(2027, 5, 12, 8, 0),
        as_of=_DAY,
        offer_id="taksit-0",
    )


def test_a_longer_azerbaijani_term_blocks() -> None:
    assert "offers" in _fired("Dağ velosipedi 0% taksit 9 ayadək!")
    assert "offers" in _fired("Dağ velosipedini 12 aya bölün: 0% taksit.")


def test_the_offers_own_terms_pass() -> None:
    assert "offers" not in _fired("Dağ velosipedi 0% taksit: 3 və ya 6 ay.")
    assert "offers" not in _fired("Dağ velosipedini 6 aya bölün: 0% taksit.")
    assert "offers" not in _fired("Dağ velosipedi 0% taksitlə. Zəmanət 24 ay.")
