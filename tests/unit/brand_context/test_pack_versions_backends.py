"""Brand pack versions on SQLite and Postgres: history, as-of and concurrent committers."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

LOADED = datetime(2026, 11, 1, tzinfo=UTC)


def _store(home: Path, embedding_function, clock=None) -> BrandStore:
    return BrandStore(
        Workspace(home), clock=clock or (lambda: LOADED), embedding_function=embedding_function
    )


def test_versions_history_and_as_of(tmp_path: Path, workspace_backend, embedding_function) -> None:
    store = _store(tmp_path / "ws", embedding_function)
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="load")
    data = dict(store.get("claim", "clm-refund-60"))
    data["text"] = "Full refund within 90 days."
    store.put("claim", data, author="bo", role="compliance", reason="longer", create=False)
    assert [v.version for v in store.versions()] == [1, 2]
    assert [r.version_from for r in store.history("clm-refund-60")] == [1, 2]
    before = store.as_of(store.version(2).created_at - timedelta(microseconds=1))
    assert before.claim("clm-refund-60").text != "Full refund within 90 days."
    assert store.pack().claim("clm-refund-60").text == "Full refund within 90 days."
    store.close()


def test_two_stores_committing_at_once_get_distinct_versions(
    tmp_path: Path, workspace_backend, embedding_function
) -> None:
    """Two processes' stores on one workspace database: each change lands as its own version."""
    home = tmp_path / "ws"
    first = _store(home, embedding_function)
    first.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="load")
    second = _store(home, embedding_function)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def change(store: BrandStore, claim_id: str, who: str) -> None:
        data = dict(store.get("claim", claim_id))
        data["text"] = f"{who} rewrote this claim."
        start.wait()
        try:
            store.put("claim", data, author=who, role="compliance", reason="r", create=False)
            outcomes.append("ok")
        except Exception as exc:  # noqa: BLE001 — a refusal is an allowed outcome, not a crash
            outcomes.append(type(exc).__name__)

    claims = [c.id for c in first.pack().claims][:2]
    threads = [
        threading.Thread(target=change, args=(first, claims[0], "ann")),
        threading.Thread(target=change, args=(second, claims[1], "bo")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    versions = first.versions()
    assert [v.version for v in versions] == list(range(1, len(versions) + 1))
    assert len(versions) == 1 + outcomes.count("ok")
    assert outcomes.count("ok") >= 1 and set(outcomes) <= {"ok", "StoreError"}  # never a crash
    first.close()
    second.close()
