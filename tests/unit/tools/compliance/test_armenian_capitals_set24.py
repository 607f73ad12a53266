"""A word of Armenian capitals shouts too (issue 17, set 24).

Nran Aygi, a garden restaurant in Dilijan invented for these tests, bans words in capitals. The
rule told an acronym from a word by its vowels, and knew no Armenian vowel: a shouted Armenian
word ("ԶԵՂՉԵՐ", "ՄԻԱՅՆ") was taken for an acronym and let through. An Armenian acronym without a
vowel stays an acronym, and the legal form in the pack's own address is the pack's wording.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Նռան Այգի",
                "legal_name": "«Նռան Այգի» ՍՊԸ",
                "postal_address": "Դիլիջան, Կենտրոնական փողոց 9",
                "sender_addresses": {"sms": "NRAN"},
                "channels": ["sms"],
                "locales": ["hy-AM"],
                "default_time_zone": "Asia/Yerevan",
                "website_domains": ["nran.example"],
            },
            "rules": [rule("caps", "capitals", {"max_caps_words": 0}, severity="warn")],
        }
    )


def test_armenian_capital_words_shout(check) -> None:
    pack = _pack()
    for body in (
        "Նռան Այգի. ԶԵՂՉԵՐ ամբողջ շաբաթ այգու սեղանների համար։",
        "Նռան Այգի. Նոր ճաշացանկ ՄԻԱՅՆ ուրբաթ երեկոյան։",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" in verdict.fired_rule_ids, body


def test_armenian_acronyms_do_not_shout(check) -> None:
    pack = _pack()
    for body in (
        "Նռան Այգի. Գները ներառում են ԱԱՀ-ն։",
        "Նռան Այգի. Նոր ճաշացանկ ուրբաթ երեկոյան։ «Նռան Այգի» ՍՊԸ",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" not in verdict.fired_rule_ids, (body, verdict.violations)
