"""Belarusian copy is read, and a repeated short word is no language (issue 17, set 27).

Вясёлка Кава, a Belarusian coffee shop invented for these tests, writes in Belarusian. The
function-word reader did not list Belarusian, and the words it shares with Ukrainian ("і",
"з", "або") were Ukrainian votes: the shop's own copy was blocked as Ukrainian under its
Belarusian-only rule. Belarusian is now read, its shared words split their vote; Russian copy
still blocks. Copy in a language the reader does not read at all may repeat one or two short
words another language lists (Hausa "ku", "zo" are Slovak words); such votes from fewer than
three different words are no longer a finding, while English copy still is.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_BELARUSIAN = (
    "Новая кава з Эфіопіі ўжо ў кавярні і ў краме — паспрабуйце яе з малаком або без, "
    "з булачкай і варэннем."
)
_RUSSIAN = (
    "Новый кофе из Эфиопии уже в кофейне, и это только начало: мы ждём вас каждый день, "
    "когда вам удобно."
)
_HAUSA = "Ku zo ku ga sabon kaya, ku saya kafin ranar Lahadi."
_ENGLISH = "Come and see the new stock at our shop, and buy it before Friday with your friends."


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Вясёлка Кава",
                "legal_name": "ТАА «Вясёлка Кава»",
                "postal_address": "вул. Сонечная, 4, 220004, Мінск",
                "sender_addresses": {"email": "kava@vyasiolka.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Minsk",
                "website_domains": ["vyasiolka.example"],
            },
            "rules": [rule("mova", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_belarusian_copy_under_a_belarusian_rule_passes(check: Any) -> None:
    verdict = check(_pack(["be"]), channel="email", subject="Новая кава", body=_BELARUSIAN)
    assert "mova" not in fired(verdict), verdict.violations


def test_russian_copy_under_a_belarusian_rule_still_blocks(check: Any) -> None:
    verdict = check(_pack(["be"]), channel="email", subject="Новый кофе", body=_RUSSIAN)
    assert "mova" in fired(verdict)


def test_belarusian_copy_is_read_as_belarusian() -> None:
    found = judge(_BELARUSIAN, frozenset({"ru"}))
    assert found is not None and found.language == "be"


def test_a_repeated_short_word_beside_an_unread_language_is_no_finding() -> None:
    assert judge(_HAUSA, frozenset({"ha"})) is None
    found = judge(_ENGLISH, frozenset({"ha"}))
    assert found is not None and found.language == "en"
