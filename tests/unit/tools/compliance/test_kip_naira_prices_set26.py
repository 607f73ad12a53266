"""Prices in Lao kip and Nigerian naira are read (issue 17, set 26).

Two brands invented for these tests. Savan Rice, a Lao rice mill, states a delivery cap of
"30.000.000 ກີບ" a month: grouped by dots as a phone number is, it was read as one, though
its kip makes it a price. Ọ̀ṣun Crafts, a Nigerian bead shop, gives a ₦700 voucher: a
subject or body promising ₦3,500 went through, as the naira sign was no currency.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack


def test_a_kip_figure_is_no_phone_number(check: Any) -> None:
    pack = parse_pack(
        {
            "brand": email_brand("Savan Rice", "lo-LA", "Asia/Vientiane"),
            "rules": [rule("pd", "personal_data", {})],
        },
        source="test",
    )
    for body in ("ຮັບສົ່ງເຂົ້າ 30.000.000 ກີບ/ເດືອນ.", "ຮັບສົ່ງເຂົ້າ ₭30.000.000 ຕໍ່ເດືອນ."):
        assert "pd" not in fired(check(pack, channel="email", subject="ຂ່າວ", body=body))
    phone = "ໂທຫາ ສົມພອນ 020 5555 1234 ໄດ້ເລີຍ."
    assert "pd" in fired(check(pack, channel="email", subject="ຂ່າວ", body=phone))


def test_a_naira_amount_is_read_against_the_offer(check: Any) -> None:
    pack = parse_pack(
        {
            "brand": email_brand("Osun Crafts", "yo-NG", "Africa/Lagos"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "voucher",
                    "name": "₦700 ẹ̀bùn",
                    "terms": "₦700 ẹ̀bùn lórí ọjà tó ju ₦8,000 lọ, títí di 30/06/2027.",
                    "discount_type": "amount",
                    "discount_amount": 700,
                    "currency": "NGN",
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )

    def offers(body: str) -> bool:
        verdict = check(
            pack,
            channel="email",
            subject="Ẹ̀bùn",
            body=body,
            offer_id="voucher",
            as_of=date(2027, 6, 9),
            send_time=datetime(2027, 6, 9, 9, 0),
        )
        return "offers" in fired(verdict)

    terms = "₦700 ẹ̀bùn lórí ọjà tó ju ₦8,000 lọ, títí di 30/06/2027."
    assert offers(f"Ẹ rí ₦3,500 ẹ̀bùn fún ìlẹ̀kẹ̀. {terms}")
    assert not offers(f"Ẹ rí ₦700 ẹ̀bùn fún ìlẹ̀kẹ̀. {terms}")
