"""The review queue: pending escalations, highlighted spans, approve / edit / reject, audit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from nextbest.agents.guardrail import ComplianceGuardrail
from nextbest.agents.guardrail_judge import JUDGE_KIND, Judgement
from nextbest.agents.writer import DraftCopy
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.review_queue import ReviewError, ReviewQueue, Segment, highlight
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.verdict import Violation
from tests.unit.app.workspace.test_runs import sample_workspace
from tests.unit.conftest import CUSTOMER, SEND_TIME, decision

SMS_OK = (
    "Lumen Botanics: 15% off your first order with code WELCOME15. Min. spend $30, "
    "first order only. Reply STOP to opt out, HELP for help."
)
BANNED = "This miracle balm cures eczema overnight. FDA approved!"


class ConcernedJudge:
    """An LLM judge stand-in that always has a blocking concern about the body's first word."""

    enabled = True

    def review(self, message: Any, verdict: Any) -> Judgement:
        first = message.body.split(" ", 1)[0]
        concern = Violation(
            rule_id="judge.tone",
            kind=JUDGE_KIND,
            severity="block",
            message="the opening sounds pushy",
            field="body",
            span=(0, len(first)),
            evidence=first,
            fix_hint="Open more gently.",
            source="brand voice",
            origin="judge",
        )
        return Judgement(status="ok", violations=[concern], model="fake-judge")


def concerned_guardrail(pack: Any, version: int | None, pack_hash: str) -> ComplianceGuardrail:
    """Rules plus :class:`ConcernedJudge`: every draft is blocked, by the judge only."""
    engine = RuleEngine(pack, pack_version=str(version) if version else None, pack_hash=pack_hash)
    return ComplianceGuardrail(engine, ConcernedJudge())


class ScriptWriter:
    """Writes a draft with markup in it (what a hostile or broken model might return)."""

    name = "script-writer"
    prompt_hash = "sha256:test"

    def write(self, brief: Any, revision: Any = None, previous: Any = None) -> DraftCopy:
        return DraftCopy(
            subject="<b>Hi</b>", body="<script>alert('draft')</script> Glow on.", cta=None
        )


def make_escalation(
    runtime: NextbestRuntime,
    decision_id: str = "d-esc",
    *,
    channel: str = "email",
    customer: dict[str, Any] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """Run the release graph until the judge's concern escalates it to a human."""
    who = {**CUSTOMER, **(customer or {})}
    dec = decision("off-welcome-15", channel, decision_id, customer_id=who["customer_id"])
    app = runtime.release_graph()
    out = app.invoke(
        {"decision": dec, "customer": who, "send_time": SEND_TIME},
        config={"configurable": {"thread_id": decision_id}, "recursion_limit": 50},
        context=runtime.context(
            **{"guardrail_factory": concerned_guardrail, "max_attempts": 1, **overrides}
        ),
    )
    assert "__interrupt__" in out, out
    return dec


@pytest.fixture
def workspace(workspace_copy) -> Workspace:
    """A fresh copy of the sample workspace, built once per backend (SQLite and Postgres)."""
    return Workspace(workspace_copy("review", sample_workspace))


@pytest.fixture
def runtime(workspace: Workspace) -> Iterator[NextbestRuntime]:
    rt = NextbestRuntime(workspace.home)
    yield rt
    rt.close()


def test_highlight_splits_overlapping_spans_and_keeps_the_text() -> None:
    text = "Cures eczema overnight, guaranteed."
    violations = [
        {"field": "body", "span": [0, 12]},
        {"field": "body", "span": [6, 22]},
        {"field": "subject", "span": [0, 3]},
        {"field": "body", "span": [30, 99]},  # clipped to the text
        {"field": "body", "span": None},
    ]
    segments = highlight(text, violations, "body")
    assert "".join(s.text for s in segments) == text
    assert segments[:4] == [
        Segment("Cures ", (0,)),
        Segment("eczema", (0, 1)),
        Segment(" overnight", (1,)),
        Segment(", guaran", ()),
    ]
    assert segments[-1] == Segment("teed.", (3,))
    assert highlight(None, violations, "body") == []
    assert highlight("abc", [], "body") == [Segment("abc")]


def test_pending_lists_the_escalation_with_its_verdict_and_spans(runtime) -> None:
    assert ReviewQueue(runtime).pending() == []
    make_escalation(runtime)
    (item,) = ReviewQueue(runtime).pending()
    assert item.decision_id == "d-esc" and item.customer_id == "c-1"
    assert item.action == "off-welcome-15:email:morning"
    assert item.judge_only and item.verdict["decision"] == "block"
    assert [a["stage"] for a in item.history] == ["composer", "fallback"]
    flagged = [s for s in item.segments("body") if s.flagged]
    assert flagged and item.message["body"].startswith(flagged[0].text)
    data = item.to_dict()
    assert data["highlights"]["body"][0]["violations"] == [len(item.violations) - 1]
    assert ReviewQueue(runtime).get("d-esc").decision_id == "d-esc"


def test_approve_releases_records_the_reviewer_and_audits(runtime, workspace) -> None:
    make_escalation(runtime)
    queue = ReviewQueue(runtime)
    result = queue.answer(
        "d-esc", {"action": "approve", "reviewer": "rita", "note": "tone is fine"}, actor="rita"
    )
    assert result.outcome == "released" and result.record_id == "d-esc-released"
    (released,) = [r for r in runtime.records.for_decision("d-esc") if r.outcome == "released"]
    assert released.approver == {"name": "rita", "action": "approve", "note": "tone is fine"}
    assert released.verdict["decision"] in ("pass", "warn")
    assert [line["decision_id"] for line in runtime.outbox] == ["d-esc"]
    assert queue.pending() == []
    audit = AuditLog(workspace)
    (entry,) = audit.entries(action="review.")
    audit.close()
    assert (entry.actor, entry.action, entry.target) == ("rita", "review.approve", "decision:d-esc")
    assert entry.reason == "tone is fine" and entry.details["outcome"] == "released"
    with pytest.raises(ReviewError, match="not awaiting review"):
        queue.answer("d-esc", {"action": "approve", "reviewer": "rita"}, actor="rita")
    queue.close()
    queue.close()  # idempotent; the queue reopens its checkpointer when used again
    assert queue.pending() == []


def test_an_edit_is_checked_again_and_a_blocked_edit_stays_in_the_queue(runtime) -> None:
    make_escalation(runtime, "d-sms", channel="sms")
    queue = ReviewQueue(runtime)
    blocked = queue.answer(
        "d-sms", {"action": "edit", "reviewer": "rita", "body": BANNED}, actor="rita"
    )
    assert blocked.outcome == "escalated" and blocked.record_id is None
    assert "still blocked" in blocked.reason and blocked.escalation is not None
    assert blocked.escalation.draft["body"] == BANNED
    assert not blocked.escalation.judge_only  # the rules block it now
    assert [e.decision_id for e in queue.pending()] == ["d-sms"]
    assert list(runtime.outbox) == []
    done = queue.answer(
        "d-sms", {"action": "edit", "reviewer": "rita", "body": SMS_OK}, actor="rita"
    )
    assert done.outcome == "released"
    (line,) = list(runtime.outbox)
    assert line["body"] == SMS_OK
    record = runtime.records.for_decision("d-sms")[-1]
    assert record.author == "human:rita" and record.approver["action"] == "edit"


def test_reject_sends_nothing_and_bad_answers_are_refused_and_audited(runtime, workspace) -> None:
    make_escalation(runtime)
    queue = ReviewQueue(runtime)
    with pytest.raises(ReviewError, match="an edit needs the new body"):
        queue.answer("d-esc", {"action": "edit", "reviewer": "rita", "body": "  "}, actor="rita")
    with pytest.raises(ReviewError, match="invalid answer: action"):
        queue.answer("d-esc", {"action": "send", "reviewer": "rita"}, actor="rita")
    with pytest.raises(ReviewError, match="not awaiting review"):
        queue.get("nope")
    result = queue.answer(
        "d-esc", {"action": "reject", "reviewer": "rita", "note": "off brand"}, actor="rita"
    )
    assert result.outcome == "rejected" and "off brand" in result.reason
    assert list(runtime.outbox) == [] and queue.pending() == []
    audit = AuditLog(workspace)
    entries = audit.entries(action="review.")
    audit.close()
    assert [(e.action, e.outcome) for e in entries] == [
        ("review.reject", "ok"),
        ("review.answer", "refused"),
        ("review.answer", "refused"),
    ]


def test_cli_review_calls_the_queue(runtime, workspace) -> None:
    from typer.testing import CliRunner

    from nextbest.app.cli.main import app

    make_escalation(runtime)
    runner = CliRunner()
    home = str(workspace.home)
    listed = runner.invoke(app, ["review", "--home", home])
    assert listed.exit_code == 0 and "d-esc" in listed.output and "judge.tone" in listed.output
    as_json = runner.invoke(app, ["review", "--home", home, "--json"])
    assert [item["decision_id"] for item in json.loads(as_json.output)] == ["d-esc"]
    result = runner.invoke(app, ["review", "d-esc", "--approve", "--home", home])
    assert result.exit_code == 2 and "give --reviewer NAME" in result.output
    result = runner.invoke(app, ["review", "d-esc", "--reviewer", "rita", "--home", home])
    assert result.exit_code == 2 and "exactly one of" in result.output
    result = runner.invoke(
        app, ["review", "d-esc", "--reviewer", "rita", "--approve", "--home", home]
    )
    assert result.exit_code == 0, result.output
    assert "outcome: released" in result.output
    audit = AuditLog(workspace)
    (entry,) = audit.entries(action="review.")
    audit.close()
    assert entry.actor == "cli:rita"
    empty = runner.invoke(app, ["review", "--home", home])
    assert empty.exit_code == 0 and "no escalated message" in empty.output


def test_an_escalated_batch_cell_is_approved_then_its_customers_go_out_on_resume(
    workspace, tmp_path
) -> None:
    from datetime import UTC, datetime

    from nextbest.app.workspace.batch import BatchRun
    from nextbest.tools.customers import CustomerSource
    from nextbest.tools.sample_customers import write_customers

    now = datetime(2026, 11, 24, 17, tzinfo=UTC)
    source = CustomerSource(str(write_customers(tmp_path / "customers.csv", 15)))
    judged = NextbestRuntime(workspace.home)
    judged.guardrail = concerned_guardrail  # type: ignore[method-assign]  # every cell escalates
    batch = BatchRun(judged, source, now, run_id="run-esc")
    try:
        first = batch.execute()
    finally:
        batch.close()
        judged.close()
    assert first.escalated > 0 and first.released == 0 and first.reconciles
    runtime = NextbestRuntime(workspace.home)
    try:
        queue = ReviewQueue(runtime)
        pending = queue.pending()
        assert len(pending) == len(first.cells)
        cell = pending[0]
        assert cell.run_id == "run-esc" and cell.customer_id is None
        assert cell.decision_id == f"run-esc:{cell.cell}"
        result = queue.answer(
            cell.decision_id, {"action": "approve", "reviewer": "rita"}, actor="rita"
        )
        assert result.outcome == "released"
        assert len(queue.pending()) == len(pending) - 1
        resumed = BatchRun(runtime, source, now, run_id="run-esc")
        try:
            again = resumed.execute()
        finally:
            resumed.close()
    finally:
        runtime.close()
    assert again.reconciles and again.released > 0
    assert again.escalated == first.escalated - again.released - sum(again.blocked.values())


def test_a_pause_is_answered_once_across_processes(runtime, workspace) -> None:
    from nextbest.app.workspace.records import ReleaseLog
    from nextbest.brand_context.database import DatabaseError

    make_escalation(runtime)
    broken = ReleaseLog(workspace)
    broken.close()
    with pytest.raises(DatabaseError):  # the resume fails: the claim is given back
        ReviewQueue(runtime, records=broken).answer(
            "d-esc", {"action": "approve", "reviewer": "rita"}, actor="rita"
        )
    queue = ReviewQueue(runtime)
    assert [e.decision_id for e in queue.pending()] == ["d-esc"]
    config = {"configurable": {"thread_id": "d-esc"}}
    checkpoint = queue.app.get_state(config).config["configurable"]["checkpoint_id"]
    conn = workspace.connect()  # another process is answering this very pause
    with conn:
        conn.execute(
            "INSERT INTO review_claims VALUES (?, ?, 'other', 'now')", ("d-esc", checkpoint)
        )
    conn.close()
    with pytest.raises(ReviewError, match="already being answered by someone else"):
        queue.answer("d-esc", {"action": "approve", "reviewer": "rita"}, actor="rita")
    assert list(runtime.outbox) == []
    audit = AuditLog(workspace)
    refused, failed = audit.entries(action="review.approve")
    audit.close()
    assert (refused.outcome, failed.outcome) == ("refused", "error")
    assert failed.details == {"error": "OperationalError"}
