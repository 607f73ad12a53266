"""Chinese claim triggers: an ordinal 第一 and a trigger in title marks (issue 17, set 24).

Shatin Swim Club, a swimming school invented for these tests, writes Traditional Chinese. Its
pack lists 第一 ("number one") as a superlative trigger and its magazine's title 《泳訊》 as an
endorsement trigger. "第一次" (the first time) was read as the superlative, and the title in
the approved disclaimer of the magazine claim (written with its title marks, which the
disclaimer's match leaves out) was read as an unapproved endorsement.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.chinese_ordinals import counted_first
from nextbest.tools.compliance.verdict import Verdict

_AWARD = "《泳訊》2026年度沙田區最受歡迎泳會"
_BASIS = "《泳訊》2026家長投票結果。"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Shatin Swim Club", "zh-HK", "Asia/Hong_Kong"),
            "rules": [
                rule(
                    "claims",
                    "claim_grounding",
                    {
                        "categories": ["endorsement", "superlative"],
                        "extra_triggers": {"endorsement": ["《泳訊》"], "superlative": ["第一"]},
                    },
                )
            ],
            "claims": [
                {
                    "id": "award",
                    "text": _AWARD,
                    "category": "endorsement",
                    "substantiation": "award letter",
                    "channels": ["email"],
                    "disclaimer": _BASIS,
                    "keywords": ["《泳訊》", "最受歡迎泳會"],
                }
            ],
        },
        source="test",
    )


def _claims(check: Callable[..., Verdict], body: str) -> bool:
    return "claims" in fired(check(_pack(), channel="email", subject="泳班消息", body=body))


def test_the_first_time_ranks_nothing(check: Callable[..., Verdict]) -> None:
    assert not _claims(check, "第一次上堂？教練會陪你熟悉泳池。")
    assert not _claims(check, "第一堂課在星期六開始。")


def test_number_one_stays_a_claim(check: Callable[..., Verdict]) -> None:
    assert _claims(check, "我們是全城第一的泳會。")
    assert _claims(check, "連續三年第一名！")


def test_the_title_in_the_approved_disclaimer_is_no_claim(check: Callable[..., Verdict]) -> None:
    assert not _claims(check, f"多謝支持，我們獲選{_AWARD}。\n{_BASIS}\n歡迎參觀。")


def test_the_title_outside_the_disclaimer_stays_a_trigger(check: Callable[..., Verdict]) -> None:
    assert _claims(check, f"多謝支持，我們獲選{_AWARD}。\n{_BASIS}\n《泳訊》讀者都讚好。")


def test_counted_first() -> None:
    text = "第一次試？全城第一"
    assert counted_first(text, 0, 2)
    assert not counted_first(text, 7, 9)
    assert not counted_first("第一名", 0, 2)
    assert counted_first("第1次", 0, 2)
