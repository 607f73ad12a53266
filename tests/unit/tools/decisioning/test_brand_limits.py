"""Brand limits: configuration tightens the ceilings in code, never loosens them; runs obey."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning import FrequencyCap, RunConfig
from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.brand_limits import (
    CEILINGS,
    BrandLimits,
    LocalWindow,
    apply_limits,
    limits_problems,
)
from nextbest.tools.decisioning.contact_policy import (
    ContactPolicy,
    ContactPolicyConfig,
    SendHistory,
)
from nextbest.tools.decisioning.goal import Goal, goal_problems

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
STRICT = BrandLimits(
    min_holdout_share=0.05,
    max_sends_per_week={"sms": 3},
    max_sends_per_day={"email": 1},
    send_window=LocalWindow(start_hour=8, end_hour=21),
    max_budget_per_run={"sms": 500},
    reason="at most 3 SMS a week, nothing before 08:00 or after 21:00",
)


def test_configuration_may_tighten_but_never_loosen_the_ceilings() -> None:
    assert limits_problems(STRICT) == []
    loose = BrandLimits(
        min_holdout_share=0.01,
        max_sends_per_week={"sms": 6},
        max_overall_per_week=30,
        max_sends_per_day={"push": 20},
        send_window=LocalWindow(start_hour=7, end_hour=22),
    )
    fields = [p.field for p in limits_problems(loose)]
    assert fields == [
        "min_holdout_share",
        "max_sends_per_week.sms",
        "max_overall_per_week",
        "max_sends_per_day.push",
        "send_window",
    ]
    assert "TCPA" in str(limits_problems(loose)[-1])
    # even written around the check, the accessors keep the ceiling
    assert loose.weekly_cap("sms") == CEILINGS.max_sends_per_week["sms"]
    assert loose.holdout_minimum() == CEILINGS.min_holdout_share
    assert loose.window("sms") == (8, 21) and loose.window("email") == (7, 22)


def test_a_goal_breaking_a_brand_limit_is_refused_with_the_brands_reason(lumen: BrandPack) -> None:
    goal = Goal(
        holdout_share=0.03,
        channel_caps={"sms": FrequencyCap(max_sends=4, days=7)},
        daily_caps={"email": 2},
        send_window=LocalWindow(start_hour=3, end_hour=12),
        channel_budgets={"sms": 900},
    )
    problems = goal_problems(goal, lumen, date(2026, 11, 24), STRICT)
    assert [p.field for p in problems] == [
        "holdout_share",
        "channel_caps.sms",
        "daily_caps.email",
        "send_window",
        "channel_budgets.sms",
    ]
    assert all(STRICT.reason in p.message for p in problems)
    assert "03:00–12:00" in problems[3].message
    within = Goal(
        holdout_share=0.05,
        channel_caps={"sms": FrequencyCap(max_sends=3, days=7)},
        send_window=LocalWindow(start_hour=9, end_hour=17),
    )
    assert goal_problems(within, lumen, date(2026, 11, 24), STRICT) == []


def test_runs_are_tightened_to_the_limits_whatever_the_goal_says(lumen: BrandPack) -> None:
    loose_run = RunConfig(
        contact=ContactPolicyConfig(
            channel_caps={"sms": FrequencyCap(max_sends=6, days=14)}, daily_caps={"email": 4}
        )
    )
    config = apply_limits(loose_run.model_copy(), STRICT)
    assert config.contact.channel_caps["sms"] == FrequencyCap(max_sends=6, days=14)  # 3 a week
    tight = apply_limits(
        RunConfig(
            contact=ContactPolicyConfig(channel_caps={"sms": FrequencyCap(max_sends=9, days=7)})
        ),
        STRICT,
    )
    assert tight.contact.channel_caps["sms"] == FrequencyCap(max_sends=3, days=7)
    assert config.contact.daily_caps == {"email": 1}
    assert config.contact.send_hours == {"email": (8, 21), "sms": (8, 21), "push": (8, 21)}
    assert config.holdout.share >= 0.05
    assert config.targeting.channel_budgets == {"sms": 500}
    # a goal's own narrower window survives; one outside the brand's leaves no hour
    narrow = Goal(send_window=LocalWindow(start_hour=9, end_hour=12)).run_config(lumen)
    assert apply_limits(narrow, STRICT).contact.send_hours["sms"] == (9, 12)
    late = Goal(send_window=LocalWindow(start_hour=22, end_hour=24)).run_config(lumen)
    assert apply_limits(late, STRICT).contact.send_hours["email"] == (0, 0)
    # with no limits approved, nothing changes
    assert apply_limits(RunConfig(), BrandLimits()) == RunConfig()


def test_contact_policy_enforces_daily_caps_and_send_hours(lumen: BrandPack) -> None:
    space = ActionSpace.from_pack(lumen)
    batch = CustomerBatch(
        [
            {
                "customer_id": cid,
                "consent_email": True,
                "consent_sms": True,
                "consent_push": True,
                "time_zone": "Europe/Berlin",
            }
            for cid in ("a", "b")
        ]
    )
    config = ContactPolicyConfig(daily_caps={"email": 1}, send_hours={"email": (11, 14)})
    history = SendHistory.from_records([("a", "email", datetime(2026, 11, 24, 9, tzinfo=UTC))])
    mask = ContactPolicy(lumen, space, config).mask(batch, NOW, history=history)
    email = [i for i, a in enumerate(space.actions) if a.channel == "email"]
    blocked_a = mask.blocked_by_reason(0)
    assert set(blocked_a["daily_cap"]) == {space.actions[i].id for i in email}
    assert "daily_cap" not in mask.blocked_by_reason(1)
    outside = {
        space.actions[i].id
        for i in email
        if space.actions[i].window and space.actions[i].window != "midday"
    }
    assert outside and set(mask.blocked_by_reason(1)["outside_send_window"]) == outside
    midday = [i for i in email if space.actions[i].window == "midday"]
    assert np.all(mask.reasons[1, midday] & 1048576 == 0)
