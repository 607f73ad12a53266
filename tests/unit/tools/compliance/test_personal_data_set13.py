"""Thirteenth-blind-set causes in the personal data rule (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, rule

PERSONAL = rule("personal", "personal_data", {"labelled": ["date of birth", "member number"]})


def test_a_label_then_a_word_and_a_colon_before_its_figure_is_a_labelled_detail(check) -> None:
    pack = build_pack([PERSONAL])
    for body in (
        "We updated your profile. Date of birth on file: 03/09/1990.",
        "Your member number on record: 88213.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "personal" in verdict.fired_rule_ids, body


def test_a_label_a_colon_and_a_new_sentence_is_no_detail(check) -> None:
    pack = build_pack([PERSONAL])
    verdict = check(
        pack, channel="sms", body="Keep your date of birth handy. Reply STOP to opt out."
    )
    assert "personal" not in verdict.fired_rule_ids, verdict.violations
