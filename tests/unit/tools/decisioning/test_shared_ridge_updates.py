"""Shared ridge model: rank-k factor updates and the lagging mean of one-at-a-time learning."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.linalg import cholesky

from nextbest.tools.decisioning.policies import LinTS, Policy, PolicySettings, ridge
from nextbest.tools.decisioning.policies.disjoint import _runs
from nextbest.tools.decisioning.policies.lints import LinTSScorer
from nextbest.tools.decisioning.policies.ridge import SharedRidge, cholesky_update

FACTORS = [
    np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3]),
    np.array([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 2]),
    np.array([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 2]),
]
K, D_CONTEXT = 12, 4


def _rows(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, D_CONTEXT - 1))])
    return X, rng.integers(0, K, n), rng.normal(size=n)


def test_cholesky_update_equals_factorising_the_updated_matrix() -> None:
    rng = np.random.default_rng(0)
    B = rng.normal(size=(40, 60))
    A = B @ B.T + np.eye(40)
    V = rng.normal(size=(5, 40))
    updated = cholesky_update(cholesky(A, lower=True), V)
    np.testing.assert_allclose(updated, cholesky(A + V.T @ V, lower=True), atol=1e-10)
    np.testing.assert_allclose(np.triu(updated, 1), 0.0)


def test_design_rows_are_the_shared_feature_map() -> None:
    rng = np.random.default_rng(1)
    model = SharedRidge(FACTORS, D_CONTEXT, 1.0)
    X, a, r = _rows(rng, 50)
    w = rng.uniform(0.5, 2.0, 50)
    model.update(X, a, r, w)
    A, b = model.system()
    P = model.design_rows(X, a, w)
    np.testing.assert_allclose(A, np.eye(model.size) + P.T @ P, atol=1e-10)
    np.testing.assert_allclose(b, P.T @ (np.sqrt(w) * r), atol=1e-10)


def test_few_new_rows_update_the_factor_instead_of_refactorising(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(2)
    model = SharedRidge(FACTORS, D_CONTEXT, 1.0, refresh_growth=0.0)  # a refresh is always due
    assert model.max_rank_update >= 1
    model.update(*_rows(rng, 100), np.ones(100))
    model.mean_weights()  # first factor: assembled and factorised
    calls = []
    real = ridge.cholesky
    monkeypatch.setattr(ridge, "cholesky", lambda *a, **k: calls.append(1) or real(*a, **k))
    for _ in range(20):  # one row at a time, as a live decision loop learns
        model.update(*_rows(rng, 1), np.ones(1))
        model.mean_weights()
        A, b = model.system()
        assert model._chol is not None
        np.testing.assert_allclose(model._chol, real(A, lower=True), atol=1e-9)
        np.testing.assert_allclose(model._theta, np.linalg.solve(A, b), atol=1e-8)
    assert calls == []  # every refresh was a rank-k update
    model.update(*_rows(rng, model.max_rank_update + 1), np.ones(model.max_rank_update + 1))
    model.mean_weights()
    assert calls == [1]  # too many rows at once: factorised anew


def test_one_at_a_time_mean_lags_by_at_most_the_configured_rows() -> None:
    rng = np.random.default_rng(3)
    lagging = SharedRidge(FACTORS, D_CONTEXT, 1.0, mean_lag_rows=8)
    exact = SharedRidge(FACTORS, D_CONTEXT, 1.0, mean_lag_rows=0)
    X, a, r = _rows(rng, 4000)
    for m in (lagging, exact):
        m.update(X, a, r, np.ones(4000))
    np.testing.assert_allclose(lagging.mean_weights(), exact.mean_weights(), atol=1e-6)
    changes = 0
    for _ in range(24):
        row = _rows(rng, 1)
        before = lagging.mean_weights().copy()
        for m in (lagging, exact):
            m.update(*row, np.ones(1))
        if not np.array_equal(before, lagging.mean_weights()):
            changes += 1
            np.testing.assert_allclose(lagging.mean_weights(), exact.mean_weights(), atol=1e-6)
        else:
            assert not np.allclose(before, exact.mean_weights(), atol=1e-9)  # it did lag
    assert changes == 24 // 9  # recomputed once every 9th row (8 rows may wait)
    lagging.state()  # saving brings the mean up to date
    np.testing.assert_allclose(lagging.mean_weights(), exact.mean_weights(), atol=1e-6)


def test_lag_is_capped_by_the_share_of_all_rows() -> None:
    rng = np.random.default_rng(4)
    model = SharedRidge(FACTORS, D_CONTEXT, 1.0, mean_lag_rows=100)
    model.update(*_rows(rng, 200), np.ones(200))  # 0.5 % of 200 rows: one row may wait
    before = model.mean_weights().copy()
    model.update(*_rows(rng, 1), np.ones(1))
    assert np.array_equal(before, model.mean_weights())
    model.update(*_rows(rng, 1), np.ones(1))
    assert not np.array_equal(before, model.mean_weights())


def test_small_calls_share_posterior_noise_until_it_served_a_batch() -> None:
    rng = np.random.default_rng(5)
    model = SharedRidge(FACTORS, D_CONTEXT, 1.0)
    model.update(*_rows(rng, 500), np.ones(500))
    gen = np.random.default_rng(0)
    first = model.sample_weights(4, gen, 1.0, customers=1)
    again = model.sample_weights(4, gen, 1.0, customers=ridge.SHARED_DRAW_CUSTOMERS - 1)
    np.testing.assert_array_equal(first, again)  # together they served one batch's worth
    assert not np.array_equal(first, model.sample_weights(4, gen, 1.0, customers=1))
    fresh = model.sample_weights(4, gen, 1.0)  # no count given: always fresh
    assert not np.array_equal(fresh, model.sample_weights(4, gen, 1.0))
    shared = model.sample_weights(4, gen, 1.0, customers=1)
    model.update(*_rows(rng, 400), np.ones(400))  # a new factor: new noise
    assert not np.array_equal(shared, model.sample_weights(4, gen, 1.0, customers=1))


def test_shared_noise_follows_the_current_mean() -> None:
    rng = np.random.default_rng(6)
    model = SharedRidge(FACTORS, D_CONTEXT, 1.0, refresh_growth=10.0, mean_lag_rows=0)
    model.update(*_rows(rng, 2000), np.ones(2000))
    gen = np.random.default_rng(0)
    before = model.sample_weights(4, gen, 1.0, customers=1) - model.mean_weights()
    model.update(*_rows(rng, 30), np.ones(30))  # new mean, same factor
    after = model.sample_weights(4, gen, 1.0, customers=1) - model.mean_weights()
    np.testing.assert_allclose(before, after, atol=1e-5)  # same noise around the new mean


def test_one_at_a_time_propensities_are_exact_for_the_shared_draws() -> None:
    rng = np.random.default_rng(7)
    settings = PolicySettings(learning=LinTS(samples=64, alpha=2.0), exploration_floor=0.0)
    policy = Policy(settings, [f"a{i}" for i in range(K)], ["f1", "f2", "f3"], FACTORS)
    X = rng.normal(size=(300, 3))
    policy.partial_fit(X, rng.integers(0, K, 300), rng.normal(size=300))
    x = rng.normal(size=(1, 3))
    block = ridge.SHARED_DRAW_CUSTOMERS
    chosen, proba = [], []
    for _ in range(2 * block):  # one customer per call, no learning in between
        d = policy.predict(x)
        chosen.append(int(d.actions[0]))
        proba.append(d.proba[0])
    for lo in (0, block):  # each block of calls shares one set of draws
        P = np.array(proba[lo : lo + block])
        np.testing.assert_array_equal(P, np.broadcast_to(P[0], P.shape))
        freq = np.bincount(chosen[lo : lo + block], minlength=K) / block
        np.testing.assert_allclose(freq, P[0], atol=0.05)
    assert not np.array_equal(proba[0], proba[block])  # then fresh draws


def test_a_larger_lag_share_lets_batches_wait_for_the_mean() -> None:
    rng = np.random.default_rng(7)
    model = SharedRidge(FACTORS, D_CONTEXT, 1.0, mean_lag_rows=10_000, mean_lag_share=0.05)
    exact = SharedRidge(FACTORS, D_CONTEXT, 1.0, mean_lag_rows=0)
    first = _rows(rng, 2000)
    for m in (model, exact):
        m.update(*first, np.ones(2000))
    before = model.mean_weights().copy()
    batch = _rows(rng, 100)  # 5 % of 2,000 rows: may wait
    for m in (model, exact):
        m.update(*batch, np.ones(100))
    assert np.array_equal(before, model.mean_weights())
    assert not np.allclose(before, exact.mean_weights(), atol=1e-9)
    batch = _rows(rng, 10)  # 110 rows waiting > 5 % of 2,110: the mean is recomputed
    for m in (model, exact):
        m.update(*batch, np.ones(10))
    np.testing.assert_allclose(model.mean_weights(), exact.mean_weights(), atol=1e-6)
    with pytest.raises(ValueError):
        PolicySettings(mean_lag_share=0.5)


def test_statistics_added_in_place_equal_the_batch_statistics_added_per_action() -> None:
    from nextbest.tools.decisioning.policies.disjoint import add_grouped_stats, grouped_stats

    rng = np.random.default_rng(7)
    gram, xr, count = rng.normal(size=(K, 4, 4)), rng.normal(size=(K, 4)), rng.uniform(size=K)
    expected = (gram.copy(), xr.copy(), count.copy())
    for n in (40, 3, 0):  # a full batch, one where most actions are absent, an empty one
        X, a, r = _rows(rng, n)
        w = rng.uniform(0.5, 2.0, n)
        acts, g, c, x = grouped_stats(X, a, r, w)
        for k, action in enumerate(acts):
            expected[0][action] += g[k]
        expected[1][acts] += x
        expected[2][acts] += c
        add_grouped_stats(gram, xr, count, X, a, r, w)
        for got, want in zip((gram, xr, count), expected, strict=True):
            np.testing.assert_array_equal(got, want)


def test_runs_of_a_sorted_array_are_those_np_unique_finds() -> None:
    rng = np.random.default_rng(21)
    for ordered in (np.sort(rng.integers(0, 9, 200)), np.array([4]), np.array([1, 1, 1])):
        values, starts, ends = _runs(ordered)
        want_values, want_starts = np.unique(ordered, return_index=True)
        assert np.array_equal(values, want_values)
        assert np.array_equal(starts, want_starts)
        assert np.array_equal(ends, np.append(want_starts[1:], len(ordered)))


def test_the_scorers_level_incidence_follows_a_new_model() -> None:
    scorer = LinTSScorer(LinTS())
    first = np.array([[0, 2], [1, 2], [0, 3]])
    second = np.array([[0, 1], [0, 1]])
    got = scorer._level_incidence(first, 4)
    assert scorer._level_incidence(first, 4) is got  # kept while the model is the same
    assert np.array_equal(got, [[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1]])
    assert np.array_equal(scorer._level_incidence(second, 2), [[1, 1], [1, 1]])
