from __future__ import annotations

import numpy as np
import pytest

from nextbest.evals.bench_bandit import FOURIER, NextbestAgent, agent_factories, ceiling, run_one
from nextbest.evals.simulator import MarketingSimulator, gap_closed
from nextbest.tools.decisioning.policies import PolicySettings


def test_simulator_shape_and_determinism() -> None:
    sim = MarketingSimulator(seed=3)
    assert len(sim.space.offers) >= 6 and len(sim.space.windows) == 4
    assert len(sim.space) == 6 * 3 * 4 + 1
    raw = [f for f in sim.feature_spec().features]
    assert len(raw) >= 16
    a, b = sim.batch(7, 300), MarketingSimulator(seed=3).batch(7, 300)
    np.testing.assert_array_equal(a.X, b.X)
    np.testing.assert_array_equal(a.expected, b.expected)
    np.testing.assert_array_equal(a.uniforms, b.uniforms)
    assert not np.array_equal(a.X, sim.batch(8, 300).X)
    assert not np.array_equal(a.X, MarketingSimulator(seed=4).batch(7, 300).X)


def test_simulator_has_a_known_optimum_where_no_message_often_wins() -> None:
    sim = MarketingSimulator(seed=0)
    batch = sim.batch(0, 3000)
    assert batch.allowed[:, 0].all()
    assert (batch.p_unsub[:, 0] == 0).all() and (batch.p_unsub[:, 1:] > 0).all()
    best = np.where(batch.allowed, batch.expected, -np.inf).argmax(axis=1)
    choice = batch.allowed.sum(axis=1) > 1
    share = (best[choice] == 0).mean()
    assert 0.1 < share < 0.5
    assert (batch.optimal_value() >= batch.random_value()).all()
    assert gap_closed(batch.optimal_value().mean(), batch.random_value().mean(),
                      batch.optimal_value().mean()) == 1.0  # fmt: skip


def test_simulator_rewards_follow_the_expected_values() -> None:
    sim = MarketingSimulator(seed=1)
    batch = sim.batch(0, 20_000)
    rng = np.random.default_rng(0)
    actions = np.array([rng.choice(np.flatnonzero(row)) for row in batch.allowed])
    realised = sim.reward(batch, actions).mean()
    expected = batch.expected[np.arange(len(actions)), actions].mean()
    assert abs(realised - expected) < 0.25


def test_quick_benchmark_shows_learning() -> None:
    make = agent_factories()["nextbest LinTS shared"]
    result = run_one("nextbest LinTS shared", make, seed=0, rounds=30_000, batch_size=1000,
                     score_batches=1, memory_batches=2)  # fmt: skip
    assert result.rounds == 30_000
    assert result.gap_closed > 0.2
    assert result.gap_closed_last20 > result.gap_closed  # it keeps improving
    assert result.gap_closed_last20 > 0.4
    assert result.decisions_per_sec > 0 and result.peak_memory_mb > 0


def test_benchmark_agents_never_choose_masked_actions() -> None:
    sim = MarketingSimulator(seed=2)
    agent = NextbestAgent(sim, PolicySettings(exploration_floor=0.3))
    for i in range(3):
        batch = sim.batch(i, 500)
        actions = agent.decide(batch)
        assert batch.allowed[np.arange(500), actions].all()
        agent.learn(batch, actions, sim.reward(batch, actions))


def test_nonlinear_variant_changes_only_the_reward_and_is_seeded() -> None:
    base = MarketingSimulator(seed=5).batch(2, 400)
    a = MarketingSimulator(seed=5, variant="nonlinear").batch(2, 400)
    b = MarketingSimulator(seed=5, variant="nonlinear").batch(2, 400)
    np.testing.assert_array_equal(a.X, base.X)
    np.testing.assert_array_equal(a.allowed, base.allowed)
    np.testing.assert_array_equal(a.uniforms, base.uniforms)
    np.testing.assert_array_equal(a.expected, b.expected)
    assert not np.allclose(a.expected, base.expected)
    np.testing.assert_array_equal(a.p_unsub, base.p_unsub)
    with pytest.raises(ValueError, match="unknown simulator variant"):
        MarketingSimulator(seed=5, variant="quadratic")  # type: ignore[arg-type]


def test_nonlinear_variant_lowers_the_linear_ceiling_and_fourier_features_raise_it() -> None:
    small = {"n_train": 4000, "n_eval": 2000}
    linear_base = ceiling(PolicySettings.linear(), "base", **small)
    linear = ceiling(PolicySettings.linear(), "nonlinear", **small)
    fourier = ceiling(PolicySettings.linear(nonlinear=FOURIER), "nonlinear", **small)
    assert linear < linear_base - 0.03
    assert fourier > linear + 0.005
