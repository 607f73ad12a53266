"""Value framework: what an outcome is worth, and what each action is expected to be worth.

Reward of one decision (currency units)::

    reward = w_conv · converted · order_value · margin
             − send_cost[channel]
             − w_unsub · unsubscribed · unsubscribe_penalty
             − w_complaint · complained · complaint_penalty

``order_value`` is the observed order value when known, else the offer's ``unit_value``; for
``no_message`` a conversion is organic and is worth ``organic_order_value · organic_margin``. All
weights are configurable in :class:`ValueWeights`.

:class:`ValueModel` also keeps per-action outcome rates (a Beta prior updated by outcomes). They
give the business-rule expected value used as the cold-start fallback, and the expected value
*components* (conversion value, send cost, unsubscribe and complaint cost) in explanations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.models import CHANNELS, Channel
from nextbest.tools.decisioning.actions import ActionSpace


class ValueWeights(BaseModel):
    """Weights, costs and penalties of the reward (currency units)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    conversion_weight: float = Field(1.0, ge=0, description="Multiplies the conversion margin.")
    conversion_value: float | None = Field(
        None,
        gt=0,
        description=(
            "When set, every conversion (organic ones too) is worth this much instead of its "
            "order value × margin: the objective 'conversions' counts conversions, not revenue."
        ),
    )
    send_cost: dict[Channel, float] = Field(
        default_factory=lambda: dict[Channel, float]({"email": 0.002, "sms": 0.03, "push": 0.001}),
        description="Cost of one send per channel.",
    )
    unsubscribe_penalty: float = Field(8.0, ge=0, description="Value lost per unsubscribe.")
    unsubscribe_weight: float = Field(1.0, ge=0)
    complaint_penalty: float = Field(25.0, ge=0, description="Value lost per complaint.")
    complaint_weight: float = Field(1.0, ge=0)
    organic_order_value: float = Field(40.0, ge=0, description="Order value without a message.")
    organic_margin: float = Field(0.5, ge=0, le=1)
    prior_conversion_rate: float = Field(0.02, gt=0, lt=1, description="Before any data, sends.")
    prior_organic_rate: float = Field(0.01, gt=0, lt=1, description="Before any data, no message.")
    prior_unsubscribe_rate: float = Field(0.002, gt=0, lt=1)
    prior_complaint_rate: float = Field(0.0002, gt=0, lt=1)
    prior_strength: float = Field(50.0, gt=0, description="Pseudo-observations of the priors.")


@dataclass(frozen=True)
class Outcomes:
    """Observed outcomes of a batch of decisions (all ``(n,)``).

    Attributes:
        converted: Whether the customer converted in the attribution window.
        unsubscribed: Whether they unsubscribed.
        complained: Whether they complained (spam report, STOP with complaint…).
        order_value: Observed order value (NaN when unknown → the offer's unit value).
    """

    converted: np.ndarray
    unsubscribed: np.ndarray
    complained: np.ndarray
    order_value: np.ndarray | None = None


class ValueModel:
    """Rewards from outcomes and expected values per action.

    Args:
        space: The action space (offers' unit value and margin, channels).
        weights: The value weights.
    """

    def __init__(self, space: ActionSpace, weights: ValueWeights | None = None) -> None:
        self.space = space
        self.weights = w = weights or ValueWeights()
        is_msg = np.array([a.is_message for a in space.actions])
        unit = np.array(
            [space.offer(a.offer_id).unit_value if a.offer_id else 0.0 for a in space.actions]
        )
        margin = np.array(
            [space.offer(a.offer_id).margin if a.offer_id else 0.0 for a in space.actions]
        )
        self.is_message = is_msg
        self.unit_value = np.where(is_msg, unit, w.organic_order_value)
        self.margin = np.where(is_msg, margin, w.organic_margin)
        if w.conversion_value is not None:
            self.unit_value = np.full(len(space), w.conversion_value)
            self.margin = np.ones(len(space))
        costs = [w.send_cost.get(c, 0.0) for c in CHANNELS] + [0.0]
        self.send_cost = np.asarray(costs)[space.channel_index]
        K = len(space)
        prior_conv = np.where(is_msg, w.prior_conversion_rate, w.prior_organic_rate)
        self._alpha = {
            "conversion": prior_conv * w.prior_strength,
            "unsubscribe": np.where(is_msg, w.prior_unsubscribe_rate, 0.0) * w.prior_strength,
            "complaint": np.where(is_msg, w.prior_complaint_rate, 0.0) * w.prior_strength,
        }
        self._n = np.full(K, w.prior_strength)
        self._hits = {k: v.copy() for k, v in self._alpha.items()}

    def reward(self, actions: np.ndarray, outcomes: Outcomes) -> np.ndarray:
        """Reward of each decision, ``(n,)``, following the module formula."""
        w = self.weights
        a = np.asarray(actions, dtype=np.int64)
        value = self.unit_value[a]
        if outcomes.order_value is not None and w.conversion_value is None:
            observed = np.asarray(outcomes.order_value, dtype=np.float64)
            value = np.where(np.isnan(observed), value, observed)
        conv = np.asarray(outcomes.converted, dtype=np.float64)
        unsub = np.asarray(outcomes.unsubscribed, dtype=np.float64) * self.is_message[a]
        complaint = np.asarray(outcomes.complained, dtype=np.float64) * self.is_message[a]
        return np.asarray(
            w.conversion_weight * conv * value * self.margin[a]
            - self.send_cost[a]
            - w.unsubscribe_weight * unsub * w.unsubscribe_penalty
            - w.complaint_weight * complaint * w.complaint_penalty
        )

    def observe(self, actions: np.ndarray, outcomes: Outcomes) -> None:
        """Update the per-action outcome rates."""
        a = np.asarray(actions, dtype=np.int64)
        K = len(self.space)
        self._n += np.bincount(a, minlength=K)
        for key, values in (
            ("conversion", outcomes.converted),
            ("unsubscribe", outcomes.unsubscribed),
            ("complaint", outcomes.complained),
        ):
            self._hits[key] += np.bincount(a, weights=np.asarray(values, float), minlength=K)

    def rates(self) -> dict[str, np.ndarray]:
        """Posterior mean outcome rates per action, each ``(K,)``."""
        return {k: v / self._n for k, v in self._hits.items()}

    def components(self) -> dict[str, np.ndarray]:
        """Expected value components per action, each ``(K,)``; they sum to ``expected_value``."""
        w = self.weights
        r = self.rates()
        parts = {
            "conversion_value": w.conversion_weight
            * r["conversion"]
            * self.unit_value
            * self.margin,
            "send_cost": -self.send_cost,
            "unsubscribe_cost": -w.unsubscribe_weight * r["unsubscribe"] * w.unsubscribe_penalty,
            "complaint_cost": -w.complaint_weight * r["complaint"] * w.complaint_penalty,
        }
        parts["expected_value"] = sum(parts.values())
        parts["conversion_rate"] = r["conversion"]
        return parts

    def prior_scores(self, n: int) -> np.ndarray:
        """Business-rule expected value of every action for ``n`` customers, ``(n, K)``."""
        return np.broadcast_to(self.components()["expected_value"], (n, len(self.space))).copy()
