"""Simulated outcome feedback: the events a run's decisions would have earned (``sample feedback``).

The ground truth is :mod:`nextbest.evals.sample_outcomes`; the events it draws are loaded with
``nextbest feedback`` like real ones, so run → feedback → run can be demonstrated end to end.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from nextbest.app.workspace.feedback_events import FeedbackEvent
from nextbest.app.workspace.feedback_store import FeedbackStore, parse_moment
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.evals.sample_outcomes import SampleOutcomeModel, customer_columns
from nextbest.tools.customers import CustomerSource


@dataclass(frozen=True)
class RunTruth:
    """What the ground-truth model knows about a run's decisions.

    Attributes:
        decisions: The run's logged decisions, in decision order.
        sent: Whether each decision's message was released (no-message decisions: False).
        probabilities: True outcome probabilities of what each customer received.
        model: The ground-truth model.
    """

    decisions: list[dict[str, Any]]
    sent: np.ndarray
    probabilities: Any
    model: Any

    def expected_conversion_lift(self) -> float:
        """Mean over treated decisions of P(convert | what was sent) − P(convert | nothing)."""
        treated = ~np.array([bool(d.get("holdout")) for d in self.decisions])
        p = self.probabilities
        return float((p.conversion - p.organic)[treated].mean())


def run_truth(runtime: NextbestRuntime, run_id: str, customers: str | None = None) -> RunTruth:
    """The ground-truth probabilities (:mod:`nextbest.evals.sample_outcomes`) of a run's decisions.

    Args:
        runtime: The workspace runtime.
        run_id: The run.
        customers: The customer table (default: the run's own source).

    Raises:
        KeyError: The run has no decisions, or a decided customer is missing from the table.
    """
    store = FeedbackStore(runtime)
    try:
        decisions = store.decisions(run_id)
        if not decisions:
            raise KeyError(f"no decisions logged for run {run_id!r}")
        released = store.released([d["decision_id"] for d in decisions])
        recorded = store.run_source(run_id) or {}
    finally:
        store.close()
    source = customers or recorded.get("location")
    query = None if customers else recorded.get("query")
    if not source:
        raise KeyError(f"run {run_id!r} has no recorded customer table; pass --customers")
    wanted = {d["customer_id"] for d in decisions}
    rows: dict[str, dict[str, Any]] = {}
    for batch in CustomerSource(str(source), query).read(10_000):
        for row in batch:
            cid = str(row.get("customer_id") or "").strip()
            if cid in wanted and cid not in rows:
                rows[cid] = row
    missing = wanted - set(rows)
    if missing:
        raise KeyError(f"{len(missing)} decided customers are not in {source}")
    columns = customer_columns([rows[d["customer_id"]] for d in decisions])
    sent = np.array([d["decision_id"] in released for d in decisions], dtype=bool)
    model = SampleOutcomeModel(runtime.store.pack())
    probs = model.probabilities(
        columns,
        [d.get("offer_id") if s else None for d, s in zip(decisions, sent, strict=True)],
        [d.get("channel") if s else None for d, s in zip(decisions, sent, strict=True)],
        [d.get("window") if s else None for d, s in zip(decisions, sent, strict=True)],
    )
    return RunTruth(decisions, sent, probs, model)


def simulate_feedback(
    runtime: NextbestRuntime,
    run_id: str,
    seed: int = 0,
    customers: str | None = None,
) -> tuple[list[FeedbackEvent], dict[str, float]]:
    """Simulate the outcome events of every decision of a run from the ground-truth model.

    Released messages get a ``delivered`` event and maybe open, click, conversion, unsubscribe
    and complaint; customers sent nothing (holdout, ``no message``, masked, blocked) can still
    convert organically. Event ids are ``<decision id>:<event>`` (one event of each type per
    decision), so loading a regenerated file again only finds duplicates.

    Args:
        runtime: The workspace runtime.
        run_id: The run.
        seed: Seed of the outcome draws.
        customers: The customer table (default: the run's own source).

    Returns:
        The events and the ground truth: expected and realised mean reward and conversion,
        and the expected conversion lift of the treated over sending nothing.

    Raises:
        KeyError: The run has no decisions, or a decided customer is missing from the table.
    """
    truth_of_run = run_truth(runtime, run_id, customers)
    decisions, sent = truth_of_run.decisions, truth_of_run.sent
    probs, model = truth_of_run.probabilities, truth_of_run.model
    salt = int(hashlib.sha1(run_id.encode()).hexdigest()[:8], 16)
    rng = np.random.default_rng([seed, salt])
    drawn = model.draw(probs, rng)
    delays = rng.exponential(30.0, size=(len(decisions), 4))  # hours after the send
    events: list[FeedbackEvent] = []
    for i, d in enumerate(decisions):
        start = (
            parse_moment(d.get("send_time"))
            or parse_moment(str(d["decided_at"]))
            or datetime.now(UTC)
        )

        def at(hours: float, start: datetime = start) -> str:
            return (start + timedelta(hours=min(hours, 24 * 6.5))).isoformat()

        def add(kind: str, when: str, value: float | None = None, i: int = i) -> None:
            did = decisions[i]["decision_id"]
            events.append(
                FeedbackEvent(
                    decision_id=did, event=kind, value=value, time=when, event_id=f"{did}:{kind}"
                )
            )

        if sent[i]:
            add("delivered", at(0.0))
            if drawn["opened"][i]:
                add("open", at(delays[i, 0] / 10))
            if drawn["clicked"][i]:
                add("click", at(delays[i, 0] / 10 + 0.1))
            if drawn["unsubscribed"][i]:
                add("unsubscribe", at(delays[i, 1] / 5))
            if drawn["complained"][i]:
                add("complaint", at(delays[i, 2] / 5))
        if drawn["converted"][i]:
            add("conversion", at(delays[i, 3]), float(drawn["order_value"][i]))
    w = model.weights
    reward = (  # the value model's formula on the drawn outcomes
        w.conversion_weight * np.nan_to_num(drawn["order_value"]) * probs.margin
        - probs.send_cost
        - w.unsubscribe_weight * drawn["unsubscribed"] * w.unsubscribe_penalty
        - w.complaint_weight * drawn["complained"] * w.complaint_penalty
    )
    truth = {
        "decisions": float(len(decisions)),
        "expected_reward": float(probs.expected_reward(model.weights).mean()),
        "realised_reward": float(reward.mean()),
        "expected_conversion": float(probs.conversion.mean()),
        "realised_conversion": float(drawn["converted"].mean()),
        "expected_conversion_lift": truth_of_run.expected_conversion_lift(),
    }
    return events, truth
