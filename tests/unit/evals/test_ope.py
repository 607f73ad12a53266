from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from nextbest.evals.cli import app
from nextbest.evals.ope import load_obd_csv, obd_target, simulate_log
from nextbest.tools.off_policy import (
    BanditLog,
    DirectMethod,
    DoublyRobust,
    InverseProbabilityWeighting,
    SelfNormalizedIPS,
    bootstrap_interval,
    evaluate,
)

OBD = Path(__file__).resolve().parents[4] / "shared" / "data" / "obd"  # shared/ beside the repo
RANDOM_CSV = OBD / "random" / "all" / "all.csv"
BTS_CSV = OBD / "bts" / "all" / "all.csv"
needs_obd = pytest.mark.skipif(not RANDOM_CSV.exists(), reason="OBD samples not on this machine")


def tiny_log() -> BanditLog:
    return BanditLog(
        actions=np.array([0, 1, 1, 2]),
        rewards=np.array([1.0, 0.0, 2.0, 1.0]),
        propensities=np.array([0.5, 0.25, 0.25, 0.5]),
        n_actions=3,
    )


def test_estimator_formulas_on_a_hand_computed_log() -> None:
    log = tiny_log()
    target = np.tile([0.2, 0.6, 0.2], (4, 1))
    w = np.array([0.4, 2.4, 2.4, 0.4])
    assert InverseProbabilityWeighting().estimate(log, target) == pytest.approx(
        (w * log.rewards).mean()
    )
    assert SelfNormalizedIPS().estimate(log, target) == pytest.approx(
        (w * log.rewards).sum() / w.sum()
    )
    q = np.tile([1.0, 0.5, 0.0], (4, 1))
    dm = (target * q).sum(axis=1)
    assert DirectMethod().estimate(log, target, q) == pytest.approx(dm.mean())
    correction = w * (log.rewards - q[np.arange(4), log.actions])
    assert DoublyRobust().estimate(log, target, q) == pytest.approx((dm + correction).mean())


def test_logging_policy_on_its_own_log_gives_the_logged_mean() -> None:
    log = tiny_log()
    target = np.zeros((4, 3))
    target[np.arange(4), log.actions] = log.propensities
    other = (log.actions + 1) % 3  # the rest of the mass on an action that was not logged
    target[np.arange(4), other] = 1 - log.propensities
    est = {e.estimator: e for e in evaluate(log, target, ["ips", "snips"], n_bootstrap=200)}
    assert est["IPS"].value == pytest.approx(log.rewards.mean())
    assert est["SNIPS"].value == pytest.approx(log.rewards.mean())


def test_bootstrap_interval_brackets_the_mean() -> None:
    rng = np.random.default_rng(0)
    u = rng.normal(5.0, 1.0, 2000)
    low, high = bootstrap_interval(u, np.ones_like(u), 500, 0.95, seed=1)
    assert low < u.mean() < high
    assert high - low == pytest.approx(2 * 1.96 / np.sqrt(2000), rel=0.2)


def test_evaluate_validates_the_target() -> None:
    log = tiny_log()
    with pytest.raises(ValueError, match="shape"):
        evaluate(log, np.ones((4, 2)) / 2)
    with pytest.raises(ValueError, match="sum to 1"):
        evaluate(log, np.ones((4, 3)))
    with pytest.raises(ValueError, match="unknown estimators"):
        evaluate(log, np.ones((4, 3)) / 3, ["nope"])


def test_intervals_cover_the_true_value_of_a_different_policy_on_simulator_logs() -> None:
    seeds = range(5)
    hits = {"IPS": 0, "SNIPS": 0, "DR": 0}
    ips_values, truths = [], []
    for seed in seeds:
        sim = simulate_log(seed=seed, rounds=15_000)
        logged_policy = sim.log.propensities
        assert ((logged_policy > 0) & (logged_policy <= 1)).all()
        # the target really is a different policy: it disagrees with the logged actions often
        assert sim.target[np.arange(len(sim.log)), sim.log.actions].mean() < 0.5
        for e in evaluate(sim.log, sim.target, ["ips", "snips", "dr"], n_bootstrap=300, seed=seed):
            hits[e.estimator] += e.covers(sim.true_value)
            if e.estimator == "IPS":
                ips_values.append(e.value)
        truths.append(sim.true_value)
    assert hits["DR"] >= 4 and hits["SNIPS"] >= 4 and hits["IPS"] >= 3
    assert abs(np.mean(ips_values) - np.mean(truths)) < 0.15 * abs(np.mean(truths))


@needs_obd
def test_obd_csv_loads_through_duckdb() -> None:
    data = load_obd_csv(RANDOM_CSV)
    log = data.log
    assert len(log) == 10_000 and log.n_actions == 80
    assert np.allclose(log.propensities, 1 / 80)
    assert log.contexts is not None and log.contexts.shape[0] == 10_000
    logged = obd_target(data, "logged")
    np.testing.assert_allclose(logged.sum(axis=1), 1.0)
    est = {e.estimator: e for e in evaluate(log, logged, ["ips", "snips"], n_bootstrap=200)}
    assert est["IPS"].value == pytest.approx(log.rewards.mean())
    assert est["SNIPS"].value == pytest.approx(log.rewards.mean())


@needs_obd
def test_cli_ope_on_obd_bts_evaluated_on_random_log() -> None:
    result = CliRunner().invoke(
        app,
        ["ope", str(RANDOM_CSV), "--target", "other", "--target-log", str(BTS_CSV),
         "--bootstrap", "200", "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["rows"] == 10_000
    assert {e["estimator"] for e in payload["estimates"]} == {"IPS", "SNIPS", "DM", "DR"}
    bts_rate = payload["reference"]["target policy's own click rate"]
    ips = next(e for e in payload["estimates"] if e["estimator"] == "IPS")
    assert ips["low"] <= bts_rate <= ips["high"]


@needs_obd
def test_cli_ope_table_output() -> None:
    result = CliRunner().invoke(app, ["ope", str(BTS_CSV), "--target", "logged", "-e", "ips",
                                      "-e", "snips", "--bootstrap", "100"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "IPS" in result.output and "SNIPS" in result.output and "interval" in result.output
    assert "logged click rate: 0.0042" in result.output


def test_cli_ope_help_and_errors() -> None:
    runner = CliRunner()
    help_text = runner.invoke(app, ["ope", "--help"]).output
    for word in ("ips", "snips", "dm", "dr", "Open Bandit Dataset", "--simulate"):
        assert word in help_text
    result = runner.invoke(app, ["ope"])
    assert result.exit_code != 0
    assert "Open Bandit Dataset CSV" in result.output
    result = runner.invoke(app, ["ope", "--simulate", "-e", "nope"])
    assert result.exit_code != 0


def test_cli_ope_simulate_reports_truth() -> None:
    result = CliRunner().invoke(app, ["ope", "--simulate", "--rounds", "5000", "--bootstrap", "100",
                                      "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert "true target value" in payload["reference"]
    assert all("covers_truth" in e for e in payload["estimates"])


def test_an_obd_log_at_a_path_with_an_apostrophe_and_spaces_loads(tmp_path) -> None:
    folder = tmp_path / "ana's logs 2026"
    folder.mkdir()
    target = folder / "o'brien log.csv"
    rows = ["item_id,position,click,propensity_score,user_feature_0"]
    rows += [f"{i % 3},{1 + i % 2},{i % 5 == 0:d},0.333,{'ab'[i % 2]}" for i in range(30)]
    target.write_text("\n".join(rows) + "\n")

    data = load_obd_csv(target)

    assert len(data.log) == 30 and data.log.n_actions == 3
    assert np.allclose(data.log.propensities, 0.333)
