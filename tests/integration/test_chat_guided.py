"""`nextbest chat` without an API key: guided commands, driven end to end through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.goal_store import GoalStore
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from tests.integration.run_helpers import offer_share_among_lapsed, run_decisions

runner = CliRunner()
NOW = "2026-11-24T17:00:00+00:00"
WINBACK_OFFER = "off-winback-20"
WINBACK = "favour=off-winback-20:5:days_since_last_purchase>=90,orders_count>=1"


def _chat(home: Path, customers: Path, text: str, *extra: str) -> str:
    result = runner.invoke(
        app,
        [
            "chat",
            "--home",
            str(home),
            "--as",
            "maria",
            "--now",
            NOW,
            "--customers",
            str(customers),
            *extra,
        ],
        input=text,
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_guided_goal_change_is_previewed_approved_and_used_by_the_next_run(
    home: Path, customers: Path
) -> None:
    before = run_decisions(home, customers, "before")
    assert all(d.get("goal_version") is None for d in before)
    out = _chat(
        home,
        customers,
        f"goals\npreview {WINBACK} cap.sms=1/7\n"
        f'propose {WINBACK} cap.sms=1/7 summary="push winback to lapsed customers"\n'
        "y\nQ4 winback plan\nquit\n",
        "--approver",
        "li",
    )
    assert "No approved goal yet" in out
    assert "Preview on 300 customers" in out and "proposed:" in out
    assert "channel_caps.sms.max_sends" in out  # the diff table
    assert "Approved by li: goal version 1" in out
    goals = GoalStore(Workspace(home))
    version = goals.current()
    goals.close()
    assert version is not None and (version.author, version.approved_by) == ("maria", "li")
    assert version.goal.channel_caps["sms"].max_sends == 1
    after = run_decisions(home, customers, "after")
    assert {d["goal_version"] for d in after} == {1}
    assert (
        offer_share_among_lapsed(after, customers, WINBACK_OFFER)
        > offer_share_among_lapsed(before, customers, WINBACK_OFFER) + 0.2
    )
    audit = AuditLog(Workspace(home))
    entries = audit.entries(action="goal.")
    audit.close()
    assert [(e.actor, e.action, e.target) for e in entries] == [("li", "goal.approve", "goal:1")]
    # explain a customer of the new run: the goal, the scores and the reasons are all there
    lapsed_customer = next(d for d in after if d["action_id"].startswith("off-winback-20:"))
    out = _chat(home, customers, f"explain {lapsed_customer['customer_id']}\nquit\n")
    assert f"chose {lapsed_customer['action_id']}" in out
    assert "goal version 1" in out and "(+5.0 goal)" in out


def test_limits_are_refused_and_claims_cannot_be_touched(home: Path, customers: Path) -> None:
    store = BrandStore(Workspace(home))
    version_before = store.current_version()
    store.close()
    out = _chat(
        home,
        customers,
        "propose holdout=0.01 cap.sms=6/7\napprove claim clm-vitc\n"
        "propose favour=off-summer-25\nquit\n",
    )
    assert "Refused" in out and "below the minimum holdout" in out and "above the sms limit" in out
    assert "The chat cannot approve, edit or remove claims" in " ".join(out.split())
    assert "ended on 2026-08-31" in out
    goals = GoalStore(Workspace(home))
    assert goals.history() == []
    goals.close()
    store = BrandStore(Workspace(home))
    assert store.current_version() == version_before
    store.close()


def test_a_conversation_waiting_for_approval_resumes_by_id(home: Path, customers: Path) -> None:
    out = _chat(home, customers, "", "--say", "propose holdout=0.1 objective=retention")
    assert "awaiting approval" in out
    conversation = re.search(r"--conversation (\w+)", out).group(1)
    out = _chat(home, customers, "n\nnot this quarter\nquit\n", "--conversation", conversation)
    assert "Not approved (not this quarter). Nothing was changed." in out
    out = _chat(
        home,
        customers,
        "",
        "--conversation",
        conversation,
        "--say",
        "propose holdout=0.1 objective=retention",
    )
    out = _chat(home, customers, "y\nagreed with finance\nquit\n", "--conversation", conversation)
    assert "goal version 1" in out
    goals = GoalStore(Workspace(home))
    version = goals.current()
    goals.close()
    assert version.conversation_id == conversation and version.goal.objective == "retention"


def test_session_streams_messages_and_enforces_maker_checker(home: Path, customers: Path) -> None:
    from datetime import datetime

    from nextbest.app.workspace.chat_session import ChatSession
    from nextbest.app.workspace.runtime import NextbestRuntime

    runtime = NextbestRuntime(home)
    session = ChatSession(
        runtime,
        "mark",
        now=datetime.fromisoformat(NOW),
        guided=True,
        customers=customers,
        maker_checker=True,
    )
    try:
        streamed = list(session.stream("propose holdout=0.1"))
        assert [m["role"] for m in streamed] == ["assistant", "tool"]
        assert session.pending()["proposed_by"] == "mark"
        with pytest.raises(PermissionError, match="another user must approve"):
            session.decide(True, "mark", "mine")
        done = session.decide(True, "cora", "fine by compliance")
        assert "Approved by cora: goal version 1" in done.messages[-1]["content"]
        assert runtime.goals.current().author == "mark"
    finally:
        session.close()
        runtime.close()


def test_goals_command_shows_history_and_diff(home: Path, customers: Path) -> None:
    _chat(
        home,
        customers,
        "propose holdout=0.1\ny\nwider holdout\n"
        "propose cap.sms=1/7 holdout=0.2\ny\nfewer sms\nquit\n",
    )
    shown = runner.invoke(app, ["goals", "show", "--home", str(home), "--at", NOW])
    assert shown.exit_code == 0 and "goal v2" in shown.output and "max_sends: 1" in shown.output
    history = runner.invoke(app, ["goals", "history", "--home", str(home), "--json"])
    assert [v["reason"] for v in json.loads(history.output)] == ["wider holdout", "fewer sms"]
    diff = runner.invoke(app, ["goals", "diff", "1", "--home", str(home), "--json"])
    changes = {c["path"]: (c["before"], c["after"]) for c in json.loads(diff.output)}
    assert changes == {
        "holdout_share": (0.1, 0.2),
        "channel_caps.sms.days": (None, 7),
        "channel_caps.sms.max_sends": (None, 1),
    }
    missing = runner.invoke(app, ["goals", "diff", "7", "--home", str(home)])
    assert missing.exit_code == 2 and "no goal version 7" in missing.output


def test_a_plain_sentence_becomes_a_proposal_and_nothing_changes_until_approved(
    home: Path, customers: Path
) -> None:
    """Issue 20, item 5: plain language offline, with assumptions; a question changes nothing."""
    out = _chat(home, customers, "", "--say", "höchstens eine SMS im Monat, 5 % Kontrollgruppe")
    flat = " ".join(out.split())
    assert "I read this as: propose cap.sms=1/30 holdout=0.05" in flat
    assert "a month = 30 days" in flat and "awaiting approval" in flat
    goals = GoalStore(Workspace(home))
    assert goals.current() is None  # proposed, not in force
    goals.close()
    out = _chat(home, customers, "send fewer messages\nquit\n")
    assert "How many messages at most" in " ".join(out.split())
    goals = GoalStore(Workspace(home))
    assert goals.history() == []
    goals.close()
