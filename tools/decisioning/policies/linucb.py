"""LinUCB scores."""

from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.policies.ridge import RidgeModel
from nextbest.tools.decisioning.policies.settings import LinUCB


class LinUCBScorer:
    """Upper confidence bound ``x·μ_a + α σ √(xᵀ Σ_a x)`` for every customer and action.

    Deterministic: the decision distribution is a point mass on the argmax (ties split evenly),
    which gives exact propensities.

    Args:
        settings: The LinUCB settings.
    """

    n_samples = 1

    def __init__(self, settings: LinUCB) -> None:
        self.settings = settings

    def draw(
        self,
        model: RidgeModel,
        rng: np.random.Generator,
        reward_scale: float = 1.0,
        customers: int | None = None,
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """Mean weights ``(K, d)``, covariances ``(K, d, d)`` and the bonus width ``α σ``.

        ``rng`` and ``customers`` are not used (UCB is deterministic); ``reward_scale`` (``σ``)
        multiplies ``α``.
        """
        del rng, customers
        return model.mean_weights(), model.action_covariances(), self.settings.alpha * reward_scale

    def scores(self, X: np.ndarray, draws: tuple[np.ndarray, np.ndarray, float]) -> np.ndarray:
        """UCB scores ``(n, 1, K)`` for contexts ``X`` ``(n, d)``."""
        mean, cov, width = draws
        K, d = mean.shape
        expected = X @ mean.T
        if width == 0:
            return np.asarray(expected[:, None, :])
        t = (X @ cov.transpose(1, 0, 2).reshape(d, K * d)).reshape(len(X), K, d)
        var = np.einsum("nkd,nd->nk", t, X)
        return np.asarray((expected + width * np.sqrt(np.maximum(var, 0.0)))[:, None, :])
