"""Chinese "free" and "half price", Basque "free", read by the offer and subject rules (set 24).

Two brands invented for these tests: Tai Po Climbing (Traditional Chinese) and Getaria Arraun
(Basque, a rowing club). 「免費試堂」 (a free trial class), a subject 「攀石課程半價」 (climbing
course half price) and a Basque subject "Lehen saioa doan!" (first session free) promised
something no approved offer gives, but the offer rule's word patterns read none of these words,
and the subject rule did not read 半價 or the Basque "doan". A toll-free line (免費熱線) and the
Basque verb "to go" ("Getariara doan autobusa", the bus that goes to Getaria) give nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.basque_free_words import free_words, going
from nextbest.tools.compliance.chinese_promotions import chinese_promotions
from nextbest.tools.compliance.verdict import Verdict


def _pack(name: str, locale: str, zone: str) -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand(name, locale, zone),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 200}),
                rule("subject", "subject_honesty"),
            ],
        },
        source="test",
    )


def _chinese(check: Callable[..., Verdict], subject: str, body: str) -> set[str]:
    pack = _pack("Tai Po Climbing", "zh-HK", "Asia/Hong_Kong")
    return fired(check(pack, channel="email", subject=subject, body=body, locale="zh-HK"))


def _basque(check: Callable[..., Verdict], subject: str, body: str) -> set[str]:
    pack = _pack("Getaria Arraun", "eu-ES", "Europe/Madrid")
    return fired(check(pack, channel="email", subject=subject, body=body, locale="eu-ES"))


def test_a_chinese_free_trial_needs_an_offer(check: Callable[..., Verdict]) -> None:
    assert "offers" in _chinese(check, "預約試堂", "即日起可預約免費試堂一次，教練陪你熟悉場地。")


def test_a_chinese_half_price_subject_is_promised(check: Callable[..., Verdict]) -> None:
    found = _chinese(check, "攀石課程半價", "攀石課程每月上堂四次，歡迎報名。")
    assert {"offers", "subject"} <= found


def test_a_toll_free_line_gives_nothing(check: Callable[..., Verdict]) -> None:
    assert not _chinese(check, "課程查詢", "如有查詢，請致電免費熱線。")


def test_a_basque_free_subject_is_promised(check: Callable[..., Verdict]) -> None:
    found = _basque(check, "Lehen saioa doan!", "Arraun saioak larunbatero, 10:00etan.")
    assert {"offers", "subject"} <= found


def test_the_basque_verb_to_go_gives_nothing(check: Callable[..., Verdict]) -> None:
    assert not _basque(check, "Saioak", "Getariara doan autobusa hartu eta etorri portura.")


def test_readers() -> None:
    assert [k for k, _, _ in chinese_promotions("免費試堂，套餐半價")] == ["free", "half"]
    assert chinese_promotions("免費熱線") == []
    assert free_words("lehen klasea doan!") == [(13, 17)]
    assert going("getariara doan autobusa", 10)
    assert not going("sarrera doan", 8)
    assert free_words("doako klasea, dohainik") == [(0, 5), (14, 22)]
