"""Rows kept while blocks wait for the screen: statistics rebuilt from them."""

from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.policies.screen import RowBuffer


def _expand(base_t: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Leading columns as kept, then the products of context columns 1 × 2 and 2 × 3."""
    extra = np.stack([base_t[1] * base_t[2], base_t[2] * base_t[3]])
    return np.asarray(np.concatenate([base_t, extra])[columns])


def _buffer(rng: np.random.Generator, n: int, K: int) -> RowBuffer:
    buffer = RowBuffer(4, _expand, K)
    for lo in range(0, n, 700):  # several batches, more rows than one chunk
        m = min(700, n - lo)
        X = np.hstack([np.ones((m, 1)), rng.normal(size=(m, 3))])
        buffer.add(X, rng.integers(0, K, m), rng.normal(size=m), rng.uniform(0.5, 2.0, m))
    return buffer


def test_statistics_are_the_weighted_sums_of_the_expanded_rows() -> None:
    rng = np.random.default_rng(11)
    K = 5
    buffer = _buffer(rng, 9000, K)
    columns = np.array([0, 1, 2, 4, 5])
    live = np.array([True, True, False, False, True])
    G, h = buffer.statistics(columns, live)
    base, actions, rewards, weights = buffer._arrays()
    X = _expand(base.T, columns).T
    for a in range(K):
        mine = actions == a
        full = (X[mine] * weights[mine, None]).T @ X[mine]
        np.testing.assert_allclose(G[a][:, live], full[:, live], rtol=1e-10)
        np.testing.assert_allclose(G[a][live], full[live], rtol=1e-10)
        np.testing.assert_allclose(np.diag(G[a]), np.diag(full), rtol=1e-10)
        np.testing.assert_allclose(h[a], (weights[mine] * rewards[mine]) @ X[mine], rtol=1e-10)


def test_without_the_diagonal_the_live_rows_and_columns_are_the_same() -> None:
    rng = np.random.default_rng(12)
    buffer = _buffer(rng, 9000, 4)
    columns = np.array([0, 1, 3, 4, 5])
    live = np.array([False, True, False, True, False])
    G, h = buffer.statistics(columns, live)
    G_live, h_live = buffer.statistics(columns, live, diagonal=False)
    assert np.array_equal(h_live, h)
    assert np.array_equal(G_live[:, live], G[:, live])
    assert np.array_equal(G_live[:, :, live], G[:, :, live])
    others = np.flatnonzero(~live)
    assert not G_live[:, others, others].any()


def test_rows_added_in_batches_are_kept_in_order_and_survive_a_reload() -> None:
    rng = np.random.default_rng(13)
    buffer = RowBuffer(4, _expand, 3)
    batches = []
    for m in (5, 0, 700, 1):
        X = np.hstack([np.ones((m, 1)), rng.normal(size=(m, 5))])  # wider than kept
        batch = (X, rng.integers(0, 3, m), rng.normal(size=m), rng.uniform(0.5, 2.0, m))
        buffer.add(*batch)
        X[:] = 0.0  # the caller's rows change after: the buffer kept its own copy
        batches.append((X, *batch[1:]))
    base, actions, rewards, weights = buffer._arrays()
    assert base.shape == (706, 4)
    assert np.array_equal(actions, np.concatenate([b[1] for b in batches]))
    assert np.array_equal(rewards, np.concatenate([b[2] for b in batches]))
    assert np.array_equal(weights, np.concatenate([b[3] for b in batches]))
    assert not np.any(base[:, 1:] == 0.0)
    reloaded = RowBuffer(4, _expand, 3)
    reloaded.load_state(buffer.state())
    columns, live = np.array([0, 1, 4]), np.array([True, True, False])
    got, want = reloaded.statistics(columns, live), buffer.statistics(columns, live)
    for mine, theirs in zip(got, want, strict=True):
        assert np.array_equal(mine, theirs)
    more = np.hstack([np.ones((2, 1)), rng.normal(size=(2, 3))])
    reloaded.add(more, np.array([0, 2]), np.zeros(2), np.ones(2))
    assert np.array_equal(reloaded._arrays()[0][-2:], more)
