"""Russian copy under a Ukrainian-only rule is read as Russian (set 23).

Kalyna Pekarnia, a Kyiv bakery invented for these tests, must write in Ukrainian. The language
reader listed no Cyrillic language, so an e-mail written in Russian passed its Ukrainian-only
rule. Russian and Ukrainian are now read by the words that tell them apart; the bakery's own
Ukrainian copy still passes, and copy in another Cyrillic language the reader does not list
(Bulgarian) is not taken for either.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.language_id import judge

_RUSSIAN = (
    "Добрый день! Свежий хлеб уже ждёт вас: мы печём его каждое утро, и это всегда вкусно. "
    "Если хотите, закажите сейчас, и мы доставим его после обеда."
)
_UKRAINIAN = (
    "Добрий день! Свіжий хліб вже чекає на вас: ми печемо його щоранку, і це завжди смачно. "
    "Якщо бажаєте, замовте зараз, і ми доставимо його після обіду."
)
_BULGARIAN = (
    "Добър ден! Прясният хляб вече ви очаква: печем го всяка сутрин и винаги е вкусен. "
    "Ако искате, поръчайте сега и ще го доставим след обяд до вашия дом."
)


def _pack(allowed: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kalyna Pekarnia",
                "legal_name": "TOV Kalyna Pekarnia",
                "postal_address": "vul. Sadova 12, Kyiv 01001",
                "sender_addresses": {"email": "hello@kalyna.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Kyiv",
                "website_domains": ["kalyna.example"],
            },
            "rules": [rule("mova", "language", {"allowed": allowed})],
        },
        source="test",
    )


def test_russian_copy_under_a_ukrainian_rule_blocks(check: Any) -> None:
    verdict = check(_pack(["uk"]), channel="email", subject="Хліб", body=_RUSSIAN)
    assert "mova" in fired(verdict)


def test_ukrainian_copy_under_a_ukrainian_rule_passes(check: Any) -> None:
    verdict = check(_pack(["uk"]), channel="email", subject="Хліб", body=_UKRAINIAN)
    assert "mova" not in fired(verdict), verdict.violations


def test_the_two_are_told_apart() -> None:
    russian = judge(_RUSSIAN, frozenset({"uk"}))
    ukrainian = judge(_UKRAINIAN, frozenset({"ru"}))
    assert russian is not None and russian.language == "ru"
    assert ukrainian is not None and ukrainian.language == "uk"


def test_bulgarian_copy_is_not_taken_for_either() -> None:
    assert judge(_BULGARIAN, frozenset({"bg"})) is None
