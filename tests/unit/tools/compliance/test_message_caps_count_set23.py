"""A limit on capital words is the whole message's, not each field's (issue 17, set 23).

Harbour Lanterns, a candle shop invented for these tests, allows one word in capitals per
message. A subject with one shouted word and a body with another went through, since each field
was counted on its own.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 2, 2)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Harbour Lanterns", "en-GB", "Europe/London"),
            "rules": [rule("caps", "capitals", {"max_caps_words": 1}, severity="warn")],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    send_time = datetime(2027, 2, 2, 10, 0)
    return email_fired(_pack(), body, subject=subject, send_time=send_time, as_of=_DAY)


def test_one_capital_word_in_each_field_is_two_in_the_message() -> None:
    assert "caps" in _fired("HUGE winter news", "Our BRIGHT new candles are in the shop.")


def test_one_capital_word_in_the_message_is_allowed() -> None:
    assert "caps" not in _fired("HUGE winter news", "Our new candles are in the shop.")
    assert "caps" not in _fired("Winter news", "Our BRIGHT new candles are in the shop.")
