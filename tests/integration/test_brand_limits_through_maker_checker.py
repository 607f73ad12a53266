"""Issue 20 acceptance: a brand limit changed through maker–checker binds the next proposal and
the next run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nextbest.agents.guided import render_result
from nextbest.agents.llm import LLMSettings
from nextbest.app.workspace.chat_tools import ChatTools
from nextbest.app.workspace.proposals import Actor, ProposalRefused, Proposals, ProposalStatus
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.roles import Role
from nextbest.tools.decisioning import Holdout, RunConfig
from nextbest.tools.decisioning.send_history import SendHistory

NOW = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
ANA = Actor("ana", Role.COMPLIANCE)
BEN = Actor("ben", Role.ADMIN)
MIA = Actor("mia", Role.MARKETER)
LIMITS = {
    "min_holdout_share": 0.05,
    "max_sends_per_week": {"sms": 3},
    "max_sends_per_day": {"email": 1, "sms": 1, "push": 1},
    "send_window": {"start_hour": 11, "end_hour": 14},
    "reason": "Brand contact policy 2026: 3 SMS a week, one message a channel a day, midday only",
}


@pytest.fixture
def runtime(tmp_path: Path, sample_home: Callable[[Path], Path]) -> NextbestRuntime:
    rt = NextbestRuntime(sample_home(tmp_path / "ws"), llm=LLMSettings())
    rt.ensure_sample()
    yield rt
    rt.close()


def _windows(records: list[dict]) -> set[str | None]:
    return {r["window"] for r in records if r["action_id"] != "no_message"}


def test_a_limit_changed_through_maker_checker_binds_the_next_proposal_and_run(
    runtime: NextbestRuntime,
) -> None:
    rows = runtime.customer_rows(limit=200)
    before = runtime.decide(rows, NOW - timedelta(days=3))
    assert _windows(before) - {"midday"}, "the sample must use other windows for this test"
    tools = ChatTools(runtime, NOW)
    assert tools.call(
        "propose_goal_change", {"channel_caps": {"sms": {"max_sends": 4, "days": 7}}}
    ).ok

    desk = Proposals(runtime.workspace, clock=lambda: NOW)
    try:
        with pytest.raises(ProposalRefused, match="compliance or higher"):
            desk.propose(MIA, "limits", "set", payload=LIMITS, reason="marketers may not")
        proposal = desk.propose(ANA, "limits", "set", payload=LIMITS, reason="2026 policy")
        assert proposal.title == "set the brand limits"
        # nothing binds until another user approves
        assert runtime.goals.limits.min_holdout_share == 0.02
        with pytest.raises(ProposalRefused, match="your own proposal"):
            desk.approve(proposal.id, ANA)
        with pytest.raises(ProposalRefused, match="compliance or higher"):
            desk.approve(proposal.id, MIA)
        approved = desk.approve(proposal.id, BEN, note="checked against the policy")
        assert approved.status == ProposalStatus.APPROVED and approved.applied_version == 1
    finally:
        desk.close()

    # the next proposal: refused with the brand's reason
    refused = tools.call(
        "propose_goal_change", {"channel_caps": {"sms": {"max_sends": 4, "days": 7}}}
    )
    assert not refused.ok and refused.data["status"] == "refused"
    assert "above the sms limit of 3 per week" in refused.data["problems"][0]
    assert LIMITS["reason"] in refused.data["problems"][0]
    at_night = tools.call("propose_goal_change", {"send_window": {"start_hour": 3, "end_hour": 12}})
    assert "reaches outside the allowed" in at_night.data["problems"][0]
    assert tools.call("propose_goal_change", {"holdout_share": 0.03}).data["status"] == "refused"
    shown = render_result("get_goals", tools.call("get_goals", {}).content())
    assert "Brand limits (version 1): holdout at least 5%; per week at most email 7, sms 3" in shown
    assert f"Brand policy: {LIMITS['reason']}." in shown

    # the next run: midday only, the holdout floor, one message a channel a day
    config = runtime.run_config(NOW)
    assert config.holdout.share >= 0.05
    assert config.contact.send_hours["sms"] == (11, 14)
    first = runtime.decide(rows, NOW)
    sent = [r for r in first if r["action_id"] != "no_message"]
    assert sent and _windows(first) == {"midday"}
    released = [(r["customer_id"], r["channel"], r["send_time"]) for r in sent]
    again = runtime.decide(
        rows, NOW + timedelta(hours=1), history=SendHistory.from_records(released)
    )
    repeat = {r["customer_id"]: r for r in again}
    for record in sent:
        blocked = repeat[record["customer_id"]]["mask_reasons"].get("daily_cap", [])
        assert any(record["channel"] in action for action in blocked), record["customer_id"]


def test_a_run_goal_file_cannot_loosen_the_brand_limits(runtime: NextbestRuntime) -> None:
    """`nextbest run --goal FILE` (or a resumed run's recorded goal) is tightened as well."""
    desk = Proposals(runtime.workspace, clock=lambda: NOW)
    try:
        proposal = desk.propose(ANA, "limits", "set", payload=LIMITS, reason="2026 policy")
        desk.approve(proposal.id, BEN)
    finally:
        desk.close()
    loose = RunConfig(holdout=Holdout(share=0.0))
    engine = runtime.engine(NOW, loose)
    assert engine.config.holdout.share == 0.05
    assert engine.config.contact.send_hours["email"] == (11, 14)
    assert engine.config.contact.daily_caps == {"email": 1, "sms": 1, "push": 1}
