"""Benchmark: guardrail p95 latency per message under load, on the eight unseen brands.

Issue 17 asks for a deterministic check p95 < 5 ms per message on brands the engine was not
written beside. This benchmark checks messages built from the labelled cases of every brand
under ``evals/guardrail/new_brands`` (seeded variations: a greeting with a name, a padding
sentence), each against its own brand's engine, in two phases of the same run:

- **alone**: one thread checks every message in turn;
- **under load**: ``--workers`` threads check the same messages at once, sharing the engines
  (as a web server or a batch run with a thread pool does). Python threads contend for the
  interpreter, so wall-clock time per message grows with the workers; the CPU time a check
  spends in its own thread does not.

It prints p50 / p95 / p99 / max wall-clock and CPU time per message for both phases, the
throughput, the ratio of the loaded p95 to the alone p95 (the peer in the same run), and
whether the p95 target is met: the CPU-time p95 of both phases must be below ``--target-ms``.
CPU time is the engine's own cost; wall-clock time on a shared machine also counts the time
other processes held the CPU, so it is reported next to the load average, not judged.

With ``--repeat N`` the alone phase runs N times and each message's fastest pass is reported
too (``alone_fastest``, the timeit convention): on a shared machine whose speed drifts by a third
within minutes, it shows the engine's own cost; the target is still judged on single passes.

Run: ``python -m nextbest.evals.guardrail.bench_load [--messages 6000] [--workers 4]
[--seed 11] [--root FOLDER ...] [--all-sets] [--repeat N] [--json]`` (``--all-sets``: the
brands of every development set at once, not only ``new_brands``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nextbest.brand_context.ingest import load_pack
from nextbest.evals.guardrail.cli import brand_folders
from nextbest.evals.guardrail.runner import load_cases
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message

DEFAULT_ROOT = Path(__file__).parent / "new_brands"
DEVELOPMENT_SETS = (
    "new_brands",
    "second_brands",
    "heldout_brands",
    "heldout_brands_2",
    "heldout_brands_3",
    "heldout_brands_4",
    "heldout_brands_5",
    "heldout_brands_6",
    "heldout_brands_7",
    "heldout_brands_8",
    "heldout_brands_9",
    "heldout_brands_10",
    "heldout_brands_11",
    "heldout_brands_12",
    "heldout_brands_13",
    "heldout_brands_14",
    "heldout_brands_15",
    "heldout_brands_16",
    "heldout_brands_17",
    "heldout_brands_18",
    "heldout_brands_19",
    "heldout_brands_20",
    "heldout_brands_21",
    "heldout_brands_22",
    "heldout_brands_23",
    "heldout_brands_24",
    "heldout_brands_25",
    "heldout_brands_26",
    "heldout_brands_27",
)
"""The brand sets ``--all-sets`` benchmarks and ``verdict_snapshot`` checks: blind sets join once
their first run is recorded (a set still being written is never among them)."""
NAMES = ("Sam", "Ana", "Noor", "Kenji", "Maya", "Luca", "Ife", "Zoë", "José", "Priya")
PADDING = (
    "Here is what is new this week.",
    "Thanks for being with us.",
    "A quick note from the team.",
    "",
)


@dataclass(frozen=True)
class Job:
    """One message to check, with the engine of its brand and its send day."""

    engine: RuleEngine
    message: Message
    day: date | None


def build_jobs(root: Path | Sequence[Path], count: int, seed: int) -> list[Job]:
    """``count`` messages cycled over every brand's cases, varied deterministically.

    Args:
        root: A folder of brand folders (``brand.yaml`` + ``cases.jsonl``), or several.
        count: Messages to build.
        seed: Seed of the variations.

    Returns:
        The jobs, brands interleaved.
    """
    rng = random.Random(seed)
    roots = [root] if isinstance(root, Path) else list(root)
    pools: list[tuple[RuleEngine, list]] = []
    for folder in (f for r in roots for f in brand_folders(r)):
        engine = RuleEngine(load_pack(folder / "brand.yaml"))
        pools.append((engine, load_cases(folder / "cases.jsonl")))
    jobs: list[Job] = []
    for i in range(count):
        engine, cases = pools[i % len(pools)]
        case = cases[(i // len(pools)) % len(cases)]
        body = case.message.body
        if case.channel == "email":
            body = f"Hi {rng.choice(NAMES)},\n\n{rng.choice(PADDING)} {body}"
        message = case.message.model_copy(update={"body": body})
        jobs.append(Job(engine, message, case.send_day))
    return jobs


def _timed(job: Job) -> tuple[float, float, bool]:
    cpu0, wall0 = time.thread_time(), time.perf_counter()
    verdict = job.engine.check(job.message, as_of=job.day)
    return (
        (time.perf_counter() - wall0) * 1000,
        (time.thread_time() - cpu0) * 1000,
        verdict.decision == "block",
    )


def _figures(results: list[tuple[float, float, bool]], seconds: float) -> dict[str, float]:
    wall = statistics.quantiles([r[0] for r in results], n=100, method="inclusive")
    cpu = statistics.quantiles([r[1] for r in results], n=100, method="inclusive")
    return {
        "p50_ms": round(wall[49], 3),
        "p95_ms": round(wall[94], 3),
        "p99_ms": round(wall[98], 3),
        "max_ms": round(max(r[0] for r in results), 3),
        "cpu_p50_ms": round(cpu[49], 3),
        "cpu_p95_ms": round(cpu[94], 3),
        "cpu_p99_ms": round(cpu[98], 3),
        "messages_per_s": round(len(results) / seconds) if seconds > 0 else 0,
        "blocked": sum(r[2] for r in results),
    }


def _fastest(passes: list[list[tuple[float, float, bool]]]) -> list[tuple[float, float, bool]]:
    """Per message, the fastest wall and CPU time over several passes (as ``timeit`` keeps)."""
    return [
        (min(t[0] for t in times), min(t[1] for t in times), times[0][2])
        for times in zip(*passes, strict=True)
    ]


def run(
    jobs: list[Job], workers: int, target_ms: float = 5.0, repeat: int = 1
) -> dict[str, object]:
    """Check every job alone, then with ``workers`` threads at once.

    Args:
        jobs: The messages.
        workers: Threads of the loaded phase.
        target_ms: The p95 target per message.
        repeat: Passes of the alone phase; with more than one, each message's fastest pass is
            reported too (``alone_fastest``): the engine's own cost with the machine's slower
            moments (other tenants, frequency changes) left out. The single-pass figures stay
            the ones the target is judged on.

    Returns:
        The figures of both phases, their p95 ratio and whether the target is met.
    """
    for job in jobs[:200]:  # warm-up: compiled patterns, character caches
        job.engine.check(job.message, as_of=job.day)
    started = time.perf_counter()
    alone = [_timed(job) for job in jobs]
    alone_s = time.perf_counter() - started
    passes = [alone] + [[_timed(job) for job in jobs] for _ in range(repeat - 1)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        loaded = list(pool.map(_timed, jobs, chunksize=16))
    loaded_s = time.perf_counter() - started
    first, second = _figures(alone, alone_s), _figures(loaded, loaded_s)
    fastest = (
        {"alone_fastest": {**_figures(_fastest(passes), alone_s), "passes": repeat}}
        if repeat > 1
        else {}
    )
    return {
        "messages": len(jobs),
        "brands": len({id(job.engine) for job in jobs}),
        "workers": workers,
        "alone": first,
        "under_load": second,
        **fastest,
        "p95_ratio_load_vs_alone": round(second["p95_ms"] / first["p95_ms"], 2)
        if first["p95_ms"]
        else None,
        "load_average_1m": round(os.getloadavg()[0], 2),
        "target_p95_ms": target_ms,
        "meets_target": first["cpu_p95_ms"] < target_ms and second["cpu_p95_ms"] < target_ms,
    }


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--root", type=Path, action="append", help="folder of brands (repeatable; new_brands)"
    )
    parser.add_argument(
        "--all-sets", action="store_true", help="every development brand set at once"
    )
    parser.add_argument("--messages", type=int, default=6000)
    parser.add_argument("--workers", type=int, default=4, help="threads of the loaded phase")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--target-ms", type=float, default=5.0)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="passes of the alone phase; with more, each message's fastest pass is reported too",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    roots = list(args.root or [])
    if args.all_sets:
        roots += [Path(__file__).parent / name for name in DEVELOPMENT_SETS]
    jobs = build_jobs(roots or [DEFAULT_ROOT], args.messages, args.seed)
    figures = run(jobs, args.workers, args.target_ms, max(1, args.repeat))
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"guardrail under load: {figures['messages']} messages over {figures['brands']} brands, "
        f"load average {figures['load_average_1m']}"
    )
    phases = [("alone", "alone"), ("under_load", f"{args.workers} threads")]
    if "alone_fastest" in figures:
        phases.append(("alone_fastest", f"fastest of {args.repeat}"))
    for phase, label in phases:
        f = figures[phase]
        assert isinstance(f, dict)
        print(
            f"  {label:>10}: wall p50 {f['p50_ms']:.3f}  p95 {f['p95_ms']:.3f}  "
            f"p99 {f['p99_ms']:.3f}  max {f['max_ms']:.3f} ms | CPU p50 {f['cpu_p50_ms']:.3f}  "
            f"p95 {f['cpu_p95_ms']:.3f} ms | {f['messages_per_s']} messages/s"
        )
    print(f"  p95 under load / alone: {figures['p95_ratio_load_vs_alone']}")
    met = "met" if figures["meets_target"] else "NOT met"
    print(f"  target CPU p95 < {args.target_ms} ms per message, both phases: {met}")


if __name__ == "__main__":
    main()
