"""A name that holds a word for "urgent" (a hotline, first aid) urges nothing (issue 17, set 26).

Two brands invented for these tests list their language's word for "urgent" as urgency wording:
Nakhon Wanderer, a Thai ferry booker (ด่วน), and Mekong Seeds, a Lao seed shop (ດ່ວນ). Both
print their hotline ("urgent line": สายด่วน, ສາຍດ່ວນ) in every footer; run together with the
words around them, the hotline read as "urgent" and blocked every message. The bare word
still urges and blocks without an offer behind it; a Chinese first-aid kit (急救) and an
English urgent-care clinic are names, not urgency.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 12)


def _pack(name: str, locale: str, zone: str, words: list[str]) -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand(name, locale, zone),
            "rules": [rule("hurry", "urgency", {"extra_urgency": words})],
        },
        source="test",
    )


def _fires(check: Any, pack: BrandPack, body: str) -> bool:
    verdict = check(
        pack,
        channel="email",
        subject="News",
        body=body,
        as_of=_DAY,
        send_time=datetime(2027, 5, 12, 3, 0),
    )
    return "hurry" in fired(verdict)


def test_a_thai_hotline_is_no_urgency(check: Any) -> None:
    pack = _pack("Nakhon Wanderer", "th-TH", "Asia/Bangkok", ["ด่วน"])
    assert not _fires(check, pack, "จองตั๋วเรือเฟอร์รี่ได้ทุกวัน\nสายด่วน 1789 ทุกวัน 08:00-20:00")
    assert not _fires(check, pack, "เดินทางสะดวกด้วยรถด่วนและทางด่วน")
    assert _fires(check, pack, "ด่วน! จองตั๋วเรือเฟอร์รี่วันนี้")


def test_a_lao_hotline_is_no_urgency(check: Any) -> None:
    pack = _pack("Mekong Seeds", "lo-LA", "Asia/Vientiane", ["ດ່ວນ"])
    assert not _fires(check, pack, "ເມັດພັນຜັກສົດໃໝ່ທຸກອາທິດ\nສາຍດ່ວນ 1414 · ໄປສະນີດ່ວນທົ່ວປະເທດ")
    assert _fires(check, pack, "ສັ່ງດ່ວນ ເມັດພັນຜັກສົດໃໝ່")


def test_first_aid_and_urgent_care_are_names(check: Any) -> None:
    pack = _pack("Lotus Pharmacy", "zh-CN", "Asia/Shanghai", ["急", "urgent"])
    assert not _fires(check, pack, "家庭急救包现已上架。")
    assert not _fires(check, pack, "Find an urgent care clinic near you.")
    assert _fires(check, pack, "Urgent: restock your cabinet.")
