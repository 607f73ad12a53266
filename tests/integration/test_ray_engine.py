"""``nextbest run --engine ray`` on a real Ray cluster gives the local engine's answers.

The equality test runs both engines on the same table (with bad rows), run id and decision time
in two fresh workspaces. The acceptance size (200,000 customers) was run once with
``python -m nextbest.evals.bench_scale --compare 200000`` (figures in the README); the suite
uses 12,000 customers to stay fast on 2 cores.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.workspace.batch import BatchRun
from nextbest.app.workspace.report import build_report
from nextbest.app.workspace.runs import Runs
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customers import CustomerSource
from nextbest.tools.outbox import JsonlOutbox
from nextbest.tools.sample_customers import write_customers

pytestmark = pytest.mark.usefixtures("ray_cluster")

NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)
RUN_ID = "run-20261124-same"
OUTCOMES = ("customers_in", "released", "no_message", "blocked", "escalated", "rejected_rows")
REPORT_FIGURES = (
    "decisions",
    "treated",
    "holdout",
    "delivered",
    "by_offer",
    "by_channel",
    "guardrail",
    "guardrail_customers",
    "blocked_at_recheck",
    "exploration_share",
    "cold_start_share",
    "logging_policy",
)


def _table_with_bad_rows(path: Path, n: int) -> Path:
    write_customers(path, n)
    rows = list(csv.DictReader(path.open()))
    bad = [dict(rows[0]) for _ in range(4)]
    bad[0].update(customer_id="BAD1", age="forty")
    bad[1].update(customer_id="BAD2", time_zone="Mars/Olympus_Mons")
    bad[2].update(customer_id="")
    bad[3].update(customer_id="BAD4", consent_sms="maybe")
    rows[5_000:5_000] = bad  # inside a later batch, not only the first
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with path.open("a") as handle:
        handle.write("ragged,line\r\n")  # a line DuckDB cannot read: a rejected line
    return path


def _cli_run(home: Path, customers: Path, *extra: str) -> dict:
    result = CliRunner().invoke(
        app,
        [
            "run",
            "--customers",
            str(customers),
            "--now",
            NOW.isoformat(),
            "--home",
            str(home),
            "--run-id",
            RUN_ID,
            "--batch-size",
            "1000",
            "--json",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("{") :])


def _actions(home: Path) -> dict[str, str]:
    conn = sqlite3.connect(Workspace(home).db_path)
    try:
        rows = conn.execute(
            "SELECT customer_id, action_id FROM decisions WHERE run_id = ?", (RUN_ID,)
        ).fetchall()
    finally:
        conn.close()
    actions = dict(rows)
    assert len(actions) == len(rows), "a customer was decided twice"
    return actions


def _released_records(home: Path, outcome: str = "released") -> list[str]:
    conn = sqlite3.connect(Workspace(home).db_path)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT record_id FROM release_records"
                " WHERE run_id = ? AND customer_id IS NOT NULL AND outcome = ?",
                (RUN_ID, outcome),
            )
        ]
    finally:
        conn.close()


def _ray_outbox(home: Path) -> list[str]:
    folder = home / "runs" / RUN_ID / "outbox"
    return [
        message_id
        for part in sorted(folder.glob("part-*.parquet"))
        for message_id in pq.read_table(part).column("message_id").to_pylist()
    ]


def test_ray_run_gives_the_local_engines_outcomes(
    tmp_path: Path, sample_home: Callable[[Path], Path]
) -> None:
    table = _table_with_bad_rows(tmp_path / "customers.csv", 12_000)
    local_home, ray_home = sample_home(tmp_path / "local"), sample_home(tmp_path / "ray")

    local = _cli_run(local_home, table)
    remote = _cli_run(ray_home, table, "--engine", "ray", "--ray-workers", "2")

    assert local["reconciles"] and remote["reconciles"]
    assert local["released"] > 5_000 and local["rejected_rows"] == 5
    assert {k: remote[k] for k in OUTCOMES} == {k: local[k] for k in OUTCOMES}
    assert remote["cells"] == local["cells"]
    assert _actions(ray_home) == _actions(local_home)  # every customer, the same action
    local_outbox = {m["message_id"]: m for m in JsonlOutbox(local["outbox"])}
    assert sorted(_ray_outbox(ray_home)) == sorted(local_outbox)
    ray_runs, local_runs = Runs(Workspace(ray_home)), Runs(Workspace(local_home))
    for message_id in sorted(local_outbox)[::997]:  # word for word, as the inspector reads them
        sent = ray_runs.sent_message(RUN_ID, message_id)
        assert local_runs.sent_message(RUN_ID, message_id) == local_outbox[message_id]
        assert sent is not None and sent.pop("decision_id")  # decision ids are per engine
        assert sent == {k: v for k, v in local_outbox[message_id].items() if k != "decision_id"}
    assert len(_released_records(ray_home)) == remote["released"]
    # a customer whose own values made the copy fail is recorded the same way by both engines
    rejected = sorted(_released_records(local_home, "rejected"))
    assert sorted(_released_records(ray_home, "rejected")) == rejected
    assert len(rejected) == sum(remote["blocked"].values()) - sum(
        n for reason, n in remote["blocked"].items() if reason.startswith("cell ")
    )
    run = local_home / "runs" / RUN_ID, ray_home / "runs" / RUN_ID
    assert (run[1] / "rejects.csv").read_text() == (run[0] / "rejects.csv").read_text()
    reports = []
    for home in (local_home, ray_home):
        runtime = NextbestRuntime(home)
        try:
            report = build_report(runtime, RUN_ID, now=NOW, plots=False)
        finally:
            runtime.close()
        reports.append({k: getattr(report, k) for k in REPORT_FIGURES})
    assert reports[1] == reports[0]  # the same report


def _worker_pids(stage: str) -> list[int]:
    """Pids of this machine's Ray Data workers running ``stage`` (from their process titles)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="ignore")
        except OSError:
            continue
        if f"MapBatches({stage})" in title and title.startswith("ray::"):
            pids.append(int(entry.name))
    return pids


def _kill_one_worker_when(
    folder: Path, stage: str, killed: list[int], stop: threading.Event
) -> None:
    """SIGKILL one ``stage`` worker once a first partition of that stage has finished."""
    while not stop.is_set():
        if any(folder.glob("*.json")):
            pids = _worker_pids(stage)
            if pids:
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])
                return
        time.sleep(0.05)


def test_a_worker_killed_mid_run_neither_duplicates_nor_loses_a_message(
    tmp_path: Path, sample_home: Callable[[Path], Path]
) -> None:
    from nextbest.app.workspace.ray_engine import RayBatchRun

    table = write_customers(tmp_path / "customers.parquet", 6_000)
    local_home, ray_home = sample_home(tmp_path / "local"), sample_home(tmp_path / "ray")
    local_runtime, ray_runtime = NextbestRuntime(local_home), NextbestRuntime(ray_home)
    local_run = BatchRun(
        local_runtime, CustomerSource(str(table)), NOW, run_id=RUN_ID, batch_size=500
    )
    local = local_run.execute()
    local_run.close()

    run = RayBatchRun(
        ray_runtime,
        CustomerSource(str(table)),
        NOW,
        run_id=RUN_ID,
        batch_size=500,
        workers=2,
        partition_rows=500,
    )
    killed: list[int] = []
    stop = threading.Event()
    folder = ray_home / "runs" / RUN_ID
    killers = [
        threading.Thread(target=_kill_one_worker_when, args=(folder / name, stage, killed, stop))
        for name, stage in (("decided", "DecideStage"), ("rendered", "RenderStage"))
    ]
    for killer in killers:
        killer.start()
    try:
        summary = run.execute()
    finally:
        stop.set()
        for killer in killers:
            killer.join()
        run.close()
        local_runtime.close()
        ray_runtime.close()

    assert len(killed) == 2, "no worker was killed: the test proved nothing"
    assert summary.reconciles
    assert {k: summary.to_dict()[k] for k in OUTCOMES} == {k: local.to_dict()[k] for k in OUTCOMES}
    outbox = _ray_outbox(ray_home)
    assert len(outbox) == len(set(outbox)) == summary.released  # none twice
    assert set(outbox) == {m["message_id"] for m in JsonlOutbox(local.outbox)}  # none lost
    assert sorted(_released_records(ray_home)) == sorted(outbox)
    assert _actions(ray_home) == _actions(local_home)


def test_a_killed_driver_resumes_with_no_duplicate_and_no_lost_message(
    tmp_path: Path, ray_cluster: str | None, sample_home: Callable[[Path], Path]
) -> None:
    from nextbest.app.workspace.ray_engine import RayBatchRun

    table = write_customers(tmp_path / "customers.csv", 6_000)
    local_home, ray_home = sample_home(tmp_path / "local"), sample_home(tmp_path / "ray")
    local = _cli_run(local_home, table)
    command = [
        str(Path(sys.executable).parent / "nextbest"),
        "run",
        "--customers",
        str(table),
        "--now",
        NOW.isoformat(),
        "--home",
        str(ray_home),
        "--run-id",
        RUN_ID,
        "--batch-size",
        "1000",
        "--engine",
        "ray",
        "--ray-workers",
        "1",
        "--ray-partition-rows",
        "1000",
        *(["--ray-address", ray_cluster] if ray_cluster else []),
    ]
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    driver = subprocess.Popen(command, env=env, start_new_session=True)  # its own cluster too
    decided = ray_home / "runs" / RUN_ID / "decided"
    try:
        deadline = time.monotonic() + 240
        while len(list(decided.glob("*.json"))) < 1 and driver.poll() is None:
            assert time.monotonic() < deadline, "the driver never decided a partition"
            time.sleep(0.05)
        assert driver.poll() is None, "the run finished before it could be killed"
        os.killpg(driver.pid, signal.SIGKILL)  # the driver, and a local cluster it started
    finally:
        driver.wait()

    runtime = NextbestRuntime(ray_home)
    run = RayBatchRun(  # asked with other sizes: the run keeps the partitions it started with
        runtime, CustomerSource(str(table)), NOW, run_id=RUN_ID, batch_size=300, workers=2
    )
    try:
        summary = run.execute().to_dict()
    finally:
        run.close()
        runtime.close()

    assert summary["reconciles"]
    assert {k: summary[k] for k in OUTCOMES} == {k: local[k] for k in OUTCOMES}
    outbox = _ray_outbox(ray_home)
    assert len(outbox) == len(set(outbox)) == summary["released"]
    assert set(outbox) == {m["message_id"] for m in JsonlOutbox(local["outbox"])}
    assert sorted(_released_records(ray_home)) == sorted(outbox)
    assert _actions(ray_home) == _actions(local_home)
