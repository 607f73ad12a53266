"""Snapshot the guardrail's verdicts on every development case, and compare two snapshots.

Speed work on the rule engine must leave every verdict as it was. This script checks every
labelled case of the bundled sample set and of each development brand set under
``evals/guardrail`` (:data:`~nextbest.evals.guardrail.bench_load.DEVELOPMENT_SETS`; a blind
set still being written is never among them), plus
the benchmark's varied messages (:mod:`nextbest.evals.guardrail.bench_load`), and writes one
line per check: the decision, the fired rule ids and every violation's rule, field, span and
code. ``--compare`` reads two snapshots and lists every check whose verdict differs.

Run::

    python -m nextbest.evals.guardrail.verdict_snapshot --out /tmp/before.json
    python -m nextbest.evals.guardrail.verdict_snapshot --out /tmp/after.json
    python -m nextbest.evals.guardrail.verdict_snapshot --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from rich.console import Console

from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.evals.guardrail.bench_load import DEVELOPMENT_SETS, build_jobs
from nextbest.evals.guardrail.cli import brand_folders
from nextbest.evals.guardrail.runner import default_cases_path, load_cases
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.verdict import Verdict

HERE = Path(__file__).parent

Record = dict[str, object]


def summarise(verdict: Verdict) -> Record:
    """What must not change: decision, fired rules, and each violation's place and code.

    Args:
        verdict: A verdict.

    Returns:
        Plain data for JSON.
    """
    return {
        "decision": verdict.decision,
        "rules": sorted(verdict.fired_rule_ids),
        "violations": sorted(
            [v.rule_id, v.field or "", list(v.span or ()), v.code or ""] for v in verdict.violations
        ),
    }


def _checks(bench_messages: int) -> Iterator[tuple[str, Record]]:
    engine = RuleEngine(load_pack(sample_pack_path()))
    for case in load_cases(default_cases_path()):
        yield f"sample/{case.id}", summarise(engine.check(case.message, as_of=case.send_day))
    for name in DEVELOPMENT_SETS:
        for folder in brand_folders(HERE / name):
            engine = RuleEngine(load_pack(folder / "brand.yaml"))
            for case in load_cases(folder / "cases.jsonl"):
                key = f"{name}/{folder.name}/{case.id}"
                yield key, summarise(engine.check(case.message, as_of=case.send_day))
    for i, job in enumerate(build_jobs(HERE / "new_brands", bench_messages, seed=11)):
        yield f"bench/{i}", summarise(job.engine.check(job.message, as_of=job.day))


def snapshot(bench_messages: int = 2000) -> dict[str, Record]:
    """Every development case's verdict and the benchmark messages' verdicts.

    Args:
        bench_messages: How many benchmark messages to add (seed 11, as the benchmark).

    Returns:
        Check key → summary.
    """
    return dict(_checks(bench_messages))


def compare(before: dict[str, Record], after: dict[str, Record]) -> list[str]:
    """Lines naming every check whose summary differs, or that only one snapshot has.

    Args:
        before: The reference snapshot.
        after: The snapshot to compare with it.

    Returns:
        One line per difference; empty when the verdicts are identical.
    """
    lines = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old != new:
            lines.append(f"{key}: {json.dumps(old)} -> {json.dumps(new)}")
    return lines


def main(argv: list[str] | None = None) -> None:
    """Write a snapshot, or compare two and exit 1 when they differ."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, help="write a snapshot here")
    parser.add_argument("--bench-messages", type=int, default=2000)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        lines = compare(before, after)
        console = Console(highlight=False)
        for line in lines:
            console.print(line, markup=False)
        console.print(f"{len(before)} / {len(after)} checks, {len(lines)} differ", markup=False)
        sys.exit(1 if lines else 0)
    if not args.out:
        parser.error("--out or --compare is required")
    data = snapshot(args.bench_messages)
    args.out.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    Console(highlight=False).print(f"{len(data)} checks written to {args.out}", markup=False)


if __name__ == "__main__":
    main()
