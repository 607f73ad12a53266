"""An offer's figures restated in copy: its name's sentence, and a figure with a glued sign.

Hà Nội Xanh, a Vietnamese bike-sharing app invented for these tests (issue 17, set 21), has an
offer named "Vé tháng: giảm 0đ phí mở khóa trong 2 tháng đầu" whose terms never repeat the
"2 tháng" (two months): copy that restates the name with "4 tháng" changes the offer. A dong
price is written against its sign ("25.000đ"): the figure is 25000, not its first group 25,
so "Hoàn 25% …" under an offer of 15% changes the offer too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance_helpers import fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.offer_paraphrase import figures_of

_NAME = "Vé tháng: phí mở khóa 0đ trong 2 tháng đầu"
_TERMS = "Áp dụng cho thuê bao vé tháng đăng ký từ 01/03/2027 đến 31/03/2027. Sau đó 9.000đ/tháng."
_CASHBACK = "Hoàn 15% tối đa 25.000đ cho chuyến đi đầu tiên."
_CASHBACK_TERMS = f"{_CASHBACK} Áp dụng từ 01/03/2027 đến 31/03/2027."


def _pack() -> BrandPack:
    offer = {"channels": ["email"], "valid_from": "2027-03-01", "valid_until": "2027-03-31"}
    return parse_pack(
        {
            "brand": invented_brand("hanoi_xanh"),
            "offers": [
                {
                    "id": "ve-thang",
                    "name": _NAME,
                    "terms": _TERMS,
                    "disclosure": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 0,
                    "currency": "VND",
                    **offer,
                },
                {
                    "id": "hoan-15",
                    "name": "Hoàn 15% chuyến đầu",
                    "terms": _CASHBACK_TERMS,
                    "disclosure": "Áp dụng từ 01/03/2027 đến 31/03/2027.",
                    "discount_type": "percent",
                    "discount_amount": 15,
                    **offer,
                },
            ],
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
        },
        source="test",
    )


def _fired(check: Any, body: str, offer_id: str) -> set[str]:
    return fired(
        check(
            _pack(),
            channel="email",
            subject="Tin mới",
            body=body,
            offer_id=offer_id,
            as_of=date(2027, 3, 10),
        )
    )


def test_a_glued_dong_sign_keeps_the_whole_figure() -> None:
    assert figures_of("tối đa 25.000đ, phí 3.300₫") == {25000.0, 3300.0}


def test_the_offers_name_is_restated_with_its_figures(check: Any) -> None:
    assert "offers" not in _fired(check, f"{_NAME}. {_TERMS}", "ve-thang")
    assert "offers" in _fired(
        check, f"Vé tháng: phí mở khóa 0đ trong 4 tháng đầu. {_TERMS}", "ve-thang"
    )


def test_a_changed_percentage_beside_a_dong_amount_blocks(check: Any) -> None:
    assert "offers" not in _fired(check, _CASHBACK_TERMS, "hoan-15")
    changed = _CASHBACK_TERMS.replace("15%", "25%")
    assert "offers" in _fired(check, changed, "hoan-15")
