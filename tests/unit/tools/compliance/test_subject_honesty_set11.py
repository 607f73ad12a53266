"""Eleventh-blind-set causes in subject honesty (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, rule

SUBJECT = rule("subject", "subject_honesty", {})

BUNDLE = {
    "id": "six-plus-one",
    "name": "Buy 6 bags, get 1 free bag",
    "terms": "Buy 6 bags of any roast in one order, get 1 free bag. Online only.",
    "discount_type": "bogo",
    "channels": ["email"],
    "valid_from": "2026-11-01",
    "valid_until": "2026-11-30",
}


def test_an_agent_noun_in_the_subject_is_given_by_its_verb(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Sam from Bangor won our latte art contest with a perfect rosetta."
    verdict = check(pack, channel="email", subject="A Bangor winner", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations
    body = "Sam from Bangor poured a perfect rosetta."
    verdict = check(pack, channel="email", subject="A Bangor winner", body=body)
    assert "subject" in verdict.fired_rule_ids


def test_a_count_given_free_must_be_the_count_the_message_gives(check) -> None:
    pack = build_pack([SUBJECT], offers=[BUNDLE])
    body = "Buy 6 bags of any roast, get 1 free bag. Buy 6 bags in one order. Online only."
    verdict = check(
        pack, channel="email", subject="6 free bags of coffee", body=body, offer_id="six-plus-one"
    )
    assert "subject" in verdict.fired_rule_ids
    verdict = check(
        pack, channel="email", subject="1 free bag with 6", body=body, offer_id="six-plus-one"
    )
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_the_head_of_a_longer_free_noun_phrase_keeps_the_subject(check) -> None:
    pack = build_pack([SUBJECT])
    body = "Free insured next-day delivery on every order in Maine."
    verdict = check(pack, channel="email", subject="Free statewide next-day delivery", body=body)
    assert "subject" not in verdict.fired_rule_ids, verdict.violations
