"""Random Fourier features: a non-linear context map under an exact Bayesian linear head."""

from __future__ import annotations

import numpy as np

from nextbest.tools.decisioning.policies.settings import RandomFourier


class RandomFourierMap:
    """``z(x) = √(2/R) cos(x Ω / (ℓ √d) + b)``, fixed once from the settings' seed.

    The projection ``Ω`` ``(d, R)`` and phases ``b`` ``(R,)`` depend only on the settings and the
    context width, so a saved policy needs no extra arrays to be rebuilt identically.

    Args:
        settings: The random feature settings.
        n_features: Context width ``d`` (without the intercept).
    """

    def __init__(self, settings: RandomFourier, n_features: int) -> None:
        self.settings = settings
        rng = np.random.default_rng([settings.seed, n_features, settings.components])
        scale = settings.bandwidth * np.sqrt(max(n_features, 1))
        self.omega = rng.standard_normal((n_features, settings.components)) / scale
        self.phase = rng.uniform(0.0, 2.0 * np.pi, settings.components)
        self.norm = np.sqrt(2.0 / settings.components)

    @property
    def n_components(self) -> int:
        """Number of random features ``R``."""
        return self.settings.components

    def transform(self, X: np.ndarray) -> np.ndarray:
        """Random features of contexts ``X`` ``(n, d)`` → ``(n, R)``."""
        return np.asarray(self.norm * np.cos(X @ self.omega + self.phase))
