"""Linear Thompson sampling scores."""

from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.policies.ridge import RidgeModel
from nextbest.tools.decisioning.policies.settings import LinTS


class LinTSScorer:
    """Scores a batch under ``M`` joint posterior draws.

    For draw ``m``, ``s[i, m, a] = x_i · w_a^(m)`` with ``w^(m) ~ N(μ, (α σ)² A⁻¹)`` (``σ`` the
    reward scale, 1 when rewards are not scaled). One call draws
    the weights once and scores every customer against every action with one matrix product.

    Args:
        settings: The LinTS settings.
    """

    def __init__(self, settings: LinTS) -> None:
        self.settings = settings

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
    ) -> np.ndarray:
        """Posterior draws of per-action weights, ``(M, K, d)`` as float32.

        Args:
            model: The ridge model.
            rng: The policy's generator.
            reward_scale: Multiplies ``α`` (the rewards' standard deviation when scaled).
            customers: Customers the draws will score (small calls may share noise, see
                :meth:`~.ridge.SharedRidge.sample_weights`).
        """
        scale = self.settings.alpha * reward_scale
        draws = model.sample_weights(self.settings.samples, rng, scale, customers)
        return draws.astype(np.float32)

    def scores(self, X: np.ndarray, draws: np.ndarray) -> np.ndarray:
        """Sampled scores ``(n, M, K)`` for contexts ``X`` ``(n, d)``."""
        M, K, d = draws.shape
        flat = X.astype(np.float32) @ draws.reshape(M * K, d).T
        return np.asarray(flat.reshape(len(X), M, K))
