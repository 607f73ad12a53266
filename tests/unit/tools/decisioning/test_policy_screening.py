"""Screened product features, live columns and scoring per factor level (issue 22)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nextbest.tools.decisioning.policies import (
    EmpiricalBayes,
    LinTS,
    PairwiseProducts,
    Policy,
    PolicySettings,
)
from nextbest.tools.decisioning.policies.disjoint import grouped_stats
from nextbest.tools.decisioning.policies.lints import FactoredDraws, LinTSScorer
from nextbest.tools.decisioning.policies.persistence import load_policy, save_policy
from nextbest.tools.decisioning.policies.ridge import SharedRidge

ARMS = [("a", "email"), ("a", "sms"), ("b", "email"), ("b", "sms"), ("none", "none")]
FEATURES = ["u", "v", "w", "s"]


def _reward(X: np.ndarray, acts: np.ndarray) -> np.ndarray:
    """Arm ``a`` pays with ``u · v`` (an interaction), ``b`` with ``w``; "none" pays 0.2."""
    offer = np.array([0, 0, 1, 1, 2])[acts]
    return np.select([offer == 0, offer == 1], [X[:, 0] * X[:, 1], 0.8 * X[:, 2]], 0.2)


def _screened(**changes: object) -> PolicySettings:
    priors = {"blocks": "column", "screen_after": 2000, "screen_until": 8000, **changes}
    return PolicySettings.linear(
        learning=LinTS(samples=32),
        nonlinear=PairwiseProducts(columns=tuple(FEATURES), squares=False),
        empirical_bayes=EmpiricalBayes.model_validate(priors),
        exploration_floor=0.0,
    )


def _learn(settings: PolicySettings, rows: int, seed: int = 1) -> tuple[Policy, list[tuple]]:
    rng = np.random.default_rng(seed)
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    seen = []
    for _ in range(rows // 500):
        X = rng.normal(size=(500, 4))
        d = policy.predict(X)
        r = _reward(X, d.actions) + rng.normal(scale=1.0, size=500)
        policy.partial_fit(X, d.chosen_ids, r, d.propensities)
        seen.append((X, d.actions, r))
    return policy, seen


def test_the_screen_lets_in_the_interaction_and_keeps_exact_statistics() -> None:
    policy, seen = _learn(_screened(), 12_000)
    model = policy.model
    assert isinstance(model, SharedRidge) and not model.waiting.any()
    products = policy.feature_map
    assert products is not None
    uv = (
        1
        + len(FEATURES)
        + next(
            k
            for k, (i, j) in enumerate(zip(products.left, products.right, strict=True))
            if (i, j) == (0, 1)
        )
    )
    assert uv in model.columns  # u·v entered …
    assert len(model.columns) < policy.design_width  # … and most other products were dropped
    offer_a = model.levels[0, 0]  # the level of offer "a"
    assert offer_a * model.dim + uv in model.active
    # statistics of the live columns equal those of every row seen, computed afresh
    X = np.vstack([policy._design(x) for x, _, _ in seen])
    acts = np.concatenate([a for _, a, _ in seen])
    r = np.concatenate([r for _, _, r in seen])
    _, gram, _, xr = grouped_stats(X[:, model.columns], acts, r, np.ones(len(X)))
    np.testing.assert_allclose(model.G, gram, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(model.h, xr, rtol=1e-9, atol=1e-9)


def test_screened_products_learn_the_interaction() -> None:
    policy, _ = _learn(_screened(), 12_000)
    x = np.random.default_rng(9).normal(size=(4000, 4))
    mu = np.stack([_reward(x, np.full(4000, a)) for a in range(len(ARMS))], axis=1)
    value = mu[np.arange(4000), policy.expected_rewards(x).argmax(axis=1)].mean()
    gap = (value - mu.mean(axis=1).mean()) / (mu.max(axis=1).mean() - mu.mean(axis=1).mean())
    assert gap > 0.95  # a linear model of u, v, w, s closes about 0.78


def test_without_a_screen_deadline_blocks_keep_waiting_and_their_columns_stay_out() -> None:
    policy, _ = _learn(_screened(screen_until=None, screen_z=1e9), 6_000)  # nothing passes
    model = policy.model
    assert isinstance(model, SharedRidge) and model.waiting.any()
    assert len(model.columns) == 1 + len(FEATURES)  # rows are kept instead of statistics
    X1 = policy._design(np.random.default_rng(2).normal(size=(10, 4)))
    assert not X1[:, 1 + len(FEATURES) :].any()  # waiting products are not computed for new rows


def test_propensities_exact_and_save_load_identical_while_blocks_wait(tmp_path: Path) -> None:
    policy, _ = _learn(_screened(screen_after=4000, screen_until=None), 3_000)
    model = policy.model
    assert isinstance(model, SharedRidge) and model.waiting.any()
    save_policy(policy, tmp_path / "p")
    loaded = load_policy(tmp_path / "p")
    rng = np.random.default_rng(3)
    for _ in range(4):  # the loaded policy keeps learning and screening exactly alike
        X = rng.normal(size=(500, 4))
        d, e = policy.predict(X), loaded.predict(X)
        np.testing.assert_array_equal(d.actions, e.actions)
        np.testing.assert_array_equal(d.propensities, e.propensities)
        r = _reward(X, d.actions)
        policy.partial_fit(X, d.actions, r, d.propensities)
        loaded.partial_fit(X, e.actions, r, e.propensities)
    assert not model.waiting.all()
    x = np.repeat(rng.normal(size=(1, 4)), 4000, axis=0)
    d = policy.predict(x)
    freq = np.bincount(d.actions, minlength=len(ARMS)) / len(x)
    np.testing.assert_allclose(freq, d.proba[0], atol=0.03)  # one set of draws: exact given them


def test_scores_per_factor_level_equal_scores_per_action() -> None:
    policy, _ = _learn(_screened(), 3_000)
    model = policy.model
    assert isinstance(model, SharedRidge)
    scorer = LinTSScorer(LinTS(samples=4))
    factored = scorer.draw(model, np.random.default_rng(0), 1.0)
    assert isinstance(factored, FactoredDraws)
    scale = scorer.settings.alpha  # α × a reward scale of 1
    per_action = model.sample_weights(4, np.random.default_rng(0), scale).astype(np.float32)
    X1 = policy._design(np.random.default_rng(1).normal(size=(50, 4)))
    np.testing.assert_allclose(
        scorer.scores(X1, factored), scorer.scores(X1, per_action), rtol=1e-4, atol=1e-4
    )


def test_score_test_in_single_precision_agrees_with_the_double_precision_statistic() -> None:
    """The solve runs in float32; each block's statistic matches the float64 one closely."""
    from scipy.linalg import cholesky, solve_triangular

    from nextbest.tools.decisioning.policies.screen import score_test

    rng = np.random.default_rng(7)
    rows, active, waiting = 4000, 60, 40
    X = rng.normal(size=(rows, active + waiting))
    X[:, active:] += 0.5 * X[:, :1]  # waiting columns partly explained by the active ones
    A = X[:, :active].T @ X[:, :active] + np.eye(active)
    chol = cholesky(A, lower=True)
    cross = X[:, :active].T @ X[:, active:]
    own = (X[:, active:] ** 2).sum(axis=0)
    blocks = np.repeat(np.arange(waiting // 4), 4)
    gradient = rng.normal(scale=60.0, size=waiting)
    V = solve_triangular(chol, cross, lower=True)
    expected = np.zeros(waiting, dtype=bool)
    margins = []
    for g in np.unique(blocks):
        idx = np.flatnonzero(blocks == g)
        S = np.diag(own[idx] + 1.0) - V[:, idx].T @ V[:, idx]
        T = float(gradient[idx] @ np.linalg.solve(S, gradient[idx]))
        standardised = (T - len(idx)) / np.sqrt(2.0 * len(idx))
        expected[idx] = standardised > 1.0
        margins.append(abs(standardised - 1.0))
    assert min(margins) > 1e-3  # no block sits on the threshold
    assert 0 < expected.sum() < waiting  # some enter, some wait
    got = score_test(gradient, chol, cross.copy(order="F"), own, blocks, 1.0, 1.0, 1.0)
    assert np.array_equal(got, expected)
