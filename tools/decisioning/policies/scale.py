"""Running reward scale, so exploration strength is relative to the rewards' spread."""

from __future__ import annotations

import numpy as np


class RewardScale:
    """Weighted running mean and variance of rewards (Chan et al.'s pairwise merge).

    :attr:`value` is the standard deviation of the rewards seen so far, which multiplies ``α``.
    It scales exactly with the rewards: rewards ×100 give a value ×100, hence the same argmax
    of every posterior draw and the same decisions and propensities. When every reward so far was
    the same it falls back to their root mean square, and to 1 before any non-zero reward (then
    the posterior mean is zero and any positive scale gives the same decisions).
    """

    def __init__(self) -> None:
        self.weight = 0.0
        self.mean = 0.0
        self.m2 = 0.0

    def update(self, rewards: np.ndarray, weights: np.ndarray) -> None:
        """Merge a batch of rewards with their observation weights."""
        w = float(weights.sum())
        if w <= 0:
            return
        mean = float(weights @ rewards) / w
        m2 = float(weights @ (rewards - mean) ** 2)
        total = self.weight + w
        delta = mean - self.mean
        self.m2 += m2 + delta * delta * self.weight * w / total
        self.mean += delta * w / total
        self.weight = total

    @property
    def value(self) -> float:
        """Standard deviation of the rewards (see the class docstring for the fallbacks)."""
        if self.weight <= 0:
            return 1.0
        std = float(np.sqrt(max(self.m2, 0.0) / self.weight))
        rms = float(np.sqrt(self.mean**2 + max(self.m2, 0.0) / self.weight))
        if std > 1e-9 * rms:
            return std
        return rms if rms > 0 else 1.0

    def state(self) -> np.ndarray:
        """``[weight, mean, m2]`` to persist."""
        return np.array([self.weight, self.mean, self.m2])

    def load_state(self, state: np.ndarray) -> None:
        """Restore from :meth:`state`."""
        self.weight, self.mean, self.m2 = (float(v) for v in np.asarray(state, dtype=np.float64))
