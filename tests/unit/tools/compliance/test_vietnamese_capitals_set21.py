"""A Vietnamese word in capitals shouts: its vowels carry two diacritics (issue 17, set 21).

Mây Xanh, a Vietnamese payment app invented for these tests, warns on all-capital words.
"ĐỪNG CHẦN CHỪ" (don't hesitate) has only horned or doubly marked vowels, which were not read
as vowels, so the words passed as acronyms; an acronym without vowels ("NHNN") still passes.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    caps = rule("caps", "capitals", severity="warn")
    return parse_pack(
        {"brand": email_brand("May Xanh", "vi-VN", "Asia/Ho_Chi_Minh"), "rules": [caps]},
        source="test",
    )


def test_a_vietnamese_word_in_capitals_shouts(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Tin mới", body="Ưu đãi mới. ĐỪNG CHẦN CHỪ!")
    assert "caps" in fired(verdict)


def test_an_acronym_still_passes(check: Any) -> None:
    verdict = check(_pack(), channel="email", subject="Tin mới", body="Được NHNN cấp phép.")
    assert "caps" not in fired(verdict)
