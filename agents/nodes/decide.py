"""decide: the decision for this message — given by a batch run, or scored here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from langgraph.runtime import Runtime

from nextbest.agents.context import ReleaseContext
from nextbest.agents.state import ReleaseState, decision_of

NO_MESSAGE = "no_message"


def decide(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Use the decision in the input, or ask the context's decider for one customer.

    Raises:
        ValueError: When neither a decision nor a customer and a decider are available.
    """
    if state.get("decision"):
        return {}
    customer, decider = state.get("customer"), runtime.context.decider
    if not customer or decider is None:
        raise ValueError("the release graph needs a decision, or a customer and a decider")
    return {"decision": decider(dict(customer), datetime.fromisoformat(state["send_time"]))}


def route_after_decide(state: ReleaseState) -> str:
    """``no_message`` ends the run with a record; anything else goes on to retrieval."""
    return "no_message" if decision_of(state)["action_id"] == NO_MESSAGE else "retrieve"
