"""An offer's own code quoted in copy the mention patterns cannot read (issue 17, set 22).

Lumora Net, an internet provider invented for these tests, writes its copy in Japanese and has
one approved offer with the code HIKARI30 and conditions that must go with it. A promo code is
found by the word before it ("code HIKARI30"); in copy whose words the patterns do not read,
a message carrying the offer and quoting its code without the conditions went through, and so
did a billing notice (which must carry no promotion) quoting the code.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 10)
_TERMS = "新規契約のみ、HIKARI30 入力で月額料金 30% 割引、5 月 31 日まで"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Lumora Net", "ja-JP", "Asia/Tokyo"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 200}),
                rule(
                    "notice",
                    "disclosure",
                    {"trigger_phrases": ["ご請求金額のお知らせ"], "no_promotion": True},
                ),
            ],
            "offers": [
                {
                    "id": "hikari",
                    "name": "光回線 30% 割引",
                    "terms": _TERMS,
                    "code": "HIKARI30",
                    "discount_type": "percent",
                    "discount_amount": 30,
                    "channels": ["email"],
                    "valid_from": "2027-05-01",
                    "valid_until": "2027-05-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    send_time = datetime(2027, 5, 10, 1, 0)
    return email_fired(
        _pack(), body, subject="お知らせ", send_time=send_time, as_of=_DAY, offer_id=offer_id
    )


def test_the_offer_code_without_its_conditions_blocks() -> None:
    assert "offers" in _fired("光回線がおトク！お申し込み時にHIKARI30を入力。", "hikari")


def test_the_offer_code_with_its_conditions_passes() -> None:
    assert "offers" not in _fired(f"光回線がおトク！\n{_TERMS}", "hikari")


def test_a_longer_code_is_not_the_offer_code() -> None:
    assert "offers" not in _fired(
        "光回線のご案内です。型番 XHIKARI300 の機器をお届けします。", "hikari"
    )


def test_a_billing_notice_quoting_an_offer_code_blocks() -> None:
    fired = _fired("ご請求金額のお知らせ：今月は 4,800 円です。友だちにHIKARI30をどうぞ。")
    assert "notice" in fired
    assert "notice" not in _fired("ご請求金額のお知らせ：今月は 4,800 円です。")
