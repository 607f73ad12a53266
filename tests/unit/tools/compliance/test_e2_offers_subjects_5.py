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


def _month_offer(**extra: object) -> dict[str, object]:
    return {
        "id": "club-month",
        "name": "First month of Roast Club free with code BREW1",
        "terms": "First month of Roast Club free with code BREW1. New members only. After your "
        "free month, Roast Club is $12/month until you cancel.",
        "discount_type": "free_gift",
        "code": "BREW1",
        "channels": ["email"],
        "valid_from": "2026-11-01",
        "valid_until": "2026-11-30",
        **extra,
    }


def test_a_subject_quoting_the_offer_name_is_a_fair_summary(check) -> None:
    pack = build_pack([SUBJECT], offers=[_month_offer()])
    body = (
        "First month of Roast Club free with code BREW1. New members only. After your free "
        "month, Roast Club is $12/month until you cancel."
    )
    verdict = check(
        pack,
        channel="email",
        subject="First month of Roast Club free",
        body=body,
        offer_id="club-month",
    )
    assert "subject" not in verdict.fired_rule_ids, verdict.violations


def test_a_free_month_subject_over_a_seven_day_trial_is_not_honest(check) -> None:
    trial = _month_offer(
        id="club-trial",
        name="Roast Club 7-day free trial",
        terms="Try Roast Club free for 7 days, then $12/month until you cancel.",
    )
    pack = build_pack([SUBJECT], offers=[trial])
    body = "Try Roast Club free for 7 days, then $12/month until you cancel."
    verdict = check(
        pack,
        channel="email",
        subject="A free month of Roast Club",
        body=body,
        offer_id="club-trial",
    )
    assert "subject" in verdict.fired_rule_ids
