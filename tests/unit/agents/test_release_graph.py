"""The release graph: structure, the offline composer path, revisions, fallback, escalation."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from nextbest.agents.composer import Composer
from nextbest.agents.graph import builder, graph
from nextbest.agents.writer import DraftCopy, WriterError
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message
from tests.unit.conftest import CUSTOMER, SEND_TIME, decision

SNAPSHOT = Path(__file__).parent / "snapshots" / "release_graph.mmd"
ROOT = Path(__file__).resolve().parents[3]
BANNED = "This miracle balm cures eczema overnight. FDA approved!"


class BannedWriter:
    name = "banned-writer"
    prompt_hash = "sha256:test"

    def __init__(self) -> None:
        self.calls = 0

    def write(self, brief, revision=None, previous=None) -> DraftCopy:
        self.calls += 1
        return DraftCopy(subject="Heal your skin", body=BANNED, cta="Buy", claim_ids=[])


class FailingWriter:
    name = "failing-writer"
    prompt_hash = "sha256:test"

    def write(self, brief, revision=None, previous=None) -> DraftCopy:
        raise WriterError("APITimeoutError: Request timed out.")


class TemplateInjectionWriter:
    name = "garbage-writer"
    prompt_hash = "sha256:test"

    def write(self, brief, revision=None, previous=None) -> DraftCopy:
        return DraftCopy(subject="Hi", body="{{ ''.__class__.__mro__ }} {{ secret }}", cta=None)


def _raising_guardrail(pack, version, pack_hash):
    raise RuntimeError("rule engine crashed")


def _run(context, dec, customer=None, config=None):
    return graph.invoke(
        {"decision": dec, "customer": customer, "send_time": SEND_TIME},
        config={"recursion_limit": 50, **(config or {})},
        context=context,
    )


def test_only_check_leads_to_release_and_mermaid_snapshot() -> None:
    edges = graph.get_graph().edges
    into_release = [(e.source, e.target) for e in edges if e.target == "release"]
    assert into_release == [("check", "release")]
    assert [e.target for e in edges if e.source == "release"] == ["__end__"]
    mermaid = graph.get_graph().draw_mermaid()
    assert mermaid == SNAPSHOT.read_text(), "graph changed: review it, then update the snapshot"


def test_route_after_check_releases_only_passing_verdicts() -> None:
    from types import SimpleNamespace

    from nextbest.agents.nodes.verify import route_after_check

    runtime = SimpleNamespace(context=SimpleNamespace(max_attempts=3))
    for stage in ("llm", "composer", "fallback", "human"):
        for attempts in (1, 3):
            state = {"verdict": {"decision": "block"}, "stage": stage, "attempts": attempts}
            assert route_after_check(state, runtime) != "release"
        state = {"verdict": {"decision": "warn"}, "stage": stage, "attempts": 1}
        assert route_after_check(state, runtime) == "release"
    assert "release" in builder.nodes


def test_composer_copy_passes_for_every_offer_and_channel(make_context) -> None:
    pack = load_pack(sample_pack_path())
    context = make_context()
    day = date(2026, 11, 24)
    engine = RuleEngine(pack)
    seen = 0
    for offer in pack.offers_valid_on(day):
        for channel in offer.channels:
            seen += 1
            out = _run(context, decision(offer.id, channel, f"d-{offer.id}-{channel}"), CUSTOMER)
            assert out["outcome"] == "released", (offer.id, channel, out)
            (record,) = context.records.for_decision(f"d-{offer.id}-{channel}")
            assert record.author == "composer" and record.prompt_hash.startswith("sha256:")
            assert record.pack_hash and record.pack_version == 1
            assert len(record.attempts) == 1 and record.attempts[0]["decision"] != "block"
            # the released text passes the rules when checked independently
            verdict = engine.check(Message.model_validate(record.message), day)
            assert verdict.decision in ("pass", "warn"), verdict.violations
            assert "Ana" in record.message["body"] or channel != "email"
    assert seen >= 12
    assert len(list(context.outbox)) == seen


def test_banned_writer_is_revised_then_falls_back(make_context) -> None:
    writer = BannedWriter()
    context = make_context(writer=writer, max_attempts=3)
    out = _run(context, decision("off-welcome-15", "email"), CUSTOMER)
    assert writer.calls == 3
    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "fallback-template"
    assert [a["stage"] for a in record.attempts] == ["llm", "llm", "llm", "fallback"]
    assert all(a["decision"] == "block" for a in record.attempts[:3])
    assert "brand-no-drug-claims" in record.attempts[0]["fired_rules"]
    assert BANNED not in json.dumps(list(context.outbox))


def test_nothing_released_when_every_writer_is_banned(make_context, workspace) -> None:
    context = make_context(writer=BannedWriter(), fallback=BannedWriter(), max_attempts=2)
    cp = SqliteSaver(sqlite3.connect(workspace.checkpoints_path, check_same_thread=False))
    app = builder.compile(checkpointer=cp)
    config = {"configurable": {"thread_id": "t-banned"}, "recursion_limit": 50}
    out = app.invoke(
        {
            "decision": decision("off-welcome-15", "email"),
            "customer": CUSTOMER,
            "send_time": SEND_TIME,
        },
        config=config,
        context=context,
    )
    assert "__interrupt__" in out and "outcome" not in out
    # the human approves: rules still block, so it escalates again rather than releasing
    out = app.invoke(
        Command(resume={"action": "approve", "reviewer": "rita"}),
        config=config,
        context=context,
    )
    assert "__interrupt__" in out
    out = app.invoke(
        Command(resume={"action": "reject", "reviewer": "rita", "note": "drug claims"}),
        config=config,
        context=context,
    )
    assert out["outcome"] == "rejected"
    assert list(context.outbox) == []
    outcomes = [r.outcome for r in context.records.for_decision("d-1")]
    assert "released" not in outcomes and outcomes[-1] == "rejected"


@pytest.mark.parametrize(
    ("writer", "factory"),
    [
        (FailingWriter(), None),
        (TemplateInjectionWriter(), None),
        (Composer(), _raising_guardrail),
    ],
    ids=["writer-timeouts", "garbage-output", "guardrail-raises"],
)
def test_injected_faults_never_release_unchecked(make_context, writer, factory) -> None:
    overrides = {"writer": writer}
    if factory is not None:
        overrides["guardrail_factory"] = factory
    context = make_context(**overrides)
    from langgraph.checkpoint.memory import InMemorySaver

    app = builder.compile(checkpointer=InMemorySaver())
    out = app.invoke(
        {
            "decision": decision("off-free-shipping", "push"),
            "customer": CUSTOMER,
            "send_time": SEND_TIME,
        },
        config={"configurable": {"thread_id": "x"}, "recursion_limit": 50},
        context=context,
    )
    records = context.records.for_decision("d-1")
    released = [r for r in records if r.outcome == "released"]
    for record in released:
        assert record.verdict["decision"] in ("pass", "warn")
        assert record.author == "fallback-template"  # never the faulty writer's text
    if factory is not None:
        assert "__interrupt__" in out and not released  # a crashing guardrail blocks
        assert list(context.outbox) == []
    else:
        assert out["outcome"] == "released" and len(released) == 1


def test_no_message_decision_is_recorded_with_reason(make_context) -> None:
    context = make_context()
    out = _run(context, decision(None, None, holdout=True), CUSTOMER)
    assert out["outcome"] == "no_message" and out["reason"] == "holdout"
    (record,) = context.records.for_decision("d-1")
    assert record.outcome == "no_message" and record.message is None


RESUME_SCRIPT = """
import sqlite3, sys, json
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command
from nextbest.agents.graph import builder
from nextbest.agents.context import ReleaseContext
from nextbest.app.workspace.records import ReleaseLog
from nextbest.agents.composer import Composer
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.outbox import JsonlOutbox
ws = Workspace(__import__("pathlib").Path(sys.argv[1]))
ctx = ReleaseContext(store=BrandStore(ws), writer=Composer(), records=ReleaseLog(ws),
                     outbox=JsonlOutbox(ws.home / "outbox.jsonl"))
cp = SqliteSaver(sqlite3.connect(ws.checkpoints_path, check_same_thread=False))
app = builder.compile(checkpointer=cp)
out = app.invoke(Command(resume=json.loads(sys.argv[2])),
                 config={"configurable": {"thread_id": "t-esc"}, "recursion_limit": 50},
                 context=ctx)
print(json.dumps({"outcome": out.get("outcome"), "record_id": out.get("record_id")}))
"""


def test_escalation_resumes_in_another_process(make_context, workspace) -> None:
    context = make_context(writer=BannedWriter(), fallback=BannedWriter(), max_attempts=1)
    cp = SqliteSaver(sqlite3.connect(workspace.checkpoints_path, check_same_thread=False))
    app = builder.compile(checkpointer=cp)
    out = app.invoke(
        {
            "decision": decision("off-welcome-15", "sms"),
            "customer": CUSTOMER,
            "send_time": SEND_TIME,
        },
        config={"configurable": {"thread_id": "t-esc"}, "recursion_limit": 50},
        context=context,
    )
    assert "__interrupt__" in out
    body = (
        "Lumen Botanics: 15% off your first order with code WELCOME15. Min. spend $30, "
        "first order only. Reply STOP to opt out, HELP for help."
    )
    answer = {"action": "edit", "reviewer": "rita", "body": body}
    done = subprocess.run(
        [sys.executable, "-c", RESUME_SCRIPT, str(workspace.home), json.dumps(answer)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["outcome"] == "released"
    records = context.records.for_decision("d-1")
    released = [r for r in records if r.outcome == "released"]
    assert len(released) == 1
    assert released[0].approver == {"name": "rita", "action": "edit", "note": ""}
    assert released[0].author == "human:rita" and released[0].message["body"] == body
    assert any(r.outcome == "escalated" for r in records)
