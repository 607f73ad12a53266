"""The decision log record: everything needed to audit a decision and evaluate policies offline.

One :class:`DecisionRecord` per customer per run. It carries the chosen action and its
propensity (for off-policy evaluation), the scores of the top allowed actions, why other actions
were blocked, which policy (name and version) decided, whether the customer was in the holdout,
and the encoded context the policy saw (so a later update or OPE needs no recomputation). The
workspace store persists these records; :func:`build_record` makes one.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class FeatureContribution(BaseModel):
    """How much one customer feature moved an action's expected reward."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    feature: str
    contribution: float = Field(description="Sum of x_j · w_j over the feature's columns.")


class ScoredAction(BaseModel):
    """An allowed action with its scores (and, when explained, its value components)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action_id: str
    expected_reward: float = Field(description="Policy's posterior mean expected reward.")
    probability: float = Field(ge=0, le=1, description="Probability the policy had of choosing it.")
    components: dict[str, float] = Field(
        default_factory=dict, description="Expected value components (value model)."
    )
    top_features: list[FeatureContribution] = Field(default_factory=list)
    goal_boost: float = Field(0.0, description="Score added by the goal's favour preferences.")


class DecisionRecord(BaseModel):
    """One logged decision."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    decision_id: str
    decided_at: datetime
    customer_id: str
    action_id: str
    offer_id: str | None = None
    channel: str | None = None
    window: str | None = None
    propensity: float = Field(gt=0, le=1)
    policy_name: str
    policy_version: int = Field(ge=0)
    holdout: bool = False
    explored: bool = Field(False, description="Chosen by the exploration floor.")
    cold_start: bool = Field(False, description="Scored by the business-rule fallback.")
    top_actions: list[ScoredAction] = Field(default_factory=list)
    mask_reasons: dict[str, list[str]] = Field(
        default_factory=dict, description="Reason code → action ids it blocked."
    )
    mask_rules: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Pack rule id → action ids it blocked (the quiet-hours rules behind "
        "quiet_hours and unknown_time_zone; a region-scoped rule only for customers it covers).",
    )
    features: list[float] = Field(default_factory=list, description="Encoded context.")
    goal_version: int | None = Field(None, description="The approved marketer goal in force.")


def new_decision_id() -> str:
    """A fresh, unique decision id (UUID4 hex)."""
    return uuid.uuid4().hex


def build_record(
    *,
    decided_at: datetime,
    customer_id: str,
    action_id: str,
    offer_id: str | None,
    channel: str | None,
    window: str | None,
    propensity: float,
    policy_name: str,
    policy_version: int,
    holdout: bool,
    explored: bool = False,
    cold_start: bool = False,
    top_actions: list[ScoredAction] | None = None,
    mask_reasons: dict[str, list[str]] | None = None,
    mask_rules: dict[str, list[str]] | None = None,
    features: list[float] | None = None,
    decision_id: str | None = None,
    goal_version: int | None = None,
) -> DecisionRecord:
    """Build a validated :class:`DecisionRecord` (a new decision id unless one is given)."""
    return DecisionRecord(
        decision_id=decision_id or new_decision_id(),
        decided_at=decided_at,
        customer_id=customer_id,
        action_id=action_id,
        offer_id=offer_id,
        channel=channel,
        window=window,
        propensity=propensity,
        policy_name=policy_name,
        policy_version=policy_version,
        holdout=holdout,
        explored=explored,
        cold_start=cold_start,
        top_actions=top_actions or [],
        mask_reasons=mask_reasons or {},
        mask_rules=mask_rules or {},
        features=features or [],
        goal_version=goal_version,
    )
