"""The batch-run benchmark runs in quick mode: one graph run per cell, counts reconcile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_quick_run_benchmark() -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "evals" / "bench_run.py"),
            "--customers",
            "1500",
            "--peer-sample",
            "10",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["reconciles"] is True
    assert figures["graph_invocations"] == figures["cells"] > 0
    assert figures["released"] > 500
