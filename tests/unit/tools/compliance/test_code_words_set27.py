"""A promo code after its word in another language is read and compared (issue 17, set 27).

Pye Bwa Kafe, a Haitian coffee roaster invented for these tests, gives US$3 off with the code
KAFE3. Its Creole copy writes the code after "kòd": a code the offer does not have ("kòd
KAFE5") went through, as only the pack's own codes were read in words the mention patterns
did not know. A Polish shop's "kod pocztowy" (postcode) stays no promo code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_TERMS = "US$3 rabè sou yon sak kafe ak kòd KAFE3, jiska 30/06/2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Pye Bwa Kafe", "ht-HT", "America/Port-au-Prince"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "kafe3",
                    "name": "US$3 rabè sou kafe",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "code": "KAFE3",
                    "discount_type": "amount",
                    "discount_amount": 3,
                    "currency": "USD",
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _offers_fire(check: Any, body: str) -> bool:
    verdict = check(
        _pack(),
        channel="email",
        subject="Kafe lakay",
        body=body,
        offer_id="kafe3",
        as_of=date(2027, 6, 9),
        send_time=datetime(2027, 6, 9, 14, 0),
    )
    return "offers" in fired(verdict)


def test_a_wrong_code_after_the_creole_word_is_read(check: Any) -> None:
    assert _offers_fire(check, f"Sèvi ak kòd KAFE5 pou sak kafe ou. {_TERMS}")
    assert not _offers_fire(check, f"Sèvi ak kòd KAFE3 pou sak kafe ou. {_TERMS}")


def test_a_postcode_is_no_promo_code(check: Any) -> None:
    assert not _offers_fire(check, f"Wpisz kod pocztowy przy zamówieniu. {_TERMS}")
