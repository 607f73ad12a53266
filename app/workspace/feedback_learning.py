"""Learning from outcomes: once per decision, when its attribution window has closed.

A decision is learned from **once**, when its attribution window has closed — its run was closed
with ``--close-run`` or ``attribution_days`` have passed since it was decided — and then *every*
decision of the run counts, including those with no event at all (they earned nothing and cost
the send). Messages that were decided but never sent (blocked at the re-check, escalated,
rejected cell) are not learned from: their outcome says nothing about the chosen action. Learned
decision ids are kept in ``feedback_learned``, so loading the same feedback again never counts a
decision twice. Each learning pass saves the policy as a new version in the workspace
:class:`~nextbest.tools.decisioning.policies.persistence.PolicyStore`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from nextbest.app.workspace.feedback_events import read_events
from nextbest.app.workspace.feedback_store import (
    DecisionOutcome,
    FeedbackStore,
    FeedbackSummary,
    LearnSummary,
)
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.tools.decisioning import DecisionRecord, Outcomes

DEFAULT_ATTRIBUTION_DAYS = 7.0
"""Days after a decision during which its outcomes are attributed to it."""

_DECISION_FIELDS = set(DecisionRecord.model_fields)


def outcomes_array(results: Sequence[DecisionOutcome]) -> Outcomes:
    """The value framework's :class:`Outcomes` for attributed outcomes."""
    return Outcomes(
        converted=np.array([r.converted for r in results], dtype=bool),
        unsubscribed=np.array([r.unsubscribed for r in results], dtype=bool),
        complained=np.array([r.complained for r in results], dtype=bool),
        order_value=np.array([r.order_value for r in results], dtype=np.float64),
    )


def decision_record(body: dict[str, Any]) -> DecisionRecord:
    """The :class:`DecisionRecord` of a logged decision (log-only fields dropped)."""
    return DecisionRecord.model_validate({k: v for k, v in body.items() if k in _DECISION_FIELDS})


def learn_closed(
    runtime: NextbestRuntime,
    store: FeedbackStore,
    now: datetime,
    close_runs: Sequence[str] = (),
    attribution_days: float = DEFAULT_ATTRIBUTION_DAYS,
) -> LearnSummary:
    """Learn from every not-yet-learned decision of closed runs, then save a policy version.

    Args:
        runtime: The workspace runtime (policy store, brand store).
        store: The feedback store.
        now: The current time (attribution windows close relative to it; the pack in force
            at ``now`` defines the action space).
        close_runs: Runs to close now, whatever their age.
        attribution_days: Attribution window.

    Returns:
        What was learned.
    """
    summary = LearnSummary()
    runs = sorted(set(close_runs) | set(store.closed_runs(now, attribution_days)))
    todo = [(run, store.unlearned(run)) for run in runs]
    todo = [(run, decisions) for run, decisions in todo if decisions]
    if not todo:
        return summary
    engine = runtime.engine(now)
    space = set(engine.space.ids)
    bodies, marks = [], []
    for run, decisions in todo:
        summary.runs_closed.append(run)
        results = store.outcomes(decisions, attribution_days)
        for body, result in zip(decisions, results, strict=True):
            if body["action_id"] not in space:
                summary.retired_actions += 1
                marks.append((body["decision_id"], run, "action retired", None, None))
            elif body["action_id"] != "no_message" and not result.delivered:
                summary.not_sent += 1
                marks.append((body["decision_id"], run, "not sent", None, None))
            else:
                bodies.append((run, body, result))
    version = None
    if bodies:
        records = [decision_record(body) for _, body, _ in bodies]
        rewards = engine.learn(records, outcomes_array([r for _, _, r in bodies]))
        version = runtime.policies.save(engine.policy)  # type: ignore[arg-type]
        summary.learned = len(bodies)
        summary.mean_reward = float(np.mean(rewards))
        marks.extend(
            (body["decision_id"], run, "learned", float(reward), version)
            for (run, body, _), reward in zip(bodies, rewards, strict=True)
        )
    store.mark(marks)
    summary.policy_version = version
    return summary


def load_feedback(
    runtime: NextbestRuntime,
    path: Path,
    now: datetime,
    close_runs: Sequence[str] = (),
    attribution_days: float = DEFAULT_ATTRIBUTION_DAYS,
    learn: bool = True,
) -> FeedbackSummary:
    """Store an events file and learn from every decision whose window has closed.

    Raises:
        FeedbackError: The file cannot be read.
    """
    events, invalid = read_events(path)
    summary = FeedbackSummary(file=str(path), rows=len(events) + len(invalid), invalid=invalid)
    store = FeedbackStore(runtime)
    try:
        store.add(events, path.name, summary)
        if learn:
            summary.learn = learn_closed(runtime, store, now, close_runs, attribution_days)
    finally:
        store.close()
    return summary
