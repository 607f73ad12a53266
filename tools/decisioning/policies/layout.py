"""The layout of the shared model's parameters: context × factor level, plus intercepts.

Parameter ``(ℓ, j)`` (level ``ℓ`` of some factor, context column ``j``) is at ``ℓ · d + j``; the
per-action intercepts follow at ``L · d + a``. An action's weight vector is the sum of its
levels' blocks, with its intercept added to column 0. :class:`SharedLayout` holds that map and
the per-action statistics ``G``, ``h`` on the live context columns, and assembles blocks of the
system ``A`` from them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.sparse import csr_matrix


class SharedLayout:
    """Parameter layout and system assembly of the shared model (see the module docstring).

    Args:
        factors: Per factor, the level index of every action (``(K,)`` int arrays).
        dim: Context dimension ``d``; column 0 must be the constant 1 (the intercept).
    """

    G: np.ndarray  # per-action Σ w x xᵀ on the live columns, (K, c, c)
    h: np.ndarray  # per-action Σ w r x on the live columns, (K, c)
    columns: np.ndarray  # the live context columns, (c,)
    prior: np.ndarray  # prior precision of every parameter, (D,)

    def __init__(self, factors: list[np.ndarray], dim: int) -> None:
        self.factors = [np.asarray(f, dtype=np.int64) for f in factors]
        self.n_actions = len(self.factors[0])
        self.dim = dim
        offsets = np.cumsum([0] + [int(f.max()) + 1 for f in self.factors])
        self.n_levels = int(offsets[-1])
        self.levels = np.stack([f + o for f, o in zip(self.factors, offsets[:-1], strict=True)], 1)
        K, L = self.n_actions, self.n_levels
        incidence = np.zeros((L, K))
        for f in range(self.levels.shape[1]):
            incidence[self.levels[:, f], np.arange(K)] = 1.0
        self._incidence = incidence  # (L, K): level ℓ belongs to action a
        pairs = np.einsum("la,ma->lma", incidence, incidence).reshape(L * L, K)
        self._pairs = csr_matrix(pairs)  # (L·L, K): both levels belong to action a
        # its rows per first level ((L, K) each) and the level pairs some action has
        self._pairs_by_level = [self._pairs[ell * L : (ell + 1) * L] for ell in range(L)]
        self._shared_levels = (incidence @ incidence.T) > 0  # (L, L)

    @property
    def size(self) -> int:
        """Number of parameters ``D = d · levels + K``."""
        return self.n_levels * self.dim + self.n_actions

    def parameter_blocks(
        self, by: str = "factor", column_groups: np.ndarray | None = None
    ) -> np.ndarray:
        """Block index of every parameter ``(D,)``, for block-wise prior precisions.

        Args:
            by: ``"factor"``: one block per factor × column group; ``"column"``: one block per
                factor × context column.
            column_groups: Group of every context column ``(d,)``; None puts the intercept
                column in its own group and every other column in one more.
        """
        d = self.dim
        if by == "column":
            groups = np.arange(d)
        elif column_groups is None:
            groups = np.minimum(np.arange(d), 1)
        else:
            groups = np.asarray(column_groups, dtype=np.int64)
        n_groups = int(groups.max()) + 1
        factor_of_level = np.concatenate(
            [np.full(int(f.max()) + 1, i) for i, f in enumerate(self.factors)]
        )
        weights = factor_of_level[:, None] * n_groups + groups[None, :]
        intercepts = np.full(self.n_actions, len(self.factors) * n_groups)
        return np.concatenate([weights.ravel(), intercepts])

    def design_rows(self, X: np.ndarray, actions: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """The rows ``√w · φ(x, a)`` of the shared design, ``(n, D)``."""
        n, d = len(X), self.dim
        rows = np.zeros((n, self.size))
        scaled = X * np.sqrt(weights)[:, None]
        idx = np.arange(n)[:, None]
        for f in range(self.levels.shape[1]):
            start = self.levels[actions, f] * d
            rows[idx, start[:, None] + np.arange(d)[None, :]] += scaled
        rows[idx[:, 0], self.n_levels * d + actions] = scaled[:, 0]
        return rows

    def _live(self, X: np.ndarray) -> np.ndarray:
        """The live columns of design rows ``(n, d)``."""
        return X if len(self.columns) == self.dim else X.take(self.columns, axis=1)

    def _full(self, u: np.ndarray) -> np.ndarray:
        """Per-action vectors on the live columns ``(K, c)`` → ``(K, d)`` (0 elsewhere)."""
        if len(self.columns) == self.dim:
            return u
        full = np.zeros((len(u), self.dim))
        full[:, self.columns] = u
        return full

    def _scatter(self, u: np.ndarray) -> np.ndarray:
        """``Σ_a S_a u_a`` for per-action vectors ``u`` ``(K, d)`` → ``(D,)``."""
        return np.concatenate([(self._incidence @ u).ravel(), u[:, 0]])

    def system(self) -> tuple[np.ndarray, np.ndarray]:
        """The assembled ``A`` ``(D, D)`` and ``b`` ``(D,)``."""
        K, L, d = self.n_actions, self.n_levels, self.dim
        n = L * d
        A = np.diag(self.prior)
        G = np.zeros((K, d, d))
        G[:, self.columns[:, None], self.columns[None, :]] = self.G
        delta = np.asarray(self._pairs @ G.reshape(K, d * d)).reshape(L, L, d, d)
        A[:n, :n] += delta.transpose(0, 2, 1, 3).reshape(n, n)
        cross = np.einsum("la,ad->lda", self._incidence, G[:, :, 0]).reshape(n, K)
        A[:n, n:] += cross
        A[n:, :n] += cross.T
        A[n:, n:] += np.diag(G[:, 0, 0])
        return A, self._scatter(self._full(self.h))

    def _block(
        self,
        rows: np.ndarray,
        cols: np.ndarray,
        fortran: bool = False,
        dtype: type[np.floating[Any]] = np.float64,
    ) -> np.ndarray:
        """The data part of ``A`` (no prior) on sorted parameter indices ``rows × cols``.

        Entry ``((ℓ, i), (m, j))`` of the level part is ``Σ_{a ∋ ℓ, m} G_a[i, j]``. The
        level-pair sums of the per-action statistics are formed for one row level ``ℓ`` at a
        time (``(L, c_r · c_c)``, small enough to stay in cache) and copied block by block into
        ``A``; level pairs no action has (two levels of one factor) stay 0 without being
        written. Parameters must be on live columns.

        Args:
            rows: Sorted parameter indices of the rows.
            cols: Sorted parameter indices of the columns.
            fortran: Return ``A`` column-major (a LAPACK solve can then work on it in place).
            dtype: Precision of the returned block (sums are formed in double precision and
                rounded once, as they are copied in).
        """
        K, L, d, c = self.n_actions, self.n_levels, self.dim, len(self.columns)
        n = L * d
        position = np.full(d, -1)
        position[self.columns] = np.arange(c)
        rl, ri = rows[rows < n], rows[rows >= n] - n
        cl, ci = cols[cols < n], cols[cols >= n] - n
        r_lev, r_col = rl // d, position[rl % d]
        c_lev, c_col = cl // d, position[cl % d]
        r_cols = np.union1d(r_col, [0])  # positions of the columns used
        c_cols = np.union1d(c_col, [0])
        cr, cc = len(r_cols), len(c_cols)
        sub = self.G if cr == c else self.G[:, r_cols]  # every live column used: no gather
        sub = (sub if cc == c else sub[:, :, c_cols]).reshape(K, cr * cc)
        r_at, c_at = np.searchsorted(r_cols, r_col), np.searchsorted(c_cols, c_col)
        r_bounds = np.searchsorted(r_lev, np.arange(L + 1))  # rows of each level: a range
        c_bounds = np.searchsorted(c_lev, np.arange(L + 1))
        m, k = len(rl), len(cl)
        shape = (len(cols), len(rows)) if fortran else (len(rows), len(cols))
        A = np.zeros(shape, dtype=dtype).T if fortran else np.zeros(shape, dtype=dtype)
        for level in range(L):
            r0, r1 = int(r_bounds[level]), int(r_bounds[level + 1])
            partners = [
                other
                for other in np.flatnonzero(self._shared_levels[level])
                if c_bounds[other] < c_bounds[other + 1]
            ]
            if r0 == r1 or not partners:
                continue
            sums = np.asarray(self._pairs_by_level[level] @ sub).reshape(L, cr, cc)
            for other in partners:
                c0, c1 = int(c_bounds[other]), int(c_bounds[other + 1])
                block = sums[other] if r1 - r0 == cr else sums[other][r_at[r0:r1]]
                A[r0:r1, c0:c1] = block if c1 - c0 == cc else block[:, c_at[c0:c1]]
        A[:m, k:] = self._incidence[r_lev][:, ci] * self.G[ci[None, :], r_col[:, None], 0]
        A[m:, :k] = (self._incidence[c_lev][:, ri] * self.G[ri[None, :], c_col[:, None], 0]).T
        same = ri[:, None] == ci[None, :]
        A[m:, k:] = np.where(same, self.G[ri, 0, 0][:, None], 0.0)
        return A

    def _live_action_weights(self, theta: np.ndarray) -> np.ndarray:
        """``_live(_action_weights(theta))`` for one parameter vector ``(D,)``, ``(K, c)``.

        Only the live columns of the levels' blocks are summed (in the same order, so every
        entry is the same number).
        """
        if self.columns[0] != 0:  # the intercept's column is always live; if not, the long way
            return self._live(self._action_weights(theta))
        n = self.n_levels * self.dim
        tx = theta[:n].reshape(self.n_levels, self.dim)
        if len(self.columns) < self.dim:
            tx = tx.take(self.columns, axis=1)
        w = tx[self.levels[:, 0]]
        for f in range(1, self.levels.shape[1]):
            w += tx[self.levels[:, f]]
        w[:, 0] += theta[n:]
        return np.asarray(w)

    def _action_weights(self, theta: np.ndarray) -> np.ndarray:
        """Map parameters ``(..., D)`` to per-action context weights ``(..., K, d)``."""
        n = self.n_levels * self.dim
        tx = theta[..., :n].reshape(*theta.shape[:-1], self.n_levels, self.dim)
        w = tx[..., self.levels[:, 0], :].copy()
        for f in range(1, self.levels.shape[1]):
            w += tx[..., self.levels[:, f], :]
        w[..., 0] += theta[..., n:]
        return w
