"""A percentage "cashback" is a promotion, in English and in Taglish copy (issue 17, set 22).

Tindahan Luntian, a grocery app invented for these tests, has one approved offer: 3% cashback
on groceries in March. "N% off" and "N% savings" were read as promotions, "N% cashback" was not,
so a cashback with the wrong figure, or one quoted with no conditions, went through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2031, 3, 4)
_TERMS = "3% cashback on groceries, max ₱80 per user, orders of ₱800 or more, Mar 1-31, 2031."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Tindahan Luntian",
                "legal_name": "Tindahan Luntian Corp.",
                "postal_address": "45 Jupiter St., Makati City 1209",
                "sender_addresses": {"email": "hello@luntian.example"},
                "channels": ["email"],
                "locales": ["en-PH"],
                "default_time_zone": "Asia/Manila",
                "website_domains": ["luntian.example"],
            },
            "rules": [rule("promos", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "balik",
                    "name": "3% cashback on groceries",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "percent",
                    "discount_amount": 3,
                    "channels": ["email"],
                    "valid_from": "2031-03-01",
                    "valid_until": "2031-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> bool:
    message = Message(
        channel="email",
        subject="Groceries this March",
        body=body,
        send_time=datetime(2031, 3, 4, 10, 0),
        offer_id=offer_id,
    )
    return "promos" in RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids


def test_a_cashback_percentage_without_an_offer_blocks() -> None:
    assert _fired("Kumuha ng 5% cashback sa groceries mo ngayong Marso!")
    assert _fired("Enjoy 5% cash-back on groceries this month.")


def test_the_approved_cashback_with_its_offer_passes() -> None:
    assert not _fired(f"Sulit ang grocery mo! {_TERMS}", "balik")


def test_a_changed_cashback_with_its_offer_blocks() -> None:
    assert _fired(f"Makakuha ng 6% cashback sa groceries mo! {_TERMS}", "balik")
