"""Which waiting blocks of parameters enter the model: a score test against the model so far.

Extra features (pairwise products, say) can wait outside the shared model until there is data to
judge them, and then enter block by block. For a block ``g`` held at 0, the gradient of the
log-likelihood is ``u_g = (b − A θ)_g = Σ w φ_g (r − φᵀθ)``; if the block does not belong in the
model, ``u_g`` has mean 0 and covariance ``σ² S_g`` with ``S_g = A_gg − A_g,act A_act⁻¹ A_act,g``,
the part of the block's design the active parameters do not already explain (Rao's score test).
Then ``T_g = u_gᵀ S_g⁻¹ u_g / σ²`` is about χ² with ``k_g`` degrees of freedom, and the block enters
when ``(T_g − k_g) / √(2 k_g) > z``. One triangular solve against the current factor gives every
block's ``S_g`` at once.

While blocks wait, :class:`RowBuffer` keeps the rows seen so far (their leading, non-waiting
columns), so the model keeps statistics only for the columns it uses and the waiting columns'
statistics are rebuilt from the rows at each test.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.linalg import solve_triangular

_CHUNK_ROWS = 4_096
"""Kept rows expanded at a time: small enough that the temporaries of one chunk are reused by
the next instead of being mapped (and page-faulted) afresh."""


def score_test(
    gradient: np.ndarray,
    chol: np.ndarray,
    cross: np.ndarray,
    own: np.ndarray,
    blocks: np.ndarray,
    noise_variance: float,
    ridge: float,
    z: float,
) -> np.ndarray:
    """Score test of every waiting block.

    Args:
        gradient: ``u = b − A θ`` on the waiting parameters ``(W,)``.
        chol: Lower Cholesky factor of ``A`` on the active parameters.
        cross: Data part of ``A`` between active and waiting parameters ``(D_act, W)`` (read
            once, into the single-precision copy the solve works in).
        own: Diagonal of the data part of ``A`` on the waiting parameters ``(W,)`` (within a
            block, parameters are levels of one factor, which no action shares, so the block of
            ``A`` is diagonal).
        blocks: Block of every waiting parameter ``(W,)``.
        noise_variance: ``σ²``.
        ridge: Added to the diagonal of each ``S_g`` (levels never observed stay invertible).
        z: Threshold on the standardised statistic.

    Returns:
        Boolean ``(W,)``: the parameter's block enters.
    """
    # The solve runs in single precision (half the memory traffic of the largest step); each
    # block's own products are then formed in double precision from it.
    V = solve_triangular(
        np.asfortranarray(chol, dtype=np.float32),
        np.asfortranarray(cross, dtype=np.float32),
        lower=True,
        overwrite_b=True,
        check_finite=False,
    )
    enter = np.zeros(len(gradient), dtype=bool)
    observed = own > 0
    order = np.argsort(blocks, kind="stable")  # each block's parameters, in index order
    starts = np.flatnonzero(np.diff(blocks[order])) + 1
    for lo, hi in zip([0, *starts.tolist()], [*starts.tolist(), len(blocks)], strict=True):
        idx = order[lo:hi]
        if not len(idx):
            continue
        k = int(observed[idx].sum())
        if k == 0:
            continue
        Vg = V[:, idx].astype(np.float64)
        S = np.diag(own[idx] + ridge) - Vg.T @ Vg
        u = gradient[idx]
        T = float(u @ np.linalg.solve(S, u)) / noise_variance
        enter[idx] = (T - k) / np.sqrt(2.0 * k) > z
    return enter


class RowBuffer:
    """Rows kept while blocks wait for the screen, so waiting columns cost no statistics.

    Only the leading ``base_width`` design columns are kept (the waiting columns are computed
    again from them by ``expand``); every row since the first is kept, so statistics for any
    set of columns can be rebuilt exactly.

    Args:
        base_width: Leading design columns kept.
        expand: Maps kept columns, column-major ``(base_width, n)``, and sorted column
            indices ``(c,)`` to those columns of the design rows, column-major ``(c, n)``.
        n_actions: Number of actions ``K``.
    """

    def __init__(
        self,
        base_width: int,
        expand: Callable[[np.ndarray, np.ndarray], np.ndarray],
        n_actions: int,
    ) -> None:
        self.base_width, self.expand, self.n_actions = base_width, expand, n_actions
        # one entry per batch added (copies of its kept columns, actions, rewards, weights),
        # joined into one only when the rows are read: no array is regrown (and its fresh
        # memory page-faulted) as the rows accumulate
        self._parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []

    def add(
        self, X: np.ndarray, actions: np.ndarray, rewards: np.ndarray, weights: np.ndarray
    ) -> None:
        """Keep a batch of design rows ``(n, d)``."""
        self._parts.append(
            (
                np.array(X[:, : self.base_width], dtype=np.float64),
                np.array(actions, dtype=np.int64),
                np.array(rewards, dtype=np.float64),
                np.array(weights, dtype=np.float64),
            )
        )

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Kept columns ``(n, base_width)``, actions, rewards and weights of all rows so far."""
        if len(self._parts) != 1:
            if not self._parts:
                empty = np.zeros(0)
                return np.zeros((0, self.base_width)), np.zeros(0, np.int64), empty, empty
            joined = tuple(np.concatenate(arrays) for arrays in zip(*self._parts, strict=True))
            self._parts = [(joined[0], joined[1], joined[2], joined[3])]
        return self._parts[0]

    def statistics(
        self, columns: np.ndarray, live: np.ndarray, diagonal: bool = True
    ) -> tuple[np.ndarray, np.ndarray]:
        """``G`` ``(K, c, c)`` and ``h`` ``(K, c)`` of all kept rows on the given columns.

        Only what the score test reads is computed: every column against the ``live`` ones
        (boolean ``(c,)``) and the diagonal; other entries of ``G`` are 0.

        Args:
            columns: Sorted design columns ``(c,)``.
            live: Boolean ``(c,)``: the columns every column is paired with.
            diagonal: Also the diagonal of the other columns (the score test reads it; a caller
                that keeps only the ``live`` rows and columns of ``G`` does not, and gets 0).
        """
        base, actions, rewards, weights = self._arrays()
        c = len(columns)
        G, h = np.zeros((self.n_actions, c, c)), np.zeros((self.n_actions, c))
        order = np.argsort(actions, kind="stable")
        step = _CHUNK_ROWS
        for lo in range(0, len(base), step):
            rows = order[lo : lo + step]
            X = self.expand(np.ascontiguousarray(base[rows].T), columns).T
            acts, starts = np.unique(actions[rows], return_index=True)
            ends = np.append(starts[1:], len(rows))
            Xw = X * weights[rows, None]
            X_live = X[:, live]  # once per chunk, not once per action
            for a, s, e in zip(acts, starts, ends, strict=True):
                part = Xw[s:e].T @ X_live[s:e]  # (c, c_live)
                G[a][:, live] += part
                G[a][live] += part.T
                G[a][np.ix_(live, live)] -= part[live]  # counted twice above
                if diagonal:
                    G[a][np.diag_indices(c)] += np.where(
                        live, 0.0, np.einsum("ij,ij->j", Xw[s:e], X[s:e])
                    )
                h[a] += rewards[rows[s:e]] @ Xw[s:e]
        return G, h

    def cross_statistics(
        self, live: np.ndarray, others: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """What the score test needs of the ``others`` columns, from all kept rows.

        Args:
            live: Sorted column indices the model already uses ``(c_live,)``.
            others: Sorted column indices being tested ``(c_other,)``.

        Returns:
            ``Σ w x_other x_liveᵀ`` ``(K, c_other, c_live)``, ``Σ w x_other²`` ``(K, c_other)``
            and ``Σ w r x_other`` ``(K, c_other)`` per action. The live columns' own statistics
            are the model's, so they are not computed again.
        """
        base, actions, rewards, weights = self._arrays()
        K, c_live, c_other = self.n_actions, len(live), len(others)
        cross = np.zeros((K, c_other, c_live))
        own, h = np.zeros((K, c_other)), np.zeros((K, c_other))
        order = np.argsort(actions, kind="stable")
        step = _CHUNK_ROWS
        for lo in range(0, len(base), step):
            rows = order[lo : lo + step]
            # column-major, float32: a test statistic needs no more, and rows gather fastest
            chunk = np.ascontiguousarray(base[rows].T, dtype=np.float32)
            live_t, other_t = self.expand(chunk, live), self.expand(chunk, others)
            weighted_t = other_t * weights[rows].astype(np.float32)
            acts, starts = np.unique(actions[rows], return_index=True)
            ends = np.append(starts[1:], len(rows))
            for a, s, e in zip(acts, starts, ends, strict=True):
                cross[a] += weighted_t[:, s:e] @ live_t[:, s:e].T
            own[acts] += np.add.reduceat(weighted_t * other_t, starts, axis=1).T
            h[acts] += np.add.reduceat(weighted_t * rewards[rows], starts, axis=1).T
        return cross, own, h

    def state(self) -> dict[str, np.ndarray]:
        """Arrays to persist."""
        base, actions, rewards, weights = self._arrays()
        return {
            "buffer_base": base,
            "buffer_actions": actions,
            "buffer_rewards": rewards,
            "buffer_weights": weights,
        }

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Restore from :meth:`state`."""
        self._parts = [
            (
                state["buffer_base"].astype(np.float64),
                state["buffer_actions"].astype(np.int64),
                state["buffer_rewards"].astype(np.float64),
                state["buffer_weights"].astype(np.float64),
            )
        ]
