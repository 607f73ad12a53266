"""The LLM path of the release graph, replayed from vcrpy cassettes (no network, ever)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from langgraph.checkpoint.sqlite import SqliteSaver

from nextbest.agents.graph import builder
from nextbest.agents.guardrail import ComplianceGuardrail
from nextbest.agents.guardrail_judge import GuardrailJudge
from nextbest.agents.llm import LLMSettings, make_client
from nextbest.agents.writer import LLMWriter
from nextbest.tools.compliance.engine import RuleEngine
from tests.llm_cassettes import completion, llm_cassette
from tests.unit.conftest import CUSTOMER, SEND_TIME, decision

MODULE = "test_release_graph_llm"
ROOT = Path(__file__).resolve().parents[3]

# The writer returns only the creative part; the frame adds terms, link and STOP/HELP.
GOOD_SMS = {"headline": None, "body": "A little glow for the shorter days.", "claim_ids": []}
BAD_SMS = {
    "headline": None,
    "body": "Our miracle balm cures dry skin! Get 50% off today.",
    "claim_ids": [],
}
GOOD_PUSH = {
    "headline": "Free shipping season",
    "body": "A little glow for the shorter days.",
    "claim_ids": [],
}
JUDGE_CONCERN = {
    "decision": "concerns",
    "concerns": [
        {
            "aspect": "tone",
            "severity": "block",
            "quote": "No code needed.",
            "explanation": "Reads as off-voice for this seasonal campaign.",
            "fix_hint": "Lead with the benefit in the brand's calm voice.",
        }
    ],
}


def settings(base_url: str) -> LLMSettings:
    return LLMSettings(
        model="gpt-4o-mini", api_key="sk-test", base_url=base_url, timeout_s=5, max_retries=0
    )


def run(context, dec, thread: str, checkpointer=None):
    app = builder.compile(checkpointer=checkpointer) if checkpointer else builder.compile()
    config = {"recursion_limit": 50}
    if checkpointer:
        config["configurable"] = {"thread_id": thread}
    return app.invoke(
        {"decision": dec, "customer": CUSTOMER, "send_time": SEND_TIME},
        config=config,
        context=context,
    )


@pytest.fixture
def llm_context(make_context, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")

    def _make(base_url: str, **overrides):
        client = make_client(settings(base_url))
        return make_context(writer=LLMWriter(client, settings(base_url)), **overrides)

    return _make


def test_first_draft_passes(llm_context) -> None:
    with llm_cassette(MODULE, "test_first_draft_passes", [completion(json.dumps(GOOD_SMS))]) as url:
        context = llm_context(url)
        out = run(context, decision("off-welcome-15", "sms"), "t1")
    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "gpt-4o-mini" and len(record.attempts) == 1
    assert record.message["body"] == (
        "Lumen Botanics: A little glow for the shorter days. 15% off your first order with code "
        "WELCOME15. Min. spend $30, first order only. "
        "https://lumenbotanics.com/offers/off-welcome-15 Reply STOP to opt out, HELP for help."
    )
    assert record.attempts[0]["draft"]["creative"]["body"] == GOOD_SMS["body"]
    assert record.prompt_hash == context.writer.prompt_hash
    assert record.llm_mode == "json_schema"


def test_blocked_draft_is_revised_and_passes(llm_context) -> None:
    responses = [completion(json.dumps(BAD_SMS)), completion(json.dumps(GOOD_SMS))]
    with llm_cassette(MODULE, "test_blocked_draft_is_revised_and_passes", responses) as url:
        context = llm_context(url)
        out = run(context, decision("off-welcome-15", "sms"), "t2")
    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert [a["decision"] for a in record.attempts] == ["block", "pass"]
    assert "brand-no-drug-claims" in record.attempts[0]["fired_rules"]
    assert record.author == "gpt-4o-mini"
    assert "cures" not in record.message["body"]


def test_malformed_response_ends_in_the_fallback(llm_context) -> None:
    malformed = completion('{"headline": null, "body": "A little gl')
    responses = [malformed, malformed]  # invalid JSON is retried once, then the fallback
    with llm_cassette(MODULE, "test_malformed_response_ends_in_the_fallback", responses) as url:
        context = llm_context(url)
        out = run(context, decision("off-welcome-15", "sms"), "t3")
    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert record.author == "fallback-template"
    assert [a["stage"] for a in record.attempts] == ["fallback"]
    assert context.writer.stats["invalid_json"] == 2 and context.writer.stats["retries"] == 1


RESUME = """
import json, sqlite3, sys
from pathlib import Path
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command
from nextbest.agents.composer import Composer
from nextbest.agents.context import ReleaseContext
from nextbest.agents.graph import builder
from nextbest.app.workspace.records import ReleaseLog
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.outbox import JsonlOutbox
ws = Workspace(Path(sys.argv[1]))
context = ReleaseContext(store=BrandStore(ws), writer=Composer(), records=ReleaseLog(ws),
                         outbox=JsonlOutbox(ws.home / "outbox.jsonl"))
app = builder.compile(
    checkpointer=SqliteSaver(sqlite3.connect(ws.checkpoints_path, check_same_thread=False))
)
out = app.invoke(Command(resume={"action": "approve", "reviewer": "rita", "note": "tone ok"}),
                 config={"configurable": {"thread_id": "t4"}, "recursion_limit": 50},
                 context=context)
print(json.dumps({"outcome": out.get("outcome")}))
"""


def test_judge_concerns_escalate_and_a_human_approves_in_a_new_process(
    llm_context, workspace
) -> None:
    responses = [
        completion(json.dumps(GOOD_PUSH)),
        completion(json.dumps(JUDGE_CONCERN)),
        completion(json.dumps(JUDGE_CONCERN)),
    ]
    name = "test_judge_concerns_escalate_and_a_human_approves_in_a_new_process"
    with llm_cassette(MODULE, name, responses) as url:
        client = make_client(settings(url))

        def with_judge(pack, version, pack_hash):
            return ComplianceGuardrail(
                RuleEngine(pack, pack_hash=pack_hash),
                GuardrailJudge(client, settings(url), pack),
            )

        context = llm_context(url, guardrail_factory=with_judge, max_attempts=1)
        saver = SqliteSaver(sqlite3.connect(workspace.checkpoints_path, check_same_thread=False))
        out = run(context, decision("off-free-shipping", "push"), "t4", saver)
    assert "__interrupt__" in out
    assert list(context.outbox) == []
    done = subprocess.run(
        [sys.executable, "-c", RESUME, str(workspace.home)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["outcome"] == "released"
    records = context.records.for_decision("d-1")
    (released,) = [r for r in records if r.outcome == "released"]
    assert released.approver == {"name": "rita", "action": "approve", "note": "tone ok"}
    assert released.author == "fallback-template"
    judged = [a for a in released.attempts if "judge.tone" in a["fired_rules"]]
    assert len(judged) == 2  # the LLM draft and the fallback, both flagged by the judge
    assert released.verdict["decision"] in ("pass", "warn")
