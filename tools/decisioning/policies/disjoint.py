"""Per-action sufficient statistics and the per-action (disjoint) ridge model."""

from __future__ import annotations

import numpy as np


def grouped_stats(
    X: np.ndarray, actions: np.ndarray, rewards: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per-action sufficient statistics of a batch.

    Returns:
        ``(acts, gram, count, xr)`` for the actions present: ``Σ w x xᵀ``, ``Σ w`` and
        ``Σ w r x``.
    """
    d = X.shape[1]
    if len(actions) == 0:
        return np.zeros(0, np.int64), np.zeros((0, d, d)), np.zeros(0), np.zeros((0, d))
    acts, starts, ends, Xs, Xw, ws, rs = _grouped_rows(X, actions, rewards, weights)
    gram = np.empty((len(acts), d, d))
    for k, (lo, hi) in enumerate(zip(starts, ends, strict=True)):
        np.matmul(Xw[lo:hi].T, Xs[lo:hi], out=gram[k])
    count = np.add.reduceat(ws, starts)
    xr = np.add.reduceat(Xw * rs[:, None], starts, axis=0)
    return acts, gram, count, xr


def add_grouped_stats(
    gram: np.ndarray,
    xr: np.ndarray,
    count: np.ndarray,
    X: np.ndarray,
    actions: np.ndarray,
    rewards: np.ndarray,
    weights: np.ndarray,
) -> None:
    """Add a batch's per-action statistics into running sums, in place.

    The same sums as adding :func:`grouped_stats`'s output action by action (bit for bit), but
    each action's Gram product is added as soon as it is formed, so no ``(K, d, d)`` batch array
    is written and read again.

    Args:
        gram: Running ``Σ w x xᵀ`` per action ``(K, d, d)``, updated.
        xr: Running ``Σ w r x`` per action ``(K, d)``, updated.
        count: Running ``Σ w`` per action ``(K,)``, updated.
        X: Rows of the batch ``(n, d)``.
        actions: Action index of every row ``(n,)``.
        rewards: Rewards ``(n,)``.
        weights: Row weights ``(n,)``.
    """
    if len(actions) == 0:
        return
    acts, starts, ends, Xs, Xw, ws, rs = _grouped_rows(X, actions, rewards, weights)
    product = np.empty(gram.shape[1:])
    for a, lo, hi in zip(acts, starts, ends, strict=True):
        np.matmul(Xw[lo:hi].T, Xs[lo:hi], out=product)
        gram[a] += product
    xr[acts] += np.add.reduceat(Xw * rs[:, None], starts, axis=0)
    count[acts] += np.add.reduceat(ws, starts)


def _grouped_rows(
    X: np.ndarray, actions: np.ndarray, rewards: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, ...]:
    """Rows sorted by action (stable), and where each action's rows start and end.

    Returns:
        Actions present, group starts, group ends, ``X``, ``w x``, ``w`` and ``r``.
    """
    order = np.argsort(actions, kind="stable")
    acts, starts, ends = _runs(actions[order])
    Xs, ws, rs = X.take(order, axis=0), weights[order], rewards[order]
    return acts, starts, ends, Xs, Xs * ws[:, None], ws, rs


def _runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The values of a sorted, non-empty array and where each value's run starts and ends.

    The same values and starts as ``np.unique(ordered, return_index=True)``, without its sort.
    """
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[starts], starts, np.append(starts[1:], len(ordered))


def _sym(m: np.ndarray) -> np.ndarray:
    return np.asarray(0.5 * (m + np.swapaxes(m, -1, -2)))


class DisjointRidge:
    """One ridge regression per action.

    Args:
        n_actions: Number of actions ``K``.
        dim: Context dimension ``d`` (including the intercept column).
        l2: Prior precision ``λ``.
    """

    def __init__(self, n_actions: int, dim: int, l2: float) -> None:
        self.n_actions, self.dim, self.l2 = n_actions, dim, l2
        self.A = np.broadcast_to(l2 * np.eye(dim), (n_actions, dim, dim)).copy()
        self.b = np.zeros((n_actions, dim))
        self.counts = np.zeros(n_actions)
        self._cov: np.ndarray | None = None
        self._mean: np.ndarray | None = None
        self._chol: np.ndarray | None = None

    def update(
        self, X: np.ndarray, actions: np.ndarray, rewards: np.ndarray, weights: np.ndarray
    ) -> None:
        """Add a batch of observations."""
        add_grouped_stats(self.A, self.b, self.counts, X, actions, rewards, weights)
        self._cov = self._mean = self._chol = None

    def _refresh(self) -> None:
        if self._cov is None:
            self._cov = _sym(np.linalg.inv(self.A))
            self._mean = np.einsum("kij,kj->ki", self._cov, self.b)

    def mean_weights(self) -> np.ndarray:
        """Posterior means ``A_a⁻¹ b_a``, ``(K, d)``."""
        self._refresh()
        assert self._mean is not None
        return self._mean

    def action_covariances(self) -> np.ndarray:
        """``A_a⁻¹``, ``(K, d, d)``."""
        self._refresh()
        assert self._cov is not None
        return self._cov

    def sample_weights(
        self,
        n_samples: int,
        rng: np.random.Generator,
        scale: float,
        customers: int | None = None,
    ) -> np.ndarray:
        """``M`` draws ``μ_a + α L_a z`` with ``L_a L_aᵀ = A_a⁻¹``, ``(M, K, d)`` (always fresh)."""
        self._refresh()
        if self._chol is None:
            self._chol = np.linalg.cholesky(self.action_covariances())
        z = rng.standard_normal((n_samples, self.n_actions, self.dim))
        return np.asarray(
            self.mean_weights()[None] + scale * np.einsum("kij,mkj->mki", self._chol, z)
        )

    def state(self) -> dict[str, np.ndarray]:
        """Arrays to persist."""
        return {"A": self.A, "b": self.b, "counts": self.counts}

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Restore from :meth:`state`."""
        self.A, self.b, self.counts = state["A"].copy(), state["b"].copy(), state["counts"].copy()
        self._cov = self._mean = self._chol = None
