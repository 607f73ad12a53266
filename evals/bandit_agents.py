"""The agents the bandit benchmark drives: nextbest policies, MABWiser and Vowpal Wabbit.

Each agent decides for a batch of simulated customers (never a masked action) and learns from
the batch's rewards, so every library sees the same stream.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from nextbest.evals.simulator import MarketingSimulator, SimBatch
from nextbest.tools.decisioning.policies import Policy, PolicySettings


class Agent(Protocol):
    """What the benchmark drives."""

    def decide(self, batch: SimBatch) -> np.ndarray:
        """Chosen action per customer."""

    def learn(self, batch: SimBatch, actions: np.ndarray, rewards: np.ndarray) -> None:
        """Update from the batch's outcomes."""


class NextbestAgent:
    """A nextbest :class:`Policy` on the simulator."""

    def __init__(self, sim: MarketingSimulator, settings: PolicySettings) -> None:
        self.policy = Policy.for_space(settings, sim.space, sim.feature_spec().names)
        self._props: np.ndarray | None = None

    def decide(self, batch: SimBatch) -> np.ndarray:
        """Predict with the mask; keep the propensities for the update."""
        d = self.policy.predict(batch.X, batch.allowed)
        self._props = d.propensities
        return d.actions

    def learn(self, batch: SimBatch, actions: np.ndarray, rewards: np.ndarray) -> None:
        """``partial_fit`` on the batch."""
        self.policy.partial_fit(batch.X, actions, rewards, self._props)


class MabwiserAgent:
    """MABWiser LinTS / LinUCB, masked by taking the best allowed expectation."""

    def __init__(self, sim: MarketingSimulator, kind: str, alpha: float, seed: int) -> None:
        from mabwiser.mab import MAB, LearningPolicy

        lp = LearningPolicy.LinTS(alpha=alpha) if kind == "lints" else LearningPolicy.LinUCB(alpha)
        self.arms = list(range(len(sim.space)))
        self.mab = MAB(self.arms, lp, seed=seed)
        self.rng = np.random.default_rng(seed)
        self.fitted = False

    def decide(self, batch: SimBatch) -> np.ndarray:
        """Best allowed arm by MABWiser's expectations (uniform before the first fit)."""
        if not self.fitted:  # MABWiser cannot predict before its first fit: start uniformly
            p = batch.allowed / batch.allowed.sum(axis=1, keepdims=True)
            return (p.cumsum(1) <= self.rng.random(len(p))[:, None]).sum(1)
        expectations = self.mab.predict_expectations(batch.X)
        if isinstance(expectations, dict):  # MABWiser returns a bare dict for a single row
            expectations = [expectations]
        scores = np.array([[e[a] for a in self.arms] for e in expectations])
        return np.where(batch.allowed, scores, -np.inf).argmax(axis=1)

    def learn(self, batch: SimBatch, actions: np.ndarray, rewards: np.ndarray) -> None:
        """``fit`` the first time, ``partial_fit`` afterwards."""
        if self.fitted:
            self.mab.partial_fit(actions, rewards, batch.X)
        else:
            self.mab.fit(actions, rewards, batch.X)
            self.fitted = True


class VowpalAgent:
    """Vowpal Wabbit ``--cb_explore_adf --squarecb`` with shared ⊗ action interactions."""

    def __init__(self, sim: MarketingSimulator, seed: int) -> None:
        import vowpalwabbit

        self.vw = vowpalwabbit.Workspace(
            f"--cb_explore_adf --squarecb -q sa --quiet --random_seed {seed}"
        )
        self.names = sim.feature_spec().names
        self.action_text = [
            f"|a act={a.id} offer={a.offer_id} ch={a.channel} win={a.window}"
            for a in sim.space.actions
        ]
        self.rng = np.random.default_rng(seed)
        self._examples: list[tuple[str, np.ndarray, np.ndarray]] = []

    def _shared(self, x: np.ndarray) -> str:
        return "shared |s " + " ".join(f"f{j}:{v:.4f}" for j, v in enumerate(x) if v != 0.0)

    def decide(self, batch: SimBatch) -> np.ndarray:
        """Sample from VW's pmf over the allowed actions, one example at a time."""
        out = np.empty(len(batch), dtype=np.int64)
        self._examples = []
        u = self.rng.random(len(batch))
        for i in range(len(batch)):
            allowed = np.flatnonzero(batch.allowed[i])
            shared = self._shared(batch.X[i])
            pmf = np.asarray(self.vw.predict([shared] + [self.action_text[a] for a in allowed]))
            k = min(int((np.cumsum(pmf) <= u[i] * pmf.sum()).sum()), len(allowed) - 1)
            out[i] = allowed[k]
            self._examples.append((shared, allowed, pmf))
        return out

    def learn(self, batch: SimBatch, actions: np.ndarray, rewards: np.ndarray) -> None:
        """Learn each example with cost = −reward and the logged probability."""
        for (shared, allowed, pmf), action, reward in zip(
            self._examples, actions, rewards, strict=True
        ):
            k = int(np.flatnonzero(allowed == action)[0])
            lines = [shared]
            for j, a in enumerate(allowed):
                label = f"0:{-reward:.5f}:{max(pmf[k], 1e-6):.6f} " if j == k else ""
                lines.append(label + self.action_text[a])
            self.vw.learn(lines)
