"""Off-policy evaluation: what would a candidate policy have earned on logged decisions?

Logged data is ``(x_i, a_i, r_i, p_i)`` for ``i = 1..n``: context, chosen action, reward and the
logging policy's propensity ``p_i = π₀(a_i | x_i)``. A candidate (target) policy is given as its
action distribution ``π(a | x_i)`` for every logged row, ``(n, K)``. Estimators follow the Open
Bandit Pipeline: each is a small class whose docstring gives its formula. Every estimator is
written as a ratio of row sums, ``V̂ = Σ_i u_i / Σ_i v_i``, so one bootstrap routine gives
percentile confidence intervals for all of them.

The run report scores the latest policy with these; :mod:`nextbest.evals.ope` measures the
estimators themselves on simulated and Open Bandit Dataset logs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from nextbest.tools.decisioning.policies.ridge import DisjointRidge, SharedRidge


@dataclass(frozen=True)
class BanditLog:
    """Logged bandit feedback.

    Attributes:
        actions: Chosen action per row, ``(n,)`` ints in ``[0, n_actions)``.
        rewards: Observed reward per row, ``(n,)``.
        propensities: Logging probability of the chosen action, ``(n,)`` in (0, 1].
        n_actions: Number of actions ``K``.
        contexts: Context features, ``(n, d)`` (for the reward model of DM and DR).
        allowed: Actions that were allowed per row, ``(n, K)`` (all when None).
        positions: Slot of the recommendation, for Open Bandit Dataset logs (else None).
        factors: Factor levels of every action (offer, channel, window), when known.
        source: Where the log came from.
    """

    actions: np.ndarray
    rewards: np.ndarray
    propensities: np.ndarray
    n_actions: int
    contexts: np.ndarray | None = None
    allowed: np.ndarray | None = None
    positions: np.ndarray | None = None
    factors: list[np.ndarray] | None = None
    source: str = ""

    def __post_init__(self) -> None:
        n = len(self.actions)
        if len(self.rewards) != n or len(self.propensities) != n:
            raise ValueError("actions, rewards and propensities must have the same length")
        if n and not ((self.propensities > 0) & (self.propensities <= 1)).all():
            raise ValueError("propensities must be in (0, 1]")
        if n and (self.actions.min() < 0 or self.actions.max() >= self.n_actions):
            raise ValueError("actions out of range")

    def __len__(self) -> int:
        return len(self.actions)


# ------------------------------------------------------------------------------ reward model
class RidgeRewardModel:
    """Ridge reward model ``q̂(x, a)`` used by DM and DR.

    Rewards are centred on their (weighted) mean before fitting, so the penalty does not shrink
    the level. With action ``factors`` (e.g. offer, channel, window) it is nextbest's shared
    action ⊗ context model; without, one ridge regression per action. With ``folds > 1`` each
    row's prediction comes from a model fit on the other folds (cross-fitting), so DR's
    correction term is not biased by overfitting. Rows may be weighted: :func:`evaluate` uses the
    clipped importance weights of the target policy, which fits the model where the target
    acts and cuts DM's bias under a misspecified model.

    Args:
        l2: Ridge penalty.
        folds: Cross-fitting folds (1 = fit and predict on all rows).
        factors: Factor levels of every action (shared model), or None.
        seed: Seed of the fold assignment.
    """

    def __init__(
        self,
        l2: float = 1.0,
        folds: int = 2,
        factors: list[np.ndarray] | None = None,
        seed: int = 0,
    ) -> None:
        self.l2, self.folds, self.factors, self.seed = l2, folds, factors, seed

    def _fit(
        self, X: np.ndarray, a: np.ndarray, r: np.ndarray, w: np.ndarray, K: int
    ) -> np.ndarray:
        model: DisjointRidge | SharedRidge = (
            SharedRidge(self.factors, X.shape[1], self.l2, 0.0)
            if self.factors is not None
            else DisjointRidge(K, X.shape[1], self.l2)
        )
        model.update(X, a, r, w)
        return model.mean_weights()

    def predict(self, log: BanditLog, weights: np.ndarray | None = None) -> np.ndarray:
        """``q̂(x_i, a)`` for every row and action, ``(n, K)``.

        Args:
            log: The logged data.
            weights: Per-row fitting weights (all 1 when None).
        """
        n, K = len(log), log.n_actions
        w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
        ones = np.ones((n, 1))
        X = ones if log.contexts is None else np.hstack([ones, log.contexts])
        fold = np.random.default_rng(self.seed).integers(max(self.folds, 1), size=n)
        out = np.empty((n, K))
        for f in range(max(self.folds, 1)):
            test = fold == f
            train = ~test if self.folds > 1 else test
            level = float((w[train] * log.rewards[train]).sum() / w[train].sum())
            r = log.rewards[train] - level
            beta = self._fit(X[train], log.actions[train], r, w[train], K)
            out[test] = X[test] @ beta.T + level
        return out


# ------------------------------------------------------------------------------- estimators
@dataclass
class Estimator:
    """Base class: an estimator is a ratio of row sums ``Σ u_i / Σ v_i``."""

    name: ClassVar[str] = ""
    needs_model: ClassVar[bool] = False

    def terms(
        self, log: BanditLog, target: np.ndarray, q: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per-row numerator and denominator terms ``(u, v)``."""
        raise NotImplementedError

    def estimate(self, log: BanditLog, target: np.ndarray, q: np.ndarray | None = None) -> float:
        """The point estimate."""
        u, v = self.terms(log, target, q)
        return float(u.sum() / v.sum())


def _weights(log: BanditLog, target: np.ndarray) -> np.ndarray:
    return np.asarray(target[np.arange(len(log)), log.actions] / log.propensities)


@dataclass
class InverseProbabilityWeighting(Estimator):
    """IPS: ``V̂ = (1/n) Σ_i w_i r_i`` with ``w_i = π(a_i | x_i) / π₀(a_i | x_i)``.

    Unbiased when the logging policy gives every action the target may take a positive
    probability; its variance grows with the weights.
    """

    name: ClassVar[str] = "IPS"

    def terms(
        self, log: BanditLog, target: np.ndarray, q: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``u_i = w_i r_i``, ``v_i = 1``."""
        return _weights(log, target) * log.rewards, np.ones(len(log))


@dataclass
class SelfNormalizedIPS(Estimator):
    """SNIPS: ``V̂ = Σ_i w_i r_i / Σ_i w_i``.

    Slightly biased, much lower variance than IPS; equals the logged mean reward when the target
    is the logging policy.
    """

    name: ClassVar[str] = "SNIPS"

    def terms(
        self, log: BanditLog, target: np.ndarray, q: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``u_i = w_i r_i``, ``v_i = w_i``."""
        w = _weights(log, target)
        return w * log.rewards, w


@dataclass
class DirectMethod(Estimator):
    """DM: ``V̂ = (1/n) Σ_i Σ_a π(a | x_i) q̂(x_i, a)``.

    Uses only the reward model; low variance, biased when the model is wrong.
    """

    name: ClassVar[str] = "DM"
    needs_model: ClassVar[bool] = True

    def terms(
        self, log: BanditLog, target: np.ndarray, q: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``u_i = Σ_a π(a|x_i) q̂(x_i, a)``, ``v_i = 1``."""
        assert q is not None
        return (target * q).sum(axis=1), np.ones(len(log))


@dataclass
class DoublyRobust(Estimator):
    """DR: ``V̂ = (1/n) Σ_i [Σ_a π(a|x_i) q̂(x_i, a) + w_i (r_i − q̂(x_i, a_i))]``.

    Unbiased when either the propensities or the reward model are right; usually the lowest
    error of the four.
    """

    name: ClassVar[str] = "DR"
    needs_model: ClassVar[bool] = True

    def terms(
        self, log: BanditLog, target: np.ndarray, q: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``u_i = Σ_a π q̂ + w_i (r_i − q̂(x_i, a_i))``, ``v_i = 1``."""
        assert q is not None
        rows = np.arange(len(log))
        dm = (target * q).sum(axis=1)
        return dm + _weights(log, target) * (log.rewards - q[rows, log.actions]), np.ones(len(log))


ESTIMATORS: dict[str, type[Estimator]] = {
    "ips": InverseProbabilityWeighting,
    "snips": SelfNormalizedIPS,
    "dm": DirectMethod,
    "dr": DoublyRobust,
}
"""Estimators by CLI name."""


@dataclass(frozen=True)
class Estimate:
    """A point estimate with its bootstrap interval."""

    estimator: str
    value: float
    low: float
    high: float
    confidence: float
    n: int

    def covers(self, truth: float) -> bool:
        """Whether ``truth`` lies inside the interval."""
        return self.low <= truth <= self.high


def bootstrap_interval(
    u: np.ndarray,
    v: np.ndarray,
    n_bootstrap: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of ``Σ u / Σ v`` (rows resampled with replacement).

    Args:
        u: Numerator terms, ``(n,)``.
        v: Denominator terms, ``(n,)``.
        n_bootstrap: Resamples.
        confidence: Interval coverage, e.g. 0.95.
        seed: Seed of the resampling.

    Returns:
        ``(low, high)``.
    """
    rng = np.random.default_rng(seed)
    n = len(u)
    values = np.empty(n_bootstrap)
    step = max(1, 4_000_000 // max(n, 1))
    for lo in range(0, n_bootstrap, step):
        hi = min(n_bootstrap, lo + step)
        idx = rng.integers(n, size=(hi - lo, n))
        values[lo:hi] = u[idx].sum(axis=1) / v[idx].sum(axis=1)
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return float(low), float(high)


def evaluate(
    log: BanditLog,
    target: np.ndarray,
    estimators: list[str] | None = None,
    reward_model: RidgeRewardModel | None = None,
    n_bootstrap: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
    max_model_weight: float = 20.0,
) -> list[Estimate]:
    """Estimate a target policy's value with each estimator, with bootstrap intervals.

    Args:
        log: The logged data.
        target: Target policy distribution ``(n, K)``; rows sum to 1.
        estimators: Names from :data:`ESTIMATORS` (all when None).
        reward_model: Model for DM and DR (a cross-fitted ridge when None).
        n_bootstrap: Bootstrap resamples.
        confidence: Interval coverage.
        seed: Seed of the bootstrap and the folds.
        max_model_weight: Clip of the importance weights used to fit the reward model.

    Returns:
        One :class:`Estimate` per estimator, in the order asked.

    Raises:
        ValueError: Bad target shape, rows not summing to 1, or an unknown estimator.
    """
    target = np.asarray(target, dtype=np.float64)
    if target.shape != (len(log), log.n_actions):
        raise ValueError(f"target must have shape ({len(log)}, {log.n_actions})")
    if not np.allclose(target.sum(axis=1), 1.0, atol=1e-6):
        raise ValueError("target rows must sum to 1")
    names = estimators or list(ESTIMATORS)
    unknown = [n for n in names if n not in ESTIMATORS]
    if unknown:
        raise ValueError(f"unknown estimators {unknown}; choose from {list(ESTIMATORS)}")
    chosen = [ESTIMATORS[n]() for n in names]
    q = None
    if any(e.needs_model for e in chosen):
        model = reward_model or RidgeRewardModel(factors=log.factors, seed=seed)
        q = model.predict(log, np.minimum(_weights(log, target), max_model_weight))
    out = []
    for est in chosen:
        u, v = est.terms(log, target, q)
        low, high = bootstrap_interval(u, v, n_bootstrap, confidence, seed)
        out.append(Estimate(est.name, float(u.sum() / v.sum()), low, high, confidence, len(log)))
    return out
