"""Fourth-blind-set causes in offers, subjects and quiet hours (issue 17), on invented brands.

Each test is named after the failure class it guards; the brand is Northwind Coffee, built in
code by ``compliance_helpers`` (not the sample brand, not an eval brand).
"""

from __future__ import annotations

from datetime import datetime

from compliance_helpers import build_pack, rule

SUBJECT = rule("subject", "subject_honesty", {})
BODY = (
    "Warm the pot, weigh 15 g of beans, grind medium-fine and pour in slow circles. "
    "More guides: https://northwind.coffee/brew"
)


def test_counts_times_and_digits_inside_words_in_a_subject_promise_nothing(check) -> None:
    pack = build_pack([SUBJECT])
    for subject in (
        "5 winter brewing tips",
        "3 warming coffee drinks",
        "Who brews at 6 a.m.?",
        "Our Bangor café opens January 10",
        "The f4stest pour-over",
    ):
        verdict = check(pack, channel="email", subject=subject, body=BODY)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)


def test_a_plain_number_next_to_a_promise_word_is_still_a_promise(check) -> None:
    pack = build_pack([SUBJECT])
    for subject in ("Buy 2 bags, get 1 free", "Get 500 points today", "Take 30% off beans"):
        verdict = check(pack, channel="email", subject=subject, body=BODY)
        assert "subject" in verdict.fired_rule_ids, subject


def test_unknown_time_zone_may_go_when_the_rule_allows_it(check) -> None:
    lenient = rule(
        "push-quiet",
        "quiet_hours",
        {"start": "21:00", "end": "08:00", "block_unknown_time_zone": False},
        channels=["push"],
    )
    pack = build_pack([lenient])
    late_utc = datetime(2026, 11, 25, 4, 0)  # 23:00 in the brand's default zone
    unknown = check(
        pack, channel="push", subject="Fresh roast", body="Beans are in.", send_time=late_utc
    )
    assert unknown.decision == "pass"
    known = check(
        pack,
        channel="push",
        subject="Fresh roast",
        body="Beans are in.",
        send_time=late_utc,
        recipient_time_zone="America/New_York",
    )
    assert "push-quiet" in known.fired_rule_ids
