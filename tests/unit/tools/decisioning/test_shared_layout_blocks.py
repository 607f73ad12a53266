"""Shared model layout: blocks of the system ``A`` assembled from per-action statistics."""

from __future__ import annotations

import numpy as np
import pytest

from nextbest.tools.decisioning.policies.layout import SharedLayout

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
