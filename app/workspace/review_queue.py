"""The review queue: escalated messages waiting for a human, and the human's answer.

An escalation is a release graph paused by ``interrupt()`` in
:mod:`nextbest.agents.nodes.escalate`; its
checkpoint lives in the workspace's SQLite checkpointer, so any process (the ``nextbest review``
command, the web workspace) can list it and resume it with ``Command(resume=...)``. Whatever the
reviewer answers goes back through the guardrail: an approval overrides only the LLM judge's
concerns, an edit is checked again, and copy the rules block is never released — it escalates
again instead. Every answer is written to the audit log with the reviewer who gave it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from langgraph.types import Command
from pydantic import ValidationError

from nextbest.agents.nodes.escalate import ReviewAnswer
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.release import release_config
from nextbest.app.workspace.runtime import NextbestRuntime

_RESUME_LOCK = threading.Lock()
"""Serialises answers in one process; the ``review_claims`` table guards across processes: one
row per answered pause (primary key decision + checkpoint), so a second answer to the same
checkpoint (another process or server, a double click) is refused instead of resuming the graph
twice."""
COPY_FIELDS = ("subject", "body", "cta")
"""The message fields a reviewer reads and a violation span can point into."""

_PENDING_SQL = """
SELECT r.decision_id, MAX(r.created_at) AS escalated_at, MAX(r.run_id) AS run_id,
       MAX(r.customer_id) AS customer_id, MAX(r.cell) AS cell
FROM release_records AS r
WHERE r.outcome = 'escalated' AND r.decision_id IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM release_records AS done
      WHERE done.decision_id = r.decision_id AND done.outcome IN ('released', 'rejected'))
GROUP BY r.decision_id
ORDER BY escalated_at, r.decision_id
"""


class ReviewError(Exception):
    """A review answer that cannot be applied (nothing pending, or an invalid answer)."""


@dataclass(frozen=True)
class Segment:
    """A piece of a copy field, flagged when violations point into it.

    Attributes:
        text: The characters of this piece, as written.
        violations: Indexes (into the verdict's violations) of those whose span covers it.
    """

    text: str
    violations: tuple[int, ...] = ()

    @property
    def flagged(self) -> bool:
        """Whether any violation points into this piece."""
        return bool(self.violations)


def highlight(text: str | None, violations: list[dict[str, Any]], field_name: str) -> list[Segment]:
    """Split one copy field into plain and flagged pieces by the violations' spans.

    Overlapping spans are split at every boundary, so each piece lists every violation that
    covers it. Spans outside the text are clipped; violations of other fields are ignored.

    Args:
        text: The field's text (None or empty gives no segments).
        violations: The verdict's violations as plain data (``field``, ``span``).
        field_name: The field, e.g. ``body``.

    Returns:
        Segments that concatenate back to ``text``.
    """
    if not text:
        return []
    spans: list[tuple[int, int, int]] = []
    for index, violation in enumerate(violations):
        span = violation.get("span")
        if violation.get("field") != field_name or not span:
            continue
        start, end = max(0, int(span[0])), min(len(text), int(span[1]))
        if start < end:
            spans.append((start, end, index))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = tuple(i for s, e, i in spans if s <= start and end <= e)
        piece = text[start:end]
        if segments and segments[-1].violations == covering:
            segments[-1] = Segment(segments[-1].text + piece, covering)
        else:
            segments.append(Segment(piece, covering))
    return segments


@dataclass(frozen=True)
class Escalation:
    """One message waiting for a human reviewer.

    Attributes:
        decision_id: The paused graph's thread id (a decision id, or ``RUN:CELL`` for a batch
            run's cell).
        action: The decided action id.
        escalated_at: When it (last) escalated.
        run_id: The batch run, if any.
        customer_id: The recipient (None for a batch cell).
        cell: The cell key for batch runs.
        draft: The blocked draft (subject, body, cta, author, claim ids).
        message: The message as checked (slots filled); the verdict's spans point into it.
        verdict: The last verdict: decision, violations, rules evaluated.
        history: Every write → check attempt so far.
    """

    decision_id: str
    action: str
    escalated_at: str
    run_id: str | None
    customer_id: str | None
    cell: str | None
    draft: dict[str, Any]
    message: dict[str, Any]
    verdict: dict[str, Any]
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def violations(self) -> list[dict[str, Any]]:
        """The last verdict's violations."""
        return list(self.verdict.get("violations", []))

    @property
    def judge_only(self) -> bool:
        """Whether only LLM-judge concerns block it (so an approval can release it)."""
        blocking = [v for v in self.violations if v.get("severity") == "block"]
        return bool(blocking) and all(v.get("origin") == "judge" for v in blocking)

    def segments(self, field_name: str) -> list[Segment]:
        """The checked text of a copy field with its violation spans marked."""
        return highlight(self.message.get(field_name), self.violations, field_name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation, with the highlighted segments of each copy field."""
        return {
            "decision_id": self.decision_id,
            "action": self.action,
            "escalated_at": self.escalated_at,
            "run_id": self.run_id,
            "customer_id": self.customer_id,
            "cell": self.cell,
            "draft": self.draft,
            "message": self.message,
            "verdict": self.verdict,
            "history": self.history,
            "judge_only": self.judge_only,
            "highlights": {
                name: [
                    {"text": s.text, "violations": list(s.violations)} for s in self.segments(name)
                ]
                for name in COPY_FIELDS
                if self.message.get(name)
            },
        }


@dataclass(frozen=True)
class ReviewResult:
    """What happened after a reviewer answered.

    Attributes:
        decision_id: The escalation answered.
        action: approve, edit or reject.
        outcome: ``released``, ``rejected``, or ``escalated`` when the copy was blocked again.
        reason: Why, in one line.
        record_id: The release record written (None when escalated again).
        escalation: The new escalation when the copy was blocked again.
    """

    decision_id: str
    action: str
    outcome: str
    reason: str
    record_id: str | None = None
    escalation: Escalation | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "decision_id": self.decision_id,
            "action": self.action,
            "outcome": self.outcome,
            "reason": self.reason,
            "record_id": self.record_id,
            "escalation": self.escalation.to_dict() if self.escalation else None,
        }


class ReviewQueue:
    """Escalations of one workspace: list them, read one, answer one.

    Args:
        runtime: The workspace runtime (its checkpointer holds the paused graphs).
        context_overrides: Release-context overrides used when resuming (tests pass fakes).
    """

    def __init__(self, runtime: NextbestRuntime, **context_overrides: Any) -> None:
        self.runtime = runtime
        self._overrides = context_overrides
        self._app: Any = None

    @property
    def app(self) -> Any:
        """The release graph compiled with the workspace checkpointer (built once)."""
        if self._app is None:
            self._app = self.runtime.release_graph()
        return self._app

    def close(self) -> None:
        """Close the checkpointer connection this queue opened (the runtime stays open)."""
        if self._app is not None:
            self._app.checkpointer.conn.close()
            self._app = None

    def _from_state(self, decision_id: str, row: dict[str, Any]) -> Escalation | None:
        state = self.app.get_state(release_config(decision_id))
        if not state.interrupts:
            return None
        payload = state.interrupts[0].value or {}
        values = state.values or {}
        draft = dict(payload.get("draft") or values.get("draft") or {})
        message = dict(values.get("message") or {k: draft.get(k) for k in COPY_FIELDS})
        return Escalation(
            decision_id=decision_id,
            action=str(payload.get("action") or (values.get("decision") or {}).get("action_id")),
            escalated_at=row.get("escalated_at") or "",
            run_id=row.get("run_id") or values.get("run_id"),
            customer_id=row.get("customer_id"),
            cell=row.get("cell"),
            draft=draft,
            message=message,
            verdict=dict(payload.get("verdict") or values.get("verdict") or {}),
            history=list(payload.get("history") or values.get("history") or []),
        )

    def pending(self, limit: int | None = None) -> list[Escalation]:
        """Escalations still waiting for an answer, oldest first.

        Args:
            limit: At most this many (all when None).
        """
        conn = self.runtime.workspace.connect()  # the runtime's ReleaseLog made the table
        try:
            rows = [dict(r) for r in conn.execute(_PENDING_SQL)]
        finally:
            conn.close()
        out: list[Escalation] = []
        for row in rows:
            escalation = self._from_state(row["decision_id"], row)
            if escalation is not None:
                out.append(escalation)
            if limit is not None and len(out) >= limit:
                break
        return out

    def get(self, decision_id: str) -> Escalation:
        """One pending escalation.

        Raises:
            ReviewError: If ``decision_id`` is not awaiting review.
        """
        records = [
            r for r in self.runtime.records.for_decision(decision_id) if r.outcome == "escalated"
        ]
        row: dict[str, Any] = {}
        if records:
            last = records[-1]
            row = {
                "escalated_at": last.created_at,
                "run_id": last.run_id,
                "customer_id": last.customer_id,
                "cell": last.cell,
            }
        escalation = self._from_state(decision_id, row) if records else None
        if escalation is None:
            raise ReviewError(f"decision {decision_id} is not awaiting review")
        return escalation

    def _claim(self, decision_id: str, checkpoint: str, actor: str) -> bool:
        """Claim the pause at ``checkpoint`` for one answer, across processes (first wins)."""
        conn = self.runtime.workspace.connect()
        try:
            with conn:
                claimed = conn.execute(
                    "INSERT INTO review_claims VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (decision_id, checkpoint, actor, datetime.now(UTC).isoformat()),
                ).rowcount
            return claimed == 1
        finally:
            conn.close()

    def _release_claim(self, decision_id: str, checkpoint: str) -> None:
        conn = self.runtime.workspace.connect()
        try:
            with conn:
                conn.execute(
                    "DELETE FROM review_claims WHERE decision_id = ? AND checkpoint_id = ?",
                    (decision_id, checkpoint),
                )
        finally:
            conn.close()

    def answer(
        self,
        decision_id: str,
        answer: ReviewAnswer | dict[str, Any],
        *,
        actor: str,
        audit: AuditLog | None = None,
    ) -> ReviewResult:
        """Resume the paused graph with the reviewer's answer and audit it.

        Args:
            decision_id: The escalation to answer.
            answer: approve, edit (with the new body) or reject, naming the reviewer.
            actor: Who is answering, for the audit log (the signed-in user, ``cli:<name>``).
            audit: The audit log to write to (one is opened on the workspace when None).

        Returns:
            The outcome: released, rejected, or escalated again when the rules still block.

        Raises:
            ReviewError: If nothing is awaiting review under ``decision_id`` or the answer is
                invalid (an edit without a body); the refusal is audited too.
        """
        log = audit or AuditLog(self.runtime.workspace)
        try:
            with _RESUME_LOCK:
                return self._answer(decision_id, answer, actor=actor, audit=log)
        finally:
            if audit is None:
                log.close()

    def _answer(
        self, decision_id: str, answer: ReviewAnswer | dict[str, Any], *, actor: str, audit: Any
    ) -> ReviewResult:
        target = f"decision:{decision_id}"
        try:
            parsed = (
                answer if isinstance(answer, ReviewAnswer) else ReviewAnswer.model_validate(answer)
            )
            if parsed.action == "edit" and not (parsed.body or "").strip():
                raise ReviewError("an edit needs the new body")
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'answer'}: {e['msg']}"
                for e in exc.errors()
            )
            audit.record(
                actor, "review.answer", target, outcome="refused", details={"error": problems}
            )
            raise ReviewError(f"invalid answer: {problems}") from None
        except ReviewError as exc:
            audit.record(
                actor, "review.answer", target, outcome="refused", details={"error": str(exc)}
            )
            raise
        action = f"review.{parsed.action}"
        config = release_config(decision_id)
        state = self.app.get_state(config)
        problem = "" if state.interrupts else "not awaiting review"
        checkpoint = str((state.config or {}).get("configurable", {}).get("checkpoint_id", ""))
        if not problem and not self._claim(decision_id, checkpoint, actor):
            problem = "already being answered by someone else"
        if problem:
            audit.record(
                actor, action, target, parsed.note, outcome="refused", details={"error": problem}
            )
            raise ReviewError(f"decision {decision_id} is {problem}")
        try:
            out = self.app.invoke(
                Command(resume=parsed.model_dump(exclude_none=True)),
                config=config,
                context=self.runtime.context(**self._overrides),
            )
        except Exception as exc:
            self._release_claim(decision_id, checkpoint)  # nothing happened: answer again
            audit.record(
                actor,
                action,
                target,
                parsed.note,
                outcome="error",
                details={"error": type(exc).__name__},
            )
            raise
        if "__interrupt__" in out:
            again = self.get(decision_id)
            rules = sorted({v["rule_id"] for v in again.violations if v["severity"] == "block"})
            result = ReviewResult(
                decision_id=decision_id,
                action=parsed.action,
                outcome="escalated",
                reason=f"still blocked by {', '.join(rules) or 'the guardrail'}: not released",
                escalation=again,
            )
        else:
            result = ReviewResult(
                decision_id=decision_id,
                action=parsed.action,
                outcome=str(out.get("outcome")),
                reason=str(out.get("reason", "")),
                record_id=out.get("record_id"),
            )
        details: dict[str, Any] = {
            "reviewer": parsed.reviewer,
            "outcome": result.outcome,
            "record_id": result.record_id,
        }
        if parsed.action == "edit":
            details.update(subject=parsed.subject, body=parsed.body, cta=parsed.cta)
        audit.record(actor, action, target, parsed.note, details=details)
        return result
