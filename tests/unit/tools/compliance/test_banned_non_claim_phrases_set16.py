"""Banned words inside declared non-claim phrases, and banned adjectives as adverbs (set 16).

Issue 17, sixteenth blind set. The brand is Mossbank Candles, a candle maker invented here (not
the sample brand, not an eval brand). It bans generic green claims ("green", "natural"), yet
sells a scent called "Sea Green Pine" and prints a care line about natural stone: phrases the
pack declares non-claims hold the banned words in another sense. A ban limited to a channel
(no candle names in SMS previews) still finds its words inside them. "Clean, naturally." is the
banned "natural" as an adverb; "Naturally, we'll refund you" is "of course".
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import MOSSBANK_CANDLES, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.adverb_forms import adverb_forms, sentence_adverb

_BRAND: dict[str, Any] = MOSSBANK_CANDLES


def _pack() -> BrandPack:
    rules = [
        rule("green-claims", "banned_phrase", {"phrases": ["green", "natural", "sustainable"]}),
        rule("sms-no-scents", "banned_phrase", {"phrases": ["pine"]}, channels=["sms"]),
    ]
    return parse_pack(
        {
            "brand": _BRAND,
            "rules": rules,
            "non_claim_phrases": [
                "Sea Green Pine",
                "Do not stand the candle on unsealed natural stone.",
            ],
        },
        source="test",
    )


def _fired(check: Any, body: str, channel: str = "email") -> set[str]:
    fields: dict[str, Any] = {"channel": channel, "body": body}
    if channel == "email":
        fields["subject"] = "Mossbank news"
    return fired(check(_pack(), **fields))


def test_a_banned_word_inside_a_declared_non_claim_is_not_banned(check: Any) -> None:
    assert "green-claims" not in _fired(check, "Our Sea Green Pine candle is back, £18.")
    body = "Do not stand the candle on unsealed natural stone. It burns for 40 hours."
    assert "green-claims" not in _fired(check, body)
    assert "green-claims" in _fired(check, "Sea Green Pine: the green choice for your home.")
    assert "green-claims" in _fired(check, "Our candles are natural and burn for 40 hours.")


def test_a_channel_scoped_ban_still_finds_its_words_inside_a_non_claim(check: Any) -> None:
    assert "sms-no-scents" in _fired(check, "Mossbank: Sea Green Pine is back. STOP to end", "sms")


def test_a_banned_adjective_is_found_as_its_adverb(check: Any) -> None:
    assert "green-claims" in _fired(check, "Clean, naturally. Our soy wax burns for 40 hours.")
    assert "green-claims" in _fired(check, "Wax that is sustainably poured.")
    assert "green-claims" not in _fired(check, "Naturally, we'll refund a cracked jar.")
    assert "green-claims" not in _fired(check, "We will, naturally, refund a cracked jar.")


def test_adverb_forms_only_of_one_word_adjectives() -> None:
    assert adverb_forms(["natural", "organic", "sustainable", "green", "non-toxic"]) == [
        "naturally",
        "organically",
        "sustainably",
    ]
    assert adverb_forms(["natural", "naturally"]) == []  # the rule lists it itself
    text = "Clean, naturally. Naturally, we refund."
    first = text.index("naturally")
    assert not sentence_adverb(text, first, first + 9)
    second = text.index("Naturally")
    assert sentence_adverb(text, second, second + 9)
