"""The word "most" in Hungarian, Czech or Polish copy is a word of that language (set 20).

Tisza Kajak, a Hungarian kayak rental, and Vltava Lodě, a Czech boat hire, both invented for
these tests, check superlative claims. The English trigger "most" matched Hungarian *most*
("now": "Foglalj most") and Czech *most* ("bridge"), blocking plain copy as an unapproved
superlative. In copy of those languages it is the English word only beside another English one
("the most loved"), as borrowed copy writes it; in English copy it is a superlative as before.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import claims_block, email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

Check = Callable[..., Verdict]

_CLAIMS = rule("claims", "claim_grounding", {"categories": ["superlative"]})


def _pack(name: str, locale: str, zone: str) -> BrandPack:
    return parse_pack({"brand": email_brand(name, locale, zone), "rules": [_CLAIMS]}, source="t")


def test_hungarian_and_czech_most_is_no_superlative(check: Check) -> None:
    tisza = _pack("Tisza Kajak", "hu-HU", "Europe/Budapest")
    vltava = _pack("Vltava Lodě", "cs-CZ", "Europe/Prague")
    assert not claims_block(check, tisza, "A kétszemélyes kajak most 6 500 Ft egész napra.")
    assert not claims_block(check, tisza, "Foglalj MOST a honlapon, és evezz velünk!")
    assert not claims_block(check, vltava, "Půjčovna stojí hned u mostu, pod most se vejdeme.")


def test_borrowed_english_most_still_ranks(check: Check) -> None:
    tisza = _pack("Tisza Kajak", "hu-HU", "Europe/Budapest")
    assert claims_block(check, tisza, "Kajakjaink: the most loved rental on the river.")
    english = _pack("Riverside Kayaks", "en-GB", "Europe/London")
    assert claims_block(check, english, "Our kayaks are the most stable on the river.")
    assert claims_block(check, english, "Book most now.")


def test_the_message_locale_wins_over_the_brand_locale() -> None:
    english = _pack("Riverside Kayaks", "en-GB", "Europe/London")
    message = Message(
        channel="email", subject="Hírek", body="Foglalj most, és evezz velünk!", locale="hu-HU"
    )
    assert "claims" not in RuleEngine(english).check(message).fired_rule_ids
