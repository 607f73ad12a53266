"""A Malay reference price ("harga asal RM 60") is read as one (issue 17, set 22).

Sinar Dobi, a laundry service invented for these tests, lists its monthly plan at RM 48 and has
one approved offer of RM 39 for the first month. A reference price led in by "harga asal" or
"harga biasa" (original, usual price) that is not the list price is a false price indication;
the list price itself is fine.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 6, 8)
_TERMS = "Bulan pertama Pelan Bulanan RM 39, kemudian RM 48 sebulan. Sehingga 30 Jun 2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Sinar Dobi", "ms-MY", "Asia/Kuala_Lumpur"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "pelan", "name": "Pelan Bulanan", "list_price": 48, "currency": "MYR"},
            ],
            "offers": [
                {
                    "id": "bulan-pertama",
                    "name": "Bulan pertama RM 39",
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 39,
                    "currency": "MYR",
                    "channels": ["email"],
                    "products": ["pelan"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Pelan Bulanan",
        body=body,
        send_time=datetime(2027, 6, 8, 2, 0),
        offer_id="bulan-pertama",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_false_malay_reference_price_blocks() -> None:
    assert "offers" in _fired(f"Bulan pertama hanya RM 39, harga asal RM 60!\n\n{_TERMS}")
    assert "offers" in _fired(f"Bulan pertama hanya RM 39, harga biasa RM 60!\n\n{_TERMS}")


def test_the_list_price_as_reference_is_fine() -> None:
    assert "offers" not in _fired(f"Bulan pertama hanya RM 39, harga asal RM 48!\n\n{_TERMS}")
