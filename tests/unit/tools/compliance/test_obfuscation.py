"""Evasion attempts are caught; innocent words that contain a banned string are not."""

from __future__ import annotations

import pytest
from compliance_helpers import build_pack, fired, rule

from nextbest.tools.compliance import Message

BANNED = rule("banned", "banned_phrase", {"phrases": ["cure", "detox", "hell", "fda approved"]})


@pytest.mark.parametrize(
    "body",
    [
        "The CURE for Mondays",
        "The CUR3 for Mondays",
        "The c.u.r.e for Mondays",
        "The c u r e for Mondays",
        "The c-u-r-e for Mondays",
        "The C_U_R_E for Mondays",
        "The \u0441ure for Mondays",  # Cyrillic es
        "The cu\u200bre for Mondays",  # zero-width space
        "The c\u200du\u2060r\u00ade for Mondays",  # joiner, word joiner, soft hyphen
        "The \uff43\uff55\uff52\uff45 for Mondays",  # fullwidth
        "The c\u00fcr\u00eb for Mondays",  # diacritics
        "The d3t0x for Mondays",
        "A h3ll of a roast",
        "F.D.A. approved beans",
        "FDA-approved beans",
        "fda\u200bapproved beans",
    ],
)
def test_obfuscated_banned_words_are_found(check, body: str) -> None:
    verdict = check(build_pack([BANNED]), channel="push", body=body)
    assert fired(verdict) == {"banned"}
    violation = verdict.violations[0]
    start, end = violation.span
    assert body[start:end] == violation.evidence
    assert violation.evidence.strip()


@pytest.mark.parametrize(
    "body",
    [
        "Secure checkout, curated roasts, a pedicure and a manicure.",
        "Hello from the shell of the seashell.",
        "Michelle said hello.",
        "A detoxified... no: a detoxing? no: detoxes",  # different words, not 'detox'
        "Obscure beans, procured with care.",
    ],
)
def test_innocent_longer_words_are_not_flagged(check, body: str) -> None:
    verdict = check(build_pack([BANNED]), channel="push", body=body)
    assert verdict.decision == "pass", verdict.violations


def test_sample_brand_drug_words_through_obfuscation(sample_engine) -> None:
    for body in ("CUR3 your dry skin", "\u0441ure your dry skin", "c.u.r.e your dry skin"):
        verdict = sample_engine.check(Message(channel="push", body=body), as_of=None, scope="copy")
        assert "brand-no-drug-claims" in verdict.fired_rule_ids, body


def test_look_alike_link_domain_is_not_the_brand_domain(check) -> None:
    pack = build_pack([rule("links", "link_policy", {})])
    assert check(pack, channel="email", body="https://northwind.coffee/x").decision == "pass"
    assert check(pack, channel="email", body="https://n\u043erthwind.coffee/x").blocked


@pytest.mark.parametrize(
    "body", ["The cuuure for Mondays", "The cu.re for Mondays", "The cu-r3 fix"]
)
def test_repeated_letters_and_punctuation_inside_a_word(check, body: str) -> None:
    assert fired(check(build_pack([BANNED]), channel="push", body=body)) == {"banned"}


def test_banned_patterns_also_run_on_undone_leetspeak(check) -> None:
    pack = build_pack(
        [rule("results", "banned_phrase", {"patterns": [r"\bguarantee[sd]?\s+results?\b"]})]
    )
    verdict = check(pack, channel="push", body="Gu4rant33d r3sults, only $40.")
    assert fired(verdict) == {"results"}
    assert verdict.violations[0].evidence == "Gu4rant33d r3sults"
    assert check(pack, channel="push", body="Results, guaranteed fresh.").decision == "pass"
