"""Marketer goals in the decision engine: audience, excluded and favoured offers, budgets."""

from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np
import pytest
from pydantic import ValidationError
from test_decision_engine import NOW, SPEC, customers

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning import (
    DecisionEngine,
    FrequencyCap,
    Holdout,
    PolicySettings,
    RunConfig,
)
from nextbest.tools.decisioning.brand_limits import BrandLimits
from nextbest.tools.decisioning.goal import Goal, goal_problems
from nextbest.tools.decisioning.targeting import OfferPreference, Targeting
from nextbest.tools.decisioning.value import ValueModel

NO_HOLDOUT = Holdout(share=0.0)


def engine(pack: BrandPack, targeting: Targeting | None = None, seed: int = 7) -> DecisionEngine:
    config = RunConfig(holdout=NO_HOLDOUT, targeting=targeting or Targeting())
    return DecisionEngine.create(pack, SPEC, PolicySettings(name="t", seed=seed), config)


def offers_chosen(records: list) -> Counter:
    return Counter(r.offer_id for r in records)


def test_excluded_offer_is_never_chosen_and_says_why(lumen: BrandPack) -> None:
    rows = customers(400)
    before = offers_chosen(engine(lumen).decide(rows, NOW))
    popular = next(o for o, _ in before.most_common() if o)
    records = engine(lumen, Targeting(exclude_offers=[popular])).decide(rows, NOW)
    assert before[popular] > 0
    assert offers_chosen(records)[popular] == 0
    blocked = records[0].mask_reasons["excluded_by_goal"]
    assert blocked and all(a.startswith(f"{popular}:") for a in blocked)


def test_customers_outside_the_audience_get_no_message(lumen: BrandPack) -> None:
    audience = [{"field": "loyalty_member", "op": "is_true"}]
    records = engine(lumen, Targeting(audience=audience)).decide(customers(200), NOW)
    rows = customers(200)
    for row, record in zip(rows, records, strict=True):
        if not row["loyalty_member"]:
            assert record.action_id == "no_message"
            assert "outside_audience" in record.mask_reasons
        else:
            assert "outside_audience" not in record.mask_reasons
    assert any(r.action_id != "no_message" for r in records)


def test_favoured_offer_gains_share_and_propensities_stay_honest(lumen: BrandPack) -> None:
    rows = customers(600)
    target = "off-free-shipping"
    before = offers_chosen(engine(lumen).decide(rows, NOW))[target]
    favour = Targeting(favour=[OfferPreference(offer_id=target, boost=5.0)])
    eng = engine(lumen, favour)
    records = eng.decide(rows, NOW)
    after = offers_chosen(records)[target]
    assert after > before + 100
    boosted = [a for r in records for a in r.top_actions if a.action_id.startswith(target)]
    assert boosted and all(a.goal_boost == 5.0 for a in boosted)
    for record in records:
        chosen = next(a for a in record.top_actions if a.action_id == record.action_id)
        assert record.propensity == pytest.approx(chosen.probability, abs=1e-9)


def test_favour_only_inside_its_segment(lumen: BrandPack) -> None:
    rows = customers(600)
    target = "off-free-shipping"
    segment = [{"field": "orders_count", "op": "gte", "value": 2}]
    favour = Targeting(favour=[OfferPreference(offer_id=target, boost=50.0, segment=segment)])
    records = engine(lumen, favour).decide(rows, NOW)
    inside = [r for row, r in zip(rows, records, strict=True) if row["orders_count"] >= 2]
    outside = [r for row, r in zip(rows, records, strict=True) if row["orders_count"] < 2]
    share_in = np.mean([r.offer_id == target for r in inside])
    share_out = np.mean([r.offer_id == target for r in outside])
    assert share_in > 0.6 > share_out
    assert all(a.goal_boost == 0.0 for r in outside for a in r.top_actions)


def test_channel_budget_holds_and_keeps_the_best_scores(lumen: BrandPack) -> None:
    rows = customers(500)
    free = Counter(r.channel for r in engine(lumen).decide(rows, NOW))
    budget = max(1, free["email"] // 3)
    records = engine(lumen, Targeting(channel_budgets={"email": budget})).decide(rows, NOW)
    used = Counter(r.channel for r in records)
    assert free["email"] > budget
    assert used["email"] == budget
    moved = [r for r in records if "channel_budget" in r.mask_reasons]
    assert moved and all(r.channel != "email" for r in moved)
    assert all(
        all(
            a.startswith(("off-", "no_message")) and ":email:" in a
            for a in r.mask_reasons["channel_budget"]
        )
        for r in moved
    )


def test_budget_of_zero_blocks_the_channel(lumen: BrandPack) -> None:
    records = engine(lumen, Targeting(channel_budgets={"sms": 0})).decide(customers(300), NOW)
    assert not any(r.channel == "sms" for r in records)


def test_conversions_objective_values_every_conversion_the_same(lumen: BrandPack) -> None:
    config = Goal(objective="conversions").run_config(lumen)
    model = ValueModel(engine(lumen).space, config.value)
    values = model.unit_value * model.margin
    assert np.allclose(values, values[0])
    retention = Goal(objective="retention").run_config(lumen).value
    assert retention.unsubscribe_weight == 4 * RunConfig().value.unsubscribe_weight


def test_goal_compiles_into_the_run_config(lumen: BrandPack) -> None:
    goal = Goal(
        favour=[OfferPreference(offer_id="off-winback-20", boost=3)],
        exclude_offers=["off-gift-balm"],
        channel_caps={"sms": FrequencyCap(max_sends=2, days=7)},
        channel_budgets={"email": 100},
        holdout_share=0.1,
    )
    config = goal.run_config(lumen, version=4)
    assert config.contact.channel_caps["sms"] == FrequencyCap(max_sends=2, days=7)
    assert config.contact.channel_caps["email"] == RunConfig().contact.channel_caps["email"]
    assert config.holdout.share == 0.1
    assert config.targeting.goal_version == 4
    assert config.targeting.exclude_offers == ["off-gift-balm"]
    assert config.targeting.channel_budgets == {"email": 100}
    record = DecisionEngine.create(lumen, SPEC, PolicySettings(name="t"), config).decide(
        customers(3), NOW
    )[0]
    assert record.goal_version == 4


@pytest.mark.parametrize(
    ("goal", "field", "words"),
    [
        (Goal(holdout_share=0.01), "holdout_share", "below the minimum"),
        (
            Goal(channel_caps={"sms": FrequencyCap(max_sends=5, days=7)}),
            "channel_caps.sms",
            "above the sms limit",
        ),
        (
            Goal(channel_caps={"email": FrequencyCap(max_sends=2, days=1)}),
            "channel_caps.email",
            "14.0 per week",
        ),
        (Goal(overall_cap=FrequencyCap(max_sends=30, days=7)), "overall_cap", "above the limit"),
        (
            Goal(favour=[OfferPreference(offer_id="off-summer-25")]),
            "favour[0].offer_id",
            "ended on 2026-08-31",
        ),
        (
            Goal(favour=[OfferPreference(offer_id="off-nope")]),
            "favour[0].offer_id",
            "no offer 'off-nope'",
        ),
        (
            Goal(favour=[OfferPreference(offer_id="off-double-points")], ends_on=date(2027, 1, 31)),
            "favour[0].offer_id",
            "valid only until 2026-12-15",
        ),
        (Goal(exclude_offers=["off-zzz"]), "exclude_offers[0]", "no offer"),
        (
            Goal(
                favour=[OfferPreference(offer_id="off-winback-20")],
                exclude_offers=["off-winback-20"],
            ),
            "exclude_offers[0]",
            "both favoured",
        ),
        (Goal(ends_on=date(2026, 11, 1)), "ends_on", "in the past"),
    ],
)
def test_hard_limits_are_refused_with_the_field(
    lumen: BrandPack, goal: Goal, field: str, words: str
) -> None:
    problems = goal_problems(goal, lumen, NOW.date())
    assert [p.field for p in problems] == [field]
    assert words in problems[0].message


def test_a_goal_within_limits_has_no_problems(lumen: BrandPack) -> None:
    goal = Goal(
        objective="retention",
        favour=[OfferPreference(offer_id="off-winback-20", boost=3)],
        channel_caps={"sms": FrequencyCap(max_sends=2, days=7)},
        holdout_share=0.05,
        starts_on=date(2026, 12, 1),
        ends_on=date(2026, 12, 31),
    )
    assert goal_problems(goal, lumen, NOW.date()) == []
    strict = BrandLimits(min_holdout_share=0.1)
    assert [p.field for p in goal_problems(goal, lumen, NOW.date(), strict)] == ["holdout_share"]


def test_goal_dates_and_unknown_fields_are_validated() -> None:
    with pytest.raises(ValidationError, match="ends_on is before starts_on"):
        Goal(starts_on=date(2026, 12, 2), ends_on=date(2026, 12, 1))
    with pytest.raises(ValidationError, match="Extra inputs"):
        Goal.model_validate({"approve_claim": "clm-x"})
    assert Goal(starts_on=date(2026, 12, 1)).covers(date(2026, 12, 1))
    assert not Goal(ends_on=date(2026, 12, 1)).covers(date(2026, 12, 2))
