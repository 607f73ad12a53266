from __future__ import annotations

import numpy as np
import pytest

from nextbest.tools.decisioning.policies import (
    ChampionChallenger,
    ColdStart,
    LinTS,
    LinUCB,
    Policy,
    PolicySettings,
)
from nextbest.tools.decisioning.policies.ridge import SharedRidge

K = 12
FACTORS = [
    np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3]),  # "offer" (3 = none)
    np.array([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 2]),  # "channel" (2 = none)
    np.array([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 2]),  # "window" (2 = none)
]
ACTIONS = [f"a{i}" for i in range(K)]
FEATURES = ["f0", "f1", "f2"]
VARIANTS = [
    pytest.param(LinTS(samples=32), "shared", id="lints-shared"),
    pytest.param(LinTS(samples=32), "disjoint", id="lints-disjoint"),
    pytest.param(LinUCB(alpha=0.5), "shared", id="linucb-shared"),
    pytest.param(LinUCB(alpha=0.5), "disjoint", id="linucb-disjoint"),
]


def make(learning: LinTS | LinUCB, model: str, **kw: object) -> Policy:
    settings = PolicySettings(learning=learning, model=model, **kw)  # type: ignore[arg-type]
    return Policy(settings, ACTIONS, FEATURES, FACTORS)


def true_reward(X: np.ndarray) -> np.ndarray:
    """Action a's reward: a linear function of x that differs by action."""
    w = np.linspace(-1, 1, K)
    return X[:, :1] * w[None, :] + 0.5 * X[:, 1:2] * (np.arange(K) % 2) - 0.2 * (np.arange(K) == 5)


def test_masked_actions_are_never_chosen_even_when_exploring() -> None:
    rng = np.random.default_rng(0)
    for learning, model in [(LinTS(), "shared"), (LinUCB(), "disjoint")]:
        policy = make(learning, model, exploration_floor=0.5)
        for _ in range(20):
            X = rng.normal(size=(500, 3))
            allowed = rng.random((500, K)) < 0.3
            allowed[:, 0] = True
            d = policy.predict(X, allowed)
            assert allowed[np.arange(500), d.actions].all()
            assert d.explored.any()
            policy.partial_fit(X, d.actions, rng.normal(size=500), d.propensities)


@pytest.mark.parametrize(("learning", "model"), VARIANTS)
def test_propensities_in_unit_interval_and_consistent(learning: LinTS | LinUCB, model: str) -> None:
    rng = np.random.default_rng(1)
    policy = make(learning, model, exploration_floor=0.05)
    X = rng.normal(size=(400, 3))
    policy.partial_fit(X, rng.integers(0, K, 400), rng.normal(size=400))
    allowed = rng.random((400, K)) < 0.5
    allowed[:, -1] = True
    d = policy.predict(X, allowed)
    assert ((d.propensities > 0) & (d.propensities <= 1)).all()
    np.testing.assert_allclose(d.proba.sum(axis=1), 1.0)
    assert (d.proba[~allowed] == 0).all()
    assert (d.proba[allowed] >= 0.05 / allowed.sum(axis=1).max() - 1e-12).all()
    np.testing.assert_allclose(d.propensities, d.proba[np.arange(400), d.actions])


def test_linucb_propensity_is_exact_point_mass_plus_floor() -> None:
    rng = np.random.default_rng(2)
    policy = make(LinUCB(alpha=1.0), "disjoint", exploration_floor=0.1)
    X = rng.normal(size=(300, 3))
    policy.partial_fit(X, rng.integers(0, K, 300), true_reward(X)[np.arange(300), 0])
    d = policy.predict(X)
    greedy = ~d.explored
    np.testing.assert_allclose(d.propensities[greedy], 0.9 + 0.1 / K)
    proba = policy.predict_proba(X)
    assert ((proba > 0.9).sum(axis=1) == 1).all()


def test_thompson_propensity_matches_empirical_choice_frequency() -> None:
    rng = np.random.default_rng(3)
    policy = make(LinTS(samples=64, alpha=2.0), "shared", exploration_floor=0.0)
    X = rng.normal(size=(200, 3))
    policy.partial_fit(X, rng.integers(0, K, 200), rng.normal(size=200))
    x = np.repeat(rng.normal(size=(1, 3)), 4000, axis=0)
    d = policy.predict(x)  # one set of draws: the propensity is exact given them
    freq = np.bincount(d.actions, minlength=K) / len(x)
    np.testing.assert_allclose(freq, d.proba[0], atol=0.03)
    assert len(set(np.round(d.proba[:, 0], 12))) == 1


@pytest.mark.parametrize(("learning", "model"), VARIANTS)
def test_policies_learn_the_best_action(learning: LinTS | LinUCB, model: str) -> None:
    rng = np.random.default_rng(4)
    policy = make(learning, model, exploration_floor=0.02, seed=4)
    for _ in range(30):
        X = rng.normal(size=(300, 3))
        d = policy.predict(X)
        r = true_reward(X)[np.arange(300), d.actions] + rng.normal(scale=0.5, size=300)
        policy.partial_fit(X, d.actions, r, d.propensities)
    X = rng.normal(size=(2000, 3))
    mu = true_reward(X)
    chosen = policy.predict(X).actions
    value = mu[np.arange(2000), chosen].mean()
    gap = (value - mu.mean()) / (mu.max(axis=1).mean() - mu.mean())
    assert gap > 0.85


def test_shared_model_matches_explicit_feature_crossing() -> None:
    rng = np.random.default_rng(5)
    d = 4
    model = SharedRidge(FACTORS, d, l2=2.0, refresh_growth=0.0)
    X = np.hstack([np.ones((300, 1)), rng.normal(size=(300, d - 1))])
    a, r = rng.integers(0, K, 300), rng.normal(size=300)
    model.update(X, a, r, np.ones(300))
    L = model.n_levels

    def phi(x: np.ndarray, act: int) -> np.ndarray:
        v = np.zeros(L * d + K)
        for level in model.levels[act]:
            v[level * d : (level + 1) * d] += x
        v[L * d + act] = 1.0
        return v

    P = np.array([phi(x, k) for x, k in zip(X, a, strict=True)])
    A = 2.0 * np.eye(L * d + K) + P.T @ P
    theta = np.linalg.solve(A, P.T @ r)
    W = model.mean_weights()
    cov = model.action_covariances()
    inv = np.linalg.inv(A)
    for k in range(K):
        np.testing.assert_allclose(X[:5] @ W[k], np.array([phi(x, k) for x in X[:5]]) @ theta)
        f = phi(X[0], k)
        np.testing.assert_allclose(X[0] @ cov[k] @ X[0], f @ inv @ f)


def test_shared_model_stays_exact_between_refreshes() -> None:
    rng = np.random.default_rng(6)
    lazy = SharedRidge(FACTORS, 3, 1.0, refresh_growth=10.0)
    eager = SharedRidge(FACTORS, 3, 1.0, refresh_growth=0.0)
    for _ in range(5):
        X = np.hstack([np.ones((200, 1)), rng.normal(size=(200, 2))])
        a, r = rng.integers(0, K, 200), rng.normal(size=200)
        for m in (lazy, eager):
            m.update(X, a, r, np.ones(200))
            m.mean_weights()
    np.testing.assert_allclose(lazy.mean_weights(), eager.mean_weights(), atol=1e-6)


def test_cold_start_uses_business_rule_until_enough_observations() -> None:
    policy = make(LinUCB(alpha=0.0), "disjoint", exploration_floor=0.0,
                  cold_start=ColdStart(min_observations=50))  # fmt: skip
    X = np.zeros((10, 3))
    fallback = np.zeros((10, K))
    fallback[:, 7] = 1.0
    d = policy.predict(X, fallback=fallback)
    assert (d.actions == 7).all() and d.cold.all()
    policy.partial_fit(np.zeros((60, 3)), np.full(60, 7), np.full(60, -5.0))
    d = policy.predict(X, fallback=fallback)
    assert (d.actions != 7).all()  # action 7 is warm now and learned to be bad


def test_partial_fit_validates_inputs() -> None:
    policy = make(LinTS(), "shared")
    X = np.zeros((3, 3))
    with pytest.raises(ValueError, match="shape"):
        policy.partial_fit(np.zeros((3, 2)), [0, 1, 2], [0, 0, 0])
    with pytest.raises(ValueError, match="propensities"):
        policy.partial_fit(X, [0, 1, 2], [0, 0, 0], [0.5, 0.0, 1.0])
    with pytest.raises(ValueError, match="unknown action"):
        policy.partial_fit(X, ["a0", "zz", "a1"], [0, 0, 0])
    with pytest.raises(ValueError, match="NaN"):
        policy.partial_fit(X, [0, 1, 2], [0, np.nan, 0])
    with pytest.raises(ValueError, match="at least one allowed"):
        policy.predict(X, np.zeros((3, K), dtype=bool))
    policy.partial_fit(X, ["a0", "a1", "a11"], [1.0, 2.0, 3.0])
    assert policy.model.counts[[0, 1, 11]].tolist() == [1, 1, 1]


def test_seeded_policies_are_reproducible() -> None:
    rng = np.random.default_rng(7)
    X = rng.normal(size=(100, 3))
    a = [make(LinTS(), "shared", seed=3).predict(X).actions for _ in range(2)]
    np.testing.assert_array_equal(a[0], a[1])


def test_champion_challenger_split_is_sticky_and_routes() -> None:
    champion = make(LinUCB(alpha=0.0), "disjoint", name="champ", exploration_floor=0.0)
    challenger = make(LinUCB(alpha=0.0), "disjoint", name="chall", exploration_floor=0.0)
    X = np.zeros((5000, 3))
    champion.partial_fit(X[:10], np.full(10, 3), np.ones(10))
    challenger.partial_fit(X[:10], np.full(10, 9), np.ones(10))
    cc = ChampionChallenger(champion, challenger, share=0.2, salt="t")
    ids = np.array([f"c{i}" for i in range(5000)])
    served = cc.predict(X, ids)
    np.testing.assert_array_equal(served.challenger, cc.assign(ids))
    assert abs(served.challenger.mean() - 0.2) < 0.02
    assert (served.decisions.actions[served.challenger] == 9).all()
    assert (served.decisions.actions[~served.challenger] == 3).all()
    with pytest.raises(ValueError, match="different names"):
        ChampionChallenger(champion, champion)
