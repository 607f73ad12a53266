"""A subject that opens a restricted offer to everyone (issue 17, set 21).

Fernhill Broadband, an internet provider invented for these tests, gives a £50 switching
credit that an audience rule keeps from current customers, and a £10 voucher open to all.
"£50 credit for all customers" (or Estonian "Kõigile klientidele") above the switching credit
widens who it is for; the same words above the open voucher, or "for new customers", do not.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_SWITCH = "A £50 credit on your second bill for new customers who switch by 31 January 2027."
_VOUCHER = "A £10 voucher for the shop, one per account, until 31 January 2027."


def _pack() -> BrandPack:
    offer = {"channels": ["email"], "discount_type": "amount", "currency": "GBP"}
    return parse_pack(
        {
            "brand": {
                "name": "Fernhill Broadband",
                "legal_name": "Fernhill Broadband Ltd",
                "postal_address": "3 Mill Lane, Leeds LS1 4AB",
                "sender_addresses": {"email": "hello@fernhill.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["fernhill.example"],
            },
            "offers": [
                {
                    "id": "switch-50",
                    "name": "£50 switching credit",
                    "terms": _SWITCH,
                    "discount_amount": 50,
                    **offer,
                },
                {
                    "id": "voucher-10",
                    "name": "£10 shop voucher",
                    "terms": _VOUCHER,
                    "discount_amount": 10,
                    **offer,
                },
            ],
            "rules": [
                rule("subject-match", "subject_honesty"),
                rule(
                    "new-only",
                    "audience",
                    {"offers": ["switch-50"], "blocked_flags": ["current_customer"]},
                ),
            ],
        },
        source="test",
    )


def _fired(check: Any, subject: str, body: str, offer_id: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject=subject, body=body, offer_id=offer_id))


def test_a_restricted_offer_opened_to_everyone_blocks(check: Any) -> None:
    assert "subject-match" in _fired(check, "£50 credit for all customers", _SWITCH, "switch-50")
    assert "subject-match" in _fired(
        check, "Kõigile klientidele 50 £ krediit", _SWITCH, "switch-50"
    )


def test_the_right_audience_or_an_open_offer_passes(check: Any) -> None:
    assert "subject-match" not in _fired(
        check, "£50 credit for new customers", _SWITCH, "switch-50"
    )
    assert "subject-match" not in _fired(
        check, "A £10 voucher for all customers", _VOUCHER, "voucher-10"
    )
