"""Lift against the holdout with 95 % intervals: Wilson, Newcombe's hybrid score and Welch.

Differences of proportions (conversion, unsubscribe, complaint rates) get Newcombe's hybrid
score interval built from the two Wilson intervals; revenue per customer gets the Welch normal
interval of a difference of means.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

Z95 = 1.959963984540054
"""Two-sided 95 % normal quantile."""


def wilson(successes: float, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion (``(0, 1)`` when ``n`` is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Lift:
    """Treated minus holdout for one metric, with a 95 % interval.

    Attributes:
        metric: Metric name.
        treated: Treated group's value.
        holdout: Holdout group's value.
        treated_ci: Interval of the treated value.
        holdout_ci: Interval of the holdout value.
        diff: ``treated − holdout``.
        low: Lower end of the difference's interval.
        high: Upper end.
        relative: ``diff / holdout`` (None when the holdout value is 0).
        method: How the interval was computed.
    """

    metric: str
    treated: float
    holdout: float
    treated_ci: tuple[float, float]
    holdout_ci: tuple[float, float]
    diff: float
    low: float
    high: float
    relative: float | None
    method: str

    @property
    def significant(self) -> bool:
        """Whether the interval excludes zero."""
        return self.low > 0 or self.high < 0


def proportion_lift(
    metric: str, treated: np.ndarray, holdout: np.ndarray, structural_zero: bool = False
) -> Lift:
    """Difference of two proportions with Newcombe's hybrid score (Wilson) interval.

    Args:
        metric: Metric name.
        treated: 0/1 outcomes of the treated group.
        holdout: 0/1 outcomes of the holdout.
        structural_zero: The holdout's rate is 0 by construction (nobody in it was sent a
            message, so nobody could unsubscribe or complain): the lift is the treated rate and
            its interval the treated group's Wilson interval.
    """
    n1, n0 = len(treated), len(holdout)
    x1, x0 = float(np.sum(treated)), float(np.sum(holdout))
    p1, p0 = (x1 / n1 if n1 else 0.0), (x0 / n0 if n0 else 0.0)
    l1, u1 = wilson(x1, n1)
    l0, u0 = wilson(x0, n0)
    diff = p1 - p0
    if structural_zero and x0 == 0:
        return Lift(
            metric=metric,
            treated=p1,
            holdout=0.0,
            treated_ci=(l1, u1),
            holdout_ci=(0.0, 0.0),
            diff=p1,
            low=l1,
            high=u1,
            relative=None,
            method="holdout sent nothing (rate 0 by construction): Wilson interval of the treated",
        )
    return Lift(
        metric=metric,
        treated=p1,
        holdout=p0,
        treated_ci=(l1, u1),
        holdout_ci=(l0, u0),
        diff=diff,
        low=diff - math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2),
        high=diff + math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2),
        relative=diff / p0 if p0 > 0 else None,
        method="Newcombe hybrid score (Wilson)",
    )


def mean_lift(metric: str, treated: np.ndarray, holdout: np.ndarray) -> Lift:
    """Difference of two means with the Welch normal-approximation interval."""
    m1 = float(np.mean(treated)) if len(treated) else 0.0
    m0 = float(np.mean(holdout)) if len(holdout) else 0.0
    v1 = float(np.var(treated, ddof=1)) / len(treated) if len(treated) > 1 else 0.0
    v0 = float(np.var(holdout, ddof=1)) / len(holdout) if len(holdout) > 1 else 0.0
    diff, se = m1 - m0, math.sqrt(v1 + v0)
    return Lift(
        metric=metric,
        treated=m1,
        holdout=m0,
        treated_ci=(m1 - Z95 * math.sqrt(v1), m1 + Z95 * math.sqrt(v1)),
        holdout_ci=(m0 - Z95 * math.sqrt(v0), m0 + Z95 * math.sqrt(v0)),
        diff=diff,
        low=diff - Z95 * se,
        high=diff + Z95 * se,
        relative=diff / m0 if m0 > 0 else None,
        method="Welch normal approximation",
    )
