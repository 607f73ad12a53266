"""Targeting: what a marketer's goal asks of the decision engine, beyond the contact policy.

A goal (:mod:`nextbest.tools.decisioning.goal`) compiles into :class:`Targeting`, which the engine
applies
on every batch:

- **audience** — conditions on customer attributes; customers outside it get no message
  (reason ``outside_audience``);
- **exclude_offers** — offers never promoted while the goal is in force (``excluded_by_goal``);
- **favour** — an additive boost to the score of every action promoting an offer, optionally only
  for a segment; the policy chooses (and its propensities are computed) on the boosted scores, so
  the logged propensities stay the probabilities the decision was really drawn with;
- **channel_budgets** — at most this many messages per channel in one run; when more customers
  choose a channel, those with the highest scores keep it and the rest are re-decided without it
  (``channel_budget``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.models import CHANNELS, Channel, EligibilityCondition
from nextbest.tools.decisioning.actions import ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.contact_policy import Mask, Reason
from nextbest.tools.decisioning.customer_values import evaluate_condition

MAX_BOOST = 100.0
"""Largest favour boost (currency units added to an action's score)."""


class OfferPreference(BaseModel):
    """Favour one offer, optionally only for a segment of customers.

    Attributes:
        offer_id: The offer to favour.
        boost: Added to the score of every action promoting the offer (currency units, the
            scale of the expected reward); 1.0 is a gentle nudge, 10 nearly forces it.
        segment: Conditions on customer attributes (all must hold); empty = everyone.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    offer_id: str = Field(min_length=1)
    boost: float = Field(1.0, gt=0, le=MAX_BOOST)
    segment: list[EligibilityCondition] = Field(default_factory=list)


class Targeting(BaseModel):
    """The goal's demands on the decision engine (all empty = no effect)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    audience: list[EligibilityCondition] = Field(
        default_factory=list, description="Only customers meeting all conditions get messages."
    )
    exclude_offers: list[str] = Field(default_factory=list)
    favour: list[OfferPreference] = Field(default_factory=list)
    channel_budgets: dict[Channel, int] = Field(
        default_factory=dict, description="At most this many messages per channel in one run."
    )
    goal_version: int | None = Field(None, description="The approved goal these came from.")

    @property
    def is_empty(self) -> bool:
        """Whether targeting changes nothing."""
        return not (self.audience or self.exclude_offers or self.favour or self.channel_budgets)


def _segment(conditions: list[EligibilityCondition], batch: CustomerBatch) -> np.ndarray:
    inside = np.ones(batch.n, dtype=bool)
    for condition in conditions:
        inside &= evaluate_condition(condition, batch.get(condition.field), batch.n)
    return inside


def apply_targeting_mask(
    targeting: Targeting, space: ActionSpace, batch: CustomerBatch, mask: Mask
) -> Mask:
    """Block excluded offers and everyone outside the audience, with their reason codes.

    Returns:
        A new mask (``no_message`` stays allowed for everyone).
    """
    if not (targeting.audience or targeting.exclude_offers):
        return mask
    reasons = mask.reasons.copy()
    is_message = np.array([a.is_message for a in space.actions])
    if targeting.exclude_offers:
        excluded = set(targeting.exclude_offers)
        columns = np.array([a.offer_id in excluded for a in space.actions])
        reasons[:, columns] |= int(Reason.EXCLUDED_BY_GOAL)
    if targeting.audience:
        outside = ~_segment(targeting.audience, batch)
        reasons[np.ix_(outside, is_message)] |= int(Reason.OUTSIDE_AUDIENCE)
    reasons[:, ~is_message] = 0
    return replace(mask, allowed=reasons == 0, reasons=reasons)


def favour_bias(
    targeting: Targeting, space: ActionSpace, batch: CustomerBatch
) -> np.ndarray | None:
    """The additive score boost of every action for every customer, ``(n, K)``; None if none."""
    if not targeting.favour:
        return None
    bias = np.zeros((batch.n, len(space)))
    for preference in targeting.favour:
        columns = np.array([a.offer_id == preference.offer_id for a in space.actions])
        if not columns.any():
            continue
        inside = _segment(preference.segment, batch)
        bias[np.ix_(inside, columns)] += preference.boost
    return bias


def over_budget(
    targeting: Targeting,
    space: ActionSpace,
    actions: np.ndarray,
    scores: np.ndarray,
    pending: np.ndarray,
    used: dict[str, int],
) -> dict[str, np.ndarray]:
    """Which of the ``pending`` customers lose their channel to a budget.

    Args:
        targeting: The channel budgets.
        space: The action space.
        actions: Chosen action index per customer, ``(n,)``.
        scores: The score each customer's chosen action had, ``(n,)`` (higher keeps the channel).
        pending: Boolean ``(n,)``: customers whose choice is being settled now.
        used: Messages already granted per channel in this run; updated in place.

    Returns:
        Channel → boolean ``(n,)`` of customers that must be re-decided without that channel.
    """
    out: dict[str, np.ndarray] = {}
    channel_of = np.array([space.actions[a].channel or "" for a in range(len(space))], dtype=object)
    chosen_channel = channel_of[actions]
    for channel, budget in targeting.channel_budgets.items():
        if channel not in CHANNELS:
            continue
        rows = np.flatnonzero(pending & (chosen_channel == channel))
        left = max(0, budget - used.get(channel, 0))
        if rows.size <= left:
            used[channel] = used.get(channel, 0) + int(rows.size)
            continue
        order = rows[np.argsort(-scores[rows], kind="stable")]
        used[channel] = used.get(channel, 0) + left
        losers = np.zeros(len(actions), dtype=bool)
        losers[order[left:]] = True
        out[channel] = losers
    return out
