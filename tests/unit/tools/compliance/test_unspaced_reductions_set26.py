"""Thai and Lao reduction and cash-back words beside a percentage are offers (issue 17, set 26).

Chiang Rai Kettles, a Thai tea-ware shop, and Luang Loom, a Lao weaving shop, both invented for
these tests, each run one approved offer of 10% off. "ลด 20%" (20% off) or "รับเงินคืน 12%"
(get 12% back), run into the words around them as both scripts write, were no offer mention:
a wrong figure went through. The approved figure still passes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 6, 9)


def _pack(name: str, locale: str, zone: str, offer_name: str) -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand(name, locale, zone),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
            "offers": [
                {
                    "id": "june10",
                    "name": offer_name,
                    "terms": f"{offer_name} 01/06/2027 - 30/06/2027",
                    "discount_type": "percent",
                    "discount_amount": 10,
                    "channels": ["email"],
                    "valid_from": "2027-06-01",
                    "valid_until": "2027-06-30",
                }
            ],
        },
        source="test",
    )


def _offers_fire(check: Any, pack: BrandPack, body: str) -> bool:
    verdict = check(
        pack,
        channel="email",
        subject="News",
        body=body,
        offer_id="june10",
        as_of=_DAY,
        send_time=datetime(2027, 6, 9, 3, 0),
    )
    return "offers" in fired(verdict)


def test_a_thai_reduction_or_cash_back_is_read(check: Any) -> None:
    pack = _pack("Chiang Rai Kettles", "th-TH", "Asia/Bangkok", "กาน้ำชาลด 10%")
    assert _offers_fire(check, pack, "กาน้ำชาดินเผาลด 20% ทั้งเดือนมิถุนายน")
    assert _offers_fire(check, pack, "ซื้อกาน้ำชารับเงินคืน 12% ทั้งเดือนมิถุนายน")
    assert not _offers_fire(check, pack, "กาน้ำชาลด 10% 01/06/2027 - 30/06/2027")


def test_a_lao_reduction_or_cash_back_is_read(check: Any) -> None:
    pack = _pack("Luang Loom", "lo-LA", "Asia/Vientiane", "ຜ້າໄໝຫຼຸດ 10%")
    assert _offers_fire(check, pack, "ຊື້ຜ້າໄໝຮັບເງິນຄືນ 12% ຕະຫຼອດເດືອນ")
    assert _offers_fire(check, pack, "ຜ້າໄໝທຸກຜືນຫຼຸດ 25%")
    assert not _offers_fire(check, pack, "ຜ້າໄໝຫຼຸດ 10% 01/06/2027 - 30/06/2027")
