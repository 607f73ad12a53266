"""A short word in capitals beside a shouting word shouts with it (issue 17, set 24).

Mossbank Candles (a test brand) allows one word in capitals. "GARDEN DAY" is two shouted words,
yet "DAY", shorter than the rule's four letters, was read as an acronym and the message was one
word under the limit. Two-letter words ("UK") and acronyms without a vowel stay acronyms.
"""

from __future__ import annotations

from compliance_helpers import MOSSBANK_CANDLES, NOON_UTC, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": MOSSBANK_CANDLES,
            "rules": [rule("caps", "capitals", {"max_caps_words": 1}, severity="warn")],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(channel="email", subject="Candles", body=body, send_time=NOON_UTC)
    return set(RuleEngine(_pack()).check(message).fired_rule_ids)


def test_a_short_word_of_a_shouted_run_counts() -> None:
    assert "caps" in _fired("Join our GARDEN DAY at the workshop on Saturday.")
    assert "caps" in _fired("A SPA-WEEKEND candle set, hand poured.")
    assert "caps" in _fired("The MIDSUMMER FUN RUN starts at ten.")


def test_one_shouted_word_beside_an_acronym_stays_one() -> None:
    assert "caps" not in _fired("Our GARDEN range ships to the UK and the EU.")
    assert "caps" not in _fired("FREE UK delivery on the soy candle.")
    assert "caps" not in _fired("Prices include VAT; our GARDEN range is back.")
