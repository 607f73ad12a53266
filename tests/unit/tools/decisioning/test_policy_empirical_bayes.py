"""Block-wise prior precisions learned from the data (evidence maximisation), pairwise products."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import minimize

from nextbest.tools.decisioning.policies import (
    EmpiricalBayes,
    LinTS,
    PairwiseProducts,
    Policy,
    PolicySettings,
)
from nextbest.tools.decisioning.policies.persistence import load_policy, save_policy
from nextbest.tools.decisioning.policies.ridge import SharedRidge

ARMS = [("a", "email"), ("a", "sms"), ("b", "email"), ("b", "sms"), ("none", "none")]
FEATURES = ["u", "v", "w"]


def _reward(X: np.ndarray, acts: np.ndarray) -> np.ndarray:
    """Arm ``a`` pays with ``u · v`` (an interaction), ``b`` with ``w``; "none" pays 0.2."""
    offer = np.array([0, 0, 1, 1, 2])[acts]
    return np.select([offer == 0, offer == 1], [X[:, 0] * X[:, 1], 0.8 * X[:, 2]], 0.2)


def _log_evidence(
    model: SharedRidge, log_block: np.ndarray, free: np.ndarray, sigma2: float
) -> float:
    """``log p(r | λ, σ²)`` from the assembled system (the quantity the fixed point maximises).

    Blocks not in ``free`` keep their current precision.
    """
    assert model.evidence is not None
    blocks = model.evidence.blocks
    current = np.bincount(blocks, model.prior) / np.bincount(blocks)
    current[free] = np.exp(log_block)
    prior = current[blocks]
    A, b = model.system()
    A = A + np.diag(prior - model.prior)
    chol = np.linalg.cholesky(A)
    theta = np.linalg.solve(A, b)
    total = float(model.counts.sum())
    logdet = 2.0 * np.log(np.diag(chol)).sum() - np.log(prior).sum()
    quad = (model.sum_r2 - float(b @ theta)) / sigma2
    return float(-0.5 * (total * np.log(2 * np.pi * sigma2) + logdet + quad))


def test_fixed_point_maximises_the_evidence_per_block() -> None:
    rng = np.random.default_rng(0)
    factors = [np.array([0, 0, 1, 1, 2]), np.array([0, 1, 0, 1, 2])]
    model = SharedRidge(
        factors, 4, 1.0, refresh_growth=0.0, evidence=EmpiricalBayes(iterations=50, floor=1e-6)
    )
    for n in (2000, 2000, 4000):  # refits as the data grows (every doubling), 50 steps each
        X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, 3))])
        acts = rng.integers(0, 5, n)
        sms = np.array([0, 1, 0, 1, 0])[acts]
        signal = 3.0 * _reward(X[:, 1:], acts) + sms * (1.0 + 1.5 * X[:, 2] - X[:, 1])
        r = signal + rng.normal(scale=1.5, size=n)
        model.update(X, acts, r, np.ones(n))
        model.mean_weights()
    evidence = model.evidence
    assert evidence is not None and evidence.refitted_at == float(model.counts.sum())
    by_block = np.bincount(evidence.blocks, model.prior) / np.bincount(evidence.blocks)
    free = np.flatnonzero(by_block < evidence.ceiling)  # blocks not pruned
    assert len(free) >= 3
    found = np.log(by_block[free])
    sigma2 = evidence.noise_variance
    best = minimize(lambda v: -_log_evidence(model, v, free, sigma2), found + 0.5, method="BFGS")
    assert best.success
    assert _log_evidence(model, found, free, sigma2) >= -best.fun - 1e-3
    np.testing.assert_allclose(found, best.x, atol=0.05)
    # σ² is the residual variance: noise 1.5² plus the interaction 3·u·v the features cannot
    # represent (variance 9 on the 2 arms of 5 that pay with it): 2.25 + 3.6
    assert abs(sigma2 - 5.85) < 0.5


def _learn(settings: PolicySettings, rows: int, seed: int = 1) -> Policy:
    rng = np.random.default_rng(seed)
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    for _ in range(rows // 500):
        X = rng.normal(size=(500, 3))
        d = policy.predict(X)
        r = _reward(X, d.actions) + rng.normal(scale=1.0, size=500)
        policy.partial_fit(X, d.chosen_ids, r, d.propensities)
    return policy


def _gap(policy: Policy, seed: int = 9) -> float:
    X = np.random.default_rng(seed).normal(size=(4000, 3))
    mu = np.stack([_reward(X, np.full(4000, a)) for a in range(len(ARMS))], axis=1)
    chosen = policy.expected_rewards(X).argmax(axis=1)
    value = mu[np.arange(4000), chosen].mean()
    return float(
        (value - mu.mean(axis=1).mean()) / (mu.max(axis=1).mean() - mu.mean(axis=1).mean())
    )


def test_products_with_learned_priors_learn_an_interaction_linear_features_cannot() -> None:
    products = PairwiseProducts(columns=("u", "v", "w"))
    linear = _gap(_learn(PolicySettings.linear(), 20_000))
    richer = _learn(
        PolicySettings.linear(nonlinear=products, empirical_bayes=EmpiricalBayes()), 20_000
    )
    assert richer.design_width == 1 + 3 + 6  # u², uv, uw, v², vw, w²
    assert linear < 0.85 < 0.95 < _gap(richer)  # measured: 0.78 and 0.998
    model = richer.model
    assert isinstance(model, SharedRidge) and model.evidence is not None
    by_block = np.bincount(model.evidence.blocks, model.prior) / np.bincount(model.evidence.blocks)
    # blocks are (factor, column group): intercept column, features, products; then intercepts
    offer_features, offer_products = by_block[1], by_block[2]
    channel_products = by_block[5]
    assert offer_products < channel_products  # the offer's products carry the signal
    assert offer_features < channel_products


def test_learned_priors_scale_with_rewards_and_keep_decisions() -> None:
    settings = PolicySettings.linear(
        nonlinear=PairwiseProducts(columns=("u", "v")), empirical_bayes=EmpiricalBayes()
    )
    rng = np.random.default_rng(4)
    X = rng.normal(size=(3000, 3))
    acts = rng.integers(0, len(ARMS), 3000)
    r = _reward(X, acts) + rng.normal(size=3000)
    dollars = Policy.from_arms(ARMS, FEATURES, settings).fit(X, acts, r)
    cents = Policy.from_arms(ARMS, FEATURES, settings).fit(X, acts, 100 * r)
    np.testing.assert_allclose(dollars.model.prior, cents.model.prior, rtol=1e-6)  # type: ignore[attr-defined]
    x = rng.normal(size=(500, 3))
    d, c = dollars.predict(x), cents.predict(x)
    np.testing.assert_array_equal(d.actions, c.actions)
    np.testing.assert_allclose(d.propensities, c.propensities)


def test_propensities_exact_and_save_load_identical(tmp_path: Path) -> None:
    settings = PolicySettings.linear(
        learning=LinTS(samples=32),
        nonlinear=PairwiseProducts(columns=("u", "v", "w"), squares=False),
        empirical_bayes=EmpiricalBayes(blocks="column", ceiling=1e3),
        exploration_floor=0.0,
    )
    policy = _learn(settings, 6_000, seed=5)
    model = policy.model
    assert isinstance(model, SharedRidge)
    assert len(model.active) < model.size  # some blocks reached the ceiling and were pruned
    pruned = np.setdiff1d(np.arange(model.size), model.active)
    assert np.all(model.prior[pruned] >= 1e3)
    save_policy(policy, tmp_path / "p")
    loaded = load_policy(tmp_path / "p")
    x = np.repeat(np.random.default_rng(6).normal(size=(1, 3)), 4000, axis=0)
    d, e = policy.predict(x), loaded.predict(x)
    np.testing.assert_array_equal(d.actions, e.actions)
    np.testing.assert_array_equal(d.propensities, e.propensities)
    freq = np.bincount(d.actions, minlength=len(ARMS)) / len(x)
    np.testing.assert_allclose(freq, d.proba[0], atol=0.03)  # one set of draws: exact given them
    draws = model.sample_weights(8, np.random.default_rng(0), 1.0)
    theta_weights = model.mean_weights()
    assert np.isfinite(draws).all() and draws.shape[1:] == theta_weights.shape


def test_product_columns_are_validated() -> None:
    with pytest.raises(ValueError, match="not context columns: z"):
        Policy.from_arms(
            ARMS, FEATURES, PolicySettings(nonlinear=PairwiseProducts(columns=("u", "z")))
        )
    with pytest.raises(ValueError, match="distinct"):
        Policy.from_arms(
            ARMS, FEATURES, PolicySettings(nonlinear=PairwiseProducts(columns=("u", "u")))
        )


def test_mean_between_refreshes_is_warm_started_from_the_last_one() -> None:
    rng = np.random.default_rng(8)
    factors = [np.array([0, 0, 1, 1, 2]), np.array([0, 1, 0, 1, 2])]
    model = SharedRidge(factors, 4, 1.0, refresh_growth=10.0)  # no refresh after the first
    X = np.hstack([np.ones((300, 1)), rng.normal(size=(300, 3))])
    model.update(X, rng.integers(0, 5, 300), rng.normal(size=300), np.ones(300))
    model.mean_weights()
    X = np.hstack([np.ones((50, 1)), rng.normal(size=(50, 3))])
    model.update(X, rng.integers(0, 5, 50), rng.normal(size=50), np.zeros(50))  # weightless
    calls: list[int] = []
    real = model._active_matvec
    model._active_matvec = lambda v: calls.append(1) or real(v)  # type: ignore[method-assign]
    model.mean_weights()
    assert calls == [1]  # the last mean still solves the system: one residual, no iteration
