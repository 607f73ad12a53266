"""A catalogue price in Vietnamese dong beside an approved claim's words (issue 17, set 21).

Hà Nội Xanh, a bike-sharing app invented for these tests, lists unlocking a bike at 0đ and has
an approved claim "Miễn phí mở khóa xe đạp cho mọi chuyến đi" (unlocking is free on every
ride). A sentence that quotes the catalogue's price of it ("… vẫn 0đ phí") states the
catalogue, not the claim reworded; a figure of its own ("5.000đ") still rewords the claim.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import claims_block, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.claim_clauses import PRICE


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("hanoi_xanh"),
            "products": [
                {"id": "mo-khoa", "name": "Mở khóa xe đạp", "list_price": 0, "currency": "VND"}
            ],
            "claims": [
                {
                    "id": "mien-phi",
                    "text": "Miễn phí mở khóa xe đạp cho mọi chuyến đi.",
                    "category": "price",
                    "substantiation": "Biểu phí 2027",
                    "channels": ["email"],
                    "products": ["mo-khoa"],
                }
            ],
            "rules": [rule("claims", "claim_grounding", {"categories": ["price"]})],
        },
        source="test",
    )


def test_dong_prices_are_prices() -> None:
    assert PRICE.search("phí 3.300đ/giao dịch")
    assert PRICE.search("giá 50.000 VNĐ")
    assert PRICE.search("chỉ 20.000₫")
    assert not PRICE.search("đi 3 đêm")


def test_the_catalogue_price_beside_the_claims_words_passes(check: Any) -> None:
    assert not claims_block(check, _pack(), "Mở khóa xe đạp cho mọi chuyến đi vẫn 0đ phí.")


def test_a_figure_of_its_own_still_rewords_the_claim(check: Any) -> None:
    assert claims_block(check, _pack(), "Mở khóa xe đạp cho mọi chuyến đi chỉ 5.000đ phí.")
