"""A percentage beside a word for "discount" in Mongolian or Bengali is a reduction (issue 17,
set 23).

Tal Gutal, a felt-boot maker invented for these tests, writes in Mongolian; Pitha Ghar, a
rice-cake kitchen, in Bengali. Each has one approved percent offer. "25% хямдрал" and "১৫%
ছাড়" (25 and 15 percent off) were no reduction to the offer rule, so copy promising another
figure than the offer's went through. The offer's own figure passes; a Bengali "ছাড়া"
(except) after a percentage is no reduction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 10)


def _pack(brand: dict[str, Any], terms: str, percent: int) -> BrandPack:
    return parse_pack(
        {
            "brand": brand,
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 400})],
            "offers": [
                {
                    "id": "deal",
                    "name": "deal",
                    "terms": terms,
                    "disclosure": terms,
                    "discount_type": "percent",
                    "discount_amount": percent,
                    "channels": ["email"],
                    "valid_from": "2027-02-01",
                    "valid_until": "2027-02-28",
                }
            ],
        },
        source="test",
    )


_MN = _pack(
    email_brand("Tal Gutal", "mn-MN", "Asia/Ulaanbaatar"),
    "Эсгий гутланд 10% хямдрал, 2027.02.28 хүртэл, бусад урамшуулалтай давхцахгүй.",
    10,
)
_BN = _pack(
    email_brand("Pitha Ghar", "bn-BD", "Asia/Dhaka"),
    "ভাপা পিঠার মিশ্রণে ৮% ছাড়, ২৮ ফেব্রুয়ারি ২০২৭ পর্যন্ত।",
    8,
)


def _fired(pack: BrandPack, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Мэдээ",
        body=body,
        send_time=datetime(2027, 2, 10, 3, 0),
        offer_id="deal",
    )
    return set(RuleEngine(pack).check(message, as_of=_DAY).fired_rule_ids)


def test_a_mongolian_discount_of_another_figure_blocks() -> None:
    terms = _MN.offers[0].terms
    assert "offers" in _fired(_MN, f"Эсгий гутланд 25% хямдрал!\n\n{terms}")
    assert "offers" not in _fired(_MN, f"Эсгий гутланд 10% хямдрал!\n\n{terms}")


def test_a_bengali_discount_of_another_figure_blocks() -> None:
    terms = _BN.offers[0].terms
    assert "offers" in _fired(_BN, f"শীতের পিঠায় ১৫% ছাড়!\n\n{terms}")
    assert "offers" not in _fired(_BN, f"শীতের পিঠায় ৮% ছাড়!\n\n{terms}")
    assert "offers" not in _fired(_BN, f"১০০% ছাড়া আর কিছু নয়, শীতের পিঠা!\n\n{terms}")
