"""Pairwise products of the numeric columns without naming them (issue 22)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning.engine import DecisionEngine
from nextbest.tools.decisioning.features import (
    CategoricalFeature,
    FeatureSpec,
    NumericFeature,
)
from nextbest.tools.decisioning.policies import (
    EmpiricalBayes,
    LinTS,
    PairwiseProducts,
    Policy,
    PolicySettings,
)
from nextbest.tools.decisioning.policies.persistence import load_policy, save_policy
from nextbest.tools.decisioning.policies.products import with_numeric_columns

ARMS = ["tea-sampler", "mug-bundle", "none"]
FEATURES = ["tenure_years", "basket_value", "is_subscriber", "plan=family"]


def _contexts(rng: np.random.Generator, n: int) -> np.ndarray:
    """Two continuous columns and two indicators."""
    return np.column_stack(
        [
            rng.normal(size=n),
            rng.normal(size=n),
            rng.integers(0, 2, n).astype(float),
            rng.integers(0, 2, n).astype(float),
        ]
    )


def _reward(X: np.ndarray, acts: np.ndarray) -> np.ndarray:
    """The sampler pays with tenure × basket (an interaction), the bundle 0.3, "none" 0."""
    return np.select([acts == 0, acts == 1], [X[:, 0] * X[:, 1], np.full(len(X), 0.3)], 0.0)


def _settings(**changes: object) -> PolicySettings:
    return PolicySettings.linear(
        learning=LinTS(samples=16), nonlinear=PairwiseProducts(), exploration_floor=0.0
    ).model_copy(update=changes)


def test_numeric_columns_are_found_in_the_first_contexts_and_recorded() -> None:
    policy = Policy.from_arms(ARMS, FEATURES, _settings())
    assert policy.feature_map is None  # nothing seen yet
    rng = np.random.default_rng(0)
    policy.predict(_contexts(rng, 200))
    products = policy.settings.nonlinear
    assert isinstance(products, PairwiseProducts)
    assert products.columns == ("tenure_years", "basket_value")  # indicators left out
    assert policy.feature_map is not None and policy.feature_map.n_components == 3
    assert policy.design_width == 1 + len(FEATURES) + 3


def test_fewer_than_two_numeric_columns_add_no_products() -> None:
    policy = Policy.from_arms(ARMS, FEATURES, _settings())
    X = _contexts(np.random.default_rng(1), 100)
    X[:, 1] = np.round(np.abs(X[:, 1])) > 0  # basket becomes an indicator
    policy.partial_fit(X, np.zeros(100, dtype=np.int64), np.ones(100))
    assert policy.settings.nonlinear is None and policy.feature_map is None
    assert policy.design_width == 1 + len(FEATURES)


def test_found_columns_learn_the_interaction_a_linear_model_cannot() -> None:
    def gap(settings: PolicySettings) -> float:
        rng = np.random.default_rng(2)
        policy = Policy.from_arms(ARMS, FEATURES, settings)
        for _ in range(16):
            X = _contexts(rng, 500)
            d = policy.predict(X)
            r = _reward(X, d.actions) + rng.normal(scale=0.5, size=500)
            policy.partial_fit(X, d.chosen_ids, r, d.propensities)
        x = _contexts(np.random.default_rng(3), 4000)
        mu = np.stack([_reward(x, np.full(4000, a)) for a in range(len(ARMS))], axis=1)
        value = mu[np.arange(4000), policy.expected_rewards(x).argmax(axis=1)].mean()
        return float((value - mu.mean(1).mean()) / (mu.max(1).mean() - mu.mean(1).mean()))

    with_products, linear = gap(_settings()), gap(_settings(nonlinear=None))
    assert with_products > 0.9
    assert with_products > linear + 0.2


def test_propensities_exact_and_save_load_keeps_the_found_columns(tmp_path: Path) -> None:
    settings = _settings(
        empirical_bayes=EmpiricalBayes(blocks="column", screen_after=1000, screen_until=4000)
    )
    policy = Policy.from_arms(ARMS, FEATURES, settings)
    rng = np.random.default_rng(4)
    for _ in range(4):
        X = _contexts(rng, 500)
        d = policy.predict(X)
        policy.partial_fit(X, d.chosen_ids, _reward(X, d.actions), d.propensities)
    save_policy(policy, tmp_path / "p")
    loaded = load_policy(tmp_path / "p")
    assert loaded.settings.nonlinear == policy.settings.nonlinear
    for _ in range(6):  # both keep learning (and screening) exactly alike
        X = _contexts(rng, 500)
        d, e = policy.predict(X), loaded.predict(X)
        np.testing.assert_array_equal(d.actions, e.actions)
        np.testing.assert_array_equal(d.propensities, e.propensities)
        policy.partial_fit(X, d.actions, _reward(X, d.actions), d.propensities)
        loaded.partial_fit(X, e.actions, _reward(X, e.actions), e.propensities)
    x = np.repeat(_contexts(rng, 1), 4000, axis=0)
    d = policy.predict(x)
    np.testing.assert_array_equal(d.propensities, d.proba[np.arange(4000), d.actions])
    freq = np.bincount(d.actions, minlength=len(ARMS)) / len(x)
    np.testing.assert_allclose(freq, d.proba[0], atol=0.03)  # one set of draws: exact given them


def test_a_feature_spec_names_its_numeric_columns() -> None:
    spec = FeatureSpec(
        features=[
            NumericFeature(name="tenure_years", bins=[1.0, 3.0]),
            NumericFeature(name="basket_value"),
            CategoricalFeature(name="plan", categories=["family", "solo"]),
        ]
    )
    numeric = [f.name for f in spec.features if isinstance(f, NumericFeature)]
    settled = with_numeric_columns(_settings(), numeric)
    assert settled.nonlinear == PairwiseProducts(columns=("tenure_years", "basket_value"))
    policy = Policy.from_arms(ARMS, spec.names, settled)
    assert policy.feature_map is not None  # known before any contexts are seen
    named = _settings(nonlinear=PairwiseProducts(columns=("basket_value", "tenure_years")))
    assert with_numeric_columns(named, numeric) == named  # named columns are left alone


def _tea_pack() -> BrandPack:
    """A small made-up brand (a tea shop, "Steepwell") with two offers."""
    return BrandPack.model_validate(
        {
            "brand": {
                "name": "Steepwell Teas",
                "short_name": "Steepwell",
                "legal_name": "Steepwell Teas Ltd.",
                "postal_address": "4 Kettle Lane, Portland, OR 97201",
                "channels": ["email", "sms"],
                "default_time_zone": "America/Los_Angeles",
                "website_domains": ["steepwell.example"],
                "unsubscribe_url": "https://steepwell.example/unsubscribe",
            },
            "products": [
                {"id": "sampler", "name": "Tea Sampler", "list_price": 30, "currency": "USD"}
            ],
            "offers": [
                {
                    "id": "sampler-5",
                    "name": "$5 off the sampler",
                    "terms": "$5 off the Tea Sampler.",
                    "discount_type": "amount",
                    "discount_amount": 5,
                    "currency": "USD",
                    "channels": ["email", "sms"],
                    "products": ["sampler"],
                },
                {
                    "id": "mug-gift",
                    "name": "Mug gift",
                    "terms": "A free mug with any order over $40.",
                    "discount_type": "free_gift",
                    "channels": ["email"],
                },
            ],
        }
    )


def test_the_engine_names_its_feature_specs_numeric_columns() -> None:
    spec = FeatureSpec(
        features=[
            NumericFeature(name="tenure_years"),
            NumericFeature(name="basket_value", log1p=True),
            CategoricalFeature(name="plan", categories=["family", "solo"]),
        ]
    )
    engine = DecisionEngine.create(_tea_pack(), spec, _settings())
    policy = engine.policy
    assert isinstance(policy, Policy) and policy.feature_map is not None
    assert policy.settings.nonlinear == PairwiseProducts(columns=("tenure_years", "basket_value"))
