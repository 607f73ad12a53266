"""A banned phrase is found with one of its words in an everyday equivalent (set 17).

Issue 17, seventeenth blind set. The brand is Harbourline, a Canadian sports-drink and savings
club invented here (not the sample brand, not an eval brand). Its bans of "teens", "bar tour"
and "access your savings early" are bans of a reader group, a drinking occasion and an act:
"tweens", "tavern tour" and "tap into your savings early" say the same; words outside the
small sets of equivalents are left as the pack wrote them.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.word_equivalents import equivalent_forms

_BRAND: dict[str, Any] = {
    "name": "Harbourline",
    "legal_name": "Harbourline Club Inc.",
    "postal_address": "8 Dock Street, Saint John, NB E2L 1A1, Canada",
    "sender_addresses": {"email": "club@harbourline.example"},
    "channels": ["email"],
    "default_time_zone": "America/Moncton",
    "website_domains": ["harbourline.example"],
}


def _pack() -> BrandPack:
    rules = [
        rule("no-teens", "banned_phrase", {"phrases": ["kids", "teens"]}),
        rule("no-drinking", "banned_phrase", {"phrases": ["bar tour", "happy hour"]}),
        rule("no-early-access", "banned_phrase", {"phrases": ["access your savings early"]}),
    ]
    return parse_pack({"brand": _BRAND, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="This weekend", body=body))


def test_an_equivalent_word_is_banned_like_the_listed_one(check: Any) -> None:
    assert "no-teens" in _fired(check, "Big test week for middle schoolers? Grab a Harbourline.")
    assert "no-drinking" in _fired(check, "On the tavern tour tonight? Start with a Harbourline.")
    assert "no-early-access" in _fired(check, "Ask how to tap into your savings early.")
    assert "no-teens" in _fired(check, "Teens love it.")  # the listed word itself


def test_other_words_are_not_widened(check: Any) -> None:
    assert _fired(check, "A bar of soap and a tour of the harbour for every member.") == set()
    assert (
        _fired(check, "Early access to the new flavour for members, and your savings grow.")
        == set()
    )
    assert "protein pub" not in equivalent_forms(["bar"])  # one word: a snack bar, maybe
    assert equivalent_forms(["early access to your savings"]) == []
