"""Benchmark an automated run end to end: 100,000 customers, offline composer, this machine.

Measures wall time, peak memory (max RSS) and release-graph invocations against cells for
``nextbest run`` on a generated customer table in a fresh workspace. The peer, measured in the
same process, is the naive design that runs the release graph once per customer: it is timed
on a sample of message decisions and its per-customer cost is scaled to the whole table.

Targets on a 2-core machine: < 60 s wall, < 2 GB peak memory, graph invocations = cells.

Usage:
    python evals/bench_run.py [--customers 100000] [--peer-sample 300] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console

from nextbest.app.workspace.batch import BatchRun
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.evals.bench_table import peer_table
from nextbest.tools.customers import CustomerSource
from nextbest.tools.sample_customers import write_customers


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--peer-sample", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        table = write_customers(Path(tmp) / "customers.csv", args.customers)
        runtime = NextbestRuntime(Path(tmp) / "ws")
        runtime.ensure_sample()
        now = datetime.now(UTC)  # after the sample brand pack was loaded
        started = time.perf_counter()
        batch = BatchRun(runtime, CustomerSource(str(table)), now)
        summary = batch.execute()
        wall = time.perf_counter() - started
        batch.close()
        memory = peak_rss_mb()

        # Peer: the release graph once per customer, on a sample of message decisions.
        rows = runtime.customer_rows(limit=args.peer_sample * 3, source=table)
        decisions = runtime.decide(rows, now)
        sample = [
            (r, d) for r, d in zip(rows, decisions, strict=True) if d["action_id"] != "no_message"
        ][: args.peer_sample]
        app = runtime.release_graph()
        context = runtime.context()
        started = time.perf_counter()
        for row, decision in sample:
            app.invoke(
                {"decision": decision, "customer": row, "send_time": decision["send_time"]},
                config={
                    "configurable": {"thread_id": f"peer-{decision['decision_id']}"},
                    "recursion_limit": 50,
                },
                context=context,
            )
        per_customer = (time.perf_counter() - started) / max(1, len(sample))
        runtime.close()
    messages = args.customers - summary.no_message_total - summary.rejected_rows
    peer_wall = per_customer * messages
    figures = {
        "customers": args.customers,
        "wall_s": round(wall, 1),
        "peak_memory_mb": round(memory),
        "cells": len(summary.cells),
        "graph_invocations": summary.graph_invocations,
        "released": summary.released,
        "reconciles": summary.reconciles,
        "peer_per_customer_graph_s_estimated": round(peer_wall, 1),
        "speedup_vs_peer": round(peer_wall / wall, 1),
    }
    if args.json:
        print(json.dumps(figures))
        return
    out = peer_table(
        f"nextbest run · {args.customers:,} customers · offline composer",
        "nextbest run (cells)",
        "peer: graph per customer",
        "ratio peer/run",
    )
    out.add_row(
        "wall time (s)", f"{wall:.1f}", f"{peer_wall:.1f} (est.)", f"{peer_wall / wall:.1f}×"
    )
    out.add_row("release-graph invocations", str(summary.graph_invocations), f"{messages:,}", "")
    out.add_row("peak memory (MB)", f"{memory:.0f}", "", "")
    out.add_row("released / reconciles", f"{summary.released:,} / {summary.reconciles}", "", "")
    Console().print(out)
    ok = wall < 60 and memory < 2048 and summary.graph_invocations == len(summary.cells)
    Console().print(
        f"targets < 60 s, < 2 GB, invocations = cells: [bold]{'meets' if ok else 'MISSES'}[/]"
    )


if __name__ == "__main__":
    main()
