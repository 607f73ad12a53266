"""One field diff for the store history, goals and proposals (issue 24)."""

from __future__ import annotations

from nextbest.app.workspace.goal_store import goal_diff
from nextbest.app.workspace.proposal_models import EntryDelta
from nextbest.brand_context.field_diff import FieldChange, field_changes
from nextbest.brand_context.store import EntryDiff
from nextbest.tools.decisioning.goal import Goal


def _pairs(changes: list[FieldChange]) -> list[tuple[str, object, object]]:
    return [(c.path, c.before, c.after) for c in changes]


def test_nested_mappings_are_compared_leaf_by_leaf_in_key_order() -> None:
    before = {"id": "r1", "params": {"field": "body", "max_chars": 160}, "gone": 1}
    after = {"id": "r1", "params": {"field": "body", "max_chars": 120}, "new": [1, 2]}
    assert _pairs(field_changes(before, after)) == [
        ("params.max_chars", 160, 120),
        ("gone", 1, None),
        ("new", None, [1, 2]),
    ]


def test_a_mapping_that_appears_lists_every_field_it_holds() -> None:
    assert _pairs(field_changes(None, {"a": 1, "b": {"c": 2}})) == [
        ("a", None, 1),
        ("b.c", None, 2),
    ]
    assert _pairs(field_changes({"p": {"x": 1}}, {"p": None})) == [("p.x", 1, None)]


def test_lists_scalars_and_a_mapping_replaced_by_a_scalar_compare_whole() -> None:
    assert _pairs(field_changes({"l": [1, 2]}, {"l": [2, 1]})) == [("l", [1, 2], [2, 1])]
    assert _pairs(field_changes({"p": {"x": 1}}, {"p": 5})) == [("p", {"x": 1}, 5)]
    assert _pairs(field_changes(3, 4, "top")) == [("top", 3, 4)]
    assert field_changes({"a": {"b": [1]}}, {"a": {"b": [1]}}) == []


def test_goals_store_history_and_proposals_share_the_one_change_type() -> None:
    changes = goal_diff(Goal(holdout_share=0.05), Goal(holdout_share=0.1))
    assert changes == [FieldChange(path="holdout_share", before=0.05, after=0.1)]
    assert str(changes[0]) == "holdout_share: 0.05 → 0.1"
    entry = EntryDiff("claim", "c1", "changed", field_changes({"text": "a"}, {"text": "b"}))
    assert entry.to_dict()["fields"] == [{"path": "text", "before": "a", "after": "b"}]
    delta = EntryDelta(kind="claim", entry_id="c1", change="changed", fields=entry.fields)
    assert EntryDelta.model_validate_json(delta.model_dump_json()).fields == entry.fields
