"""The guardrail benchmark script: deterministic inputs and its report."""

from __future__ import annotations

import json
import sys

import pytest

from nextbest.evals import bench_guardrail


def test_build_messages_is_deterministic_and_varied() -> None:
    first = bench_guardrail.build_messages(300, seed=3)
    again = bench_guardrail.build_messages(300, seed=3)
    assert len(first) == 300
    assert [m.body for m, _ in first] == [m.body for m, _ in again]
    assert len({m.body for m, _ in first}) > 250


def test_bench_reports_percentiles(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(
        sys, "argv", ["bench_guardrail", "--messages", "400", "--repeat", "2", "--json"]
    )
    bench_guardrail.main()
    figures = json.loads(capsys.readouterr().out)
    assert figures["messages"] == 400 and figures["repeat"] == 2
    assert 0 < figures["cpu_p50_ms"] <= figures["cpu_p95_ms"]
    assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    assert figures["target_p95_ms"] == 5.0
