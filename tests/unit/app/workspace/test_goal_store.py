"""Approved goals are versioned with author, approver and time; hard limits are refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nextbest.app.workspace.goal_store import GoalRefused, GoalStore, goal_diff
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.decisioning import FrequencyCap, RunConfig
from nextbest.tools.decisioning.goal import Goal
from nextbest.tools.decisioning.targeting import OfferPreference

NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
PACK = load_pack(sample_pack_path())


@pytest.fixture
def goals(tmp_path: Path, workspace_backend: str) -> GoalStore:
    store = GoalStore(Workspace(tmp_path / "ws"), clock=lambda: NOW)
    yield store
    store.close()


def test_save_versions_with_author_approver_and_reason(goals: GoalStore) -> None:
    first = goals.save(
        Goal(objective="retention"), pack=PACK, author="maria", approved_by="li", reason="Q4 churn"
    )
    second = goals.save(
        Goal(holdout_share=0.1), pack=PACK, author="maria", approved_by="li", reason="wider holdout"
    )
    assert (first.version, second.version) == (1, 2)
    assert first.author == "maria" and first.approved_by == "li" and first.created_at == NOW
    assert goals.current() == second
    assert [v.version for v in goals.history()] == [1, 2]
    assert goals.version(1).goal.objective == "retention"
    with pytest.raises(KeyError):
        goals.version(9)


def test_refused_goal_is_not_stored(goals: GoalStore) -> None:
    with pytest.raises(GoalRefused) as refused:
        goals.save(Goal(holdout_share=0.0), pack=PACK, author="m", approved_by="l", reason="r")
    assert refused.value.problems[0].field == "holdout_share"
    assert goals.history() == []
    with pytest.raises(ValueError, match="reason"):
        goals.save(Goal(), pack=PACK, author="m", approved_by="l", reason=" ")


def test_goal_in_force_follows_its_date_range(goals: GoalStore) -> None:
    base = goals.save(
        Goal(objective="conversions"), pack=PACK, author="m", approved_by="l", reason="base"
    )
    december = goals.save(
        Goal(objective="retention", starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 31)),
        pack=PACK,
        author="m",
        approved_by="l",
        reason="december",
    )
    assert goals.in_force(NOW) == base
    assert goals.in_force(datetime(2026, 12, 10, tzinfo=UTC)) == december
    assert goals.in_force(datetime(2027, 1, 2, tzinfo=UTC)) == base
    config = goals.run_config(datetime(2026, 12, 10, tzinfo=UTC), PACK)
    assert config.targeting.goal_version == december.version
    assert config.value.unsubscribe_weight > RunConfig().value.unsubscribe_weight


def test_no_goal_means_defaults(goals: GoalStore) -> None:
    assert goals.in_force(NOW) is None
    assert goals.run_config(NOW, PACK) == RunConfig()


def test_diff_lists_changed_fields_only() -> None:
    old = Goal(channel_caps={"sms": FrequencyCap(max_sends=3, days=7)})
    new = Goal(
        channel_caps={"sms": FrequencyCap(max_sends=2, days=7)},
        favour=[OfferPreference(offer_id="off-winback-20", boost=3)],
    )
    changes = {c.path: (c.before, c.after) for c in goal_diff(old, new)}
    assert changes == {
        "channel_caps.sms.max_sends": (3, 2),
        "favour": ([], [{"offer_id": "off-winback-20", "boost": 3.0, "segment": []}]),
    }
    assert str(goal_diff(None, Goal(holdout_share=0.1))[0]) == "holdout_share: null → 0.1"
