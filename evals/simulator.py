"""A seeded marketing environment with a known optimum, for learning curves, benchmarks and OPE.

The simulator owns a small brand pack (6 offers on email, SMS and push; the TCPA quiet-hours rule)
and, with the 4 default send windows, an action space of 6 × 3 × 4 + 1 = 73 actions. Customers
have 19 attributes (16 numeric or boolean, 3 categorical) plus the columns the contact policy
reads (consent per channel, time zone — sometimes unknown — and eligibility attributes). The mask
comes from the real :class:`~nextbest.tools.decisioning.contact_policy.ContactPolicy`.

Outcomes are non-linear in the attributes. For a message ``a = (offer o, channel c, window w)``::

    p_lift   = σ(β₀ + engagement_c(x) + affinity_o(x) + timing_w(x) + device/age effects)
    p_conv   = p_organic(x) + (1 − p_organic(x)) · p_lift
    p_unsub  = σ(γ₀ + fatigue(x) + intrusiveness_c + night_w − 3 · engagement rate_c(x))
    p_compl  = 0.15 · p_unsub

with threshold and bump shapes inside ``affinity`` (e.g. win-back works only after ~150 days)
and ``timing`` (a Gaussian bump around the customer's preferred hour). ``no message`` converts at
``p_organic(x)`` at full price. Rewards follow
:class:`~nextbest.tools.decisioning.value.ValueModel`'s
formula (discounted offers earn less margin than organic orders, unsubscribes cost 30), so for a
sizeable share of customers sending nothing is optimal. The expected reward of every action is
known, so ``gap closed = (V − V_random) / (V_optimal − V_random)`` is exact.

``variant="nonlinear"`` adds to ``η`` interactions between *unbinned* continuous attributes that
a linear model of the declared features (even crossed with every action factor) cannot
represent::

    η += 1.6 · s_o · (2·discount_affinity − 1) · (2·skincare_interest − 1)     s_o = ±1 per offer
       + 1.2 · [c = sms]  · tanh(z_age) · tanh(z_sms_click)
       − 1.0 · [c = push] · tanh(z_sessions) · tanh(z_push_open)
       + 0.8 · [c = email] · sin(2π · email_open_rate / 0.5)

(``z`` attributes standardised by fixed constants). The same customers, masks and common random
numbers are drawn as in the default variant; only the true conversion probabilities differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import numpy as np

from nextbest.brand_context.models import CHANNELS, BrandPack
from nextbest.tools.decisioning.actions import DEFAULT_WINDOWS, ActionSpace
from nextbest.tools.decisioning.batch import CustomerBatch
from nextbest.tools.decisioning.contact_policy import ContactPolicy, ContactPolicyConfig
from nextbest.tools.decisioning.features import (
    BooleanFeature,
    CategoricalFeature,
    FeatureSpec,
    NumericFeature,
)
from nextbest.tools.decisioning.value import Outcomes, ValueModel, ValueWeights

SIM_NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
"""Decision time of every simulated batch."""

TIME_ZONES = ("America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York")
TIERS = ("none", "silver", "gold", "platinum")
DEVICES = ("ios", "android", "web")

_PACK = {
    "brand": {
        "name": "Simulated Botanics",
        "legal_name": "Simulated Botanics Inc.",
        "postal_address": "1 Test Street, Portland, OR 97204, USA",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "America/Chicago",
    },
    "offers": [
        {
            "id": "welcome-15",
            "name": "Welcome 15% off",
            "terms": "15% off your first order.",
            "discount_type": "percent",
            "discount_amount": 15,
            "eligibility": [{"field": "orders_count", "op": "eq", "value": 0}],
            "channels": ["email", "sms", "push"],
            "unit_value": 45,
            "margin": 0.45,
        },
        {
            "id": "winback-20",
            "name": "We miss you, 20% off",
            "terms": "20% off your next order.",
            "discount_type": "percent",
            "discount_amount": 20,
            "eligibility": [{"field": "days_since_last_purchase", "op": "gte", "value": 60}],
            "channels": ["email", "sms", "push"],
            "unit_value": 55,
            "margin": 0.4,
        },
        {
            "id": "free-shipping",
            "name": "Free shipping",
            "terms": "Free standard shipping on orders over $40.",
            "discount_type": "free_shipping",
            "channels": ["email", "sms", "push"],
            "unit_value": 50,
            "margin": 0.5,
        },
        {
            "id": "double-points",
            "name": "Double points",
            "terms": "Members earn 2 points per $1 this week.",
            "discount_type": "points",
            "discount_amount": 2,
            "eligibility": [{"field": "loyalty_member", "op": "is_true"}],
            "channels": ["email", "sms", "push"],
            "unit_value": 65,
            "margin": 0.5,
        },
        {
            "id": "gift-balm",
            "name": "Free gift over $60",
            "terms": "A free travel-size balm with orders over $60.",
            "discount_type": "free_gift",
            "channels": ["email", "sms", "push"],
            "unit_value": 75,
            "margin": 0.42,
        },
        {
            "id": "refill-bogo",
            "name": "Refill pairs",
            "terms": "Second refill pouch at 50% off.",
            "discount_type": "bogo",
            "channels": ["email", "sms", "push"],
            "unit_value": 40,
            "margin": 0.45,
        },
    ],
    "rules": [
        {
            "id": "tcpa-quiet-hours",
            "kind": "quiet_hours",
            "channels": ["sms"],
            "description": "No SMS 21:00-08:00 local time.",
            "rationale": "TCPA quiet hours.",
            "source": "47 CFR 64.1200(c)(1)",
            "params": {"start": "21:00", "end": "08:00", "block_unknown_time_zone": True},
        }
    ],
}

SIM_VALUE_WEIGHTS = ValueWeights(
    send_cost={"email": 0.01, "sms": 0.05, "push": 0.005},
    unsubscribe_penalty=30.0,
    complaint_penalty=25.0,
    organic_order_value=60.0,
    organic_margin=0.6,
)
"""Value weights of the simulated brand."""


_NONLINEAR_CENTERS = {
    "age": (40.0, 13.0),
    "sms_click_rate": (0.12, 0.1),
    "app_sessions_30d": (3.2, 2.3),
    "push_open_rate": (0.16, 0.11),
}
"""Fixed centre and spread of the attributes the non-linear variant standardises."""


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class SimBatch:
    """One batch of simulated customers with everything needed to act and to score.

    Attributes:
        customers: The customer columns.
        X: Encoded contexts under :meth:`MarketingSimulator.feature_spec`, ``(n, d)``.
        allowed: Contact policy mask, ``(n, K)``.
        expected: True expected reward of every action, ``(n, K)``.
        p_conv: True conversion probability per action, ``(n, K)``.
        p_unsub: True unsubscribe probability per action, ``(n, K)``.
        uniforms: Common random numbers for outcome draws, ``(n, 3)``.
    """

    customers: CustomerBatch
    X: np.ndarray
    allowed: np.ndarray
    expected: np.ndarray
    p_conv: np.ndarray
    p_unsub: np.ndarray
    uniforms: np.ndarray

    def __len__(self) -> int:
        return len(self.X)

    def optimal_value(self) -> np.ndarray:
        """Best allowed expected reward per customer, ``(n,)``."""
        return np.where(self.allowed, self.expected, -np.inf).max(axis=1)

    def random_value(self) -> np.ndarray:
        """Expected reward of a uniform choice among allowed actions, ``(n,)``."""
        return np.where(self.allowed, self.expected, 0.0).sum(axis=1) / self.allowed.sum(axis=1)

    def outcomes(self, actions: np.ndarray) -> Outcomes:
        """Draw outcomes of ``actions`` with the batch's common random numbers."""
        rows = np.arange(len(actions))
        p_unsub = self.p_unsub[rows, actions]
        return Outcomes(
            converted=self.uniforms[:, 0] < self.p_conv[rows, actions],
            unsubscribed=self.uniforms[:, 1] < p_unsub,
            complained=self.uniforms[:, 2] < 0.15 * p_unsub,
        )


class MarketingSimulator:
    """Seeded stream of customers, masks and true expected rewards.

    Args:
        seed: Seed of the stream; batch ``i`` of seed ``s`` is always the same.
        unknown_time_zone_share: Share of customers whose time zone is unknown (→ no SMS).
        variant: ``"base"`` (the default reward) or ``"nonlinear"`` (with the interactions in the
            module docstring).
    """

    def __init__(
        self,
        seed: int = 0,
        unknown_time_zone_share: float = 0.04,
        variant: Literal["base", "nonlinear"] = "base",
    ) -> None:
        if variant not in ("base", "nonlinear"):
            raise ValueError(f"unknown simulator variant {variant!r}")
        self.seed = seed
        self.variant = variant
        self.unknown_time_zone_share = unknown_time_zone_share
        self.pack = BrandPack.model_validate(_PACK)
        self.space = ActionSpace.from_pack(self.pack, DEFAULT_WINDOWS)
        self.value = ValueModel(self.space, SIM_VALUE_WEIGHTS)
        self.contact = ContactPolicy(
            self.pack, self.space, ContactPolicyConfig(overall_cap=None, channel_caps={})
        )
        self._spec = self._build_spec()

    # ------------------------------------------------------------------ customers and features
    def customers(self, index: int, size: int) -> dict[str, np.ndarray]:
        """Customer columns of batch ``index`` (deterministic in ``seed`` and ``index``)."""
        rng = np.random.default_rng([self.seed, index, 1])
        n = size
        orders = rng.poisson(rng.gamma(1.2, 2.5, n))
        orders[rng.random(n) < 0.2] = 0
        device = rng.choice(DEVICES, n, p=[0.45, 0.35, 0.2])
        loyal = rng.random(n) < 0.35
        tier = np.where(loyal, rng.choice(TIERS[1:], n, p=[0.5, 0.35, 0.15]), "none")
        zone = rng.choice(TIME_ZONES, n).astype(object)
        zone[rng.random(n) < self.unknown_time_zone_share] = None
        web = device == "web"
        return {
            "customer_id": np.array([f"s{self.seed}-b{index}-{i}" for i in range(n)], dtype=object),
            "time_zone": zone,
            "consent_email": rng.random(n) < 0.8,
            "consent_sms": rng.random(n) < 0.45,
            "consent_push": (rng.random(n) < 0.6) & ~web,
            "age": np.clip(rng.normal(40, 13, n), 18, 80).round(),
            "tenure_days": np.where(orders == 0, rng.integers(0, 60, n), rng.integers(30, 2000, n)),
            "orders_count": orders.astype(np.float64),
            "days_since_last_purchase": np.where(
                orders == 0, 0.0, np.minimum(rng.exponential(90, n), 720).round()
            ),
            "avg_order_value": np.where(
                orders == 0, 0.0, np.clip(rng.lognormal(np.log(55), 0.4, n), 15, 250).round(2)
            ),
            "email_open_rate": rng.beta(2, 6, n),
            "sms_click_rate": rng.beta(1.2, 9, n),
            "push_open_rate": np.where(web, 0.0, rng.beta(1.5, 8, n)),
            "app_sessions_30d": np.where(web, 0, rng.poisson(4, n)).astype(np.float64),
            "discount_affinity": rng.beta(2, 2, n),
            "loyalty_member": loyal,
            "loyalty_tier": tier.astype(object),
            "preferred_hour": rng.choice([8, 9, 10, 12, 13, 18, 19, 20, 21, 22], n).astype(float)
            + rng.random(n),
            "device": device.astype(object),
            "cart_abandons_30d": rng.poisson(0.6, n).astype(np.float64),
            "skincare_interest": rng.beta(2, 3, n),
            "returns_rate": rng.beta(1, 12, n),
            "sends_last_7d": rng.poisson(1.5, n).astype(np.float64),
            "region": rng.choice(["west", "mountain", "central", "east"], n).astype(object),
        }

    def _build_spec(self) -> FeatureSpec:
        raw = FeatureSpec(
            features=[
                NumericFeature(name="age", bins=[25, 40, 55]),
                NumericFeature(name="tenure_days", log1p=True),
                NumericFeature(name="orders_count", log1p=True, bins=[0.5, 2.5]),
                NumericFeature(name="days_since_last_purchase", bins=[14, 30, 60, 90, 150, 240]),
                NumericFeature(name="avg_order_value", bins=[35, 50, 65, 80]),
                NumericFeature(name="email_open_rate"),
                NumericFeature(name="sms_click_rate"),
                NumericFeature(name="push_open_rate"),
                NumericFeature(name="app_sessions_30d"),
                NumericFeature(name="discount_affinity"),
                BooleanFeature(name="loyalty_member"),
                CategoricalFeature(name="loyalty_tier", categories=list(TIERS)),
                NumericFeature(name="preferred_hour", bins=[10, 12, 14, 17, 19, 21]),
                CategoricalFeature(name="device", categories=list(DEVICES)),
                NumericFeature(name="cart_abandons_30d"),
                NumericFeature(name="skincare_interest"),
                NumericFeature(name="returns_rate"),
                NumericFeature(name="sends_last_7d"),
                CategoricalFeature(name="region", categories=["west", "mountain", "central"]),
            ]
        )
        calibration = MarketingSimulator.__new__(MarketingSimulator)
        calibration.seed, calibration.unknown_time_zone_share = 10_000, 0.0
        return raw.with_scaling(calibration.customers(0, 5000))

    def feature_spec(self) -> FeatureSpec:
        """The feature spec a practitioner would declare for this brand (binned, scaled)."""
        return self._spec

    # ------------------------------------------------------------------------ true outcomes
    def probabilities(self, c: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """True conversion and unsubscribe probabilities of every action, each ``(n, K)``."""
        space = self.space
        n = len(c["customer_id"])
        orders = c["orders_count"]
        days = c["days_since_last_purchase"]
        aov = c["avg_order_value"]
        p_org = _sigmoid(
            -3.4
            + 1.6 * np.exp(-days / 45.0) * (orders > 0)
            + 0.5 * np.log1p(orders)
            + 0.6 * c["loyalty_member"]
            + 0.5 * c["skincare_interest"]
        )
        rates = np.stack([c["email_open_rate"], c["sms_click_rate"], c["push_open_rate"]], 1)
        engagement = np.stack(
            [
                3.0 * (c["email_open_rate"] - 0.25),
                3.5 * (c["sms_click_rate"] - 0.1) + 0.3 - 0.6 * (c["age"] > 55),
                2.5 * (c["push_open_rate"] - 0.15) - 3.0 * (c["device"] == "web"),
            ],
            axis=1,
        )
        premium = np.isin(c["loyalty_tier"], ["gold", "platinum"])
        affinity = np.stack(
            [
                0.9 + 0.6 * c["discount_affinity"],
                1.6 * _sigmoid((days - 150.0) / 25.0) + 0.8 * c["discount_affinity"] ** 2 - 0.5,
                0.9 * ((aov >= 35) & (aov <= 65))
                - 0.2
                + 0.25 * np.minimum(c["cart_abandons_30d"], 3),
                1.0 * premium + 0.04 * c["app_sessions_30d"] - 0.1,
                1.2 * (aov > 70) + 0.5 * c["skincare_interest"] - 0.5,
                1.5 * c["skincare_interest"] * (orders >= 3) - 0.35,
            ],
            axis=1,
        )
        centers = np.array([9.5, 12.5, 18.5, 21.5])
        timing = (
            1.1 * np.exp(-((c["preferred_hour"][:, None] - centers) ** 2) / (2 * 2.0**2)) - 0.45
        )
        ch, of, wi = space.channel_index, space.offer_index, space.window_index
        msg = np.array([a.is_message for a in space.actions])
        ch_m, of_m, wi_m = ch[msg], of[msg], wi[msg]
        eta = -3.9 + engagement[:, ch_m] + affinity[:, of_m] + timing[:, wi_m]
        if self.variant == "nonlinear":
            offer_term, channel_term = self._interactions_by_factor(c)
            eta = eta + offer_term[:, of_m] + channel_term[:, ch_m]
        p_lift = _sigmoid(eta)
        p_conv = np.empty((n, len(space)))
        p_conv[:, ~msg] = p_org[:, None]
        p_conv[:, msg] = p_org[:, None] + (1 - p_org[:, None]) * p_lift
        intrusive = np.array([0.0, 1.1, 0.5])
        night = np.array([0.0, 0.0, 0.2, 0.8])
        young_sms = 0.6 * (c["age"] < 25)
        zeta = (
            -5.2
            + 0.35 * c["sends_last_7d"][:, None]
            + intrusive[ch_m]
            + night[wi_m]
            - 3.0 * rates[:, ch_m]
            + young_sms[:, None] * (ch_m == CHANNELS.index("sms"))
        )
        p_unsub = np.zeros((n, len(space)))
        p_unsub[:, msg] = _sigmoid(zeta)
        return p_conv, p_unsub

    @staticmethod
    def _interactions_by_factor(c: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Non-linear variant: per-offer ``(n, 6)`` and per-channel ``(n, 3)`` logit terms."""

        def z(name: str) -> np.ndarray:
            center, spread = _NONLINEAR_CENTERS[name]
            return np.tanh((c[name].astype(np.float64) - center) / spread)

        signs = np.array([1.0, -1.0, 1.0, -1.0, 1.0, -1.0])
        xor = (2.0 * c["discount_affinity"] - 1.0) * (2.0 * c["skincare_interest"] - 1.0)
        offer_term = 1.6 * xor[:, None] * signs[None, :]
        channel_term = np.stack(
            [
                0.8 * np.sin(2.0 * np.pi * c["email_open_rate"] / 0.5),
                1.2 * z("age") * z("sms_click_rate"),
                -1.0 * z("app_sessions_30d") * z("push_open_rate"),
            ],
            axis=1,
        )
        return offer_term, channel_term

    def expected_reward(self, p_conv: np.ndarray, p_unsub: np.ndarray) -> np.ndarray:
        """True expected reward of every action under the value model's formula, ``(n, K)``."""
        v, w = self.value, self.value.weights
        return (
            w.conversion_weight * p_conv * (v.unit_value * v.margin)[None]
            - v.send_cost[None]
            - w.unsubscribe_weight * p_unsub * w.unsubscribe_penalty
            - w.complaint_weight * 0.15 * p_unsub * w.complaint_penalty
        )

    def batch(self, index: int, size: int = 1000) -> SimBatch:
        """Batch ``index``: customers, contexts, mask, true rewards and common random numbers."""
        columns = self.customers(index, size)
        customers = CustomerBatch(columns)
        p_conv, p_unsub = self.probabilities(columns)
        uniforms = np.random.default_rng([self.seed, index, 2]).random((size, 3))
        return SimBatch(
            customers=customers,
            X=self._spec.encode(customers),
            allowed=self.contact.mask(customers, SIM_NOW).allowed,
            expected=self.expected_reward(p_conv, p_unsub),
            p_conv=p_conv,
            p_unsub=p_unsub,
            uniforms=uniforms,
        )

    def reward(self, batch: SimBatch, actions: np.ndarray) -> np.ndarray:
        """Realised rewards of ``actions`` (value model formula on drawn outcomes)."""
        return self.value.reward(actions, batch.outcomes(actions))


def gap_closed(value: float, random: float, optimal: float) -> float:
    """``(V − V_random) / (V_optimal − V_random)``: 0 is random, 1 is the optimum."""
    return (value - random) / (optimal - random)
