"""Issue 20, merge bugs: a proposal is the whole, correct goal built on the goal in force."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nextbest.agents.guided import render_result
from nextbest.agents.llm import LLMSettings
from nextbest.app.workspace.chat_tools import ChatTools, GoalPatch
from nextbest.app.workspace.goal_store import goal_review
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.decisioning import FrequencyCap
from nextbest.tools.decisioning.goal import Goal

NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
PACK = load_pack(sample_pack_path())
WEEKLY = {
    "email": FrequencyCap(max_sends=2, days=7),
    "sms": FrequencyCap(max_sends=1, days=7),
    "push": FrequencyCap(max_sends=3, days=7),
}


@pytest.fixture
def runtime(tmp_path: Path, workspace_backend: str) -> NextbestRuntime:
    workspace = Workspace(tmp_path / "ws")
    store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    store.import_pack(PACK, author="t", role="admin", reason="t")
    store.close()
    rt = NextbestRuntime(workspace.home, llm=LLMSettings())
    yield rt
    rt.close()


def _save(runtime: NextbestRuntime, goal: Goal) -> int:
    saved = runtime.goals.save(
        goal, pack=PACK, author="maria", approved_by="li", reason="r", today=NOW.date()
    )
    return saved.version


def test_setting_one_channel_cap_keeps_the_other_channels_caps(runtime: NextbestRuntime) -> None:
    _save(runtime, Goal(channel_caps=WEEKLY, channel_budgets={"email": 100, "sms": 50}))
    tools = ChatTools(runtime, NOW)
    result = tools.call(
        "propose_goal_change", {"channel_caps": {"sms": {"max_sends": 2, "days": 7}}}
    )
    assert result.ok, result.data
    goal = Goal.model_validate(result.proposal["goal"])
    assert goal.channel_caps == {**WEEKLY, "sms": FrequencyCap(max_sends=2, days=7)}
    assert goal.channel_budgets == {"email": 100, "sms": 50}
    assert result.data["diff"] == [
        {"path": "channel_caps.sms.max_sends", "before": 1, "after": 2},
    ]
    # per-channel budgets merge the same way, and null drops one channel only
    patch = GoalPatch.model_validate({"channel_budgets": {"sms": None, "push": 10}})
    assert patch.apply(goal).channel_budgets == {"email": 100, "push": 10}
    assert GoalPatch(reset=True, holdout_share=0.1).apply(goal).channel_caps == {}


def test_proposal_starts_from_the_goal_in_force_not_the_newest(runtime: NextbestRuntime) -> None:
    standing = _save(runtime, Goal(objective="conversions", channel_caps=WEEKLY))
    weekend = Goal(
        objective="retention",
        audience=[{"field": "loyalty_member", "op": "is_true"}],
        exclude_offers=["off-summer-25"],
        starts_on=date(2026, 11, 28),
        ends_on=date(2026, 11, 29),
    )
    _save(runtime, weekend)
    tools = ChatTools(runtime, NOW)
    result = tools.call("propose_goal_change", {"holdout_share": 0.1})
    assert result.ok, result.data
    goal = Goal.model_validate(result.proposal["goal"])
    assert result.data["based_on_version"] == standing
    assert goal.objective == "conversions" and goal.channel_caps == WEEKLY
    assert goal.audience == [] and goal.exclude_offers == []
    assert (goal.starts_on, goal.ends_on) == (None, None)
    # a proposal for the weekend's dates starts from the weekend goal
    on_weekend = tools.call(
        "propose_goal_change", {"starts_on": "2026-11-28", "ends_on": "2026-11-28"}
    )
    assert on_weekend.data["based_on_version"] == standing + 1
    assert Goal.model_validate(on_weekend.proposal["goal"]).objective == "retention"
    # the maker–checker desk reviews a goal against the same base
    assert [c.path for c in runtime.goals.diff(goal, NOW.date())] == ["holdout_share"]


def test_diff_shows_the_complete_goal_with_changed_inherited_and_default_fields(
    runtime: NextbestRuntime,
) -> None:
    _save(runtime, Goal(objective="conversions", channel_caps={"email": WEEKLY["email"]}))
    tools = ChatTools(runtime, NOW)
    result = tools.call(
        "propose_goal_change", {"channel_caps": {"sms": {"max_sends": 1, "days": 7}}}
    )
    review = {f["path"]: f for f in result.data["review"]}
    assert set(review) >= {
        "objective",
        "channel_caps.email",
        "channel_caps.sms",
        "channel_caps.push",
        "holdout_share",
        "audience",
        "send_window",
    }
    assert review["channel_caps.sms"]["status"] == "changed"
    assert review["channel_caps.sms"]["before"] is None
    assert review["channel_caps.email"] == {
        "path": "channel_caps.email",
        "status": "inherited",
        "value": {"max_sends": 2, "days": 7},
        "before": None,
    }
    assert review["objective"]["status"] == "inherited"
    assert review["channel_caps.push"]["status"] == "default"
    assert review["holdout_share"]["status"] == "default"
    text = tools.call("get_goals", {})
    assert text.ok
    lines = [str(f) for f in goal_review(None, Goal(holdout_share=0.1))]
    assert "holdout_share: null → 0.1  [changed]" in lines
    assert "channel_caps.email: not set (run default)  [default]" in lines


def test_preview_shows_who_is_excluded_from_a_favoured_offer_and_why(
    runtime: NextbestRuntime,
) -> None:
    runtime.ensure_sample()
    tools = ChatTools(runtime, NOW, sample_size=120)
    offer = next(o for o in PACK.offers if o.eligibility and o.is_valid_on(NOW.date()))
    result = tools.call("preview_goal_change", {"favour": [{"offer_id": offer.id, "boost": 3}]})
    assert result.ok, result.data
    reach = result.data["proposed"]["favoured_reach"][offer.id]
    assert reach["excluded"].get("ineligible", 0) > 0
    assert reach["may_receive"] + sum(reach["excluded"].values()) == result.data["sample_size"]
    assert result.data["current"]["favoured_reach"] == {}
    text = render_result("preview_goal_change", result.content())
    line = f"favoured {offer.id}: {reach['may_receive']} may receive it; excluded: ineligible"
    assert line in text
