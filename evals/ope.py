"""Logs to measure off-policy estimators on (:mod:`nextbest.tools.off_policy`).

Data sources: the simulator (:func:`simulate_log`, where the true value of any policy is known)
and Open Bandit Dataset CSV files read with DuckDB (:func:`load_obd_csv`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np

from nextbest.evals.simulator import MarketingSimulator
from nextbest.tools.decisioning.policies import Policy, PolicySettings
from nextbest.tools.off_policy import BanditLog


# ------------------------------------------------------------------------ Open Bandit Dataset
@dataclass(frozen=True)
class ObdData:
    """An Open Bandit Dataset log plus what is needed to build target policies.

    Attributes:
        log: The logged feedback (reward = click; contexts = one-hot user features and position).
        item_ids: Item id of each action index.
    """

    log: BanditLog
    item_ids: np.ndarray = field(repr=False)


def load_obd_csv(path: Path | str, n_items: int | None = None) -> ObdData:
    """Read an Open Bandit Dataset ``all.csv`` with DuckDB.

    Args:
        path: The CSV (columns ``item_id``, ``position``, ``click``, ``propensity_score``,
            ``user_feature_*``).
        n_items: Number of items (default: largest ``item_id`` + 1).

    Returns:
        The log with actions = item ids, rewards = clicks, contexts = one-hot user features and
        position.

    Raises:
        ValueError: A required column is missing.
    """
    rel = duckdb.read_csv(str(path))  # the relational API: any path, quotes included
    columns = rel.columns
    need = {"item_id", "position", "click", "propensity_score"}
    missing = sorted(need - set(columns))
    if missing:
        raise ValueError(f"{path}: not an Open Bandit Dataset log; missing columns {missing}")
    users = [c for c in columns if c.startswith("user_feature_")]
    data = rel.select(*["item_id", "position", "click", "propensity_score", *users]).fetchnumpy()
    items = np.asarray(data["item_id"], dtype=np.int64)
    K = int(n_items if n_items is not None else items.max() + 1)
    positions = np.asarray(data["position"], dtype=np.int64)
    parts = [(positions[:, None] == np.unique(positions)[None, :]).astype(np.float64)]
    for name in users:
        col = np.asarray(data[name]).astype(str)
        parts.append((col[:, None] == np.unique(col)[None, :]).astype(np.float64))
    log = BanditLog(
        actions=items,
        rewards=np.asarray(data["click"], dtype=np.float64),
        propensities=np.asarray(data["propensity_score"], dtype=np.float64),
        n_actions=K,
        contexts=np.hstack(parts)[:, 1:],
        positions=positions,
        source=str(path),
    )
    return ObdData(log=log, item_ids=np.arange(K))


def position_policy(data: ObdData) -> dict[int, np.ndarray]:
    """The logging policy of an OBD log as an item distribution per position.

    OBD's logging policies (uniform random, Bernoulli TS) do not depend on the user, so the
    average logged propensity of each (position, item) estimates ``π₀(item | position)``;
    each row is normalised to sum to 1.
    """
    log = data.log
    assert log.positions is not None
    out = {}
    for pos in np.unique(log.positions):
        rows = log.positions == pos
        sums = np.bincount(
            log.actions[rows], weights=log.propensities[rows], minlength=log.n_actions
        )
        counts = np.bincount(log.actions[rows], minlength=log.n_actions)
        mean = np.divide(sums, counts, out=np.zeros(log.n_actions), where=counts > 0)
        out[int(pos)] = mean / mean.sum()
    return out


def obd_target(data: ObdData, kind: str, other: ObdData | None = None) -> np.ndarray:
    """A target policy over an OBD log.

    Args:
        data: The log to evaluate on.
        kind: ``uniform`` (every item equally), ``logged`` (this log's own policy: the logged
            propensity for the chosen item, the rest by the per-position average), ``other``
            (the policy that logged ``other``, e.g. BTS evaluated on the random log), or
            ``greedy`` (the item with the highest mean logged click rate per position).
        other: The other log, for ``kind="other"``.

    Returns:
        ``(n, K)`` action distribution.
    """
    log = data.log
    n, K = len(log), log.n_actions
    if kind == "uniform":
        return np.full((n, K), 1.0 / K)
    assert log.positions is not None
    if kind == "logged":
        # The logged propensity of the chosen item exactly (so IPS weights are 1); the other
        # items share the rest in proportion to the policy's average per position.
        by_pos = position_policy(data)
        base = np.stack([by_pos[int(p)] for p in log.positions])
        rows = np.arange(n)
        base[rows, log.actions] = 0.0
        total = base.sum(axis=1, keepdims=True)
        rest = np.divide(base, total, out=np.zeros_like(base), where=total > 0)
        out = rest * (1.0 - log.propensities)[:, None]
        out[rows, log.actions] = log.propensities
        return out
    if kind == "other":
        if other is None:
            raise ValueError("kind='other' needs the other log")
        by_pos = position_policy(other)
        return np.stack([by_pos[int(p)] for p in log.positions])
    if kind == "greedy":
        out = np.zeros((n, K))
        for pos in np.unique(log.positions):
            rows = log.positions == pos
            clicks = np.bincount(log.actions[rows], weights=log.rewards[rows], minlength=K)
            shown = np.bincount(log.actions[rows], minlength=K)
            rate = (clicks + 0.5) / (shown + 1.0)
            out[rows, int(rate.argmax())] = 1.0
        return out
    raise ValueError(f"unknown target {kind!r}; use uniform, logged, other or greedy")


# --------------------------------------------------------------------------------- simulator
@dataclass(frozen=True)
class SimulatedOPE:
    """A simulator log, a target policy on it, and the target's true value."""

    log: BanditLog
    target: np.ndarray
    true_value: float
    logged_value: float


def simulate_log(
    seed: int = 0,
    rounds: int = 20_000,
    batch: int = 1000,
    warmup: int = 5,
    logging_floor: float = 0.3,
    target_floor: float = 0.2,
) -> SimulatedOPE:
    """Log decisions on the simulator with one policy and build a *different* target policy.

    The logging policy is a LinTS policy (shared model) with a wide exploration floor, learning
    online. The target is a different policy: a per-action LinTS model fit once on separate
    warm-up batches of uniformly random actions, then frozen. Rewards are drawn; the true value
    of the target is computed from the simulator's expected rewards.

    Args:
        seed: Seed of the stream and of both policies.
        rounds: Logged decisions.
        batch: Batch size.
        warmup: Batches used to fit the target policy (not logged).
        logging_floor: Exploration floor of the logging policy (its support for the target).
        target_floor: Exploration floor of the target policy.

    Returns:
        The log, the target distribution, the true target value and the logged mean reward.
    """
    sim = MarketingSimulator(seed)
    names = sim.feature_spec().names
    target_policy = Policy.for_space(
        PolicySettings.linear(name="target", model="disjoint", exploration_floor=target_floor),
        sim.space,
        names,
    )
    for i in range(warmup):
        b = sim.batch(100_000 + i, batch)
        p = b.allowed / b.allowed.sum(axis=1, keepdims=True)
        a = (p.cumsum(1) <= np.random.default_rng([seed, i]).random(len(p))[:, None]).sum(1)
        target_policy.partial_fit(b.X, a, sim.reward(b, a))
    logger = Policy.for_space(
        PolicySettings.linear(name="logger", exploration_floor=logging_floor, seed=seed),
        sim.space,
        names,
    )
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("a", "r", "p", "x", "m", "t", "v")}
    for i in range(max(1, rounds // batch)):
        b = sim.batch(i, batch)
        d = logger.predict(b.X, b.allowed)
        r = sim.reward(b, d.actions)
        logger.partial_fit(b.X, d.actions, r, d.propensities)
        t = target_policy.predict_proba(b.X, b.allowed)
        parts["a"].append(d.actions)
        parts["r"].append(r)
        parts["p"].append(d.propensities)
        parts["x"].append(b.X)
        parts["m"].append(b.allowed)
        parts["t"].append(t)
        parts["v"].append((t * b.expected).sum(axis=1))
    log = BanditLog(
        actions=np.concatenate(parts["a"]),
        rewards=np.concatenate(parts["r"]),
        propensities=np.concatenate(parts["p"]),
        n_actions=len(sim.space),
        contexts=np.concatenate(parts["x"]),
        allowed=np.concatenate(parts["m"]),
        factors=sim.space.factors(),
        source=f"simulator seed {seed}",
    )
    return SimulatedOPE(
        log=log,
        target=np.concatenate(parts["t"]),
        true_value=float(np.concatenate(parts["v"]).mean()),
        logged_value=float(log.rewards.mean()),
    )
