"""Shared model: blocks of the system ``A`` from per-action statistics, and its factors."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.linalg import cholesky

from nextbest.tools.decisioning.policies import EmpiricalBayes, ridge
from nextbest.tools.decisioning.policies.layout import SharedLayout
from nextbest.tools.decisioning.policies.ridge import SharedRidge

FACTORS = [
    np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3]),
    np.array([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 2]),
    np.array([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 2]),
]
K, DIM = 12, 6


def _layout(rng: np.random.Generator, columns: np.ndarray) -> SharedLayout:
    layout = SharedLayout(FACTORS, DIM)
    layout.columns = columns
    c = len(columns)
    G = np.empty((K, c, c))
    for a in range(K):
        X = rng.normal(size=(20, c))
        X[:, 0] = 1.0
        G[a] = X.T @ X
    layout.G = G
    layout.h = np.zeros((K, c))
    layout.prior = np.ones(layout.size)
    return layout


def _reference(layout: SharedLayout, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Entry by entry: per-action statistics summed over the actions having both parameters."""
    d, n = layout.dim, layout.n_levels * layout.dim
    position = {int(j): p for p, j in enumerate(layout.columns)}
    A = np.zeros((len(rows), len(cols)))
    for r, p in enumerate(rows):
        for s, q in enumerate(cols):
            total = 0.0
            for a in range(layout.n_actions):  # ascending actions, as the block sums them
                if p < n and q < n:
                    if p // d in layout.levels[a] and q // d in layout.levels[a]:
                        total += layout.G[a, position[p % d], position[q % d]]
                elif p < n:
                    if p // d in layout.levels[a] and q - n == a:
                        total += layout.G[a, position[p % d], 0]
                elif q < n:
                    if q // d in layout.levels[a] and p - n == a:
                        total += layout.G[a, position[q % d], 0]
                elif p == q == n + a:
                    total += layout.G[a, 0, 0]
            A[r, s] = total
    return A


@pytest.mark.parametrize("fortran", [False, True])
def test_block_equals_the_entrywise_sums_exactly(fortran: bool) -> None:
    rng = np.random.default_rng(3)
    columns = np.array([0, 1, 3, 4, 5])  # column 2 not live
    layout = _layout(rng, columns)
    n = layout.n_levels * DIM
    every = np.arange(layout.size)
    on_live = np.flatnonzero(np.isin(every % DIM, columns) | (every >= n))
    # rows: every level on some columns, one level without parameters, a few intercepts
    rows = np.sort(rng.choice(on_live[on_live < n], size=40, replace=False))
    rows = np.union1d(rows[rows // DIM != 2], n + np.array([0, 5, 11]))
    # columns: whole levels (all live columns) and partial ones
    whole = on_live[(on_live < n) & np.isin(on_live // DIM, [0, 4, 7])]
    partial = on_live[(on_live < n) & np.isin(on_live // DIM, [1, 9]) & (on_live % DIM != 4)]
    cols = np.union1d(np.union1d(whole, partial), n + np.array([1, 5]))
    block = layout._block(rows, cols, fortran=fortran)
    assert block.flags.f_contiguous == fortran
    assert np.array_equal(block, _reference(layout, rows, cols))  # ==, not allclose


def test_block_on_all_parameters_is_the_assembled_system_without_the_prior() -> None:
    layout = _layout(np.random.default_rng(4), np.arange(DIM))
    every = np.arange(layout.size)
    A, _ = layout.system()
    np.testing.assert_allclose(layout._block(every, every), A - np.eye(layout.size), atol=1e-12)


@pytest.mark.parametrize("iterations", [1, 3])
def test_factorising_in_place_changes_nothing(
    iterations: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refreshes factorise ``A`` in its own memory when they no longer need it."""

    def learn(model: SharedRidge, seed: int) -> None:
        rng = np.random.default_rng(seed)
        for n in (400, 700, 900, 2500, 300):  # refits at some refreshes, not at others
            X = np.hstack([np.ones((n, 1)), rng.normal(size=(n, DIM - 1))])
            acts = rng.integers(0, K, n)
            r = X[:, 1] * (acts % 3) - X[:, 2] * (acts % 2) + rng.normal(size=n)
            model.update(X, acts, r, rng.uniform(0.5, 2.0, n))
            model.mean_weights()

    def new_model() -> SharedRidge:
        return SharedRidge(
            FACTORS, DIM, 1.0, refresh_growth=0.0, evidence=EmpiricalBayes(iterations=iterations)
        )

    in_place = new_model()
    learn(in_place, 7)
    copying = new_model()
    with monkeypatch.context() as patch:  # every factorisation on a copy: A is never touched
        patch.setattr(
            ridge,
            "cholesky",
            lambda A, **kw: cholesky(np.array(A, order="F"), **{**kw, "overwrite_a": False}),
        )
        learn(copying, 7)
    assert in_place.evidence is not None and in_place.evidence.refitted_at > 1000
    assert np.array_equal(in_place.active, copying.active)
    assert np.array_equal(in_place.prior, copying.prior)
    assert in_place._chol is not None and copying._chol is not None
    assert np.array_equal(in_place._chol, copying._chol)
    assert np.array_equal(in_place.mean_weights(), copying.mean_weights())
    assert in_place._active_system().flags.f_contiguous


def test_live_action_weights_are_the_live_columns_of_the_action_weights() -> None:
    rng = np.random.default_rng(31)
    factors = [np.array([0, 1, 2, 0, 1]), np.array([0, 0, 1, 1, 2])]
    layout = SharedLayout(factors, 6)
    theta = rng.normal(size=layout.size)
    for columns in (np.arange(6), np.array([0, 2, 5]), np.array([0])):
        layout.columns = columns
        want = layout._action_weights(theta)[:, columns]
        assert np.array_equal(layout._live_action_weights(theta), want)
    layout.columns = np.array([1, 3])  # no intercept column: the long way, same numbers
    assert np.array_equal(
        layout._live_action_weights(theta), layout._action_weights(theta)[:, [1, 3]]
    )
