"""The decision engine: customers in, one logged decision per customer out.

Flow of :meth:`DecisionEngine.decide` for a batch::

    rows → CustomerBatch → FeatureSpec.encode → contact policy mask (reason codes)
         → goal targeting: audience and excluded offers masked, favoured offers boosted
         → policy scores every allowed action (incl. no message) in one vectorised call
         → channel budgets (over-budget customers re-decided without the channel)
         → sticky holdout overrides to no message → DecisionRecord per customer

:meth:`DecisionEngine.learn` turns outcomes into rewards with the value model and updates the
policy with ``partial_fit`` using the logged contexts and propensities.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.models import BrandPack
from nextbest.tools.decisioning.actions import DEFAULT_WINDOWS, ActionSpace, SendWindow
from nextbest.tools.decisioning.batch import CustomerBatch, CustomerRows
from nextbest.tools.decisioning.contact_policy import (
    ContactPolicy,
    ContactPolicyConfig,
    Mask,
    Reason,
)
from nextbest.tools.decisioning.decision_log import (
    DecisionRecord,
    FeatureContribution,
    ScoredAction,
    build_record,
)
from nextbest.tools.decisioning.features import FeatureSpec, NumericFeature
from nextbest.tools.decisioning.holdout import Holdout
from nextbest.tools.decisioning.policies.base import Policy
from nextbest.tools.decisioning.policies.champion import ChampionChallenger
from nextbest.tools.decisioning.policies.decisions import Decisions
from nextbest.tools.decisioning.policies.products import with_numeric_columns
from nextbest.tools.decisioning.policies.settings import PolicySettings
from nextbest.tools.decisioning.send_history import SendHistory
from nextbest.tools.decisioning.targeting import (
    Targeting,
    apply_targeting_mask,
    favour_bias,
    over_budget,
)
from nextbest.tools.decisioning.value import Outcomes, ValueModel, ValueWeights

_DECISION_FIELDS = ("actions", "propensities", "expected", "explored", "cold", "proba")


class RunConfig(BaseModel):
    """Settings of a decisioning run."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    windows: list[SendWindow] = Field(default_factory=lambda: list(DEFAULT_WINDOWS))
    contact: ContactPolicyConfig = Field(default_factory=ContactPolicyConfig)
    holdout: Holdout = Field(default_factory=Holdout)
    value: ValueWeights = Field(default_factory=ValueWeights)
    top_actions: int = Field(5, ge=1, description="Allowed actions logged with their scores.")
    explain_features: int = Field(3, ge=0, description="Top features per explained action.")
    log_features: bool = Field(True, description="Keep the encoded context in each record.")
    targeting: Targeting = Field(
        default_factory=Targeting,
        description="The marketer goal's audience, excluded and favoured offers, channel budgets.",
    )


class DecisionEngine:
    """Decides for batches of customers and learns from their outcomes.

    Args:
        pack: The brand pack (offers, channels, quiet-hours rules).
        features: The feature spec the policy was built for.
        policy: A :class:`Policy` or a :class:`ChampionChallenger`.
        config: Run settings.
        value_model: The value model (built from ``config.value`` when None).

    Raises:
        ValueError: The policy's actions or features do not match the pack and spec.
    """

    def __init__(
        self,
        pack: BrandPack,
        features: FeatureSpec,
        policy: Policy | ChampionChallenger,
        config: RunConfig | None = None,
        value_model: ValueModel | None = None,
    ) -> None:
        self.pack = pack
        self.config = config or RunConfig()
        self.features = features
        self.space = ActionSpace.from_pack(pack, self.config.windows)
        if tuple(policy.action_ids) != tuple(self.space.ids):
            raise ValueError(
                "the policy's actions do not match this brand pack and run config; "
                "build a new policy version for the current action space"
            )
        champion = policy.champion if isinstance(policy, ChampionChallenger) else policy
        if list(champion.feature_names) != features.names:
            raise ValueError("the policy was built for different features than the feature spec")
        self.policy = policy
        self.contact = ContactPolicy(pack, self.space, self.config.contact)
        self.value = value_model or ValueModel(self.space, self.config.value)
        self._sources = features.sources

    @classmethod
    def create(
        cls,
        pack: BrandPack,
        features: FeatureSpec,
        settings: PolicySettings | None = None,
        config: RunConfig | None = None,
    ) -> DecisionEngine:
        """An engine with a fresh policy for the pack's action space."""
        config = config or RunConfig()
        space = ActionSpace.from_pack(pack, config.windows)
        numeric = [f.name for f in features.features if isinstance(f, NumericFeature)]
        settings = with_numeric_columns(settings or PolicySettings(), numeric)
        policy = Policy.for_space(settings, space, features.names)
        return cls(pack, features, policy, config)

    def decide(
        self,
        customers: CustomerRows | CustomerBatch,
        now: datetime,
        *,
        history: SendHistory | None = None,
        suppression: Collection[str] = (),
        explain: bool = False,
    ) -> list[DecisionRecord]:
        """One decision per customer.

        Args:
            customers: Row dicts or a column mapping with ``customer_id``, ``time_zone``,
                ``consent_email`` / ``consent_sms`` / ``consent_push``, eligibility attributes
                and the feature columns.
            now: Decision time (timezone-aware; naive means UTC).
            history: Past sends, for the frequency caps.
            suppression: Customer ids never to contact.
            explain: Add value components and top features to the logged top actions.

        Returns:
            Decision records in input order.
        """
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
        batch = customers if isinstance(customers, CustomerBatch) else CustomerBatch(customers)
        if batch.n == 0:
            return []
        X = self.features.encode(batch)
        targeting = self.config.targeting
        mask = self.contact.mask(batch, now, history, suppression)
        mask = apply_targeting_mask(targeting, self.space, batch, mask)
        bias = favour_bias(targeting, self.space, batch)
        held = self.config.holdout.is_held_out(batch.ids)
        d, challenger = self._predict(X, batch.ids, mask.allowed, bias)
        if targeting.channel_budgets:
            d, challenger, mask = self._within_budgets(
                X, batch.ids, mask, bias, held, d, challenger
            )
        boost = bias if bias is not None else np.zeros_like(d.expected)
        n_top = min(self.config.top_actions, len(self.space))
        allowed_scores = np.where(mask.allowed, d.expected + boost, -np.inf)
        top = np.argsort(-allowed_scores, axis=1, kind="stable")[:, :n_top]
        components = self.value.components() if explain else {}
        reasons = mask.blocked_by_reason_all()
        rules = mask.blocked_by_rule_all()
        records = []
        for i in range(batch.n):
            policy = self._serving(bool(challenger[i]))
            action = 0 if held[i] else int(d.actions[i])
            spec = self.space.actions[action]
            shown = [int(a) for a in top[i] if mask.allowed[i, a]]
            if action not in shown:  # the chosen action is always among the logged scores
                shown = [*shown[: n_top - 1], action]
            scored = [
                self._scored(policy, X[i], a, d, i, components, explain, float(boost[i, a]))
                for a in shown
            ]
            records.append(
                build_record(
                    decided_at=now,
                    customer_id=str(batch.ids[i]),
                    action_id=spec.id,
                    offer_id=spec.offer_id,
                    channel=spec.channel,
                    window=spec.window,
                    propensity=1.0 if held[i] else float(d.propensities[i]),
                    policy_name=policy.name,
                    policy_version=policy.version,
                    holdout=bool(held[i]),
                    explored=bool(d.explored[i]) and not held[i],
                    cold_start=bool(d.cold[i]) and not held[i],
                    top_actions=scored,
                    mask_reasons=reasons[i],
                    mask_rules=rules[i],
                    features=X[i].tolist() if self.config.log_features else None,
                    goal_version=targeting.goal_version,
                )
            )
        return records

    def _predict(
        self, X: np.ndarray, ids: np.ndarray, allowed: np.ndarray, bias: np.ndarray | None = None
    ) -> tuple[Decisions, np.ndarray]:
        champion = self._serving(False)
        fallback = (
            self.value.prior_scores(len(X))
            if champion.settings.cold_start.min_observations > 0
            else None
        )
        if isinstance(self.policy, ChampionChallenger):
            served = self.policy.predict(X, ids, allowed, fallback, bias)
            return served.decisions, served.challenger
        return self.policy.predict(X, allowed, fallback, bias), np.zeros(len(X), dtype=bool)

    def _within_budgets(
        self,
        X: np.ndarray,
        ids: np.ndarray,
        mask: Mask,
        bias: np.ndarray | None,
        held: np.ndarray,
        d: Decisions,
        challenger: np.ndarray,
    ) -> tuple[Decisions, np.ndarray, Mask]:
        """Re-decide customers beyond a channel budget without that channel.

        The customers whose chosen action scores highest keep a budgeted channel; the others
        get the channel blocked (reason ``channel_budget``) and are decided again, until every
        budget holds (at most one round per channel). Holdout customers never use a budget.
        """
        targeting = self.config.targeting
        allowed, reasons = mask.allowed.copy(), mask.reasons.copy()
        fields = {name: np.array(getattr(d, name), copy=True) for name in _DECISION_FIELDS}
        challenger = challenger.copy()
        channel_of = np.array([a.channel or "" for a in self.space.actions], dtype=object)
        used: dict[str, int] = {}
        pending = ~held
        rows_all = np.arange(len(X))
        for _ in range(len(targeting.channel_budgets) + 1):
            actions = fields["actions"]
            scores = fields["expected"][rows_all, actions]
            if bias is not None:
                scores = scores + bias[rows_all, actions]
            losers = over_budget(targeting, self.space, actions, scores, pending, used)
            if not losers:
                break
            redo = np.zeros(len(X), dtype=bool)
            for lost in losers.values():
                redo |= lost
            for channel, budget in targeting.channel_budgets.items():
                if used.get(channel, 0) >= budget:
                    columns = channel_of == channel
                    reasons[np.ix_(redo, columns)] |= int(Reason.CHANNEL_BUDGET)
                    allowed[np.ix_(redo, columns)] = False
            idx = np.flatnonzero(redo)
            sub, sub_challenger = self._predict(
                X[idx], ids[idx], allowed[idx], None if bias is None else bias[idx]
            )
            for name in _DECISION_FIELDS:
                fields[name][idx] = getattr(sub, name)
            challenger[idx] = sub_challenger
            pending = redo
        masked = replace(mask, allowed=allowed, reasons=reasons)
        return Decisions(**fields, action_ids=d.action_ids), challenger, masked

    def _serving(self, challenger: bool) -> Policy:
        if isinstance(self.policy, ChampionChallenger):
            return self.policy.policy_for(challenger)
        return self.policy

    def _scored(
        self,
        policy: Policy,
        x: np.ndarray,
        action: int,
        d: Decisions,
        row: int,
        components: dict[str, np.ndarray],
        explain: bool,
        goal_boost: float = 0.0,
    ) -> ScoredAction:
        top_features: list[FeatureContribution] = []
        parts: dict[str, float] = {}
        if explain:
            parts = {k: float(v[action]) for k, v in components.items()}
            contrib = policy.contributions(x, action)
            by_source: dict[str, float] = {}
            for source, value in zip(self._sources, contrib, strict=True):
                by_source[source] = by_source.get(source, 0.0) + float(value)
            ranked = sorted(by_source.items(), key=lambda kv: -abs(kv[1]))
            top_features = [
                FeatureContribution(feature=k, contribution=v)
                for k, v in ranked[: self.config.explain_features]
            ]
        return ScoredAction(
            action_id=self.space.actions[action].id,
            expected_reward=float(d.expected[row, action]),
            probability=float(min(1.0, d.proba[row, action])),
            components=parts,
            top_features=top_features,
            goal_boost=goal_boost,
        )

    def learn(self, records: Sequence[DecisionRecord], outcomes: Outcomes) -> np.ndarray:
        """Update the policy and the value model from the outcomes of logged decisions.

        Args:
            records: The decisions (with their logged features), in the order of ``outcomes``.
            outcomes: What happened after each decision.

        Returns:
            The rewards computed by the value model, ``(n,)``.

        Raises:
            ValueError: A record has no logged features.
        """
        if any(not r.features for r in records):
            raise ValueError("records need logged features to learn (RunConfig.log_features)")
        X = np.asarray([r.features for r in records], dtype=np.float64)
        actions = np.asarray([self.space.index(r.action_id) for r in records], dtype=np.int64)
        props = np.asarray([r.propensity for r in records])
        rewards = self.value.reward(actions, outcomes)
        self.value.observe(actions, outcomes)
        if isinstance(self.policy, ChampionChallenger):
            challenger = np.asarray([r.policy_name == self.policy.challenger.name for r in records])
            self.policy.partial_fit(X, actions, rewards, props, challenger)
        else:
            self.policy.partial_fit(X, actions, rewards, props)
        return rewards
