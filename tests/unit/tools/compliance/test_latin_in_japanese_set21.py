"""Latin words inside Japanese copy (issue 17, set 21).

Kohaku Sabo, a tea house invented for these tests, writes in Japanese and keeps capitals for
codes. Japanese copy writes a Latin word straight against its own letters (「UVカット」,
「NEWアイテム」): the capitals rule read the Latin word and the Japanese after it as one word in
capitals, so a short acronym glued to katakana shouted. And an English label above a Japanese
sentence (「NEW ARRIVALS｜新茶のご案内」) outnumbered the few characters around it, so the
language rule read the subject as written in the Latin script; English copy is the
function-word reader's to judge.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.writing_systems import foreign_script

_BODY = "いつもこはく茶房をご利用いただき、ありがとうございます。今年の新茶が届きました。"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("kohaku"),
            "rules": [
                rule("caps", "capitals", {"allowed": ["SHINCHA10"]}, severity="warn"),
                rule("japanese", "language", {"allowed": ["ja"]}),
            ],
        },
        source="test",
    )


def _fired(check: Any, subject: str, body: str = _BODY) -> set[str]:
    return fired(check(_pack(), channel="email", subject=subject, body=body))


def test_a_short_acronym_glued_to_japanese_does_not_shout(check: Any) -> None:
    assert "caps" not in _fired(check, "夏こそUVカットの水出し茶")
    assert "caps" not in _fired(check, "クーポンコードSHINCHA10をどうぞ")


def test_a_shouted_latin_word_glued_to_japanese_still_shouts(check: Any) -> None:
    assert "caps" in _fired(check, "NEWアイテム入荷")
    assert "caps" in _fired(check, "SPECIALセレクション")


def test_an_english_label_over_japanese_copy_is_not_a_foreign_script(check: Any) -> None:
    found = _fired(check, "NEW ARRIVALS｜新茶のご案内")
    assert "japanese" not in found
    assert "caps" in found
    assert foreign_script("SEASONAL GREETINGS｜新茶", frozenset({"ja"})) is None


def test_english_prose_is_still_not_japanese(check: Any) -> None:
    body = "Thank you for shopping with us. Our new tea has arrived and it is ready for you now."
    assert "japanese" in _fired(check, "新茶のご案内", body)
