"""A word in capitals whose letters carry combining marks still shouts (issue 17, set 26).

Ìtànná Books, a Yoruba bookshop invented for these tests, writes its copy with tone marks and
under-dots. A dotted vowel with a tone mark has no precomposed letter ("Ẹ̀" is Ẹ and a
combining grave), so a shouted "KẸ̀KẸ́" fell apart at its marks into two-letter pieces too short
to shout. The whole word is read now; the same word in lower case does not shout.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack


def test_a_marked_word_in_capitals_shouts(check: Any) -> None:
    pack = parse_pack(
        {
            "brand": email_brand("Itanna Books", "yo-NG", "Africa/Lagos"),
            "rules": [rule("caps", "capitals", {}, severity="warn")],
        },
        source="test",
    )

    def shouts(subject: str) -> bool:
        verdict = check(pack, channel="email", subject=subject, body="Ìwé tuntun ti dé.")
        return "caps" in fired(verdict)

    assert shouts("KẸ̀KẸ́ ìwé tuntun")
    assert not shouts("Kẹ̀kẹ́ ìwé tuntun")
