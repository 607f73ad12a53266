"""Reward scale invariance, the easy path (arms by id, ids back, top-k) and Fourier features."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nextbest.tools.decisioning.policies import (
    LinTS,
    LinUCB,
    Policy,
    PolicySettings,
    RandomFourier,
)
from nextbest.tools.decisioning.policies.persistence import load_policy, save_policy

ARMS = [f"arm{i}" for i in range(6)]
FEATURES = ["x0", "x1", "x2"]


def _reward(X: np.ndarray, actions: np.ndarray) -> np.ndarray:
    w = np.linspace(-1.0, 1.0, len(ARMS))
    return X[:, 0] * w[actions] + 0.3 * (actions == 2) + 2.0  # an offset, as money rewards have


def _run(settings: PolicySettings, scale: float, rounds: int = 12) -> list[tuple]:
    """Learn online with rewards multiplied by ``scale``; every batch's decisions."""
    rng = np.random.default_rng(7)
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    out = []
    for _ in range(rounds):
        X = rng.normal(size=(200, 3))
        allowed = rng.random((200, len(ARMS))) < 0.7
        allowed[:, 0] = True
        d = policy.predict(X, allowed)
        out.append((d.actions, d.propensities, d.proba, d.expected))
        r = scale * (_reward(X, d.actions) + rng.normal(scale=0.5, size=200))
        policy.partial_fit(X, d.actions, r, d.propensities)
    return out


@pytest.mark.parametrize("learning", [LinTS(samples=16), LinUCB()], ids=["lints", "linucb"])
@pytest.mark.parametrize("model", ["shared", "disjoint"])
def test_rewards_in_cents_or_dollars_give_the_same_decisions(
    learning: LinTS | LinUCB, model: str
) -> None:
    settings = PolicySettings(learning=learning, model=model, seed=3)  # type: ignore[arg-type]
    dollars, cents = _run(settings, 1.0), _run(settings, 100.0)
    for (a1, p1, q1, e1), (a2, p2, q2, e2) in zip(dollars, cents, strict=True):
        np.testing.assert_array_equal(a1, a2)
        np.testing.assert_allclose(p1, p2, rtol=1e-12)
        np.testing.assert_allclose(q1, q2, rtol=1e-12)
        # Expected rewards agree up to floating-point error on the values' own scale: a value
        # near zero inherits the rounding of the large ones (BLAS kernels differ across CPUs).
        finite = e2[np.isfinite(e2)]
        np.testing.assert_allclose(
            100.0 * e1[np.isfinite(e1)], finite, rtol=1e-6, atol=1e-7 * np.abs(finite).max()
        )


def test_unscaled_rewards_change_exploration_with_the_unit() -> None:
    """The control: with α in reward units, cents explore 100× less than dollars."""
    settings = PolicySettings(learning=LinTS(samples=16), reward_scaling="none", seed=3)
    dollars, cents = _run(settings, 1.0), _run(settings, 100.0)
    assert any(not np.array_equal(a[0], b[0]) for a, b in zip(dollars, cents, strict=True))


def test_from_arms_learns_with_the_default_model_and_returns_ids() -> None:
    rng = np.random.default_rng(0)
    policy = Policy.from_arms(ARMS, FEATURES)
    assert policy.settings == PolicySettings() and policy.settings.model == "shared"
    for _ in range(20):
        X = rng.normal(size=(300, 3))
        d = policy.predict(X)
        assert set(d.chosen_ids) <= set(ARMS)
        assert (d.chosen_ids == np.array(ARMS, dtype=object)[d.actions]).all()
        policy.partial_fit(X, d.chosen_ids, _reward(X, d.actions), d.propensities)
    X = rng.normal(size=(2000, 3))
    chosen = policy.predict(X).actions
    mu = np.stack([_reward(X, np.full(2000, a)) for a in range(len(ARMS))], axis=1)
    gap = (mu[np.arange(2000), chosen].mean() - mu.mean()) / (mu.max(axis=1).mean() - mu.mean())
    assert gap > 0.85


def test_from_arms_with_factor_tuples_shares_levels() -> None:
    arms = [("welcome", "email"), ("welcome", "sms"), ("winback", "email"), ("none", "none")]
    policy = Policy.from_arms(arms, FEATURES)
    assert policy.action_ids == ("welcome/email", "welcome/sms", "winback/email", "none/none")
    assert policy.factors is not None
    np.testing.assert_array_equal(policy.factors[0], [0, 0, 1, 2])
    np.testing.assert_array_equal(policy.factors[1], [0, 1, 0, 2])
    with pytest.raises(ValueError, match="same, non-zero number"):
        Policy.from_arms([("a", "b"), ("c",)], FEATURES)
    with pytest.raises(ValueError, match="all ids or all tuples"):
        Policy.from_arms(["a", ("b", "c")], FEATURES)
    with pytest.raises(ValueError, match="at least one arm"):
        Policy.from_arms([], FEATURES)


def _twins(seed: int) -> tuple[Policy, Policy]:
    rng = np.random.default_rng(1)
    settings = PolicySettings(learning=LinTS(samples=16), seed=seed)
    a, b = Policy.from_arms(ARMS, FEATURES, settings), Policy.from_arms(ARMS, FEATURES, settings)
    X = rng.normal(size=(500, 3))
    acts = rng.integers(0, len(ARMS), 500)
    for p in (a, b):
        p.partial_fit(X, acts, _reward(X, acts))
    return a, b


def test_predict_top_is_predict_with_k_columns_kept() -> None:
    rng = np.random.default_rng(4)
    a, b = _twins(5)
    allowed = rng.random((300, len(ARMS))) < 0.5
    allowed[:, 1] = True
    X = rng.normal(size=(300, 3))
    top, full = a.predict_top(X, 2, allowed), b.predict(X, allowed)
    np.testing.assert_array_equal(top.actions, full.actions)
    np.testing.assert_array_equal(top.propensities, full.propensities)
    np.testing.assert_array_equal(top.explored, full.explored)
    assert (top.chosen_ids == np.array(ARMS, dtype=object)[top.actions]).all()


def test_predict_top_over_many_chunks_keeps_exact_propensities() -> None:
    rng = np.random.default_rng(6)
    a, b = _twins(7)
    n = 20_000  # more rows than one chunk: every chunk is scored against the same draws
    allowed = rng.random((n, len(ARMS))) < 0.5
    allowed[:, 1] = True
    X = rng.normal(size=(n, 3))
    top, full = a.predict_top(X, 2, allowed), b.predict(X, allowed)
    assert top.top_actions.shape == top.top_proba.shape == top.top_expected.shape == (n, 2)
    rows = np.arange(n)
    # Same draws, so the same distribution π(a | x); the choice is sampled per chunk.
    np.testing.assert_allclose(top.propensities, full.proba[rows, top.actions], rtol=1e-12)
    np.testing.assert_allclose(top.top_proba, full.proba[rows[:, None], top.top_actions])
    best = np.sort(full.expected, axis=1)[:, ::-1][:, :2]
    np.testing.assert_allclose(top.top_expected, best)
    kept = top.top_actions >= 0
    assert (kept.sum(axis=1) == np.minimum(allowed.sum(axis=1), 2)).all()
    assert allowed[rows[:, None], top.top_actions][kept].all()
    assert allowed[rows, top.actions].all()


def test_predict_top_marks_missing_columns_when_fewer_actions_are_allowed() -> None:
    policy = Policy.from_arms(ARMS, FEATURES)
    allowed = np.zeros((3, len(ARMS)), dtype=bool)
    allowed[:, 4] = True
    top = policy.predict_top(np.zeros((3, 3)), 3, allowed)
    np.testing.assert_array_equal(top.top_actions, [[4, -1, -1]] * 3)
    np.testing.assert_array_equal(top.top_proba[:, 0], 1.0)
    assert np.isneginf(top.top_expected[:, 1:]).all()
    with pytest.raises(ValueError, match="k must be between"):
        policy.predict_top(np.zeros((3, 3)), 0)


def test_fourier_policy_propensities_exact_and_save_load_identical(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    settings = PolicySettings(
        learning=LinTS(samples=32), nonlinear=RandomFourier(components=16), exploration_floor=0.0
    )
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    assert policy.design_width == 1 + 3 + 16
    X = rng.normal(size=(400, 3))
    acts = rng.integers(0, len(ARMS), 400)
    policy.partial_fit(X, acts, np.cos(2 * X[:, 0]) * (acts % 2))
    save_policy(policy, tmp_path / "p")
    loaded = load_policy(tmp_path / "p")
    x = np.repeat(rng.normal(size=(1, 3)), 4000, axis=0)
    d, e = policy.predict(x), loaded.predict(x)
    np.testing.assert_array_equal(d.actions, e.actions)
    np.testing.assert_array_equal(d.propensities, e.propensities)
    freq = np.bincount(d.actions, minlength=len(ARMS)) / len(x)
    np.testing.assert_allclose(freq, d.proba[0], atol=0.03)


def test_fourier_features_learn_a_reward_linear_features_cannot() -> None:
    rng = np.random.default_rng(3)
    arms = ["a", "b"]

    def reward(X: np.ndarray, act: np.ndarray) -> np.ndarray:
        return np.where(act == 1, np.sign(X[:, 0] * X[:, 1]), 0.0)  # XOR: b pays in two quadrants

    def gap(settings: PolicySettings) -> float:
        policy = Policy.from_arms(arms, ["u", "v"], settings)
        X = rng.uniform(-1, 1, size=(4000, 2))
        acts = rng.integers(0, 2, 4000)
        policy.partial_fit(X, acts, reward(X, acts) + rng.normal(scale=0.3, size=4000))
        T = rng.uniform(-1, 1, size=(2000, 2))
        chosen = policy.expected_rewards(T).argmax(axis=1)
        mu = np.stack([reward(T, np.zeros(2000, int)), reward(T, np.ones(2000, int))], axis=1)
        value = mu[np.arange(2000), chosen].mean()
        return float((value - mu.mean()) / (mu.max(axis=1).mean() - mu.mean()))

    linear = gap(PolicySettings.linear())
    fourier = gap(PolicySettings.linear(nonlinear=RandomFourier(components=64, bandwidth=0.5)))
    assert linear < 0.3 < 0.8 < fourier


def test_policies_saved_before_reward_scaling_keep_alpha_in_reward_units(tmp_path: Path) -> None:
    import json

    policy = Policy.from_arms(ARMS, FEATURES, PolicySettings(learning=LinTS(alpha=2.0)))
    meta_path, _ = save_policy(policy, tmp_path / "old")
    meta = json.loads(meta_path.read_text())
    del meta["settings"]["reward_scaling"]
    meta_path.write_text(json.dumps(meta))
    assert load_policy(tmp_path / "old").settings.reward_scaling == "none"
