"""An Amharic subject that widens an offer to everything is read (issue 17, set 25).

Tana Mar, a honey shop in Bahir Dar invented for these tests, has one approved offer: 20% off
a jar of honey with the code TANA20. Amharic glues the preposition to the quantifier ("በሁሉም
ዕቃዎች", on all goods), so a subject promising the discount on all goods went through. "For all
customers" (ለሁሉም ደንበኞች) says who, not on what, and stays fine.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 2, 10)
_NAME = "TANA20 በሚለው ኮድ የማር ማሰሮ በ20% ቅናሽ"
_CONDITIONS = "ቅናሹ በድረ ገጻችን ለሚሰጡ ትዕዛዞች ብቻ ሲሆን እስከ 28/02/2027 ይቆያል።"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("tana_mar"),
            "rules": [rule("subject", "subject_honesty")],
            "products": [
                {"id": "jar", "name": "የማር ማሰሮ", "list_price": 520, "currency": "ETB"},
                {"id": "candle", "name": "የሰም ሻማ", "list_price": 150, "currency": "ETB"},
            ],
            "offers": [
                {
                    "id": "tana20",
                    "name": _NAME,
                    "terms": f"{_NAME}። {_CONDITIONS}",
                    "disclosure": _CONDITIONS,
                    "code": "TANA20",
                    "discount_type": "percent",
                    "discount_amount": 20,
                    "channels": ["email"],
                    "products": ["jar"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


def _fired(subject: str) -> set[str]:
    return email_fired(
        _pack(),
        f"{_NAME}።\n\n{_CONDITIONS}",
        subject=subject,
        send_time=datetime(2027, 2, 10, 8, 0),
        as_of=_DAY,
        offer_id="tana20",
    )


def test_a_subject_on_all_goods_blocks() -> None:
    assert "subject" in _fired("በሁሉም ዕቃዎች ላይ 20% ቅናሽ")


def test_a_subject_for_all_customers_or_on_the_jar_passes() -> None:
    assert "subject" not in _fired("ለሁሉም ደንበኞች 20% ቅናሽ በማር ማሰሮ")
    assert "subject" not in _fired("የማር ማሰሮ በ20% ቅናሽ")
