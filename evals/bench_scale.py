"""Benchmark a run at scale: the local engine against Ray with 1 and 2 workers, this machine.

Each configuration runs ``nextbest run`` on the same generated Parquet table, with the same run
id and decision time, in a fresh workspace and a fresh process (so peak memory is its own):

- wall time, and time per stage (read/validate/decide, write cells, render/re-check), taken
  from the run's progress callbacks;
- peak memory (max RSS) of the driver, and of the busiest Ray worker (``VmHWM`` of the Ray Data
  worker processes, sampled while they live);
- for Ray, the driver's serial part: indexing decisions and release records in the workspace;
- the outcomes (released, no-message reasons, blocked, rejected, reconciliation) and a digest of
  every customer's action and of the outbox's message ids: all configurations must agree.

From the per-stage figures it writes an estimate for 100,000,000 customers on N workers, with
its assumptions (see :func:`estimate`).

Usage:
    python -m nextbest.evals.bench_scale [--customers 1000000] [--workers 1 2] [--json]

Ray starts a local cluster per configuration (``num_cpus`` = 2, loopback only, no dashboard,
usage statistics off).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RUN_ID = "run-bench-scale"
NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)
OUTCOMES = ("customers_in", "released", "no_message", "blocked", "escalated", "rejected_rows")
STAGES = ("read, validate, decide", "write and check cells", "render and re-check")


def _worker_peak_mb(stop: threading.Event, peak: list[float]) -> None:
    """Sample the Ray Data worker processes' peak RSS (``VmHWM``) until ``stop``."""
    while not stop.is_set():
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                title = (entry / "cmdline").read_bytes()
                if not title.startswith(b"ray::") or b"MapBatches(" not in title:
                    continue
                for line in (entry / "status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]) / 1024)
            except OSError:
                continue
        stop.wait(0.5)


def _digest(values: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(values)).encode()).hexdigest()[:16]


def run_one(engine: str, workers: int, table: Path, home: Path) -> dict[str, Any]:
    """One configuration in this process; returns its figures."""
    from nextbest.app.workspace.batch import BatchRun
    from nextbest.app.workspace.runtime import NextbestRuntime
    from nextbest.brand_context.ingest import load_pack, sample_pack_path
    from nextbest.brand_context.store import BrandStore
    from nextbest.brand_context.workspace import Workspace
    from nextbest.tools.customers import CustomerSource

    workspace = Workspace(home)
    store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    store.import_pack(load_pack(sample_pack_path()), author="bench", role="admin", reason="bench")
    store.close()
    runtime = NextbestRuntime(home)
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        marks[stage] = time.perf_counter()

    startup = 0.0
    started = time.perf_counter()
    if engine == "ray":
        from nextbest.app.workspace.ray_engine import RayBatchRun, connect_ray

        connect_ray(None, num_cpus=2)
        startup = time.perf_counter() - started
        started = time.perf_counter()
        run: BatchRun = RayBatchRun(
            runtime,
            CustomerSource(str(table)),
            NOW,
            run_id=RUN_ID,
            progress=progress,
            workers=workers,
        )
    else:
        run = BatchRun(runtime, CustomerSource(str(table)), NOW, run_id=RUN_ID, progress=progress)
    stop, peak = threading.Event(), [0.0]
    sampler = threading.Thread(target=_worker_peak_mb, args=(stop, peak), daemon=True)
    sampler.start()
    try:
        summary = run.execute()
    finally:
        stop.set()
        sampler.join()
        run.close()
    wall = time.perf_counter() - started
    stages, previous = {}, started
    for stage in STAGES:
        if stage in marks:
            stages[stage] = round(marks[stage] - previous, 1)
            previous = marks[stage]
    conn = workspace.connect()
    try:
        actions = [
            f"{r[0]}={r[1]}"
            for r in conn.execute(
                "SELECT customer_id, action_id FROM decisions WHERE run_id = ?", (RUN_ID,)
            )
        ]
    finally:
        conn.close()
    data = summary.to_dict()
    return {
        "engine": engine if engine == "local" else f"ray × {workers}",
        "wall_s": round(wall, 1),
        "ray_startup_s": round(startup, 1),
        "stages_s": stages,
        "driver_index_s": round(getattr(run, "index_seconds", 0.0), 1),
        "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "worker_peak_mb": round(peak[0]) if engine == "ray" else None,
        "outcomes": {k: data[k] for k in OUTCOMES},
        "reconciles": data["reconciles"],
        "decisions_logged": len(actions),
        "actions_digest": _digest(actions),
        "outbox_digest": _digest(_outbox_ids(Path(data["outbox"]))),
    }


def _outbox_ids(path: Path) -> list[str]:
    if path.is_dir():
        import pyarrow.parquet as pq

        return [
            m
            for part in sorted(path.glob("part-*.parquet"))
            for m in pq.read_table(part).column("message_id").to_pylist()
        ]
    return [json.loads(line)["message_id"] for line in path.open() if line.strip()]


def estimate(ray_runs: list[dict[str, Any]], customers: int, target: int = 100_000_000) -> dict:
    """Wall time for ``target`` customers on N workers, from the measured per-stage figures.

    Assumptions (stated in the output too): the per-customer stages scale linearly with
    customers and are spread evenly over workers as fast as the ones measured here; the
    partitions' files live on storage every worker and the driver reach; the driver's
    indexing (decisions and release records into the workspace database) is serial and
    proceeds at the measured rate, overlapping the workers; cells do not grow with customers
    (same brand, offers, channels, locales).
    """
    best = min(ray_runs, key=lambda r: r["wall_s"])
    workers = int(best["engine"].split("×")[1])
    per_stage = best["stages_s"]
    decide = per_stage.get("read, validate, decide", 0.0)
    render = per_stage.get("render and re-check", 0.0)
    cells = per_stage.get("write and check cells", 0.0)
    worker_s_per_customer = (decide + render) * workers / customers
    index_s_per_customer = best["driver_index_s"] / customers
    rows = {}
    for n in (2, 8, 32, 128):
        workers_part = worker_s_per_customer * target / n
        driver_part = index_s_per_customer * target
        rows[n] = round((max(workers_part, driver_part) + cells) / 3600, 2)
    return {
        "from": best["engine"],
        "worker_seconds_per_million": round(worker_s_per_customer * 1e6, 1),
        "driver_index_seconds_per_million": round(index_s_per_customer * 1e6, 1),
        "cells_seconds": cells,
        "hours_for_100M_by_workers": rows,
        "assumptions": " ".join((estimate.__doc__ or "").split("Assumptions")[1].split()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--no-local", action="store_true", help="skip the local engine")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--one", nargs=4, metavar=("ENGINE", "WORKERS", "TABLE", "HOME"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.one:
        engine, workers, table, home = args.one
        print(json.dumps(run_one(engine, int(workers), Path(table), Path(home))))
        return
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    from nextbest.tools.sample_customers import write_customers

    with tempfile.TemporaryDirectory() as tmp:
        table = write_customers(Path(tmp) / "customers.parquet", args.customers)
        configs = ([] if args.no_local else [("local", 1)]) + [("ray", w) for w in args.workers]
        results = []
        for engine, workers in configs:
            load = os.getloadavg()[0]
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "nextbest.evals.bench_scale",
                    "--one",
                    engine,
                    str(workers),
                    str(table),
                    str(Path(tmp) / f"ws-{engine}-{workers}"),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode != 0:
                raise SystemExit(f"{engine} × {workers} failed:\n{out.stderr[-2000:]}")
            result = json.loads(out.stdout.strip().splitlines()[-1])
            result["load_average_before"] = round(load, 1)
            results.append(result)
            if not args.json:
                print(json.dumps(result), flush=True)
    first = results[0]
    agree = all(
        r["outcomes"] == first["outcomes"]
        and r["actions_digest"] == first["actions_digest"]
        and r["outbox_digest"] == first["outbox_digest"]
        for r in results
    )
    ray_runs = [r for r in results if r["engine"].startswith("ray")]
    report = {
        "customers": args.customers,
        "cpus": os.cpu_count(),
        "results": results,
        "all_agree": agree,
        "estimate": estimate(ray_runs, args.customers) if ray_runs else None,
    }
    print(json.dumps(report, indent=None if args.json else 2))
    if not agree:
        raise SystemExit("the engines disagree")


if __name__ == "__main__":
    main()
