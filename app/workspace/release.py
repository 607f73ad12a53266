"""One decided customer through the release graph, as the CLI and the web both run it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nextbest.app.workspace.runtime import NextbestRuntime

RECURSION_LIMIT = 50
"""Steps a release run may take (write → check rounds, fallback, escalation)."""


def release_config(decision_id: str) -> dict[str, Any]:
    """The graph config of one decision's release: its thread is the decision id."""
    return {"configurable": {"thread_id": decision_id}, "recursion_limit": RECURSION_LIMIT}


def release_one(
    runtime: NextbestRuntime, customer: dict[str, Any], decision: dict[str, Any], app: Any
) -> dict[str, Any]:
    """Run the release graph for one decided customer (thread id = decision id).

    Args:
        runtime: The workspace (its release context is used).
        customer: The customer row.
        decision: The decision record (with ``send_time``).
        app: The compiled release graph (with the workspace checkpointer).

    Returns:
        The graph's output (an ``__interrupt__`` when it escalated).
    """
    return app.invoke(
        {"decision": decision, "customer": customer, "send_time": decision["send_time"]},
        config=release_config(decision["decision_id"]),
        context=runtime.context(),
    )


def outcome_key(out: dict[str, Any]) -> str:
    """How a release run ended, as counted: ``released``, ``escalated``, ``no message: …``."""
    if "__interrupt__" in out:
        return "escalated"
    if out["outcome"] == "no_message":
        return f"no message: {out['reason']}"
    return str(out["outcome"])


@dataclass
class ReleaseTally:
    """What releasing a list of decided customers one by one came to.

    Attributes:
        outcomes: Customers per outcome (:func:`outcome_key`; ``error: TYPE`` for a failed run).
        by_channel: Released messages per channel.
        released: Each released message with its decision, in order.
    """

    outcomes: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    released: list[dict[str, Any]] = field(default_factory=list)


def release_each(
    runtime: NextbestRuntime,
    customers: list[dict[str, Any]],
    decisions: list[dict[str, Any]],
    advance: Callable[[], None] = lambda: None,
) -> ReleaseTally:
    """Release every decided customer through the release graph, one at a time.

    A run that fails is counted under ``error: TYPE`` and nothing is released for it; the
    others go on.

    Args:
        runtime: The workspace.
        customers: The customer rows.
        decisions: Their decisions, in the same order.
        advance: Called after each customer (progress).
    """
    app = runtime.release_graph()
    tally = ReleaseTally()
    for customer, decision in zip(customers, decisions, strict=True):
        try:
            out = release_one(runtime, customer, decision, app)
        except Exception as exc:  # noqa: BLE001 — count it, keep going, nothing released
            tally.outcomes[f"error: {type(exc).__name__}"] += 1
            advance()
            continue
        tally.outcomes[outcome_key(out)] += 1
        if out.get("outcome") == "released":
            tally.by_channel[decision["channel"]] += 1
            tally.released.append({"decision": decision, "message": out["message"]})
        advance()
    return tally
