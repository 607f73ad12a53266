"""What a policy returns: the decisions of a batch, whole or with the top ``k`` actions kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

import numpy as np

Table: TypeAlias = np.ndarray | Callable[[], np.ndarray]
"""A customers × actions table, or a function that computes it when first read."""


class Decisions:
    """What a policy chose for a batch.

    The two ``n × K`` tables, :attr:`expected` and :attr:`proba`, may be handed over as
    functions: they are computed when first read (then kept), so a caller that needs only the
    chosen actions and their propensities (a learning loop) never pays for them. A function
    must compute them from values captured when the decision was made, so that reading a
    table later (after the policy has learned more) gives what it would have given at once.

    Attributes:
        actions: Chosen action index per customer, ``(n,)``.
        propensities: Probability the policy had of choosing that action, ``(n,)``, in (0, 1].
        explored: The action came from the exploration floor, ``(n,)``.
        cold: The chosen action was scored by the cold-start fallback, ``(n,)``.
        action_ids: The policy's action ids in index order (empty when not known).
    """

    __slots__ = ("actions", "propensities", "explored", "cold", "action_ids", "_tables")

    def __init__(
        self,
        actions: np.ndarray,
        propensities: np.ndarray,
        expected: Table,
        explored: np.ndarray,
        cold: np.ndarray,
        proba: Table,
        action_ids: tuple[str, ...] = (),
    ) -> None:
        """Keep the decisions.

        Args:
            actions: Chosen action index per customer, ``(n,)``.
            propensities: Probability of the chosen action, ``(n,)``.
            expected: Posterior mean expected reward of every action (the fallback score for
                cold actions), ``(n, K)``, ``-inf`` where blocked; or a function computing it.
            explored: The action came from the exploration floor, ``(n,)``.
            cold: The chosen action was scored by the cold-start fallback, ``(n,)``.
            proba: The whole decision distribution ``π(a | x)``, ``(n, K)``; or a function
                computing it.
            action_ids: The policy's action ids in index order.
        """
        self.actions, self.propensities = actions, propensities
        self.explored, self.cold, self.action_ids = explored, cold, tuple(action_ids)
        self._tables: dict[str, Table] = {"expected": expected, "proba": proba}

    def _table(self, name: str) -> np.ndarray:
        table = self._tables[name]
        if callable(table):
            table = self._tables[name] = table()
        return table

    @property
    def expected(self) -> np.ndarray:
        """Posterior mean expected reward of every action, ``(n, K)``; ``-inf`` where blocked."""
        return self._table("expected")

    @property
    def proba(self) -> np.ndarray:
        """The whole decision distribution ``π(a | x)``, ``(n, K)``."""
        return self._table("proba")

    @property
    def chosen_ids(self) -> np.ndarray:
        """The chosen action's id per customer, ``(n,)`` (object array of str)."""
        if not self.action_ids:
            raise ValueError("these decisions carry no action ids")
        return np.asarray(np.asarray(self.action_ids, dtype=object)[self.actions])


@dataclass(frozen=True)
class TopDecisions:
    """Decisions with only the ``k`` best actions' scores kept: memory ``O(n · k)``.

    Attributes:
        actions: Chosen action index per customer, ``(n,)``.
        propensities: Exact probability of the chosen action, ``(n,)``, in (0, 1].
        explored: The action came from the exploration floor, ``(n,)``.
        cold: The chosen action was scored by the cold-start fallback, ``(n,)``.
        top_actions: The ``k`` allowed actions with the highest posterior mean, best first,
            ``(n, k)``; ``-1`` where a customer has fewer than ``k`` allowed actions.
        top_expected: Their posterior mean expected rewards, ``(n, k)`` (``-inf`` for ``-1``).
        top_proba: Their decision probabilities ``π(a | x)``, ``(n, k)`` (0 for ``-1``).
        action_ids: The policy's action ids in index order.
    """

    actions: np.ndarray
    propensities: np.ndarray
    explored: np.ndarray
    cold: np.ndarray
    top_actions: np.ndarray
    top_expected: np.ndarray
    top_proba: np.ndarray
    action_ids: tuple[str, ...]

    @property
    def chosen_ids(self) -> np.ndarray:
        """The chosen action's id per customer, ``(n,)`` (object array of str)."""
        return np.asarray(np.asarray(self.action_ids, dtype=object)[self.actions])


def sample_rows(p: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One index per row drawn from the row's probabilities."""
    u = rng.random(len(p))[:, None]
    c = np.cumsum(p, axis=1)
    idx = (c <= u * c[:, -1:]).sum(axis=1)
    return np.asarray(np.minimum(idx, p.shape[1] - 1))
