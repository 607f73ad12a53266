"""Linear Thompson sampling scores."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nextbest.tools.decisioning.policies.ridge import RidgeModel, SharedRidge
from nextbest.tools.decisioning.policies.settings import LinTS


@dataclass(frozen=True)
class FactoredDraws:
    """Posterior draws of the shared model, kept per factor level.

    Attributes:
        levels: Context weights of every factor level on the live columns, ``(M, L, c)``
            float32 (the other columns' weights are 0).
        intercepts: Per-action intercepts, ``(M, K)`` float32.
        action_levels: The level of every action in every factor, ``(K, F)``.
        columns: The live context columns ``(c,)``.
    """

    levels: np.ndarray
    intercepts: np.ndarray
    action_levels: np.ndarray
    columns: np.ndarray


Draws = np.ndarray | FactoredDraws
"""Per-action weights ``(M, K, d)`` or the shared model's per-level draws."""


class LinTSScorer:
    """Scores a batch under ``M`` joint posterior draws.

    For draw ``m``, ``s[i, m, a] = x_i · w_a^(m)`` with ``w^(m) ~ N(μ, (α σ)² A⁻¹)`` (``σ`` the
    reward scale, 1 when rewards are not scaled). One call draws the weights once and scores
    every customer against every action with one matrix product. For the shared model the
    product is taken with the ``L`` factor levels' weights and summed per action
    (``x · w_a = Σ_f x · w_{level_f(a)} + intercept_a``), ``L`` being far smaller than ``K``.

    Args:
        settings: The LinTS settings.
    """

    def __init__(self, settings: LinTS) -> None:
        self.settings = settings
        self._incidence: tuple[np.ndarray, np.ndarray] | None = None  # (action levels, (L, K))

    def _level_incidence(self, action_levels: np.ndarray, n_levels: int) -> np.ndarray:
        """Float32 ``(L, K)``: 1 where level ``ℓ`` belongs to action ``a`` (kept per model)."""
        cached = self._incidence
        if cached is not None and cached[0] is action_levels and cached[1].shape[0] == n_levels:
            return cached[1]
        K = action_levels.shape[0]
        incidence = np.zeros((n_levels, K), dtype=np.float32)
        for f in range(action_levels.shape[1]):
            incidence[action_levels[:, f], np.arange(K)] = 1.0
        self._incidence = (action_levels, incidence)
        return incidence

    @property
    def n_samples(self) -> int:
        """Draws per call."""
        return self.settings.samples

    def draw(
        self,
        model: RidgeModel,
        rng: np.random.Generator,
        reward_scale: float = 1.0,
        customers: int | None = None,
    ) -> Draws:
        """Posterior draws of the weights (float32).

        Args:
            model: The ridge model.
            rng: The policy's generator.
            reward_scale: Multiplies ``α`` (the rewards' standard deviation when scaled).
            customers: Customers the draws will score (small calls may share noise, see
                :meth:`~.ridge.SharedRidge.sample_weights`).
        """
        scale = self.settings.alpha * reward_scale
        M = self.settings.samples
        if isinstance(model, SharedRidge):
            levels, intercepts = model.sample_factored(M, rng, scale, customers)
            return FactoredDraws(levels, intercepts, model.levels, model.columns)
        return model.sample_weights(M, rng, scale, customers).astype(np.float32)

    def scores(self, X: np.ndarray, draws: Draws) -> np.ndarray:
        """Sampled scores ``(n, M, K)`` for contexts ``X`` ``(n, d)``."""
        if isinstance(draws, FactoredDraws):
            M, L, c = draws.levels.shape
            live = X if c == X.shape[1] else X.take(draws.columns, axis=1)
            X32 = live.astype(np.float32)
            by_level = X32 @ draws.levels.reshape(M * L, c).T  # (n, M·L)
            incidence = self._level_incidence(draws.action_levels, L)
            K = incidence.shape[1]
            s = (by_level.reshape(len(X) * M, L) @ incidence).reshape(len(X), M, K)
            s += draws.intercepts[None, :, :]  # column 0 of the design is the constant 1
            return np.asarray(s)
        X32 = X.astype(np.float32)
        M, K, d = draws.shape
        flat = X32 @ draws.reshape(M * K, d).T
        return np.asarray(flat.reshape(len(X), M, K))
