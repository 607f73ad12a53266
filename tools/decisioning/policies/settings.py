"""Immutable, validated policy settings (pydantic, frozen), MABWiser style.

A policy is configured by *what it learns with* (:class:`LinTS` or :class:`LinUCB`), *how the
model is shaped* (``disjoint`` per action, or ``shared`` action ⊗ context) and the safety rails
(exploration floor, cold start, importance weighting, seed).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LinTS(_Frozen):
    """Linear Thompson sampling: score with a draw ``w ~ N(μ, α² A⁻¹)`` per posterior sample.

    The chosen action's propensity is the share of the ``samples`` posterior draws whose argmax
    (over allowed actions) is that action; each customer acts on one of those draws, picked
    uniformly, so the logged propensity is exact given the draws.
    """

    kind: Literal["lints"] = "lints"
    alpha: float = Field(1.0, gt=0, description="Posterior scale (exploration strength).")
    l2: float = Field(1.0, gt=0, description="Ridge prior precision λ.")
    samples: int = Field(8, ge=1, le=4096, description="Posterior draws per call (Monte-Carlo).")


class LinUCB(_Frozen):
    """LinUCB: score ``x·μ_a + α √(xᵀ Σ_a x)``; deterministic, so propensities are exact."""

    kind: Literal["linucb"] = "linucb"
    alpha: float = Field(1.0, ge=0, description="Width of the confidence bonus (0 = greedy).")
    l2: float = Field(1.0, gt=0, description="Ridge prior precision λ.")


Learning = Annotated[LinTS | LinUCB, Field(discriminator="kind")]
"""A learning rule; ``kind`` selects it."""


class ColdStart(_Frozen):
    """Business-rule fallback for actions the policy has not seen enough of.

    Until an action has ``min_observations`` observations, its score is the fallback score the
    caller provides (the value model's prior expected value); with no fallback given, the model's
    own score is used.
    """

    min_observations: int = Field(0, ge=0)


class PolicySettings(_Frozen):
    """Everything that defines a policy's behaviour, persisted with it."""

    name: str = Field("nba", pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")
    learning: Learning = Field(default_factory=LinTS)
    model: Literal["disjoint", "shared"] = Field(
        "shared", description="One model per action, or the shared action ⊗ context model."
    )
    exploration_floor: float = Field(
        0.01, ge=0.0, lt=1.0, description="Share of decisions drawn uniformly from allowed actions."
    )
    cold_start: ColdStart = Field(default_factory=ColdStart)
    importance_weighting: bool = Field(
        False, description="Weight updates by 1/propensity (clipped), for off-policy data."
    )
    max_importance_weight: float = Field(20.0, ge=1.0)
    refresh_growth: float = Field(
        0.25, ge=0.0, description="Shared model: refresh the exact factorisation at this growth."
    )
    seed: int = Field(0, description="Seed of the policy's numpy Generator.")
