"""The default policy: screened pairwise products with learned priors (issue 22)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from nextbest.tools.decisioning.policies import (
    LinTS,
    PairwiseProducts,
    Policy,
    PolicySettings,
)
from nextbest.tools.decisioning.policies.persistence import load_policy, save_policy
from nextbest.tools.decisioning.policies.settings import DEFAULT_SCREEN

ARMS = ["guide", "bundle", "none"]
FEATURES = ["age_years", "visits", "is_member"]


def _contexts(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.column_stack(
        [rng.normal(size=n), rng.normal(size=n), rng.integers(0, 2, n).astype(float)]
    )


def _reward(X: np.ndarray, acts: np.ndarray) -> np.ndarray:
    """The guide pays with age × visits (an interaction), the bundle 0.25, "none" 0."""
    return np.select([acts == 0, acts == 1], [X[:, 0] * X[:, 1], np.full(len(X), 0.25)], 0.0)


def test_default_settings_are_screened_products_with_learned_priors() -> None:
    settings = PolicySettings()
    assert settings.nonlinear == PairwiseProducts(columns="numeric")
    assert settings.empirical_bayes == DEFAULT_SCREEN
    assert DEFAULT_SCREEN.screen_after == 8000 and DEFAULT_SCREEN.screen_until == 64000
    assert settings.learning == LinTS(alpha=0.3)
    assert (settings.refresh_growth, settings.mean_lag_share) == (1.0, 0.05)


def test_per_action_model_defaults_to_the_features_as_given() -> None:
    settings = PolicySettings(model="disjoint")
    assert settings.nonlinear is None and settings.empirical_bayes is None
    kept = PolicySettings(model="disjoint", nonlinear=PairwiseProducts())
    assert kept.nonlinear == PairwiseProducts()


def test_linear_gives_the_earlier_default() -> None:
    linear = PolicySettings.linear(name="old", seed=4)
    assert linear.nonlinear is None and linear.empirical_bayes is None
    assert linear.learning == LinTS(alpha=0.2)
    assert (linear.refresh_growth, linear.mean_lag_rows, linear.mean_lag_share) == (
        0.25,
        16,
        0.005,
    )
    assert (linear.name, linear.seed) == ("old", 4)


def _gap(settings: PolicySettings, rows: int) -> tuple[float, Policy]:
    rng = np.random.default_rng(5)
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    for _ in range(rows // 1000):
        X = _contexts(rng, 1000)
        d = policy.predict(X)
        assert np.all((d.propensities > 0) & (d.propensities <= 1))
        r = _reward(X, d.actions) + rng.normal(scale=0.5, size=1000)
        policy.partial_fit(X, d.chosen_ids, r, d.propensities)
    x = _contexts(np.random.default_rng(6), 4000)
    mu = np.stack([_reward(x, np.full(4000, a)) for a in range(len(ARMS))], axis=1)
    value = mu[np.arange(4000), policy.expected_rewards(x).argmax(axis=1)].mean()
    return float((value - mu.mean(1).mean()) / (mu.max(1).mean() - mu.mean(1).mean())), policy


def test_default_learns_an_interaction_the_linear_default_cannot() -> None:
    default, policy = _gap(PolicySettings(), 20_000)
    linear, _ = _gap(PolicySettings.linear(), 20_000)
    products = policy.settings.nonlinear
    assert isinstance(products, PairwiseProducts)
    assert products.columns == ("age_years", "visits")  # found, the indicator left out
    assert default > 0.9 > linear + 0.2


def test_policies_saved_without_the_new_fields_load_as_they_were_trained(tmp_path: Path) -> None:
    policy = Policy.from_arms(ARMS, FEATURES, PolicySettings.linear(name="old"))
    X = _contexts(np.random.default_rng(7), 500)
    d = policy.predict(X)
    policy.partial_fit(X, d.chosen_ids, _reward(X, d.actions), d.propensities)
    meta_path, _ = save_policy(policy, tmp_path / "old")
    meta = json.loads(meta_path.read_text())
    for field in ("nonlinear", "empirical_bayes", "refresh_growth", "mean_lag_rows"):
        del meta["settings"][field]  # as written before these fields existed
    del meta["settings"]["mean_lag_share"]
    del meta["settings"]["learning"]["alpha"]
    meta_path.write_text(json.dumps(meta))
    loaded = load_policy(tmp_path / "old")
    assert loaded.settings == policy.settings
    Y = _contexts(np.random.default_rng(8), 300)
    np.testing.assert_array_equal(loaded.predict(Y).actions, policy.predict(Y).actions)
