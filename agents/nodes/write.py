"""write and fallback: draft (or revise) the copy; a writer failure takes the fallback path."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from nextbest.agents.brief import WritingBrief
from nextbest.agents.context import ReleaseContext
from nextbest.agents.state import Draft, ReleaseState
from nextbest.agents.writer import DraftCopy, Writer, WriterError


def _draft(writer: Writer, copy: DraftCopy, brief: WritingBrief) -> Draft:
    links = [brief.landing_url] if copy.cta else []
    return Draft(
        subject=copy.subject,
        body=copy.body,
        cta=copy.cta,
        claim_ids=list(copy.claim_ids),
        links=links,
        author=writer.name,
    )


def write(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Write a first draft, or revise the blocked one with the guardrail's instructions."""
    writer = runtime.context.writer
    brief = WritingBrief.model_validate(state["brief"])
    attempts = state.get("attempts", 0)
    revising = attempts > 0
    previous = state.get("draft") if revising else None
    try:
        copy = writer.write(
            brief,
            revision=state.get("revision_prompt") if revising else None,
            previous=DraftCopy.model_validate(
                {k: previous.get(k) for k in ("subject", "body", "cta", "claim_ids")}
            )
            if previous
            else None,
        )
    except WriterError as exc:
        return {"attempts": attempts + 1, "writer_error": str(exc)}
    return {"attempts": attempts + 1, "writer_error": None, "draft": _draft(writer, copy, brief)}


def route_after_write(state: ReleaseState) -> str:
    """A failed writer goes straight to the fallback template; a draft goes to the check."""
    return "fallback" if state.get("writer_error") else "check"


def fallback(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Use the pre-approved fallback template copy (it is checked like any draft)."""
    writer = runtime.context.fallback
    brief = WritingBrief.model_validate(state["brief"])
    copy = writer.write(brief)
    return {"stage": "fallback", "draft": _draft(writer, copy, brief)}
