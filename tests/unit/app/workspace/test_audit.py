"""The audit log is append-only, filterable and safe to share between request threads."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nextbest.app.workspace.audit import AuditLog
from nextbest.brand_context.database import DatabaseError
from nextbest.brand_context.workspace import Workspace

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_entries_filter_and_cannot_be_changed(tmp_path: Path, workspace_backend: str) -> None:
    moments = iter(T0 + timedelta(minutes=i) for i in range(10))
    log = AuditLog(Workspace(tmp_path), clock=lambda: next(moments))
    log.record("cora", "sign_in")
    log.record("cora", "proposal.create", "proposal:1", "new claim", details={"kind": "claim"})
    log.record("colin", "proposal.approve", "proposal:1", "checked", outcome="ok")
    log.record("mark", "sign_in_failed", outcome="refused")
    assert [e.action for e in log.entries(action="proposal.")] == [
        "proposal.approve",
        "proposal.create",
    ]
    assert [e.actor for e in log.entries(target="proposal:1")] == ["colin", "cora"]
    assert [e.action for e in log.entries(actor="cora", since=T0 + timedelta(minutes=1))] == [
        "proposal.create"
    ]
    assert log.entries(until=T0 + timedelta(minutes=1))[0].action == "sign_in"
    assert log.entries(action="proposal.create")[0].details == {"kind": "claim"}
    assert [e.entry_id for e in log.entries(limit=2, offset=1)] == [3, 2]
    conn = Workspace(tmp_path).connect()
    with pytest.raises(DatabaseError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(DatabaseError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    conn.close()
    log.close()


def test_threads_share_one_log(tmp_path: Path, workspace_backend: str) -> None:
    log = AuditLog(Workspace(tmp_path))
    errors: list[str] = []

    def work(i: int) -> None:
        try:
            for j in range(100):
                log.record(f"user{i}", "sign_in", reason=str(j))
                log.entries(limit=20)
        except Exception as exc:  # noqa: BLE001 — any error fails the test below
            errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(log.entries(limit=1000)) == 600
    log.close()
