"""The batch-run benchmark runs in quick mode: one graph run per cell, counts reconcile."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_quick_run_benchmark(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The script runs as `python evals/bench_run.py …` would (as __main__, from its path), in
    # this process: the modules it imports are loaded already.
    script = ROOT / "evals" / "bench_run.py"
    monkeypatch.setattr(
        "sys.argv", [str(script), "--customers", "1500", "--peer-sample", "10", "--json"]
    )
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(script), run_name="__main__")
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["reconciles"] is True
    assert figures["graph_invocations"] == figures["cells"] > 0
    assert figures["released"] > 500
