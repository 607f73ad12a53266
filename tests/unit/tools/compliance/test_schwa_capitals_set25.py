"""A word of capitals whose only vowel is the schwa shouts too (issue 17, set 25).

Gəncə Çay Evi, a tea house invented for these tests, bans words in capitals. The rule told an
acronym from a word by its vowels, and knew no Ə: an Azerbaijani word in capitals written with
no other vowel ("TƏZƏ", "HƏFTƏLƏR") was taken for an acronym and let through. An acronym
without a vowel stays an acronym.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Gəncə Çay Evi",
                "legal_name": "Gəncə Çay Evi MMC",
                "postal_address": "Atatürk prospekti 12, Gəncə",
                "sender_addresses": {"sms": "CAYEVI"},
                "channels": ["sms"],
                "locales": ["az-Latn-AZ"],
                "default_time_zone": "Asia/Baku",
                "website_domains": ["cayevi.example"],
            },
            "rules": [rule("caps", "capitals", {"max_caps_words": 0}, severity="warn")],
        }
    )


def test_schwa_capital_words_shout(check) -> None:
    pack = _pack()
    for body in (
        "Gəncə Çay Evi: TƏZƏ dağ çayı gəldi.",
        "Gəncə Çay Evi: bu HƏFTƏLƏR axşam musiqi var.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "caps" in verdict.fired_rule_ids, body


def test_acronyms_without_a_vowel_do_not_shout(check) -> None:
    pack = _pack()
    verdict = check(pack, channel="sms", body="Gəncə Çay Evi: qiymətlərə ƏDV daxildir.")
    assert "caps" not in verdict.fired_rule_ids, verdict.violations
