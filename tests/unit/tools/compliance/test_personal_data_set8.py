"""Eighth-blind-set causes in the personal data rule (issue 17), on an invented brand.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (not the sample brand,
not an eval brand).
"""

from __future__ import annotations

from compliance_helpers import build_pack, rule

PERSONAL = rule("personal", "personal_data", {"labelled": ["locker", "plate"]})


def test_a_registration_after_its_region_is_a_labelled_detail(check) -> None:
    pack = build_pack([PERSONAL])
    for body in (
        "Hi Sam, your van with plate ME KTR-4821 is due for its bean delivery.",
        "Your locker B 17 at the roastery holds your beans.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "personal" in verdict.fired_rule_ids, body


def test_a_label_with_no_figure_after_it_is_no_detail(check) -> None:
    pack = build_pack([PERSONAL])
    verdict = check(pack, channel="sms", body="Grab a plate of pastries with your coffee.")
    assert "personal" not in verdict.fired_rule_ids, verdict.violations


def test_a_time_after_a_label_is_no_labelled_value(check) -> None:
    pack = build_pack([rule("personal", "personal_data", {"labelled": ["weight"]})])
    for body in (
        "Members lost 5% of their body weight at 6 months.",
        "Drop up to 10% of your weight in 12 weeks with our plan.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "personal" not in verdict.fired_rule_ids, (body, verdict.violations)
    verdict = check(pack, channel="sms", body="Your weight: 82 kg at your last visit.")
    assert "personal" in verdict.fired_rule_ids
