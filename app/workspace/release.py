"""One decided customer through the release graph, as the CLI and the web both run it."""

from __future__ import annotations

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
