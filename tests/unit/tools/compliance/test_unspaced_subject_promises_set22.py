"""A subject's promise in a language written without spaces (issue 17, set 22).

Yunshan Noodles, a noodle shop invented for these tests, writes its copy in Chinese. A subject
promising free delivery ("全店免運") or a discount was one run of letters to the word-by-word
reading of promise words, so a subject the body did not keep went through. A body or offer
that gives the promise keeps it.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 8)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Yunshan Noodles", "zh-TW", "Asia/Taipei"),
            "rules": [rule("subject", "subject_honesty")],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    send_time = datetime(2027, 3, 8, 2, 0)
    return email_fired(_pack(), body, subject=subject, send_time=send_time, as_of=_DAY)


def test_a_free_delivery_subject_the_body_does_not_give_blocks() -> None:
    assert "subject" in _fired("全店免運！", "春季新品牛肉麵上市，歡迎來店品嚐。")


def test_a_free_delivery_subject_the_body_gives_passes() -> None:
    assert "subject" not in _fired("本週免運", "本週網路訂購一律免運，3/14 止。")


def test_a_subject_without_a_promise_passes() -> None:
    assert "subject" not in _fired("春季新品上市", "春季新品牛肉麵上市，歡迎來店品嚐。")
