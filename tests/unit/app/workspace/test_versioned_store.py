"""The versioned configuration stores on SQLite and Postgres: numbers, history, concurrency."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.app.workspace.conversations import ConversationIndex
from nextbest.app.workspace.customer_schemas import CustomerSchemaStore, SchemaChangeError
from nextbest.app.workspace.limits_store import LimitsStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customer_schema import CustomerSchema
from nextbest.tools.decisioning.brand_limits import DEFAULT_LIMITS

CRM_SCHEMA = Path(__file__).parents[4] / "evals" / "customers" / "crm_export" / "customers.yaml"

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_limits_versions_count_up_without_gaps_under_concurrent_saves(
    tmp_path: Path, workspace_backend: str
) -> None:
    """Six stores (six connections) saving at once get versions 1..6, each exactly once."""
    workspace = Workspace(tmp_path / "ws")
    stores = [LimitsStore(workspace, clock=lambda: NOW) for _ in range(6)]
    errors: list[str] = []

    def save(i: int) -> None:
        try:
            stores[i].save(DEFAULT_LIMITS, author=f"maker{i}", approved_by="checker", reason="r")
        except Exception as exc:  # noqa: BLE001 — any error fails the test below
            errors.append(repr(exc))

    threads = [threading.Thread(target=save, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    history = stores[0].history()
    assert [v.version for v in history] == [1, 2, 3, 4, 5, 6]
    assert sorted(v.author for v in history) == [f"maker{i}" for i in range(6)]
    assert stores[0].current() == history[-1]
    for store in stores:
        store.close()


def test_customer_schema_versions_and_one_approval(tmp_path: Path, workspace_backend: str) -> None:
    schema = CustomerSchema.load(CRM_SCHEMA)
    store = CustomerSchemaStore(Workspace(tmp_path / "ws"))
    first = store.propose(schema, "maya", "first table")
    assert (first.version, first.status) == (1, "pending")
    with pytest.raises(SchemaChangeError, match="another person"):
        store.approve(1, "maya")
    approved = store.approve(1, "colin")
    assert (approved.status, approved.approved_by) == ("approved", "colin")
    with pytest.raises(SchemaChangeError, match="approved"):
        store.approve(1, "other")
    assert store.body(1) == schema.to_yaml()
    store.close()


def test_conversation_index_refuses_a_taken_id(tmp_path: Path, workspace_backend: str) -> None:
    with ConversationIndex(Workspace(tmp_path / "ws"), clock=lambda: NOW) as index:
        index.create("c1", "maya")
        with pytest.raises(ValueError, match="already exists"):
            index.create("c1", "maya")
        index.sync("c1", [{"role": "user", "content": "hello"}], None)
        assert [c.title for c in index.started_by("maya")] == ["hello"]
