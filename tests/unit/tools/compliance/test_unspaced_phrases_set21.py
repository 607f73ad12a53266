"""Phrases are found in Japanese copy, which has no spaces between words (issue 17, set 21).

Kohaku Sabo, a tea house invented for these tests, writes in Japanese. A banned phrase, a
competitor's name or a disclosure's trigger phrase had to stand as a whole word, so a Japanese
phrase was never found inside a sentence (the letter next to it is a letter too) nor glued to
a figure. A Latin phrase stays a whole word of its own script, and is found glued to Japanese
letters.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.unspaced_scripts import word_guards

_NOTE = "※妊娠中の方はお控えください。"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("kohaku"),
            "rules": [
                rule("ban", "banned_phrase", {"phrases": ["飲むだけで痩せる", "送料別", "DETOX"]}),
                rule("rival", "case_sensitive_term", {"terms": ["みどり園", "TEAPRO"]}),
                rule(
                    "caffeine-note",
                    "disclosure",
                    {"trigger_phrases": ["カフェイン", "ほうじ茶ラテ"], "required_any": [_NOTE]},
                ),
            ],
        },
        source="test",
    )


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="新茶のご案内", body=body))


def test_a_banned_japanese_phrase_inside_a_sentence_or_before_a_figure_blocks(check: Any) -> None:
    assert "ban" in _fired(check, "毎日飲むだけで痩せるお茶です。")
    assert "ban" in _fired(check, "煎茶ティーバッグ 1,200円／送料別500円")
    assert "ban" not in _fired(check, "毎日のひと息に、温かいお茶をどうぞ。")


def test_a_latin_phrase_is_found_glued_to_japanese_letters_but_not_inside_a_latin_word(
    check: Any,
) -> None:
    assert "ban" in _fired(check, "冬のDETOXティーが新登場。")
    assert "ban" not in _fired(check, "冬のDETOXIFYINGティーが新登場。")


def test_a_trigger_phrase_inside_a_japanese_sentence_needs_its_disclosure(check: Any) -> None:
    assert "caffeine-note" in _fired(check, "玉露は旨みとカフェインが豊かです。")
    assert "caffeine-note" in _fired(check, "新作の濃いほうじ茶ラテ。")
    assert "caffeine-note" not in _fired(check, f"玉露は旨みとカフェインが豊かです。\n{_NOTE}")


def test_word_guards_drop_the_guard_at_an_unspaced_edge() -> None:
    assert word_guards("カフェイン") == ("", "")
    before, after = word_guards("DETOX")
    assert before and after
    assert word_guards("DETOXティー")[1] == ""


def test_a_competitor_named_inside_a_japanese_sentence_blocks(check: Any) -> None:
    assert "rival" in _fired(check, "みどり園より香りが豊かな煎茶です。")
    assert "rival" in _fired(check, "TEAPROの茶葉と比べてください。")
    assert "rival" not in _fired(check, "TEAPROFESSIONALの茶葉と比べてください。")
