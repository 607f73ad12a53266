"""write and fallback: draft (or revise) the copy; a writer failure takes the fallback path.

A revision that fails again on a rule that already blocked an earlier draft does not loop: the
creative element the rule pointed at (headline, or body and its claims) is dropped and the
message is framed again without it, so the frame's approved defaults stand in.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from nextbest.agents.brief import WritingBrief
from nextbest.agents.context import ReleaseContext
from nextbest.agents.frame import CreativeCopy, framed, without
from nextbest.agents.state import Draft, ReleaseState
from nextbest.agents.writer import DraftCopy, Writer, WriterError


def _draft(writer: Writer, copy: DraftCopy, brief: WritingBrief, dropped: list[str]) -> Draft:
    links = [brief.landing_url] if copy.cta else []
    return Draft(
        subject=copy.subject,
        body=copy.body,
        cta=copy.cta,
        claim_ids=list(copy.claim_ids),
        links=links,
        author=writer.name,
        creative=copy.creative.model_dump() if copy.creative else None,
        dropped=dropped,
    )


def repeated_faults(state: ReleaseState) -> set[str]:
    """Fields at fault for blocking rules that fired on the last draft and on an earlier one.

    Args:
        state: The graph state after a blocked check.

    Returns:
        Field names (``subject``, ``body``, …; ``body`` when a violation names none).
    """
    history = state.get("history", [])
    if len(history) < 2:
        return set()
    earlier = {rule for attempt in history[:-1] for rule in attempt["fired_rules"]}
    repeated = set(history[-1]["fired_rules"]) & earlier
    verdict = state.get("verdict")
    violations = verdict.get("violations", []) if verdict is not None else []
    return {
        v.get("field") or "body"
        for v in violations
        if v["rule_id"] in repeated and v.get("severity") == "block"
    }


def write(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Write a first draft, or revise the blocked one with the guardrail's instructions."""
    writer = runtime.context.writer
    brief = WritingBrief.model_validate(state["brief"])
    attempts = state.get("attempts", 0)
    revising = attempts > 0
    previous = state.get("draft") if revising else None
    faults = repeated_faults(state) if revising else set()
    if previous and previous.get("creative") and faults:
        creative = without(CreativeCopy.model_validate(previous["creative"]), faults)
        dropped = sorted({*previous.get("dropped", []), *faults})
        copy = framed(brief, creative)
        return {
            "attempts": attempts + 1,
            "writer_error": None,
            "draft": _draft(writer, copy, brief, dropped),
        }
    try:
        copy = writer.write(
            brief,
            revision=state.get("revision_prompt") if revising else None,
            previous=DraftCopy.model_validate(
                {k: previous.get(k) for k in ("subject", "body", "cta", "claim_ids", "creative")}
            )
            if previous
            else None,
        )
    except WriterError as exc:
        return {"attempts": attempts + 1, "writer_error": str(exc)}
    return {
        "attempts": attempts + 1,
        "writer_error": None,
        "draft": _draft(writer, copy, brief, []),
    }


def route_after_write(state: ReleaseState) -> str:
    """A failed writer goes straight to the fallback template; a draft goes to the check."""
    return "fallback" if state.get("writer_error") else "check"


def fallback(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Use the pre-approved fallback template copy (it is checked like any draft)."""
    writer = runtime.context.fallback
    brief = WritingBrief.model_validate(state["brief"])
    copy = writer.write(brief)
    return {"stage": "fallback", "draft": _draft(writer, copy, brief, [])}
