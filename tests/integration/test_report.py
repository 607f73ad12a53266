"""`nextbest report`: intervals, the HTML file with its plots, and the terminal summary."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.workspace.report_statistics import mean_lift, proportion_lift, wilson
from nextbest.tools.sample_customers import write_customers

runner = CliRunner()
NOW = "2026-11-24T17:00:00+00:00"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _outcomes(successes: int, n: int) -> np.ndarray:
    return np.arange(n) < successes


def test_newcombe_interval_matches_the_published_example() -> None:
    # Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 vs 48/80, method 10
    lift = proportion_lift("x", _outcomes(56, 70), _outcomes(48, 80))
    assert lift.diff == pytest.approx(0.2)
    assert lift.low == pytest.approx(0.0524, abs=1e-4)
    assert lift.high == pytest.approx(0.3339, abs=1e-4)
    # Wilson (1927) interval for 0 of 10 is [0, 0.2775]
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)


def test_rates_that_are_zero_by_construction_use_the_treated_interval() -> None:
    lift = proportion_lift("unsubscribe rate", _outcomes(5, 1000), _outcomes(0, 50), True)
    assert lift.diff == pytest.approx(0.005)
    assert (lift.low, lift.high) == pytest.approx(wilson(5, 1000))
    assert lift.low > 0  # significant, where the two-sample interval would cross zero
    assert proportion_lift("u", _outcomes(5, 1000), _outcomes(0, 50)).low < 0


def test_mean_lift_interval_is_the_welch_interval() -> None:
    rng = np.random.default_rng(0)
    treated, holdout = rng.normal(5.0, 2.0, 4000), rng.normal(4.0, 2.0, 1000)
    lift = mean_lift("revenue", treated, holdout)
    se = np.sqrt(treated.var(ddof=1) / 4000 + holdout.var(ddof=1) / 1000)
    assert lift.high - lift.low == pytest.approx(2 * 1.959964 * se)
    assert lift.low < 1.0 < lift.high


def test_report_writes_html_with_embedded_plots_and_the_key_numbers(
    home: Path, tmp_path: Path
) -> None:
    customers = write_customers(tmp_path / "customers.csv", 600)
    base = ["--home", str(home)]
    run = runner.invoke(
        app,
        ["run", "--customers", str(customers), "--now", NOW, "--run-id", "rep-1", "--json", *base],
    )
    assert run.exit_code == 0, run.output
    summary = json.loads(run.output)
    sampled = runner.invoke(app, ["sample", "feedback", "--run", "rep-1", "--json", *base])
    events = json.loads(sampled.output)["file"]
    loaded = runner.invoke(
        app, ["feedback", "--events", events, "--close-run", "rep-1", "--now", NOW, *base]
    )
    assert loaded.exit_code == 0, loaded.output

    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--run", "rep-1", "--out", str(out), *base])
    assert result.exit_code == 0, result.output
    assert "conversion rate" in result.output and str(out.name) in result.output
    html = out.read_text()
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(images) == 4  # lift, breakdown, guardrail, off-policy estimate
    assert all(base64.b64decode(image).startswith(PNG_MAGIC) for image in images)
    assert "http://" not in html.replace("http://www.w3.org", "")  # self-contained

    data = json.loads(
        runner.invoke(app, ["report", "--run", "rep-1", "--out", str(out), "--json", *base]).output
    )
    conversion = data["lifts"][0]
    assert conversion["metric"] == "conversion rate"
    assert f"{conversion['diff'] * 100:+.2f} pp" in html
    assert f"[{conversion['low'] * 100:+.2f}, {conversion['high'] * 100:+.2f}] pp" in html
    assert data["treated"] + data["holdout"] == 600
    assert data["delivered"] == summary["released"]
    assert sum(r["decisions"] for r in data["by_offer"]) == data["treated"]
    assert sum(r["decisions"] for r in data["by_channel"]) == data["treated"]
    assert data["guardrail"]["passed first time"] + data["guardrail"]["revised"] + data[
        "guardrail"
    ]["fallback"] == sum(1 for o in summary["cells"].values() if o == "released")
    assert sum(data["guardrail_customers"].values()) >= summary["released"]
    assert data["blocked_at_recheck"] == summary["blocked"]
    assert 0 < data["exploration_share"] < 0.1  # the 1 % exploration floor, on 570 decisions
    assert data["logging_policy"] == "nba v1" and data["target_policy"] == "nba v2"
    assert [e["estimator"] for e in data["ope"]] == ["observed", "SNIPS", "DR"]
    assert data["ope_in_sample"]  # v2 learned from this very run: the report says so
    assert any("in-sample" in note for note in data["notes"])


def test_report_before_any_feedback_says_so_and_unknown_runs_exit_2(
    home: Path, tmp_path: Path
) -> None:
    customers = write_customers(tmp_path / "customers.csv", 200)
    base = ["--home", str(home)]
    assert (
        runner.invoke(
            app, ["run", "--customers", str(customers), "--now", NOW, "--run-id", "rep-0", *base]
        ).exit_code
        == 0
    )
    result = runner.invoke(app, ["report", "--run", "rep-0", "--json", *base])
    data = json.loads(result.output)
    assert any("no feedback" in note for note in data["notes"])
    assert data["lifts"][0]["treated"] == 0.0
    assert Path(data["html"]).exists()
    missing = runner.invoke(app, ["report", "--run", "nope", *base])
    assert missing.exit_code == 2 and "no decisions" in missing.output
