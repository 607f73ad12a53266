"""The chat graph's shape: only an approved interrupt can change goals; agents never pretend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.agents.chat import graph
from nextbest.agents.chat_agent import GuidedAgent, LLMChatAgent
from nextbest.agents.llm import LLMSettings, make_client
from nextbest.app.workspace.chat_session import ChatSession
from nextbest.app.workspace.runtime import NextbestRuntime

SNAPSHOT = Path(__file__).parent / "snapshots" / "chat_graph.mmd"
NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


def test_approve_is_reached_only_from_tools_and_ends_the_turn() -> None:
    edges = graph.get_graph().edges
    into = {(e.source, e.target) for e in edges if e.target == "approve"}
    assert into == {("tools", "approve"), ("approve", "approve")}  # an amendment waits again
    assert {e.target for e in edges if e.source == "approve"} == {"approve", "__end__"}
    mermaid = graph.get_graph().draw_mermaid()
    assert mermaid == SNAPSHOT.read_text(), "graph changed: review it, then update the snapshot"


@pytest.fixture
def runtime(tmp_path: Path, sample_home: Callable[[Path], Path]) -> NextbestRuntime:
    rt = NextbestRuntime(sample_home(tmp_path / "ws"), llm=LLMSettings())
    rt.ensure_sample()
    yield rt
    rt.close()


def test_a_proposal_waits_and_stores_nothing_until_decided(runtime: NextbestRuntime) -> None:
    session = ChatSession(runtime, "maria", now=NOW)
    try:
        assert session.mode == "guided"
        turn = session.send("propose objective=conversions holdout=0.08")
        assert turn.pending["diff"] == [
            {"path": "holdout_share", "before": None, "after": 0.08},
            {"path": "objective", "before": "revenue", "after": "conversions"},
        ]
        assert runtime.goals.history() == []
        with pytest.raises(RuntimeError, match="waiting for approval"):
            session.send("goals")
        done = session.decide(False, "maria", "changed my mind")
        assert (
            done.messages[-1]["content"] == "Not approved (changed my mind). Nothing was changed."
        )
        assert runtime.goals.history() == [] and session.pending() is None
        with pytest.raises(RuntimeError, match="nothing is waiting"):
            session.decide(True, "maria", "late")
        session.send("propose holdout=0.08")
        refused = session.decide(True, "maria", "")
        assert "an approval needs a reason" in refused.messages[-1]["content"]
        assert runtime.goals.history() == []
    finally:
        session.close()


def test_llm_errors_are_reported_not_invented() -> None:
    settings = LLMSettings(
        api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0, timeout_s=2
    )
    agent = LLMChatAgent(make_client(settings), settings, [], "Lumen", NOW.date())
    reply = agent.respond([{"role": "user", "content": "hi"}], user="maria")
    assert reply["author"] == "nextbest" and "could not be reached" in reply["content"]
    assert "tool_calls" not in reply


def test_guided_agent_never_answers_in_free_text() -> None:
    reply = GuidedAgent().respond([{"role": "user", "content": "what should I do?"}], user="m")
    assert reply["author"] == "guided"
    assert reply["content"].startswith("What should change in the goal?")
    assert "tool_calls" not in reply
    reply = GuidedAgent().respond([{"role": "user", "content": "propose nonsense"}], user="m")
    assert "options are KEY=VALUE" in reply["content"] and "tool_calls" not in reply


def test_unanswered_tool_calls_are_not_sent_and_failing_tools_answer() -> None:
    from nextbest.agents.chat_agent import _for_openai
    from nextbest.app.workspace.chat_tools import ChatTools

    history = [
        {"role": "user", "content": "a"},
        {
            "role": "assistant",
            "content": "",
            "author": "m",
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "get_goals", "arguments": "{}"},
                }
            ],
        },
        {"role": "user", "content": "b"},
    ]
    assert [m["role"] for m in _for_openai(history)] == ["user", "user"]

    class Broken:
        def __getattr__(self, name: str) -> object:
            raise OSError("disk on fire")

    result = ChatTools(Broken(), NOW).call("get_goals", "{}")  # type: ignore[arg-type]
    assert not result.ok and result.data == {
        "error": "the tool failed (OSError); nothing was changed"
    }


def test_a_waiting_proposal_is_amended_by_its_maker_and_keeps_one_approval(
    runtime: NextbestRuntime,
) -> None:
    session = ChatSession(runtime, "maria", now=NOW)
    try:
        first = session.send("propose cap.sms=1/7 holdout=0.08")
        assert first.pending["revision"] == 1
        other = session.amend({"holdout_share": 0.2}, by="li")
        assert (
            other.messages[-1]["content"] == "Only maria, who proposed this change, can amend it."
        )
        assert session.pending()["revision"] == 1
        loose = session.amend({"channel_caps": {"sms": {"max_sends": 9, "days": 7}}}, by="maria")
        assert loose.messages[-1]["content"].startswith("Not amended: channel_caps.sms")
        assert session.pending()["goal"] == first.pending["goal"]
        amended = session.amend(
            {"channel_caps": {"email": {"max_sends": 2, "days": 7}}}, by="maria"
        )
        pending = amended.pending
        assert pending["revision"] == 2 and "revision 2" in amended.messages[-1]["content"]
        assert pending["goal"]["channel_caps"] == {
            "sms": {"max_sends": 1, "days": 7},
            "email": {"max_sends": 2, "days": 7},
        }
        assert pending["goal"]["holdout_share"] == 0.08
        paths = {c["path"] for c in pending["diff"]}
        assert {"channel_caps.email.max_sends", "holdout_share"} <= paths
        assert runtime.goals.history() == []
        done = session.decide(True, "li", "weekly caps agreed")
        assert "goal version 1" in done.messages[-1]["content"]
        stored = runtime.goals.current().goal
        assert stored.channel_caps["email"].max_sends == 2 and stored.holdout_share == 0.08
    finally:
        session.close()
