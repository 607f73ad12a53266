"""Banned phrases in the plural, in a prohibition of use, in a question denied (set 14).

Issue 17, fourteenth blind set. The brand is Larkspur Survey Co., a property-data app invented
here (not the sample brand, not an eval brand). Each rule is one any brand could hold: a
reserved professional title, a banned use of the product, a banned accuracy promise.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.kinds.banned_phrase import adjective_pattern, plural_forms
from nextbest.tools.compliance.safety_warnings import warned_against
from nextbest.tools.compliance.sender_denials import answered_no

_BRAND: dict[str, Any] = {
    "name": "Larkspur",
    "legal_name": "Larkspur Survey Co.",
    "postal_address": "12 Mill Yard, Keene, NH 03431, USA",
    "sender_addresses": {"email": "hello@larkspur.example"},
    "channels": ["email"],
    "default_time_zone": "America/New_York",
    "website_domains": ["larkspur.example"],
}


def _pack() -> BrandPack:
    rules = [
        rule(
            "surveyor-title",
            "banned_phrase",
            {"phrases": ["licensed surveyor"], "said_only_of": ["Rosa Pell", "Ian Mott"]},
        ),
        rule("no-screening", "banned_phrase", {"phrases": ["screen tenants", "hiring decisions"]}),
        rule("no-accuracy", "banned_phrase", {"phrases": ["100% accurate"]}),
        rule("no-exact", "banned_phrase", {"phrases": ["exact boundary", "no fees"]}),
    ]
    return parse_pack({"brand": _BRAND, "rules": rules}, source="test")


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Larkspur news", body=body))


def test_plural_of_a_reserved_title_is_the_title(check: Any) -> None:
    assert "surveyor-title" in _fired(check, "Our licensed surveyors answer every question.")
    assert "surveyor-title" not in _fired(
        check, "Rosa Pell and Ian Mott, our licensed surveyors, answer every question."
    )
    assert "surveyor-title" not in _fired(check, "Our app maps every boundary.")
    assert plural_forms(["licensed surveyor", "admin fee", "insurance policy", "cure"]) == [
        "licensed surveyors",
        "admin fees",
    ]


def test_possessive_is_one_finding_not_a_plural(check: Any) -> None:
    verdict = check(
        _pack(), channel="email", subject="News", body="Read a licensed surveyor's notes."
    )
    assert [v.rule_id for v in verdict.violations] == ["surveyor-title"]


def test_prohibition_of_using_the_product_for_a_banned_use(check: Any) -> None:
    assert "no-screening" not in _fired(
        check, "Please don't use Larkspur to screen tenants: that is not what it is for."
    )
    assert "no-screening" not in _fired(
        check, "You may not use Larkspur or its reports for hiring decisions."
    )
    assert "no-screening" in _fired(check, "Use Larkspur to screen tenants in minutes.")
    assert "no-screening" in _fired(check, "Don't use a slow site to screen tenants. Try us.")
    text = "Never use this app for hiring decisions"
    assert warned_against(text, text.index("hiring"))
    text = "Don't use guesswork to screen tenants"
    assert not warned_against(text, text.index("screen"))


def test_quoted_question_answered_that_no_one_can_promise_it(check: Any) -> None:
    body = '"Is your data 100% accurate?" No survey app can honestly promise that.'
    assert "no-accuracy" not in _fired(check, body)
    body = "Want 100% accurate maps? No app can match ours."
    assert "no-accuracy" in _fired(check, body)
    text = "Is it 100% accurate? No one can guarantee that."
    assert answered_no(text, text.index("accurate") + len("accurate"))


def test_two_word_phrase_with_an_adjective_between(check: Any) -> None:
    assert "no-exact" in _fired(check, "Every report shows the exact legal boundary.")
    assert "no-exact" not in _fired(check, "Every report shows the boundary we surveyed.")
    assert "no-exact" not in _fired(check, "There are no additional fees for a second map.")
    pattern = adjective_pattern(["perfect match", "no fees"])
    assert pattern is not None
    assert pattern.search("a perfect genetic match")
    assert pattern.search("a perfect match") is None
    assert not pattern.search("no hidden fees")
