"""Runs as read by the CLI and the web: list, progress while running, files, the report."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.app.workspace.batch import BatchRun
from nextbest.app.workspace.runs import (
    RunNotFoundError,
    RunProgress,
    Runs,
    build_run_report,
    mask_source,
)
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customers import CustomerSource
from nextbest.tools.sample_customers import write_customers
from tests.services.postgres import BACKENDS, fresh_database

NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)


@dataclass
class FinishedRun:
    workspace: Workspace
    run_id: str
    summary: dict
    seen: list[RunProgress]


def sample_workspace(home: Path) -> Workspace:
    """A workspace whose sample brand pack was loaded on 2026-11-01."""
    workspace = Workspace(home)
    store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
    store.close()
    return workspace


def customers_with_a_bad_row(path: Path, n: int) -> Path:
    """A sample customer table whose 3rd data row has an invalid age."""
    write_customers(path, n)
    rows = list(csv.DictReader(path.open()))
    rows[2]["age"] = "forty"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def run_batch(workspace: Workspace, customers: Path, run_id: str) -> FinishedRun:
    """A finished batch run, with the run's progress as read while it was going."""
    runtime = NextbestRuntime(workspace.home)
    seen: list[RunProgress] = []
    runs = Runs(workspace)

    def progress(stage: str, done: int, total: int) -> None:
        info = runs.get(run_id)
        assert info.running
        seen.append(info.progress)

    batch = BatchRun(runtime, CustomerSource(str(customers)), NOW, run_id=run_id, progress=progress)
    try:
        summary = batch.execute().to_dict()
    finally:
        batch.close()
        runtime.close()
    return FinishedRun(workspace, run_id, summary, seen)


@pytest.fixture(scope="module", params=BACKENDS)
def finished(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FinishedRun]:
    """One finished run per backend (SQLite, Postgres); its tests read it."""
    with pytest.MonkeyPatch.context() as patch, ExitStack() as stack:
        patch.delenv("NEXTBEST_DATABASE_URL", raising=False)
        if request.param == "postgres":
            server = request.getfixturevalue("postgres_server")
            patch.setenv("NEXTBEST_DATABASE_URL", stack.enter_context(fresh_database(server)))
        root = tmp_path_factory.mktemp("runs")
        workspace = sample_workspace(root / "ws")
        customers = customers_with_a_bad_row(root / "customers.csv", 60)
        yield run_batch(workspace, customers, "run-test-1")


@pytest.fixture
def runs(finished: FinishedRun) -> Iterator[Runs]:
    yield Runs(finished.workspace)


def test_list_shows_the_finished_run_with_its_reconciled_counts(finished, runs) -> None:
    (info,) = runs.recent()
    summary = finished.summary
    assert info.run_id == "run-test-1" and info.status == "finished" and not info.running
    assert info.counts["customers"] == 60 == summary["customers_in"]
    assert info.counts["rejected_rows"] == 1
    assert info.counts["released"] == summary["released"] > 0
    assert (
        sum(
            info.counts[k]
            for k in ("released", "no_message", "blocked", "escalated", "rejected_rows")
        )
        == 60
    )
    assert info.progress.stage == "done" and info.progress.decided == 59
    assert info.progress.released == summary["released"]
    assert info.has_rejects and not info.has_report
    assert info.source.endswith("customers.csv")
    assert info.to_dict()["running"] is False
    assert runs.recent(offset=1) == []


def test_progress_is_read_from_the_records_while_the_run_goes(finished) -> None:
    stages = [p.stage for p in finished.seen]
    assert stages[0] == "deciding" and "writing cells" in stages
    cells = [p.cells_done for p in finished.seen if p.stage == "writing cells"]
    assert cells == sorted(cells) and cells[-1] >= 1
    assert max(p.decided for p in finished.seen) == 59


def test_rejects_file_is_served_from_the_run_folder_only(finished, runs, tmp_path) -> None:
    path = runs.file("run-test-1", "rejects.csv")
    assert path.parent == (finished.workspace.home / "runs" / "run-test-1").resolve()
    (row,) = list(csv.DictReader(path.read_text().splitlines()))
    assert row["row"] == "4" and "age" in row["reason"]  # line 4: the header is line 1
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    for run_id, name in [
        ("run-test-1", "../../nextbest.db"),
        ("run-test-1", "../run-test-1/rejects.csv"),
        ("run-test-1", str(outside)),
        ("run-test-1", "/etc/passwd"),
        ("run-test-1", "outbox.jsonl"),  # exists, but not offered for download
        ("run-test-1", "report.html"),  # not built yet
        ("..", "rejects.csv"),
        ("../runs/run-test-1", "rejects.csv"),
        ("/etc", "passwd"),
        ("no-such-run", "rejects.csv"),
    ]:
        with pytest.raises(RunNotFoundError):
            runs.file(run_id, name)


def test_a_symlink_out_of_the_run_folder_is_refused(tmp_path, workspace_backend) -> None:
    workspace = Workspace(tmp_path / "ws").ensure()
    conn = workspace.connect()
    with conn:
        conn.execute(
            "INSERT INTO runs VALUES ('run-x', '2026-11-24T17:00:00+00:00', "
            "'2026-11-24T17:00:00+00:00', '{\"location\": \"c.csv\"}', 'started', NULL)"
        )
    conn.close()
    folder = workspace.home / "runs" / "run-x"
    folder.mkdir(parents=True)
    secret = tmp_path / "secret.csv"
    secret.write_text("customer_id\nC1\n")
    os.symlink(secret, folder / "rejects.csv")
    runs = Runs(workspace)
    with pytest.raises(RunNotFoundError):
        runs.file("run-x", "rejects.csv")
    info = runs.get("run-x")
    assert info.running and info.progress == RunProgress("deciding", 0, 0, 0, 0)
    assert info.summary is None and info.counts == {"decided": 0, "released": 0}


def test_report_is_built_into_the_run_folder(finished, runs) -> None:
    runtime = NextbestRuntime(finished.workspace.home)
    try:
        path = build_run_report(runtime, "run-test-1", now=NOW)
        with pytest.raises(RunNotFoundError):
            build_run_report(runtime, "no-such-run")
    finally:
        runtime.close()
    assert path == runs.file("run-test-1", "report.html")
    html = path.read_text()
    assert "run-test-1" in html and "data:image/png;base64," in html
    assert runs.get("run-test-1").has_report


def test_empty_workspace_and_unknown_runs(tmp_path, workspace_backend) -> None:
    runs = Runs(Workspace(tmp_path / "empty").ensure())
    assert runs.recent() == []
    with pytest.raises(RunNotFoundError, match="no run 'nope'"):
        runs.get("nope")
    assert str(RunNotFoundError("no run 'x'")) == "no run 'x'"


def test_source_credentials_are_masked() -> None:
    assert mask_source("postgresql://ana:s3cret@db.example:5432/crm") == (
        "postgresql://ana:***@db.example:5432/crm"
    )
    assert mask_source("postgres://db.example/crm") == "postgres://db.example/crm"
    assert mask_source("/data/customers.csv") == "/data/customers.csv"


def test_a_batch_decision_is_explained_with_its_cell_and_sent_message(finished, runs) -> None:
    from nextbest.app.workspace.inspector import explain

    runtime = NextbestRuntime(finished.workspace.home)
    try:
        released = next(
            r
            for r in runtime.records.for_run("run-test-1")
            if r.customer_id and r.outcome == "released"
        )
        explanation = explain(runtime, released.decision_id)
    finally:
        runtime.close()
    assert explanation.decision["run_id"] == "run-test-1"
    (cell,) = explanation.cell_records
    assert cell.cell == released.cell and cell.outcome == "released"
    rules = explanation.rules(cell)
    assert rules and len(rules) == len(cell.verdict["rules_evaluated"])
    sent = explanation.copy
    assert sent["message_id"] == released.record_id and sent["customer_id"] == released.customer_id
    assert sent["body"] and "{{" not in sent["body"]
    assert runs.sent_message("run-test-1", "run-test-1:nobody") is None
    assert runs.sent_message("no-such-run", released.record_id) is None
