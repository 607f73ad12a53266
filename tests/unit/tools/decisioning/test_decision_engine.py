from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.evals.simulator import SIM_NOW, SIM_VALUE_WEIGHTS, MarketingSimulator
from nextbest.tools.decisioning import (
    NO_MESSAGE,
    ColdStart,
    ContactPolicyConfig,
    DecisionEngine,
    DecisionRecord,
    FeatureSpec,
    Holdout,
    NumericFeature,
    Outcomes,
    Policy,
    PolicySettings,
    RunConfig,
)
from nextbest.tools.decisioning.features import BooleanFeature

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
SPEC = FeatureSpec(
    features=[
        NumericFeature(name="age", fill_value=40.0, center=40.0, scale=12.0),
        NumericFeature(name="orders_count", log1p=True),
        BooleanFeature(name="loyalty_member", required=False),
    ]
)


def customers(n: int) -> list[dict[str, object]]:
    return [
        {
            "customer_id": f"cust-{i}",
            "time_zone": None if i % 7 == 0 else "America/New_York",
            "consent_email": i % 5 != 0,
            "consent_sms": i % 2 == 0,
            "consent_push": i % 3 == 0,
            "age": 20 + i % 50,
            "orders_count": i % 4,
            "days_since_last_purchase": (i * 13) % 200,
            "loyalty_member": i % 2 == 1,
        }
        for i in range(n)
    ]


def test_engine_logs_a_complete_record_per_customer(lumen: BrandPack) -> None:
    config = RunConfig(holdout=Holdout(share=0.2, salt="t"), top_actions=4)
    engine = DecisionEngine.create(lumen, SPEC, PolicySettings(name="nba"), config)
    rows = customers(200)
    records = engine.decide(rows, NOW, explain=True)
    assert [r.customer_id for r in records] == [r["customer_id"] for r in rows]
    assert len({r.decision_id for r in records}) == 200
    held = [r for r in records if r.holdout]
    assert held and all(r.action_id == NO_MESSAGE and r.propensity == 1.0 for r in held)
    for r, row in zip(records, rows, strict=True):
        DecisionRecord.model_validate(r.model_dump())
        assert 0 < r.propensity <= 1
        assert r.policy_name == "nba" and r.policy_version == 0
        blocked = {a for ids in r.mask_reasons.values() for a in ids}
        assert r.action_id not in blocked
        assert 1 <= len(r.top_actions) <= 4
        assert r.top_actions[0].components and "expected_value" in r.top_actions[0].components
        assert len(r.top_actions[0].top_features) == 3
        if not row["consent_sms"]:
            assert r.channel != "sms" and any(":sms:" in a for a in r.mask_reasons["no_consent"])
        if row["time_zone"] is None:
            assert r.channel != "sms"
        assert len(r.features) == SPEC.dim


def test_engine_learns_from_outcomes(lumen: BrandPack) -> None:
    engine = DecisionEngine.create(lumen, SPEC, PolicySettings(exploration_floor=0.2))
    records = engine.decide(customers(300), NOW)
    sent = np.array([r.action_id != NO_MESSAGE for r in records])
    rewards = engine.learn(
        records, Outcomes(converted=sent, unsubscribed=np.zeros(300), complained=np.zeros(300))
    )
    assert (rewards[sent] > 0).all()
    assert engine.policy.model.counts.sum() == 300  # type: ignore[union-attr]


def test_engine_rejects_a_policy_for_another_action_space(lumen: BrandPack) -> None:
    policy = Policy(PolicySettings(model="disjoint"), ["no_message", "x"], SPEC.names)
    with pytest.raises(ValueError, match="actions do not match"):
        DecisionEngine(lumen, SPEC, policy)


def test_cold_start_fallback_scores_with_business_rules(lumen: BrandPack) -> None:
    settings = PolicySettings(cold_start=ColdStart(min_observations=10), exploration_floor=0.0)
    engine = DecisionEngine.create(lumen, SPEC, settings, RunConfig(holdout=Holdout(share=0.0)))
    records = engine.decide(customers(50), NOW)
    best_rule = engine.value.components()["expected_value"]
    for r in records:
        if r.action_id != NO_MESSAGE:
            assert r.cold_start
        allowed = [t.action_id for t in r.top_actions]
        top = max(allowed, key=lambda a: best_rule[engine.space.index(a)])
        assert r.action_id == top


def test_over_100k_simulated_decisions_never_break_the_contact_policy() -> None:
    sim = MarketingSimulator(seed=11)
    config = RunConfig(
        contact=ContactPolicyConfig(overall_cap=None, channel_caps={}),
        holdout=Holdout(share=0.05, salt="sim"),
        value=SIM_VALUE_WEIGHTS,
        top_actions=3,
    )
    spec = sim.feature_spec()
    settings = PolicySettings(model="disjoint", exploration_floor=0.05, seed=11)
    engine = DecisionEngine(
        sim.pack, spec, Policy.for_space(settings, sim.space, spec.names), config
    )
    welcome = {a for a in sim.space.ids if a.startswith("welcome-15")}
    points = {a for a in sim.space.ids if a.startswith("double-points")}
    held, props, explored = [], [], 0
    for i in range(100):
        batch = sim.batch(i, 1000)
        cols = batch.customers.columns
        records = engine.decide(batch.customers, SIM_NOW)
        actions = np.array([sim.space.index(r.action_id) for r in records])
        assert batch.allowed[np.arange(1000), actions].all()  # the simulator's own mask
        for j, r in enumerate(records):
            assert r.channel != "sms" or (cols["consent_sms"][j] and cols["time_zone"][j])
            assert r.channel != "push" or cols["consent_push"][j]
            assert r.channel != "email" or cols["consent_email"][j]
            assert r.action_id not in welcome or cols["orders_count"][j] == 0
            assert r.action_id not in points or cols["loyalty_member"][j]
            assert not (r.channel == "sms" and r.window == "night")  # TCPA quiet hours
            assert r.action_id not in {a for ids in r.mask_reasons.values() for a in ids}
        explored += sum(r.explored for r in records)
        held.append([r.holdout for r in records])
        props.append([r.propensity for r in records])
        engine.learn(records, batch.outcomes(actions))
    props_all = np.concatenate(props)
    assert len(props_all) == 100_000
    assert ((props_all > 0) & (props_all <= 1)).all()
    assert abs(np.mean(held) - 0.05) <= 0.01
    assert explored > 2000  # exploration happened, and stayed inside the mask


def test_no_message_wins_for_customers_for_whom_it_is_optimal() -> None:
    sim = MarketingSimulator(seed=5)
    spec = sim.feature_spec()
    policy = Policy.for_space(PolicySettings(seed=5), sim.space, spec.names)
    when_optimal, when_not = [], []
    for i in range(100):
        batch = sim.batch(i, 1000)
        d = policy.predict(batch.X, batch.allowed)
        policy.partial_fit(batch.X, d.actions, sim.reward(batch, d.actions), d.propensities)
        if i < 80:
            continue
        best = np.where(batch.allowed, batch.expected, -np.inf)
        top = np.sort(best, axis=1)
        has_choice = batch.allowed.sum(axis=1) > 1
        optimal = (best.argmax(axis=1) == 0) & (top[:, -1] - top[:, -2] > 0.3) & has_choice
        clearly_not = (best[:, 0] < top[:, -1] - 1.0) & has_choice
        when_optimal.extend(d.actions[optimal] == 0)
        when_not.extend(d.actions[clearly_not] == 0)
    assert len(when_optimal) > 500
    assert np.mean(when_optimal) > 0.75
    assert np.mean(when_not) < 0.2
    assert np.mean(when_optimal) > 4 * np.mean(when_not)


def test_engine_with_champion_and_challenger(lumen: BrandPack) -> None:
    from nextbest.tools.decisioning import ActionSpace, ChampionChallenger

    space = ActionSpace.from_pack(lumen)
    champion = Policy.for_space(PolicySettings(name="champ"), space, SPEC.names)
    challenger = Policy.for_space(PolicySettings(name="chall", model="disjoint"), space, SPEC.names)
    split = ChampionChallenger(champion, challenger, share=0.3, salt="cc")
    engine = DecisionEngine(lumen, SPEC, split, RunConfig(holdout=Holdout(share=0.0)))
    rows = customers(400)
    records = engine.decide(rows, NOW)
    names = np.array([r.policy_name for r in records])
    expected = np.where(split.assign([r["customer_id"] for r in rows]), "chall", "champ")
    np.testing.assert_array_equal(names, expected)
    assert 0.2 < (names == "chall").mean() < 0.4
    again = engine.decide(rows, NOW)
    assert [r.policy_name for r in again] == names.tolist()  # sticky
    zeros = np.zeros(400)
    engine.learn(records, Outcomes(converted=zeros, unsubscribed=zeros, complained=zeros))
    assert champion.model.counts.sum() == (names == "champ").sum()
    assert challenger.model.counts.sum() == (names == "chall").sum()


def test_engine_handles_an_empty_batch_and_bad_rows(lumen: BrandPack) -> None:
    from nextbest.tools.decisioning import BatchError, FeatureError

    engine = DecisionEngine.create(lumen, SPEC)
    assert engine.decide([], NOW) == []
    with pytest.raises(BatchError, match="customer_id"):
        engine.decide([{"age": 3}], NOW)
    with pytest.raises(FeatureError, match="'orders_count'"):
        engine.decide([{"customer_id": "x", "age": 30, "loyalty_member": True}], NOW)
