"""Bayesian ridge statistics behind LinTS and LinUCB: per-action (disjoint) and shared.

Both models keep the sufficient statistics ``A = λI + Σ w φφᵀ`` and ``b = Σ w r φ`` and expose the
same three views that the scoring rules need, all expressed as *per-action weight vectors over
the context* (so scoring a batch is one matrix product):

- :meth:`mean_weights` → ``(K, d)``: posterior mean ``μ_a``; the expected reward is ``x·μ_a``;
- :meth:`action_covariances` → ``(K, d, d)``: ``Σ_a`` with ``Var[x·w_a] = xᵀ Σ_a x``;
- :meth:`sample_weights` → ``(M, K, d)``: ``M`` joint draws from ``N(μ, α² A⁻¹)``.

:class:`DisjointRidge` has one independent ``d × d`` model per action. :class:`SharedRidge` is
the action ⊗ context model: the feature map is ``φ(x, a) = [x ⊗ e_offer(a), x ⊗ e_channel(a),
x ⊗ e_window(a), e_a]``, so the weight vector of an action is the sum of the weight vectors of its
factor levels plus a per-action intercept. Evidence about "SMS" or "evening" is shared between
all actions that have that level; with binned features this learns non-linear, interacting
structure from far fewer samples than one model per action.

The shared model's exact factorisation (a Cholesky factor ``A = LLᵀ``) costs ``O(D³)`` with
``D = d·levels + K``. It refreshes the factorisation when the data has grown by
``refresh_growth`` since the last refresh (the "rarely switching" schedule of Abbasi-Yadkori et
al., 2011). In between, the posterior *mean* is kept current (to a relative residual of 1e-5)
by a few steps of conjugate gradients preconditioned by the last factor, while posterior draws
(LinTS) and confidence widths (LinUCB) use the last factor's spread, which is slightly wider than
the current one. When a refresh falls due after only a few new rows (one-at-a-time learning, the
first batches of a run), the factor is brought up to date by rank-k updates (``k`` rank-1 updates,
``O(k D²)``) instead of being recomputed (``O(D³)``); the result is the same exact factor. The
per-action model is always exact.

Costs follow the parameters the shared model still uses: ``A`` is assembled on the active
parameters only (:mod:`.layout`), before any data the factor is the prior's diagonal, statistics
are kept only for live context columns, and LinTS scores per factor level
(:meth:`SharedRidge.sample_factored`). With learned priors, extra features may wait outside the
model and enter block by block through a score test (:mod:`.screen`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

import numpy as np
from scipy.linalg import cho_solve, cholesky, solve_triangular
from scipy.linalg.lapack import dpotri

from nextbest.tools.decisioning.policies.disjoint import (
    DisjointRidge,
    add_grouped_stats,
    grouped_stats,
)
from nextbest.tools.decisioning.policies.evidence import EvidencePrior
from nextbest.tools.decisioning.policies.layout import SharedLayout
from nextbest.tools.decisioning.policies.linalg import cholesky_update, pcg, triangular_inverse
from nextbest.tools.decisioning.policies.screen import RowBuffer, score_test
from nextbest.tools.decisioning.policies.settings import EmpiricalBayes

__all__ = [
    "SHARED_DRAW_CUSTOMERS",
    "DisjointRidge",
    "RidgeModel",
    "SharedRidge",
    "cholesky_update",
    "grouped_stats",
]

SHARED_DRAW_CUSTOMERS = 1000
"""Consecutive small LinTS calls share one posterior noise draw until it has scored this many
customers (one call for 1,000 customers shares its draws the same way)."""

_ROWS_PER_RANK_UPDATE = 600
"""A due refresh uses rank-k updates when ``k ≤ D / 600``: measured at ``D = 969``, one rank-1
update (a triangular solve and a few passes over the factor) costs about 0.6 of assembling ``A``
and factorising it anew (30 against 47 ms, fastest of 7 on a loaded machine); a rank-1 update
grows as ``D²`` and a new factor as ``D³``, so larger models take more rows this way."""


class RidgeModel(Protocol):
    """What the scoring rules need from a linear model."""

    n_actions: int
    dim: int
    counts: np.ndarray

    def update(
        self, X: np.ndarray, actions: np.ndarray, rewards: np.ndarray, weights: np.ndarray
    ) -> None:
        """Add observations."""

    def mean_weights(self) -> np.ndarray:
        """Posterior mean weights per action, ``(K, d)``."""

    def action_covariances(self) -> np.ndarray:
        """Posterior covariance of each action's weights, ``(K, d, d)``."""

    def sample_weights(
        self,
        n_samples: int,
        rng: np.random.Generator,
        scale: float,
        customers: int | None = None,
    ) -> np.ndarray:
        """Joint posterior draws of per-action weights, ``(M, K, d)``, to score ``customers``."""

    def state(self) -> dict[str, np.ndarray]:
        """Arrays to persist."""

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Restore from :meth:`state`."""


class SharedRidge(SharedLayout):
    """One ridge regression over ``φ(x, a)``: context crossed with each factor level of ``a``.

    The model keeps *per-action* sufficient statistics ``G_a = Σ w x xᵀ`` and ``h_a = Σ w r x``
    (``K · d²`` numbers, updated in ``O(n d²)``). The shared system is a linear map of them:
    ``A = λI + Σ_a S_a G_a S_aᵀ`` and ``b = Σ_a S_a h_a``, where ``S_aᵀ θ`` sums the level
    blocks of ``a`` (plus its intercept) into the action's weight vector. Products ``A θ`` are
    therefore computed without forming ``A`` (``O(K d²)`` instead of ``O(D²)``); ``A`` itself is
    assembled only when the Cholesky factor is refreshed.

    Args:
        factors: Per factor, the level index of every action (``(K,)`` int arrays), e.g. from
            :meth:`nextbest.tools.decisioning.actions.ActionSpace.factors`.
        dim: Context dimension ``d``; column 0 must be the constant 1 (the intercept).
        l2: Prior precision ``λ``.
        refresh_growth: Refresh the exact factorisation once the total observation weight has
            grown by this fraction since the last refresh (0 refreshes on every update).
        mean_lag_rows: Rows that may be added before the posterior mean is recomputed (at most
            ``mean_lag_share`` of all rows so far); 0 recomputes it after every update.
            One-at-a-time learning then pays for the mean once per few rows instead of once per
            row.
        evidence: Learn one prior precision per block of parameters from the data (see
            :mod:`.evidence`) instead of keeping ``λ`` for all; ``l2`` is the starting value.
        column_groups: Group of every context column ``(d,)`` (column 0, the intercept, apart
            from the rest when None); with ``evidence``, a block is a factor × column group, and
            the per-action intercepts are one more block.
        screened_columns: Boolean ``(d,)``: with ``evidence.screen_after``, the columns whose
            blocks wait outside the model until the data has that weight, then enter only if
            they pass the score test (see :func:`.screen.score_test`).
        expand: With ``screened_columns`` a suffix of the columns: maps the leading columns of
            design rows to whole rows; the model then keeps the rows while blocks wait
            (:class:`.screen.RowBuffer`) instead of statistics of the waiting columns.
        mean_lag_share: The cap on ``mean_lag_rows`` as a share of all rows so far (0.005: a
            batch larger than 0.5 % of the data always brings the mean up to date).

    Statistics are kept only for the *live* context columns (:attr:`columns`): a column whose
    every block has been pruned (or failed the screen) is dropped from ``G`` and ``h``, so the
    cost of learning and scoring falls with the number of columns the model still uses.
    """

    def __init__(
        self,
        factors: list[np.ndarray],
        dim: int,
        l2: float,
        refresh_growth: float = 0.25,
        mean_lag_rows: int = 0,
        evidence: EmpiricalBayes | None = None,
        column_groups: np.ndarray | None = None,
        screened_columns: np.ndarray | None = None,
        expand: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
        mean_lag_share: float = 0.005,
    ) -> None:
        super().__init__(factors, dim)
        self.l2, self.refresh_growth = l2, refresh_growth
        K, L = self.n_actions, self.n_levels
        self.G = np.zeros((K, dim, dim))
        self.h = np.zeros((K, dim))
        self.counts = np.zeros(K)
        self._chol: np.ndarray | None = None  # lower Cholesky factor of A at the last refresh
        self._chol32: np.ndarray | None = None  # float32 copy: posterior draws
        self._inverse32: np.ndarray | None = None  # its inverse, made when PCG first needs it
        self._cov: np.ndarray | None = None  # per-action covariances at the last refresh
        self._mean: np.ndarray | None = None
        self._theta: np.ndarray | None = None
        self._refreshed_at = -1.0
        self.mean_lag_rows, self.mean_lag_share = mean_lag_rows, mean_lag_share
        self._noise: np.ndarray | None = None  # (M, D) posterior noise of the current factor
        self._noise_served = 0
        self._lagging_rows = 0  # rows added since the mean was last computed
        self.max_rank_update = max(1, self.size // _ROWS_PER_RANK_UPDATE)
        self._pending: list[np.ndarray] | None = []  # √w φ rows not yet in the factor
        self._pending_rows = 0
        self.prior = np.full(self.size, float(l2))  # prior precision of every parameter
        self.active = np.arange(self.size)  # parameters in the factor; the rest are pruned (0)
        self.columns = np.arange(dim)  # live context columns: G and h are kept for these only
        self.screen_after = None if evidence is None else evidence.screen_after
        self.screen_z = 3.7 if evidence is None else evidence.screen_z
        self.screen_until = None if evidence is None else evidence.screen_until
        self.screen_growth = 4.0 if evidence is None else evidence.screen_growth
        self._next_screen = float(self.screen_after or 0.0)
        self.waiting = np.zeros(self.size, dtype=bool)  # parameters waiting for the screen
        if self.screen_after is not None and screened_columns is not None:
            screened = np.asarray(screened_columns, dtype=bool).copy()
            screened[0] = False
            self.waiting[: L * dim] = np.tile(screened, L)
            self.active = np.flatnonzero(~self.waiting)
        self._buffer: RowBuffer | None = None
        if self.waiting.any() and expand is not None and screened_columns is not None:
            base_width = int(np.argmax(np.asarray(screened_columns, dtype=bool)))
            if np.asarray(screened_columns, dtype=bool)[base_width:].all():
                self._buffer = RowBuffer(base_width, expand, K)
                self._drop_dead_columns()
        self.sum_r2 = 0.0  # Σ w r², for the evidence's noise estimate
        self.evidence = (
            None
            if evidence is None
            else EvidencePrior(
                self.parameter_blocks(evidence.blocks, column_groups),
                floor=evidence.floor,
                ceiling=evidence.ceiling,
                growth=evidence.refit_growth,
                iterations=evidence.iterations,
            )
        )

    def update(
        self, X: np.ndarray, actions: np.ndarray, rewards: np.ndarray, weights: np.ndarray
    ) -> None:
        """Add observations (per-action statistics; a few rows kept for a rank-k update)."""
        if self._buffer is not None:
            self._buffer.add(X, actions, rewards, weights)
        add_grouped_stats(self.G, self.h, self.counts, self._live(X), actions, rewards, weights)
        self.sum_r2 += float(weights @ (rewards * rewards))
        self._lagging_rows += len(X)
        if self._lagging_rows > min(
            self.mean_lag_rows, self.mean_lag_share * float(self.counts.sum())
        ):
            self._mean = None
        if self._pending is not None:
            if self._pending_rows + len(X) <= self.max_rank_update:
                self._pending.append(self.design_rows(X, actions, weights)[:, self.active])
                self._pending_rows += len(X)
            else:  # too many rows: the next due refresh recomputes the factor
                self._pending, self._pending_rows = None, 0

    def needed_columns(self) -> np.ndarray:
        """Columns of the design the model may still read: live ones and waiting ones.

        While the rows are kept for the screen (:class:`.screen.RowBuffer`), waiting columns
        are rebuilt from the kept leading columns when they are tested, so only the live
        columns are read from new rows, except once a screen may run at the next refresh
        (rows being scored then may meet blocks that have just entered).
        """
        if self._buffer is not None:
            total = float(self.counts.sum())
            due = total >= self._next_screen or (
                self.screen_until is not None and total >= self.screen_until
            )
            if not due:
                return self.columns
        if not self.waiting.any():  # nothing waits (the screens are over): the live columns
            return self.columns
        n = self.n_levels * self.dim
        waiting = np.flatnonzero(self.waiting)
        return np.union1d(self.columns, waiting[waiting < n] % self.dim)

    def _b(self) -> np.ndarray:
        """``b = Σ w r φ`` ``(D,)``."""
        return self._scatter(self._full(self.h))

    def _matvec(self, theta: np.ndarray) -> np.ndarray:
        """``A θ`` without forming ``A``."""
        w = self._live_action_weights(theta)
        u = np.matmul(self.G, w[:, :, None])[:, :, 0]
        return np.asarray(self.prior * theta + self._scatter(self._full(u)))

    def _refresh(self, exact: bool = False) -> None:
        if self._mean is not None and not (exact and self._lagging_rows):
            return
        self._lagging_rows = 0
        total = float(self.counts.sum())
        stale = self._chol is None or total > self._refreshed_at * (1.0 + self.refresh_growth)
        if stale:
            evidence_due = self.evidence is not None and self.evidence.due(total)
            if self._chol is not None and self._pending and not evidence_due:  # O(k D²)
                self._chol = cholesky_update(self._chol, np.vstack(self._pending))
                b = self._b()[self.active]
            elif not self.counts.any():  # the prior alone: a diagonal factor
                self._chol = np.diag(np.sqrt(self.prior[self.active]))
                b = np.zeros(len(self.active))
            else:
                last_screen = self.screen_until is not None and total >= self.screen_until
                if (
                    evidence_due
                    and self.waiting.any()
                    and (total >= self._next_screen or last_screen)
                ):
                    self._next_screen = total * self.screen_growth
                    A = self._active_system()  # the current model, for the score test
                    self._chol = cholesky(A, lower=True, overwrite_a=True, check_finite=False)
                    self._theta = np.zeros(self.size)
                    self._theta[self.active] = cho_solve(
                        (self._chol, True), self._b()[self.active], check_finite=False
                    )
                    self._screen()
                A = self._active_system()  # kept for the evidence steps, factorised in place if not
                self._chol = cholesky(
                    A, lower=True, overwrite_a=not evidence_due, check_finite=False
                )
                b_full = self._b()
                if evidence_due:
                    self._refit_prior(A, b_full, total)
                b = b_full[self.active]
            self._theta = np.zeros(self.size)
            self._theta[self.active] = cho_solve((self._chol, True), b, check_finite=False)
            self._pending, self._pending_rows = [], 0
            self._noise = None
            assert self._chol is not None
            self._chol32 = np.asfortranarray(self._chol, dtype=np.float32)
            self._inverse32 = None
            self._cov = None
            self._refreshed_at = total
        else:
            assert self._chol32 is not None and self._theta is not None
            b = self._b()
            act = self.active  # warm start from the last mean (pruned parameters stay 0)
            theta = np.zeros(self.size)
            if self._inverse32 is None:
                self._inverse32 = triangular_inverse(self._chol32)
            theta[act] = pcg(self._active_matvec, b[act], self._theta[act], self._inverse32)
            self._theta = theta
        self._mean = self._action_weights(self._theta)

    def _active_system(self) -> np.ndarray:
        """``A`` restricted to the active parameters, assembled without the full ``(D, D)``.

        Column-major, LAPACK's layout: a factorisation that no longer needs ``A`` works in it
        instead of in a copy.
        """
        act = self.active
        A = self._block(act, act, fortran=True)
        A[np.diag_indices(len(act))] += self.prior[act]
        return A

    def _refit_prior(self, A: np.ndarray, b: np.ndarray, total: float) -> None:
        """Evidence steps (see :mod:`.evidence`) from the current factor; prunes blocks.

        Args:
            A: The system on the active parameters, column-major (its diagonal is updated in
                place, and the last step factorises it in place).
            b: ``Σ w r φ`` on all parameters.
            total: ``N = Σ w``.
        """
        assert self.evidence is not None and self._chol is not None
        for step in range(self.evidence.iterations):
            act = self.active
            theta = cho_solve((self._chol, True), b[act], check_finite=False)
            new = self.evidence.step(
                self._chol, theta, b[act], self.prior[act], act, self.sum_r2, total
            )
            A[np.diag_indices(len(act))] += new - self.prior[act]
            self.prior[act] = new
            keep = new < self.evidence.ceiling
            if not keep.all():
                self.active = act[keep]
                kept = np.flatnonzero(keep)  # two takes on the transpose give the column-major
                A = A.T.take(kept, axis=0).take(kept, axis=1).T  # copy ~7x faster than np.ix_
            last = step == self.evidence.iterations - 1
            self._chol = cholesky(A, lower=True, overwrite_a=last, check_finite=False)
        self.evidence.refitted_at = total
        self._drop_dead_columns()

    def _screen(self) -> None:
        """Let in the waiting blocks that pass the score test; the others wait for the next."""
        assert self.evidence is not None and self._theta is not None and self._chol is not None
        waiting = np.flatnonzero(self.waiting)
        live_before = old_columns = self.columns
        if self._buffer is not None:  # statistics of the live and waiting columns, from the rows
            n = self.n_levels * self.dim
            used = np.union1d(self.active, waiting)
            self.columns = np.union1d(used[used < n] % self.dim, [0])
            live = np.zeros(self.dim, dtype=bool)
            live[0] = True
            live[self.active[self.active < n] % self.dim] = True
            live_before = self.columns[live[self.columns]]
            self._rebuild_for_screen(old_columns, live[self.columns])
        sigma2 = self.evidence.noise_variance
        if not np.isfinite(sigma2) or sigma2 <= 0:
            sigma2 = self.sum_r2 / max(float(self.counts.sum()), 1.0)
        passed = score_test(
            gradient=(self._b() - self._matvec(self._theta))[waiting],
            chol=self._chol,
            cross=self._block(self.active, waiting, fortran=True, dtype=np.float32),
            own=self._scatter(self._full(np.diagonal(self.G, axis1=1, axis2=2)))[waiting],
            blocks=self.evidence.blocks[waiting],
            noise_variance=sigma2,
            ridge=self.l2,
            z=self.screen_z,
        )
        self.active = np.union1d(self.active, waiting[passed])
        self.waiting[waiting[passed]] = False
        self._pending, self._pending_rows = None, 0
        if self._buffer is not None and passed.any():  # exact statistics of the live columns
            self._keep_entered_columns(live_before)
        if self.screen_until is not None and float(self.counts.sum()) >= self.screen_until:
            self.waiting[:] = False  # the last test: what has not entered is dropped
            self._buffer = None
        self._drop_dead_columns()

    def _rebuild_for_screen(self, old_columns: np.ndarray, live: np.ndarray) -> None:
        """Statistics of the live and waiting columns :attr:`columns` for the score test.

        The live columns' statistics are the model's own (kept on ``old_columns``); the waiting
        columns' statistics against them, their diagonal and ``h`` come from the kept rows.
        Other entries are 0 (the test does not read them).

        Args:
            old_columns: The columns the model's statistics were kept for.
            live: Boolean over :attr:`columns`: live before the screen.
        """
        assert self._buffer is not None
        lp, wp = np.flatnonzero(live), np.flatnonzero(~live)
        K, c = self.n_actions, len(self.columns)
        if not np.isin(self.columns[lp], old_columns).all():  # not kept: all from the rows
            self.G, self.h = self._buffer.statistics(self.columns, live)
            return
        at = np.searchsorted(old_columns, self.columns[lp])
        G, h = np.zeros((K, c, c)), np.zeros((K, c))
        G[:, lp[:, None], lp[None, :]] = self.G[:, at][:, :, at]
        h[:, lp] = self.h[:, at]
        cross, own, h_waiting = self._buffer.cross_statistics(self.columns[lp], self.columns[wp])
        G[:, wp[:, None], lp[None, :]] = cross
        G[:, lp[:, None], wp[None, :]] = cross.transpose(0, 2, 1)
        G[:, wp, wp] = own
        h[:, wp] = h_waiting
        self.G, self.h = G, h

    def _keep_entered_columns(self, live_before: np.ndarray) -> None:
        """Keep the statistics of the live columns only, once some waiting blocks have entered.

        The columns live before the screen keep the model's own statistics; every column
        against the newly entered ones is computed again, exactly, from the kept rows (the
        screen's own statistics of the waiting columns are only precise enough for the test).

        Args:
            live_before: Columns live before the screen (sorted; a subset of :attr:`columns`).
        """
        assert self._buffer is not None
        n = self.n_levels * self.dim
        columns = np.union1d(self.active[self.active < n] % self.dim, [0])
        at = np.searchsorted(self.columns, columns)
        G = self.G[:, at[:, None], at[None, :]]
        entered = ~np.isin(columns, live_before)
        exact, h = self._buffer.statistics(columns, entered, diagonal=False)
        G[:, entered] = exact[:, entered]
        G[:, :, entered] = exact[:, :, entered]
        self.columns, self.G, self.h = columns, np.ascontiguousarray(G), h

    def _drop_dead_columns(self) -> None:
        """Stop keeping statistics for columns no active or waiting parameter uses."""
        n = self.n_levels * self.dim
        live = np.zeros(self.dim, dtype=bool)
        live[0] = True
        used = (
            self.active
            if self._buffer is not None
            else np.union1d(self.active, np.flatnonzero(self.waiting))
        )
        live[used[used < n] % self.dim] = True
        keep = live[self.columns]
        if keep.all():
            return
        self.G = np.ascontiguousarray(self.G[:, keep][:, :, keep])
        self.h = np.ascontiguousarray(self.h[:, keep])
        self.columns = self.columns[keep]

    def _active_matvec(self, theta_active: np.ndarray) -> np.ndarray:
        """``A θ`` on the active parameters (pruned ones held at 0)."""
        theta = np.zeros(self.size)
        theta[self.active] = theta_active
        return self._matvec(theta)[self.active]

    def mean_weights(self) -> np.ndarray:
        """Posterior mean per-action weights, ``(K, d)``."""
        self._refresh()
        assert self._mean is not None
        return self._mean

    def mean_scores(self, X: np.ndarray) -> np.ndarray:
        """Posterior mean expected reward of every action for design rows ``X``, ``(n, K)``.

        Scored per factor level and summed per action (as :meth:`sample_factored` draws are),
        which costs ``n·c·L + n·L·K`` instead of ``n·c·K``.
        """
        return self.mean_scores_later(X)()

    def mean_scores_later(self, X: np.ndarray) -> Callable[[], np.ndarray]:
        """:meth:`mean_scores` of the current model, the ``n × K`` part computed when called.

        The current model's per-level weights are captured now, so the result is the current
        model's even if the model learns before the call. Read-only rows (the policy's design
        rows) are scored when the function is called, so a caller that never reads the means
        pays nothing for them; writable rows, which may change before then, are scored now
        (``n·c·L``) and summed per action when called.
        """
        self._refresh()
        assert self._theta is not None
        n = self.n_levels * self.dim
        levels = self._theta[:n].reshape(self.n_levels, self.dim)[:, self.columns]
        intercepts = self._theta[n:].copy()
        if _read_only(X):
            return partial(_mean_scores, X, self.columns, levels, self._incidence, intercepts)
        by_level = self._live(X) @ levels.T
        return partial(_summed_per_action, by_level, self._incidence, intercepts)

    def action_covariances(self) -> np.ndarray:
        """Covariance of each action's summed weights, ``(K, d, d)`` (from the last refresh)."""
        self._refresh()
        if self._cov is None:
            assert self._chol is not None
            inv_active, info = dpotri(self._chol, lower=1)
            if info != 0:
                raise np.linalg.LinAlgError(f"dpotri failed (info={info})")
            inv = np.zeros((self.size, self.size))
            inv[np.ix_(self.active, self.active)] = np.tril(inv_active) + np.tril(inv_active, -1).T
            L, d, K = self.n_levels, self.dim, self.n_actions
            n = L * d
            sxx = inv[:n, :n].reshape(L, d, L, d)
            six = inv[n:, :n].reshape(K, L, d)
            cov = np.zeros((K, d, d))
            F = self.levels.shape[1]
            for f in range(F):
                for g in range(F):
                    cov += sxx[self.levels[:, f], :, self.levels[:, g], :]
            for f in range(F):
                v = six[np.arange(K), self.levels[:, f]]
                cov[:, 0, :] += v
                cov[:, :, 0] += v
            cov[:, 0, 0] += np.diag(inv[n:, n:])
            self._cov = cov
        return self._cov

    def sample_weights(
        self,
        n_samples: int,
        rng: np.random.Generator,
        scale: float,
        customers: int | None = None,
    ) -> np.ndarray:
        """``M`` joint draws ``θ = θ̂ + α L⁻ᵀ z`` mapped to per-action weights, ``(M, K, d)``.

        The noise ``L⁻ᵀ z`` (a triangular solve) is shared by consecutive small calls until it
        has served ``SHARED_DRAW_CUSTOMERS`` customers or the factor changes, as one call for that
        many customers would share it; the current mean is always added. A call without
        ``customers``, or for that many or more, always draws afresh.

        Args:
            n_samples: Draws ``M``.
            rng: Generator of fresh noise.
            scale: Multiplies the noise (``α`` times the reward scale).
            customers: Customers the draws will score (None: do not share).
        """
        return self._action_weights(self._sample_theta(n_samples, rng, scale, customers))

    def sample_factored(
        self,
        n_samples: int,
        rng: np.random.Generator,
        scale: float,
        customers: int | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The draws of :meth:`sample_weights` before they are summed into actions.

        Returns:
            Per-level context weights on the live columns :attr:`columns`, ``(M, L, c)``, and
            per-action intercepts ``(M, K)`` (float32): action ``a``'s weights are the sum of its
            levels' rows, with its intercept added to column 0 (the other columns' weights are
            0). Scoring ``n`` customers this way costs ``n·c·M·L`` instead of ``n·d·M·K``.
        """
        theta = self._sample_theta(n_samples, rng, scale, customers).astype(np.float32)
        n = self.n_levels * self.dim
        levels = theta[:, :n].reshape(n_samples, self.n_levels, self.dim)
        if len(self.columns) < self.dim:
            levels = np.ascontiguousarray(levels[:, :, self.columns])
        return levels, theta[:, n:]

    def _sample_theta(
        self,
        n_samples: int,
        rng: np.random.Generator,
        scale: float,
        customers: int | None,
    ) -> np.ndarray:
        """Parameter draws ``(M, D)`` (see :meth:`sample_weights` for the shared noise)."""
        self._refresh()
        assert self._chol32 is not None and self._theta is not None
        shared = (
            customers is not None
            and self._noise is not None
            and self._noise.shape[0] == n_samples
            and self._noise_served + customers <= SHARED_DRAW_CUSTOMERS
        )
        if shared:
            assert customers is not None
            self._noise_served += customers
        else:
            z = rng.standard_normal((len(self.active), n_samples), dtype=np.float32)
            solved = solve_triangular(self._chol32, z, lower=True, trans="T", check_finite=False)
            self._noise = np.zeros((n_samples, self.size), dtype=np.float32)
            self._noise[:, self.active] = solved.T
            self._noise_served = customers if customers is not None else SHARED_DRAW_CUSTOMERS
        assert self._noise is not None
        return np.asarray(self._theta[None, :] + scale * self._noise)

    def forget_shared_draw(self) -> None:
        """Drop the posterior noise shared by consecutive small calls; the next call draws afresh.

        A caller that reseeds the generator per batch (a run's decision batches, decided in any
        process) calls this so that a batch never reuses noise drawn for an earlier one.
        """
        self._noise = None

    def state(self) -> dict[str, np.ndarray]:
        """Arrays to persist: the statistics and the current factorisation.

        The factorisation is saved too, so that a loaded model scores exactly like the saved one
        even between two scheduled refreshes. A lagging mean is brought up to date first, and
        shared posterior noise is dropped (the saved and the live model both draw afresh next).
        """
        self._refresh(exact=True)
        self._noise = None
        assert self._chol is not None and self._theta is not None
        return {
            "G": self.G,
            "h": self.h,
            "counts": self.counts,
            "factors": np.stack(self.factors),
            "chol": self._chol,
            "theta": self._theta,
            "refreshed_at": np.array(self._refreshed_at),
            "prior": self.prior,
            "active": self.active,
            "sum_r2": np.array(self.sum_r2),
            "columns": self.columns,
            "waiting": self.waiting,
            **(self._buffer.state() if self._buffer is not None else {}),
            **({"evidence": self.evidence.state()} if self.evidence is not None else {}),
        }

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Restore from :meth:`state`."""
        self.G, self.h, self.counts = state["G"].copy(), state["h"].copy(), state["counts"].copy()
        self._chol, self._theta = state["chol"].copy(), state["theta"].copy()
        self._chol32 = self._chol.astype(np.float32)
        self._inverse32 = None
        self._cov = None
        self._noise = None
        self._refreshed_at = float(state["refreshed_at"])
        self._mean = self._action_weights(self._theta)
        self._pending, self._pending_rows = None, 0  # the factor may predate the statistics
        if "prior" in state:  # saved before block-wise priors: λ everywhere, as constructed
            self.prior, self.sum_r2 = state["prior"].copy(), float(state["sum_r2"])
            self.active = state["active"].copy()
        if "columns" in state:  # saved before live columns: every column
            self.columns, self.waiting = state["columns"].copy(), state["waiting"].copy()
        if self._buffer is not None:
            if "buffer_base" in state:
                self._buffer.load_state(state)
            else:
                self._buffer = None
        if self.evidence is not None and "evidence" in state:
            self.evidence.load_state(state["evidence"])


def _read_only(X: np.ndarray) -> bool:
    """Neither ``X`` nor any array it is a view of can be written through."""
    if X.flags.writeable:
        return False
    return X.base is None or (isinstance(X.base, np.ndarray) and _read_only(X.base))


def _mean_scores(
    X: np.ndarray,
    columns: np.ndarray,
    levels: np.ndarray,
    incidence: np.ndarray,
    intercepts: np.ndarray,
) -> np.ndarray:
    """Per-action scores ``(n, K)`` of design rows ``X`` under per-level weights ``(L, c)``."""
    live = X if len(columns) == X.shape[1] else X.take(columns, axis=1)
    return _summed_per_action(live @ levels.T, incidence, intercepts)


def _summed_per_action(
    by_level: np.ndarray, incidence: np.ndarray, intercepts: np.ndarray
) -> np.ndarray:
    """Per-action scores ``(n, K)`` from per-level ones ``(n, L)``: summed, plus intercepts."""
    return np.asarray(by_level @ incidence + intercepts)
