"""A deposit's percentage is no amount off (issue 17, set 25).

Kora Safaris, a tour operator invented for these tests, has one approved offer: 10% off the
Rift Valley tour, whose conditions say that a 30% deposit is non-refundable. A subject that
promised "30% off" was kept by that deposit (the figure stood in the offer's terms and the
body's conditions), so it went out; so did a body that said "30% off". A subject that gives the
offer's own 10% still goes, and so does the deposit line itself.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.deposit_shares import without_deposit_shares

_CONDITIONS = "Bookings by 31 May only; a 30% deposit is non-refundable."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Kora Safaris", "en-GB", "Africa/Nairobi"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule("subject", "subject_honesty"),
            ],
            "products": [
                {"id": "rift", "name": "Rift Valley tour", "list_price": 900, "currency": "USD"},
                {"id": "coast", "name": "Coast tour", "list_price": 700, "currency": "USD"},
            ],
            "offers": [
                {
                    "id": "early",
                    "name": "10% off the Rift Valley tour",
                    "terms": f"10% off the Rift Valley tour. {_CONDITIONS}",
                    "disclosure": _CONDITIONS,
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "channels": ["email"],
                    "products": ["rift"],
                    "valid_from": "2027-04-01",
                    "valid_until": "2027-05-31",
                }
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject=subject,
        send_time=datetime(2027, 4, 20, 9, 0),
        as_of=date(2027, 4, 20),
        offer_id="early",
    )


_BODY = f"Take 10% off the Rift Valley tour. {_CONDITIONS}"


def test_a_subject_promising_the_deposit_share_off_blocks() -> None:
    assert "subject" in _fired("30% off the Rift Valley tour", _BODY)
    assert "offers" in _fired("30% off the Rift Valley tour", _BODY)


def test_the_offer_s_own_share_still_goes() -> None:
    assert _fired("10% off the Rift Valley tour", _BODY) == set()


def test_only_the_deposit_s_percentage_is_blanked() -> None:
    assert without_deposit_shares("a 30% deposit; save 10%") == "a     deposit; save 10%"
    assert without_deposit_shares("deposit of 25 % today") == "deposit of      today"
    assert without_deposit_shares("20% off, 20% more") == "20% off, 20% more"
