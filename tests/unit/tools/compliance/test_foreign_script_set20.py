"""Copy in a script no allowed language uses is not in an allowed language (issue 17, set 20).

Tealeaf House, a tea shop invented for these tests, writes in English only. The language rule
reads Latin-alphabet languages by their function words, so copy written wholly in Devanagari,
Chinese or Arabic script carried none and was never judged. The script now says so itself; an
English message with a word or a name in another script, or a short greeting, still passes,
and a brand whose allowed language is written in that script is not judged by it.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.writing_systems import foreign_script


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Tealeaf House",
                "legal_name": "Tealeaf House Ltd",
                "postal_address": "5 Market Street, Leicester LE1 5AB, United Kingdom",
                "sender_addresses": {"email": "hello@tealeaf.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/London",
                "website_domains": ["tealeaf.example"],
            },
            "rules": [rule("language", "language", {"allowed": allowed})],
        },
        source="test",
    )


_HINDI = "इस सर्दी में हमारी नई मसाला चाय आज़माइए और अपने परिवार के साथ आनंद लीजिए।"
_CHINESE = "今年冬天试试我们的新香料茶，和家人一起享受温暖的下午时光。欢迎光临。"


def test_copy_in_devanagari_or_chinese_is_not_english(check: Any) -> None:
    for body in (_HINDI, _CHINESE):
        verdict = check(_pack(["en"]), channel="email", subject="Winter tea", body=body)
        assert "language" in fired(verdict), body


def test_english_with_a_word_in_another_script_passes(check: Any) -> None:
    body = (
        "Our new masala chai (मसाला चाय) is here for the winter. Brew it strong, add milk "
        "and share a pot with the family this weekend."
    )
    verdict = check(_pack(["en"]), channel="email", subject="नमस्ते from Tealeaf", body=body)
    assert "language" not in fired(verdict)


def test_a_language_written_in_that_script_is_not_judged_by_it(check: Any) -> None:
    verdict = check(_pack(["hi", "en"]), channel="email", subject="Winter tea", body=_HINDI)
    assert "language" not in fired(verdict)


def test_an_unknown_allowed_language_judges_no_script() -> None:
    assert foreign_script(_CHINESE, frozenset({"xx"})) is None
    found = foreign_script(_CHINESE, frozenset({"en"}))
    assert found is not None and found.script == "Han"
