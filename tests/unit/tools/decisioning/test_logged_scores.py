"""Every decision logs the chosen action among the allowed actions' scores, best first."""

from __future__ import annotations

from datetime import UTC, datetime

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.tools.decisioning import DecisionEngine, PolicySettings, RunConfig
from nextbest.tools.sample_customers import COLUMNS, generate_customers, sample_feature_spec


def _rows(n: int, seed: int) -> list[dict]:
    columns = generate_customers(n, seed=seed)
    rows = []
    for i in range(n):
        row = {}
        for name in COLUMNS:
            value = columns[name][i]
            value = value.item() if hasattr(value, "item") else value
            row[name] = None if value == "" else value
        rows.append(row)
    return rows


def test_top_actions_are_allowed_sorted_and_include_the_choice() -> None:
    pack = load_pack(sample_pack_path())
    engine = DecisionEngine.create(
        pack, sample_feature_spec(), PolicySettings(name="t", seed=3), RunConfig()
    )
    rows = _rows(400, seed=11)
    records = engine.decide(rows, datetime(2026, 11, 24, 17, tzinfo=UTC))
    for record in records:
        ids = [a.action_id for a in record.top_actions]
        assert record.action_id in ids
        blocked = {a for actions in record.mask_reasons.values() for a in actions}
        assert not blocked & set(ids)
        others = [a.expected_reward for a in record.top_actions if a.action_id != record.action_id]
        assert others == sorted(others, reverse=True)


def test_objection_to_profiling_masks_every_message() -> None:
    pack = load_pack(sample_pack_path())
    engine = DecisionEngine.create(pack, sample_feature_spec(), PolicySettings(name="t"))
    rows = _rows(200, seed=5)
    for row in rows:
        row["objected_to_profiling"] = True
    records = engine.decide(rows, datetime(2026, 11, 24, 17, tzinfo=UTC))
    assert all(r.action_id == "no_message" for r in records)
    assert all("objected" in r.mask_reasons for r in records if not r.holdout)
