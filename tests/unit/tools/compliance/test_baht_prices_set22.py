"""Prices in Thai baht ("฿890", "890 บาท") are read as prices (issue 17, set 22).

Baan Lanna Spa, a day spa invented for these tests, writes its copy in Thai and must say that
every price includes VAT. A baht price was no price to the disclosure rule's price shapes, so a
price list without the VAT line went through. A spending threshold ("ครบ 2,000 บาท", reaching
2,000 baht; "2,000 บาทขึ้นไป", 2,000 baht and up) offers nothing at that price and needs no line.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 1, 20)
_LINE = "ราคานี้รวมภาษีมูลค่าเพิ่มแล้ว"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Baan Lanna Spa", "th-TH", "Asia/Bangkok"),
            "rules": [
                rule(
                    "vat",
                    "disclosure",
                    {"trigger_prices": ["any"], "required_any": [_LINE]},
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="เมนูสปาเดือนมกราคม",
        body=body,
        send_time=datetime(2027, 1, 20, 3, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_baht_sign_price_without_the_line_blocks() -> None:
    assert "vat" in _fired("นวดน้ำมันหอมระเหย ฿1,290/90 นาที")


def test_a_price_in_the_word_baht_without_the_line_blocks() -> None:
    assert "vat" in _fired("นวดแผนไทย ราคา 890 บาทต่อชั่วโมง")


def test_a_baht_price_with_the_line_passes() -> None:
    assert "vat" not in _fired(f"นวดแผนไทย ฿890 {_LINE}")


def test_a_spending_threshold_needs_no_line() -> None:
    assert "vat" not in _fired("สมาชิกใช้บริการครบ 2,000 บาท รับผ้าขนหนูหนึ่งผืน")
    assert "vat" not in _fired("ใช้บริการ 2,000 บาทขึ้นไปต่อครั้ง รับผ้าขนหนูหนึ่งผืน")
