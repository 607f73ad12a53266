"""Chinese "postage included" (包邮, 包郵) is free shipping to the offer rule (set 26).

Lanting Paper, a stationery shop invented for these tests, has no free-shipping offer, and one
standing line that gives free postage above a threshold. 「本周全店包邮」 (free postage on the
whole shop this week) is a promotion no approved offer gives, but the offer rule read no word
of it. The standing line itself stays allowed.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.chinese_promotions import chinese_promotions
from nextbest.tools.compliance.verdict import Verdict

_STANDING = "订单满200元包邮。"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Lanting Paper", "zh-CN", "Asia/Shanghai"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 200})],
            "standing_statements": [{"id": "post", "text": _STANDING}],
        },
        source="test",
    )


def _fired(check: Callable[..., Verdict], body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="新品信纸", body=body, locale="zh-CN"))


def test_free_postage_without_an_offer_blocks(check: Callable[..., Verdict]) -> None:
    assert "offers" in _fired(check, "宣纸信笺上新，本周全店包邮。")
    assert "offers" in _fired(check, "宣紙信箋上新，本週全店包郵。")


def test_the_standing_postage_line_passes(check: Callable[..., Verdict]) -> None:
    assert "offers" not in _fired(check, f"宣纸信笺上新。{_STANDING}")


def test_reader() -> None:
    assert [k for k, _, _ in chinese_promotions("全店包邮")] == ["free"]
