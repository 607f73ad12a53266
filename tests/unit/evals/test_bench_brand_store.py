"""The brand store benchmark runs in quick mode; its search is exact (no timing asserted)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from nextbest.brand_context.ingest import load_pack, sample_pack_path

ROOT = Path(__file__).resolve().parents[3]
GENERATED = 120
"""Generated entries on top of the sample pack's (exactness, not scale, is checked here)."""


def test_quick_benchmark_is_exact(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The script runs as `python evals/bench_brand_store.py …` would (as __main__, from its
    # path), in this process: the modules it imports are loaded already.
    script = ROOT / "evals" / "bench_brand_store.py"
    arguments = ["--entries", str(GENERATED), "--queries", "25", "--json"]
    monkeypatch.setattr("sys.argv", [str(script), *arguments])
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(script), run_name="__main__")
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    sample = load_pack(sample_pack_path())
    sample_entries = len(sample.claims) + len(sample.offers) + len(sample.rules) + 2
    assert figures["entries"] == GENERATED + sample_entries  # + sample (with brand, voice)
    assert figures["recall_at_k_vs_exact"] == 1.0
    assert figures["ingest_s"] > 0 and figures["query_p95_ms"] > 0
