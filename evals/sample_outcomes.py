"""Ground-truth outcomes for the sample customer table, so the learning loop can be measured.

:mod:`nextbest.evals.simulator` has its own customers; this model scores the columns of
:mod:`nextbest.tools.sample_customers` (segment, recency, open rates, loyalty, skin concern, age,
last
contact per channel …) under the sample brand's actions, so ``nextbest sample feedback`` can
simulate what happened after a real ``nextbest run``. For a customer ``x`` and a delivered
message ``a = (offer o, channel c, window w)``::

    p_organic = σ(−3.5 + 1.5·e^(−recency/40)·[orders>0] + 0.35·log(1+orders) + 0.4·loyal + 0.4·vip)
    p_lift    = σ(−3.4 + engagement_c(x) + affinity_o(x) + timing_w(x))
    p_conv    = p_organic + (1 − p_organic) · p_lift
    p_unsub   = σ(−5.0 + intrusive_c + night_w + fatigue_c(x) + 0.7·lapsed − 4·open_rate_c(x))
    p_compl   = 0.12 · p_unsub

``affinity`` has threshold shapes (win-back works only well after ~120 days without an order,
the night cream mostly for ageing skin, refills for repeat buyers), so the best action differs
between customers and a policy has something to learn. Customers sent nothing (holdout, the
policy's own ``no message``, masked or blocked messages) convert at ``p_organic`` only. Rewards
follow :class:`~nextbest.tools.decisioning.value.ValueModel`'s formula, so the expected reward of
any
decision is known exactly and realised rewards can be compared with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning.value import ValueWeights

CHANNEL_ORDER = ("email", "sms", "push")
WINDOW_ORDER = ("morning", "midday", "evening", "night")
ORDER_VALUE_SIGMA = 0.25
"""Log-normal spread of a simulated order's value around its expected value."""

_NUMERIC = (
    "age",
    "orders_count",
    "avg_order_value",
    "days_since_last_purchase",
    "email_open_rate",
    "push_open_rate",
    "last_email_days",
    "last_sms_days",
    "last_push_days",
)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _number(value: Any, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "t", "y")
    return bool(value)


def customer_columns(rows: Sequence[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    """Typed columns the model reads, from customer rows (strings from a CSV are fine).

    Args:
        rows: Customer rows with the sample table's columns; missing values get neutral defaults.

    Returns:
        Column name → ``(n,)`` array.
    """
    out: dict[str, np.ndarray] = {
        name: np.array([_number(r.get(name), 0.0) for r in rows], dtype=np.float64)
        for name in _NUMERIC
    }
    out["age"] = np.array([_number(r.get("age"), 45.0) for r in rows])
    out["days_since_last_purchase"] = np.array(
        [_number(r.get("days_since_last_purchase"), 9999.0) for r in rows]
    )
    for name in ("last_email_days", "last_sms_days", "last_push_days"):
        out[name] = np.array([_number(r.get(name), 60.0) for r in rows])
    out["loyalty_member"] = np.array([_flag(r.get("loyalty_member")) for r in rows])
    out["segment"] = np.array([str(r.get("segment") or "") for r in rows], dtype=object)
    out["skin_concern"] = np.array([str(r.get("skin_concern") or "") for r in rows], dtype=object)
    return out


@dataclass(frozen=True)
class Probabilities:
    """True outcome probabilities of one decision per customer (all ``(n,)``).

    Attributes:
        organic: Conversion probability with no message.
        conversion: Conversion probability under the decision (``organic`` when nothing is sent).
        unsubscribe: Unsubscribe probability (0 when nothing is sent).
        complaint: Complaint probability (0 when nothing is sent).
        open: Probability the message is opened (0 when nothing is sent).
        order_value: Expected order value of a conversion.
        margin: Margin earned on that order.
        send_cost: Cost of the send (0 when nothing is sent).
    """

    organic: np.ndarray
    conversion: np.ndarray
    unsubscribe: np.ndarray
    complaint: np.ndarray
    open: np.ndarray
    order_value: np.ndarray
    margin: np.ndarray
    send_cost: np.ndarray

    def expected_reward(self, weights: ValueWeights) -> np.ndarray:
        """Expected reward under the value model's formula, ``(n,)``."""
        return (
            weights.conversion_weight * self.conversion * self.order_value * self.margin
            - self.send_cost
            - weights.unsubscribe_weight * self.unsubscribe * weights.unsubscribe_penalty
            - weights.complaint_weight * self.complaint * weights.complaint_penalty
        )


class SampleOutcomeModel:
    """The true response of sample customers to the sample brand's messages.

    Args:
        pack: The brand pack (offers' unit value and margin).
        weights: Value weights (organic order value and margin, send costs).
    """

    def __init__(self, pack: BrandPack, weights: ValueWeights | None = None) -> None:
        self.pack = pack
        self.weights = weights or ValueWeights()
        self._offers = {o.id: o for o in pack.offers}

    def organic(self, c: Mapping[str, np.ndarray]) -> np.ndarray:
        """Conversion probability without any message, ``(n,)``."""
        orders = c["orders_count"]
        recency = np.minimum(c["days_since_last_purchase"], 9999.0)
        return _sigmoid(
            -3.5
            + 1.5 * np.exp(-recency / 40.0) * (orders > 0)
            + 0.35 * np.log1p(orders)
            + 0.4 * c["loyalty_member"]
            + 0.4 * (c["segment"] == "vip")
        )

    def _affinity(self, c: Mapping[str, np.ndarray], offer: str) -> np.ndarray:
        recency = np.minimum(c["days_since_last_purchase"], 720.0)
        orders, age = c["orders_count"], c["age"]
        skin = c["skin_concern"]
        n = len(orders)
        table = {
            "off-welcome-15": lambda: np.full(n, 1.1),
            "off-winback-20": lambda: 2.0 * _sigmoid((recency - 120.0) / 25.0) - 0.6,
            "off-free-shipping": lambda: 0.2 + 0.5 * (c["segment"] == "active"),
            "off-double-points": lambda: (
                0.9 * c["loyalty_member"] + 0.5 * (c["segment"] == "vip") - 0.5
            ),
            "off-gift-balm": lambda: 1.1 * (c["avg_order_value"] > 55) - 0.5,
            "off-night-renew-10": lambda: 1.4 * (skin == "aging") + 0.3 * (age > 45) - 0.7,
            "off-refill-bogo": lambda: 1.0 * (orders >= 4) + 0.5 * (skin == "dryness") - 0.6,
            "off-summer-25": lambda: np.full(n, -0.4),
        }
        shape = table.get(offer)
        return shape() if shape is not None else np.zeros(n)

    def probabilities(
        self,
        c: Mapping[str, np.ndarray],
        offers: Sequence[str | None],
        channels: Sequence[str | None],
        windows: Sequence[str | None],
    ) -> Probabilities:
        """True probabilities of one decision per customer.

        Args:
            c: Columns from :func:`customer_columns`.
            offers: Offer id per customer, None when nothing was sent.
            channels: Channel per customer, None when nothing was sent.
            windows: Send window per customer, None when nothing was sent.

        Returns:
            The :class:`Probabilities`.
        """
        n = len(c["age"])
        sent = np.array(
            [o is not None and ch is not None for o, ch in zip(offers, channels, strict=True)]
        )
        p_org = self.organic(c)
        channel = np.array(
            [CHANNEL_ORDER.index(ch) if ch in CHANNEL_ORDER else 0 for ch in channels]
        )
        window = np.array([WINDOW_ORDER.index(w) if w in WINDOW_ORDER else 1 for w in windows])
        age = c["age"]
        rate = np.stack([c["email_open_rate"], np.full(n, 0.35), c["push_open_rate"]], axis=1)[
            np.arange(n), channel
        ]
        engagement = np.stack(
            [
                3.0 * (c["email_open_rate"] - 0.28),
                0.3 + 0.4 * (age < 35) - 0.7 * (age > 55),
                3.0 * (c["push_open_rate"] - 0.15) + 0.2,
            ],
            axis=1,
        )[np.arange(n), channel]
        timing = np.stack(
            [
                0.4 * (age >= 50) - 0.1,
                np.zeros(n),
                0.35 * (age < 40),
                0.2 * (age < 30) - 0.4,
            ],
            axis=1,
        )[np.arange(n), window]
        affinity = np.zeros(n)
        for offer in {o for o in offers if o is not None}:
            rows = np.array([o == offer for o in offers])
            affinity[rows] = self._affinity(c, offer)[rows]
        p_lift = _sigmoid(-3.4 + engagement + affinity + timing)
        since = np.stack([c["last_email_days"], c["last_sms_days"], c["last_push_days"]], axis=1)[
            np.arange(n), channel
        ]
        zeta = (
            -5.0
            + np.array([0.0, 1.2, 0.5])[channel]
            + np.array([0.0, 0.0, 0.2, 0.9])[window]
            + 0.9 * (since < 4)
            + 0.7 * (c["segment"] == "lapsed")
            - 4.0 * rate
        )
        p_unsub = np.where(sent, _sigmoid(zeta), 0.0)
        w = self.weights
        unit = np.array(
            [
                self._offers[o].unit_value if o in self._offers else w.organic_order_value
                for o in offers
            ]
        )
        margin = np.array(
            [self._offers[o].margin if o in self._offers else w.organic_margin for o in offers]
        )
        cost = np.array([w.send_cost.get(ch, 0.0) if ch else 0.0 for ch in channels])
        return Probabilities(
            organic=p_org,
            conversion=np.where(sent, p_org + (1.0 - p_org) * p_lift, p_org),
            unsubscribe=p_unsub,
            complaint=0.12 * p_unsub,
            open=np.where(sent, np.clip(rate * 1.1, 0.02, 0.95), 0.0),
            order_value=np.where(sent, unit, w.organic_order_value),
            margin=np.where(sent, margin, w.organic_margin),
            send_cost=np.where(sent, cost, 0.0),
        )

    def draw(self, p: Probabilities, rng: np.random.Generator) -> dict[str, np.ndarray]:
        """Draw one set of outcomes, each ``(n,)``.

        Returns:
            ``opened``, ``clicked``, ``converted``, ``unsubscribed``, ``complained`` (booleans)
            and ``order_value`` (NaN where there was no conversion).
        """
        n = len(p.conversion)
        u = rng.random((n, 5))
        converted = u[:, 0] < p.conversion
        opened = u[:, 1] < np.maximum(p.open, converted * (p.open > 0))
        clicked = opened & ((u[:, 2] < 0.25) | (converted & (p.open > 0)))
        unsubscribed = u[:, 3] < p.unsubscribe
        complained = u[:, 4] < p.complaint
        noise = rng.lognormal(-0.5 * ORDER_VALUE_SIGMA**2, ORDER_VALUE_SIGMA, n)
        value = np.where(converted, np.round(p.order_value * noise, 2), np.nan)
        return {
            "opened": opened,
            "clicked": clicked,
            "converted": converted,
            "unsubscribed": unsubscribed,
            "complained": complained,
            "order_value": value,
        }
