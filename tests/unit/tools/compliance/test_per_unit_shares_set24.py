"""A package's list price per unit is no price cut (issue 17, set 24).

Harbourside Pilates, a studio invented for these tests, lists a 10-class pass at $240 and a
Chinese-named 8-lesson pack (「8堂套餐」) at HK$960. "$24 per class" of the pass and 「每堂
HK$120」 of the pack are their list prices said per unit, but were read as prices below the list
price, promotions without an offer.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.per_unit_shares import list_price_share
from nextbest.tools.compliance.verdict import Verdict


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Harbourside Pilates", "en-HK", "Asia/Hong_Kong"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 200})],
            "products": [
                {"id": "pass10", "name": "10-class pass", "list_price": 240, "currency": "USD"},
                {"id": "pack8", "name": "普拉提8堂套餐", "list_price": 960, "currency": "HKD"},
            ],
        },
        source="test",
    )


def _offers(check: Callable[..., Verdict], body: str) -> bool:
    return "offers" in fired(check(_pack(), channel="email", subject="Classes", body=body))


def test_the_list_price_per_class_is_no_promotion(check: Callable[..., Verdict]) -> None:
    assert not _offers(check, "Our 10-class pass works out at $24 per class.")
    assert not _offers(check, "普拉提8堂套餐，每堂HK$120。")


def test_a_lower_price_per_class_is_still_one(check: Callable[..., Verdict]) -> None:
    assert _offers(check, "Our 10-class pass works out at $20 per class.")
    assert _offers(check, "普拉提8堂套餐，每堂HK$100。")


def test_list_price_share() -> None:
    text = "The 10-class pass: $24 per class."
    start = text.index("$24")
    products = [(240.0, ["10-class pass"])]
    assert list_price_share(text, (0, len(text)), start, start + 3, 24.0, products)
    assert not list_price_share(text, (0, len(text)), start, start + 3, 20.0, products)
    plain = "The 10-class pass: $24 today."
    start = plain.index("$24")
    assert not list_price_share(plain, (0, len(plain)), start, start + 3, 24.0, products)
