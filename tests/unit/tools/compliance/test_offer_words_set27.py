"""An amount offered with a Kinyarwanda or Swahili verb of receiving, a code after "kode" (set 27).

Mvua Bikes, a Kenyan bike shop invented for these tests, runs a referral offer of KSh 500 credit
and a code offer (code MVUA26). "utapata 500 KSh" (you will get) and "uhabwe 500 KSh" (you be
given) offer money as "get $10" does: a wrong amount no longer passes as a plain price, and the
offer's conditions must be near. A code after "kode" (the word in Kinyarwanda, Indonesian,
Norwegian and Danish) is read as the code the message uses.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 6, 2)
_REFERRAL = "Utapata KSh 500 kwenye akaunti yako rafiki yako akinunua baiskeli. Hadi 30/06/2027."
_CODE = "Kwa kode MVUA26 upate punguzo la KSh 1,000 kwa baiskeli yoyote hadi 30/06/2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Mvua Bikes",
                "legal_name": "Mvua Bikes Ltd",
                "postal_address": "Kenyatta Avenue 8, Nakuru, Kenya",
                "sender_addresses": {"email": "habari@mvuabikes.example"},
                "channels": ["email"],
                "locales": ["sw-KE"],
                "default_time_zone": "Africa/Nairobi",
                "website_domains": ["mvuabikes.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 400})],
            "products": [
                {"id": "bike", "name": "Baiskeli Mvua", "list_price": 24000, "currency": "KES"}
            ],
            "offers": [
                {
                    "id": "rafiki",
                    "name": "Lete rafiki",
                    "terms": _REFERRAL,
                    "disclosure": _REFERRAL,
                    "discount_type": "amount",
                    "discount_amount": 500,
                    "currency": "KES",
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                },
                {
                    "id": "mvua",
                    "name": "Punguzo la KSh 1,000",
                    "terms": _CODE,
                    "disclosure": _CODE,
                    "code": "MVUA26",
                    "discount_type": "amount",
                    "discount_amount": 1000,
                    "currency": "KES",
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                },
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str, subject: str = "Habari za Mvua Bikes") -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject=subject,
        send_time=datetime(2027, 6, 2, 9, 0),
        as_of=_DAY,
        offer_id=offer_id,
    )


def test_an_amount_after_a_verb_of_receiving_is_the_offer_amount() -> None:
    assert "offers" in _fired("Lete rafiki, uhabwe 500 KSh.", "rafiki")  # no conditions
    assert "offers" not in _fired(f"Lete rafiki, uhabwe 500 KSh.\n\n{_REFERRAL}", "rafiki")
    assert "offers" in _fired(_REFERRAL, "rafiki", subject="Utapata 2,000 KSh leo")


def test_a_code_after_kode_is_checked_against_the_offer() -> None:
    assert "offers" in _fired(f"Tumia kode MVUA25 leo.\n\n{_CODE}", "mvua")
    assert "offers" not in _fired(f"Tumia kode MVUA26 leo.\n\n{_CODE}", "mvua")
