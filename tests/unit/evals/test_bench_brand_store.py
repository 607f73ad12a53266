"""The brand store benchmark runs in quick mode; its search is exact (no timing asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from nextbest.brand_context.ingest import load_pack, sample_pack_path

ROOT = Path(__file__).resolve().parents[3]


def test_quick_benchmark_is_exact() -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "evals" / "bench_brand_store.py"),
            "--entries",
            "300",
            "--queries",
            "25",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=300,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    sample = load_pack(sample_pack_path())
    sample_entries = len(sample.claims) + len(sample.offers) + len(sample.rules) + 2
    assert figures["entries"] == 300 + sample_entries  # generated + sample (with brand, voice)
    assert figures["recall_at_k_vs_exact"] == 1.0
    assert figures["ingest_s"] > 0 and figures["query_p95_ms"] > 0
