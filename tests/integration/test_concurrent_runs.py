"""Caps hold under concurrency (issue 18): three runs at once on one workspace.

Each run reads the send history when it starts, so runs may not overlap: a workspace holds one
run at a time and refuses the others with a clear line (nothing recorded). Started again one
after the other, they see each other's sends and the caps hold across all of them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.tools.sample_customers import write_customers

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-24T17:00:00+00:00"
GOAL = "contact:\n  channel_caps:\n" + "".join(
    f"    {c}: {{max_sends: 1, days: 7}}\n" for c in ("email", "sms", "push")
)


def _arguments(home: Path, customers: Path, goal: Path, run_id: str) -> list[str]:
    return [
        "run", "--customers", str(customers), "--now", NOW, "--home", str(home), "--goal",
        str(goal), "--run-id", run_id, "--json",
    ]  # fmt: skip


def _command(home: Path, customers: Path, goal: Path, run_id: str) -> list[str]:
    return [
        sys.executable, "-c", "from nextbest.app.cli.main import app; app()",
        *_arguments(home, customers, goal, run_id),
    ]  # fmt: skip


def test_three_runs_at_once_never_exceed_a_cap(home: Path, tmp_path: Path) -> None:
    customers = write_customers(tmp_path / "customers.csv", 300)
    goal = tmp_path / "goal.yaml"
    goal.write_text(GOAL)
    ids = ["run-c1", "run-c2", "run-c3"]
    processes = [
        subprocess.Popen(
            _command(home, customers, goal, run_id),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for run_id in ids
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    results = [(p.returncode, out, err) for p, (out, err) in zip(processes, outputs, strict=True)]
    finished = [r for r in results if r[0] == 0]
    refused = [r for r in results if r[0] != 0]
    assert finished, results
    for code, out, err in refused:
        assert code == 2 and "in progress in this workspace" in (out + err), (out, err)
        assert "Traceback" not in err
    for run_id, (code, _, _) in zip(ids, results, strict=True):  # the refused ones, again
        if code != 0:  # one after the other, in this process (no new interpreter)
            again = CliRunner().invoke(app, _arguments(home, customers, goal, run_id))
            assert again.exit_code == 0, again.output[-2000:]
            assert json.loads(again.output)["reconciles"]
    sent: Counter[tuple[str, str]] = Counter()
    for run_id in ids:
        outbox = home / "runs" / run_id / "outbox.jsonl"
        for line in outbox.read_text().splitlines():
            message = json.loads(line)
            sent[(message["customer_id"], message["channel"])] += 1
    assert sent and max(sent.values()) == 1  # cap: one per channel per 7 days, all runs together
