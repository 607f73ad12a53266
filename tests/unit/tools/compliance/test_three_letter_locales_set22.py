"""A locale with a three-letter language code still lets the script be judged (issue 17, set 22).

Kapehan sa Kanto, a Manila coffee shop invented for these tests, writes Filipino and English;
its customers' locale is ``fil-PH``. The customer's chosen language (``fil``) joins the allowed
ones, and an allowed code whose script was unknown turned the script check off, so copy written
wholly in Chinese characters went out to the Filipino list. Filipino (``fil``) and Cantonese
(``yue``) now have their scripts; Filipino and English copy still passes, and a customer who
chose Cantonese may get Chinese characters but not Thai.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack(allowed: list[str], locales: list[str]) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Kapehan sa Kanto",
                "legal_name": "Kapehan sa Kanto Corp.",
                "postal_address": "12 Mabini Street, Malate, Manila 1004, Philippines",
                "sender_addresses": {"email": "hello@kapehan.example"},
                "channels": ["email"],
                "locales": locales,
                "default_time_zone": "Asia/Manila",
                "website_domains": ["kapehan.example"],
            },
            "rules": [rule("language", "language", {"allowed": allowed})],
        },
        source="test",
    )


_CHINESE = "今年冬天试试我们的新咖啡，和家人一起享受温暖的下午时光。欢迎光临我们的小店。"
_THAI = "ลองกาแฟใหม่ของเราในฤดูหนาวนี้ และเพลิดเพลินกับยามบ่ายที่อบอุ่นกับครอบครัว"
_TAGLISH = (
    "Bagong kape para sa malamig na umaga! Try our new barako blend, perfect with pandesal. "
    "Kita-kits sa Kanto this weekend."
)


def test_chinese_copy_to_a_filipino_locale_is_caught(check: Any) -> None:
    pack = _pack(["tl", "en"], ["fil-PH", "en-PH"])
    verdict = check(pack, channel="email", subject="Bagong kape", body=_CHINESE, locale="fil-PH")
    assert "language" in fired(verdict)


def test_filipino_and_english_copy_passes(check: Any) -> None:
    pack = _pack(["tl", "en"], ["fil-PH", "en-PH"])
    verdict = check(pack, channel="email", subject="Bagong kape", body=_TAGLISH, locale="fil-PH")
    assert "language" not in fired(verdict)


def test_a_cantonese_locale_allows_chinese_characters_only(check: Any) -> None:
    pack = _pack(["en"], ["yue-HK", "en-HK"])
    verdict = check(pack, channel="email", subject="新咖啡", body=_CHINESE, locale="yue-HK")
    assert "language" not in fired(verdict)
    verdict = check(pack, channel="email", subject="News", body=_THAI, locale="yue-HK")
    assert "language" in fired(verdict)
