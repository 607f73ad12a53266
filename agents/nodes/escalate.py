"""escalate: hand the message to a human, who approves, edits or rejects it.

``interrupt()`` pauses the graph; the SQLite checkpointer keeps it, so any process can resume
it with ``Command(resume={"action": ..., "reviewer": ..., ...})``. Whatever the human decides,
the copy goes back through the check: a human can override the LLM judge's concerns by
approving, or fix the copy by editing, but cannot release copy the rules block.
"""

from __future__ import annotations

from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import BaseModel, ConfigDict, Field

from nextbest.agents.context import ReleaseContext
from nextbest.agents.release_record import ReleaseRecord
from nextbest.agents.state import Draft, ReleaseState, ReviewerData, decision_of


class ReviewAnswer(BaseModel):
    """What the human reviewer answers when resuming an escalation."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["approve", "edit", "reject"]
    reviewer: str = Field(min_length=1)
    note: str = ""
    subject: str | None = None
    body: str | None = None
    cta: str | None = None


def escalate(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Record the escalation, pause for a human, and apply their answer."""
    decision = decision_of(state)
    runtime.context.records.add(
        ReleaseRecord(
            record_id=f"{decision['decision_id']}-escalated-{len(state.get('history', []))}",
            decision_id=decision["decision_id"],
            run_id=state.get("run_id"),
            customer_id=decision.get("customer_id"),
            cell=(state.get("cell") or {}).get("key"),
            outcome="escalated",
            reason="blocked after revisions and the fallback template",
            action=decision["action_id"],
            verdict=dict(state["verdict"]),
            attempts=[dict(attempt) for attempt in state.get("history", [])],
        )
    )
    raw = interrupt(
        {
            "decision_id": decision["decision_id"],
            "action": decision["action_id"],
            "draft": state["draft"],
            "verdict": state["verdict"],
            "history": state.get("history", []),
            "answer_with": ReviewAnswer.model_json_schema(),
        }
    )
    answer = ReviewAnswer.model_validate(raw)
    reviewer = ReviewerData(name=answer.reviewer, action=answer.action, note=answer.note)
    if answer.action == "reject":
        return {"reviewer": reviewer, "stage": "human"}
    draft = dict(state["draft"])
    if answer.action == "edit":
        if answer.body is None:
            raise ValueError("an edit needs the new body")
        draft = Draft(
            subject=answer.subject,
            body=answer.body,
            cta=answer.cta,
            claim_ids=list(state["draft"].get("claim_ids", [])),
            links=list(state["draft"].get("links", [])),
            author=f"human:{answer.reviewer}",
        )
    return {"reviewer": reviewer, "stage": "human", "draft": draft}


def route_after_escalate(state: ReleaseState) -> str:
    """Rejected messages end; approved or edited ones are checked again."""
    reviewer = state.get("reviewer")
    return "reject" if reviewer is not None and reviewer["action"] == "reject" else "check"
