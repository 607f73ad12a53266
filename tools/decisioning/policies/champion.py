"""Champion–challenger: a sticky share of customers is served by a challenger policy.

Assignment uses the same salted BLAKE2b hash as the holdout (with its own salt), so a customer
stays with the same arm of the test across runs. Each customer's propensity is the serving
policy's propensity (the assignment is deterministic given the id).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nextbest.tools.decisioning.holdout import Holdout
from nextbest.tools.decisioning.policies.base import Policy
from nextbest.tools.decisioning.policies.decisions import Decisions


@dataclass(frozen=True)
class ServedDecisions:
    """Decisions of a champion–challenger split.

    Attributes:
        decisions: The combined decisions (rows in input order).
        challenger: Boolean ``(n,)``: the row was served by the challenger.
    """

    decisions: Decisions
    challenger: np.ndarray


class ChampionChallenger:
    """Route customers to a champion or a challenger policy.

    Args:
        champion: The policy in production.
        challenger: The candidate; must have the same actions and features.
        share: Share of customers served by the challenger.
        salt: Salt of the sticky assignment hash.
        share_data: When True, each policy learns from every outcome (weighted by the logging
            propensity if the policy's settings ask for it); otherwise from its own rows only.

    Raises:
        ValueError: The policies disagree on actions or features.
    """

    def __init__(
        self,
        champion: Policy,
        challenger: Policy,
        share: float = 0.1,
        salt: str = "nextbest-challenger",
        share_data: bool = False,
    ) -> None:
        if champion.action_ids != challenger.action_ids:
            raise ValueError("champion and challenger must have the same actions")
        if champion.feature_names != challenger.feature_names:
            raise ValueError("champion and challenger must use the same features")
        if champion.name == challenger.name:
            raise ValueError("champion and challenger need different names (logs tell them apart)")
        self.champion, self.challenger = champion, challenger
        self.split = Holdout(share=share, salt=salt)
        self.share_data = share_data

    @property
    def action_ids(self) -> tuple[str, ...]:
        """The shared action ids."""
        return self.champion.action_ids

    def policy_for(self, challenger: bool) -> Policy:
        """The policy serving one arm."""
        return self.challenger if challenger else self.champion

    def assign(self, customer_ids: Sequence[str] | np.ndarray) -> np.ndarray:
        """Boolean ``(n,)``: the customer is served by the challenger."""
        return self.split.is_held_out(customer_ids)

    def predict(
        self,
        X: np.ndarray,
        customer_ids: Sequence[str] | np.ndarray,
        allowed: np.ndarray | None = None,
        fallback: np.ndarray | None = None,
        bias: np.ndarray | None = None,
    ) -> ServedDecisions:
        """Decide for every customer with the policy their id is assigned to."""
        n, K = len(X), len(self.action_ids)
        arm = self.assign(customer_ids)
        actions = np.zeros(n, dtype=np.int64)
        props = np.ones(n)
        expected = np.full((n, K), -np.inf)
        explored = np.zeros(n, dtype=bool)
        cold = np.zeros(n, dtype=bool)
        proba = np.zeros((n, K))
        for flag in (False, True):
            rows = np.flatnonzero(arm == flag)
            if rows.size == 0:
                continue
            d = self.policy_for(flag).predict(
                X[rows],
                None if allowed is None else allowed[rows],
                None if fallback is None else fallback[rows],
                None if bias is None else bias[rows],
            )
            actions[rows], props[rows], expected[rows] = d.actions, d.propensities, d.expected
            explored[rows], cold[rows], proba[rows] = d.explored, d.cold, d.proba
        decisions = Decisions(
            actions, props, expected, explored, cold, proba, self.champion.action_ids
        )
        return ServedDecisions(decisions, arm)

    def partial_fit(
        self,
        X: np.ndarray,
        actions: np.ndarray,
        rewards: np.ndarray,
        propensities: np.ndarray,
        challenger: np.ndarray,
    ) -> None:
        """Update both policies from logged outcomes (own rows, or all when ``share_data``)."""
        for flag in (False, True):
            rows = np.arange(len(X)) if self.share_data else np.flatnonzero(challenger == flag)
            if rows.size:
                self.policy_for(flag).partial_fit(
                    X[rows], actions[rows], rewards[rows], propensities[rows]
                )
