"""Every decision logs the chosen action among the allowed actions' scores, best first."""

from __future__ import annotations

from datetime import UTC, datetime

from brand_context.ingest import load_pack, sample_pack_path
from tools.decisioning import DecisionEngine, PolicySettings, RunConfig
from tools.sample_customers import COLUMNS, generate_customers, sample_feature_spec


def test_top_actions_are_allowed_sorted_and_include_the_choice() -> None:
    pack = load_pack(sample_pack_path())
    engine = DecisionEngine.create(
        pack, sample_feature_spec(), PolicySettings(name="t", seed=3), RunConfig()
    )
    columns = generate_customers(400, seed=11)
    rows = [
        {
            name: (
                None
                if columns[name][i] == ""
                else columns[name][i].item()
                if hasattr(columns[name][i], "item")
                else columns[name][i]
            )
            for name in COLUMNS
        }
        for i in range(400)
    ]
    records = engine.decide(rows, datetime(2026, 11, 24, 17, tzinfo=UTC))
    for record in records:
        ids = [a.action_id for a in record.top_actions]
        assert record.action_id in ids
        blocked = {a for actions in record.mask_reasons.values() for a in actions}
        assert not blocked & set(ids)
        others = [a.expected_reward for a in record.top_actions if a.action_id != record.action_id]
        assert others == sorted(others, reverse=True)
