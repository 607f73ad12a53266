"""The learning loop, measured: rounds of run → simulated feedback → learn → report.

Builds a throwaway workspace with the sample brand (loaded on 2026-11-01, so runs decide as of
2026-11-24 17:00 UTC), writes ``--n`` sample customers and runs ``--rounds`` rounds through the
real CLI (``nextbest run``, ``sample feedback``, ``feedback --close-run``, ``report``). For each
round it prints the realised mean reward (report), the expected reward under the ground-truth
model (:mod:`nextbest.evals.sample_outcomes`), and the report's conversion lift against holdout
with its
95 % interval next to the true expected lift. Then it re-draws the last round's outcomes
``--coverage`` times and counts how often the interval covers the truth.

    python -m nextbest.evals.bench_loop --n 3000 --rounds 3 --seed 3
"""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.workspace.report_statistics import proportion_lift
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.evals.sample_feedback import run_truth
from nextbest.tools.sample_customers import write_customers

NOW = "2026-11-24T17:00:00+00:00"


def _invoke(runner: CliRunner, home: Path, *args: str) -> dict:
    result = runner.invoke(app, [*args, "--home", str(home), "--json"])
    if result.exit_code != 0:
        raise RuntimeError(f"nextbest {' '.join(args)} failed:\n{result.output}")
    return json.loads(result.output)


def coverage(home: Path, run_id: str, draws: int) -> tuple[float, float]:
    """Share of re-drawn outcomes whose conversion-lift interval covers the true lift.

    Returns:
        ``(coverage, mean interval width)``.
    """
    runtime = NextbestRuntime(home)
    try:
        truth = run_truth(runtime, run_id)
    finally:
        runtime.close()
    held = np.array([bool(d.get("holdout")) for d in truth.decisions])
    target = truth.expected_conversion_lift()
    hits, widths = 0, []
    for draw in range(draws):
        converted = truth.model.draw(truth.probabilities, np.random.default_rng([1000 + draw]))[
            "converted"
        ]
        lift = proportion_lift("conversion rate", converted[~held], converted[held])
        hits += lift.low <= target <= lift.high
        widths.append(lift.high - lift.low)
    return hits / draws, float(np.mean(widths))


def main() -> None:
    """Run the loop and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="customers")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=3, help="seed of the simulated outcomes")
    parser.add_argument("--coverage", type=int, default=400, help="re-draws for the coverage")
    args = parser.parse_args()
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace(Path(tmp) / "ws")
        store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
        store.import_pack(
            load_pack(sample_pack_path()), author="bench", role="admin", reason="bench_loop"
        )
        store.close()
        home = workspace.home
        customers = write_customers(Path(tmp) / "customers.csv", args.n)
        print(f"{args.n:,} customers, outcome seed {args.seed}")
        print(
            "| round | policy | realised reward | expected reward (truth) | "
            "conversion lift [95 %] | true lift |"
        )
        print("|---|---|---|---|---|---|")
        run_id = ""
        for round_ in range(1, args.rounds + 1):
            run_id = f"round-{round_}"
            _invoke(
                runner, home, "run", "--customers", str(customers), "--now", NOW, "--run-id", run_id
            )
            sampled = _invoke(
                runner, home, "sample", "feedback", "--run", run_id, "--seed", str(args.seed)
            )
            _invoke(
                runner,
                home,
                "feedback",
                "--events",
                sampled["file"],
                "--close-run",
                run_id,
                "--now",
                NOW,
            )
            report = _invoke(runner, home, "report", "--run", run_id)
            lift = report["lifts"][0]
            truth = sampled["truth"]
            print(
                f"| {round_} | {report['logging_policy']} | {report['mean_reward']['all']:.3f} "
                f"| {truth['expected_reward']:.3f} | {lift['diff'] * 100:+.2f} pp "
                f"[{lift['low'] * 100:+.2f}, {lift['high'] * 100:+.2f}] "
                f"| {truth['expected_conversion_lift'] * 100:+.2f} pp |"
            )
        share, width = coverage(home, run_id, args.coverage)
        print(
            f"\ncoverage of the true lift by the 95 % interval over {args.coverage} re-drawn "
            f"outcomes of {run_id}: {share:.1%} (mean width {width * 100:.2f} pp)"
        )


if __name__ == "__main__":
    main()
