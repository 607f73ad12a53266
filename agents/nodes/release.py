"""release, reject and no_message: the three ends of the graph, each leaving a record.

``release`` is reached only from ``check`` with a passing verdict, and it re-verifies that the
message it is about to send is byte for byte the one that verdict judged. The record and the
outbox keep the message without the recipient's addresses and full name (see
:func:`~nextbest.agents.nodes.verify.stored_message`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langgraph.runtime import Runtime

from nextbest.agents.context import ReleaseContext
from nextbest.agents.nodes.verify import PASSING, message_hash, stored_message
from nextbest.agents.release_record import RecordOutcome, ReleaseRecord
from nextbest.agents.state import ReleaseState, decision_of


class UncheckedReleaseError(RuntimeError):
    """Something tried to release a message without a passing verdict for that exact text."""


def _stored(message: dict[str, Any] | None) -> dict[str, Any] | None:
    return stored_message(message) if message is not None else None


def _record(state: ReleaseState, outcome: RecordOutcome, reason: str) -> ReleaseRecord:
    decision = decision_of(state)
    brief = state.get("brief")
    verdict, reviewer = state.get("verdict"), state.get("reviewer")
    draft = state.get("draft") or {}
    history = state.get("history", [])
    return ReleaseRecord(
        record_id=f"{decision['decision_id']}-{outcome}",
        decision_id=decision["decision_id"],
        run_id=state.get("run_id"),
        customer_id=decision.get("customer_id"),
        cell=(state.get("cell") or {}).get("key"),
        outcome=outcome,
        reason=reason,
        action=decision["action_id"],
        propensity=decision.get("propensity"),
        policy_name=decision.get("policy_name"),
        policy_version=str(decision.get("policy_version", "")) or None,
        pack_version=brief.get("pack_version") if brief else None,
        pack_hash=brief.get("pack_hash") if brief else None,
        send_date=brief["send_date"] if brief else None,
        channel=decision.get("channel"),
        offer_id=decision.get("offer_id"),
        claims_cited=list(draft.get("claim_ids", [])) if outcome == "released" else [],
        message=_stored(state.get("message")) if outcome == "released" else None,
        verdict=dict(verdict) if verdict is not None else None,
        author=draft.get("author"),
        prompt_hash=None,
        attempts=[dict(attempt) for attempt in history],
        approver=dict(reviewer) if reviewer is not None else None,
        decided_at=str(decision.get("decided_at")) if decision.get("decided_at") else None,
    )


def release(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """Release the checked message: record it and, for one customer, put it in the outbox.

    Raises:
        UncheckedReleaseError: If the verdict is not passing or the message differs from the
            one it judged (cannot happen through the graph's edges; checked anyway).
    """
    verdict, message = state.get("verdict"), state.get("message")
    if verdict is None or verdict["decision"] not in PASSING or message is None:
        raise UncheckedReleaseError("release without a passing verdict")
    if message_hash(message) != state.get("checked_hash"):
        raise UncheckedReleaseError("the message differs from the one the guardrail passed")
    context = runtime.context
    writer = {context.writer.name: context.writer, context.fallback.name: context.fallback}
    author = (state.get("draft") or {}).get("author", "")
    record = _record(state, "released", f"guardrail {verdict['decision']}")
    if author in writer:
        record = record.model_copy(
            update={
                "prompt_hash": writer[author].prompt_hash,
                "llm_mode": getattr(writer[author], "mode", None),
            }
        )
    context.records.add(record)
    decision = decision_of(state)
    if state.get("customer") and context.outbox is not None:
        context.outbox.append(
            {
                "message_id": record.record_id,
                "decision_id": decision["decision_id"],
                "customer_id": decision.get("customer_id"),
                "run_id": state.get("run_id"),
                **stored_message(message),
                "pack_hash": record.pack_hash,
            }
        )
    return {"outcome": "released", "reason": record.reason, "record_id": record.record_id}


def reject(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """A human rejected the message: record it, send nothing."""
    reviewer = state.get("reviewer")
    name, note = (reviewer["name"], reviewer["note"]) if reviewer is not None else ("?", "")
    reason = f"rejected by {name}: {note}".strip(": ")
    record = runtime.context.records.add(_record(state, "rejected", reason))
    return {"outcome": "rejected", "reason": reason, "record_id": record.record_id, "message": None}


def no_message_reason(decision: Mapping[str, Any]) -> str:
    """Why a decision sends nothing: ``holdout``, ``masked`` (nothing allowed) or ``chosen``."""
    if decision.get("holdout"):
        return "holdout"
    if decision.get("mask_reasons") and len(decision.get("top_actions", [])) <= 1:
        return "masked"
    return "chosen"


def no_message(state: ReleaseState, runtime: Runtime[ReleaseContext]) -> dict[str, Any]:
    """The decision was to send nothing (chosen, holdout, or every action masked)."""
    reason = no_message_reason(decision_of(state))
    record = runtime.context.records.add(_record(state, "no_message", reason))
    return {
        "outcome": "no_message",
        "reason": reason,
        "record_id": record.record_id,
        "message": None,
    }
