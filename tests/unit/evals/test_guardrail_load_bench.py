"""The under-load guardrail benchmark: deterministic inputs over every brand, both phases."""

from __future__ import annotations

import json

import pytest

from nextbest.evals.guardrail import bench_load


def test_jobs_cover_every_brand_and_are_deterministic() -> None:
    first = bench_load.build_jobs(bench_load.DEFAULT_ROOT, 80, seed=5)
    again = bench_load.build_jobs(bench_load.DEFAULT_ROOT, 80, seed=5)
    assert [j.message.body for j in first] == [j.message.body for j in again]
    packs = {j.engine.pack.brand.name for j in first}
    assert len(packs) == len(bench_load.brand_folders(bench_load.DEFAULT_ROOT)) >= 8


def test_bench_reports_both_phases(capsys: pytest.CaptureFixture[str]) -> None:
    bench_load.main(["--messages", "300", "--workers", "2", "--json"])
    figures = json.loads(capsys.readouterr().out)
    assert figures["messages"] == 300 and figures["workers"] == 2 and figures["brands"] >= 8
    for phase in ("alone", "under_load"):
        f = figures[phase]
        assert 0 < f["cpu_p50_ms"] <= f["cpu_p95_ms"] <= f["cpu_p99_ms"]
        assert 0 < f["p50_ms"] <= f["p95_ms"] <= f["p99_ms"] <= f["max_ms"]
    assert figures["alone"]["blocked"] == figures["under_load"]["blocked"] > 0
    assert figures["target_p95_ms"] == 5.0


def test_repeat_reports_each_message_fastest_pass(capsys: pytest.CaptureFixture[str]) -> None:
    bench_load.main(["--messages", "120", "--workers", "1", "--repeat", "3", "--json"])
    figures = json.loads(capsys.readouterr().out)
    fastest, single = figures["alone_fastest"], figures["alone"]
    assert fastest["passes"] == 3
    assert fastest["blocked"] == single["blocked"] > 0
    # each message's fastest pass is at most its first pass, so every quantile is too
    for key in ("cpu_p50_ms", "cpu_p95_ms", "p50_ms", "p95_ms", "max_ms"):
        assert 0 < fastest[key] <= single[key]


def test_fastest_keeps_the_minimum_of_each_message() -> None:
    passes = [[(3.0, 2.0, True), (1.0, 1.0, False)], [(2.0, 2.5, True), (4.0, 0.5, False)]]
    assert bench_load._fastest(passes) == [(2.0, 2.0, True), (1.0, 0.5, False)]
