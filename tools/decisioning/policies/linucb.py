"""LinUCB scores."""

from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.policies.ridge import RidgeModel
from nextbest.tools.decisioning.policies.settings import LinUCB


class LinUCBScorer:
    """Upper confidence bound ``x·μ_a + α √(xᵀ Σ_a x)`` for every customer and action.

    Deterministic: the decision distribution is a point mass on the argmax (ties split evenly),
    which gives exact propensities.

    Args:
        settings: The LinUCB settings.
    """

    n_samples = 1

    def __init__(self, settings: LinUCB) -> None:
        self.settings = settings

    def draw(self, model: RidgeModel, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """Mean weights ``(K, d)`` and covariances ``(K, d, d)``; ``rng`` is not used."""
        del rng
        return model.mean_weights(), model.action_covariances()

    def scores(self, X: np.ndarray, draws: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """UCB scores ``(n, 1, K)`` for contexts ``X`` ``(n, d)``."""
        mean, cov = draws
        K, d = mean.shape
        expected = X @ mean.T
        if self.settings.alpha == 0:
            return expected[:, None, :]
        t = (X @ cov.transpose(1, 0, 2).reshape(d, K * d)).reshape(len(X), K, d)
        var = np.einsum("nkd,nd->nk", t, X)
        return (expected + self.settings.alpha * np.sqrt(np.maximum(var, 0.0)))[:, None, :]
