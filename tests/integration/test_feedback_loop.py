"""`nextbest feedback` and `sample feedback`: idempotent events, learning once, the loop."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from nextbest.evals.sample_feedback import run_truth
from nextbest.tools.decisioning.policies.persistence import PolicyStore
from nextbest.tools.sample_customers import write_customers

runner = CliRunner()
NOW = "2026-11-24T17:00:00+00:00"


def _invoke(home: Path, *args: str) -> dict:
    result = runner.invoke(app, [*args, "--home", str(home), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _run(home: Path, customers: Path, run_id: str) -> dict:
    return _invoke(home, "run", "--customers", str(customers), "--now", NOW, "--run-id", run_id)


def _sample(home: Path, run_id: str, seed: int, out: Path | None = None) -> dict:
    extra = ["--out", str(out)] if out else []
    return _invoke(home, "sample", "feedback", "--run", run_id, "--seed", str(seed), *extra)


def _learned(home: Path) -> dict[str, int]:
    conn = Workspace(home).connect()
    try:
        rows = conn.execute("SELECT status, COUNT(*) FROM feedback_learned GROUP BY status")
        return {str(status): int(n) for status, n in rows.fetchall()}
    finally:
        conn.close()


def test_feedback_is_idempotent_reports_unknown_ids_and_learns_each_decision_once(
    workspace_backend: str, home: Path, tmp_path: Path
) -> None:
    """On SQLite and Postgres (``workspace_backend`` comes first: ``home`` is built on it)."""
    customers = write_customers(tmp_path / "customers.csv", 300)
    summary = _run(home, customers, "fb-1")
    events_file = tmp_path / "events.csv"
    sampled = _sample(home, "fb-1", seed=3, out=events_file)
    assert sampled["by_event"]["delivered"] == summary["released"]
    # an unknown decision id, an unknown event type, and one event repeated inside the file
    rows = list(csv.DictReader(events_file.open()))
    with events_file.open("a", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "not-a-decision", "conversion", "30", NOW])
        writer.writerow(["", rows[0]["decision_id"], "bought", "", NOW])
        writer.writerow(list(rows[1].values()))
    first = _invoke(home, "feedback", "--events", str(events_file), "--now", NOW)
    assert first["stored"] == len(rows)
    assert first["duplicates"] == 1
    assert first["unknown"] == 1 and first["unknown_ids"] == ["not-a-decision"]
    assert [row for row, _ in first["invalid"]] == [len(rows) + 2]
    # the run's attribution window is still open: nothing learned, policy unchanged
    assert first["learn"]["policy_version"] is None
    store = PolicyStore(home / "policies")
    assert store.versions("nba") == [1]

    second = _invoke(
        home, "feedback", "--events", str(events_file), "--close-run", "fb-1", "--now", NOW
    )
    assert second["stored"] == 0 and second["duplicates"] == len(rows) + 1
    learn = second["learn"]
    blocked = sum(summary["blocked"].values()) + summary["escalated"]
    assert learn["learned"] + learn["not_sent"] == 300
    assert learn["not_sent"] == blocked
    assert learn["policy_version"] == 2 and store.versions("nba") == [1, 2]
    v1, v2 = store.load("nba", 1), store.load("nba", 2)
    X = np.zeros((1, len(v1.feature_names)))
    assert not np.allclose(v1.expected_rewards(X), v2.expected_rewards(X))

    # the same file and the same closure again: no event stored, no decision learned twice
    third = _invoke(
        home, "feedback", "--events", str(events_file), "--close-run", "fb-1", "--now", NOW
    )
    assert third["stored"] == 0 and third["learn"]["learned"] == 0
    assert third["learn"]["policy_version"] is None and store.versions("nba") == [1, 2]
    handled = {"learned": learn["learned"], "not sent": learn["not_sent"]}
    assert _learned(home) == {status: n for status, n in handled.items() if n}

    # a late event for the closed run is stored but does not re-open learning
    late = tmp_path / "late.jsonl"
    decision = rows[0]["decision_id"]
    late.write_text(json.dumps({"decision_id": decision, "event": "click", "time": NOW}) + "\n")
    fourth = _invoke(home, "feedback", "--events", str(late), "--now", NOW)
    assert fourth["stored"] == 1 and fourth["learn"]["learned"] == 0


def test_runs_close_by_themselves_once_the_attribution_window_has_passed(
    home: Path, tmp_path: Path
) -> None:
    customers = write_customers(tmp_path / "customers.csv", 200)
    _run(home, customers, "auto-1")
    sampled = _sample(home, "auto-1", seed=0)
    early = _invoke(home, "feedback", "--events", sampled["file"], "--now", "2026-11-28T17:00:00")
    assert early["learn"]["learned"] == 0
    later = _invoke(
        home, "feedback", "--events", sampled["file"], "--now", "2026-12-02T17:00:00+00:00"
    )
    assert later["stored"] == 0 and later["learn"]["runs_closed"] == ["auto-1"]
    assert later["learn"]["learned"] > 150 and later["learn"]["policy_version"] == 2


def test_feedback_rejects_unreadable_input(home: Path, tmp_path: Path) -> None:
    missing = runner.invoke(
        app, ["feedback", "--events", str(tmp_path / "no.csv"), "--home", str(home)]
    )
    assert missing.exit_code == 2 and "not found" in missing.output
    wrong = tmp_path / "events.txt"
    wrong.write_text("decision_id,event\n")
    assert runner.invoke(app, ["feedback", "--events", str(wrong), "--home", str(home)]).exit_code
    unknown_run = runner.invoke(app, ["sample", "feedback", "--run", "nope", "--home", str(home)])
    assert unknown_run.exit_code == 2 and "no decisions" in unknown_run.output


@pytest.mark.slow
def test_three_rounds_of_run_and_feedback_improve_the_reward_and_the_lift_matches_the_truth(
    home: Path, tmp_path: Path
) -> None:
    """Run → simulated feedback → learn, three times, on 3,000 sample customers (seed 3)."""
    customers = write_customers(tmp_path / "customers.csv", 3000)
    realised, expected, reports = [], [], []
    for round_ in (1, 2, 3):
        run_id = f"round-{round_}"
        _run(home, customers, run_id)
        sampled = _sample(home, run_id, seed=3)
        loaded = _invoke(
            home, "feedback", "--events", sampled["file"], "--close-run", run_id, "--now", NOW
        )
        assert loaded["learn"]["policy_version"] == round_ + 1
        report = _invoke(home, "report", "--run", run_id, "--out", str(tmp_path / "r.html"))
        realised.append(report["mean_reward"]["all"])
        expected.append(sampled["truth"]["expected_reward"])
        reports.append((run_id, report))
    # the policy learned: round 3 earns clearly more than the (cold) first round
    assert realised[2] > realised[0] + 0.5, realised
    assert expected[2] > expected[0] + 0.5, expected
    # every round's conversion lift interval covers the ground truth's expected lift
    runtime = NextbestRuntime(home)
    try:
        for run_id, report in reports:
            lift = next(x for x in report["lifts"] if x["metric"] == "conversion rate")
            truth = run_truth(runtime, run_id).expected_conversion_lift()
            assert lift["low"] <= truth <= lift["high"], (run_id, lift, truth)
            assert lift["low"] < lift["diff"] < lift["high"]
    finally:
        runtime.close()


def test_a_message_that_was_never_sent_is_not_learned_from(home: Path, tmp_path: Path) -> None:
    customers = write_customers(tmp_path / "customers.csv", 200)
    _run(home, customers, "ns-1")
    sampled = _sample(home, "ns-1", seed=0)
    events = [json.loads(line) for line in Path(sampled["file"]).read_text().splitlines()]
    # as if the re-check had blocked one message: no release record, so no events either
    unsent = next(e["decision_id"] for e in events if e["event"] == "delivered")
    conn = Workspace(home).connect()
    with conn:
        conn.execute("DELETE FROM release_records WHERE decision_id = ?", (unsent,))
    conn.close()
    kept = tmp_path / "kept.jsonl"
    kept.write_text("".join(json.dumps(e) + "\n" for e in events if e["decision_id"] != unsent))
    learn = _invoke(home, "feedback", "--events", str(kept), "--close-run", "ns-1", "--now", NOW)[
        "learn"
    ]
    assert learn["not_sent"] == 1 and learn["learned"] == 199
    assert _learned(home) == {"learned": 199, "not sent": 1}


def test_inspect_shows_how_a_decision_later_performed(home: Path, tmp_path: Path) -> None:
    customers = write_customers(tmp_path / "customers.csv", 200)
    _run(home, customers, "perf-1")
    events_file = tmp_path / "events.csv"
    _sample(home, "perf-1", seed=5, out=events_file)
    _invoke(home, "feedback", "--events", str(events_file), "--close-run", "perf-1", "--now", NOW)
    rows = list(csv.DictReader(events_file.open()))
    decision_id = next(r["decision_id"] for r in rows if r["event"] == "delivered")
    shown = _invoke(home, "inspect", decision_id)
    events = [e["event"] for e in shown["performance"]["events"]]
    assert "delivered" in events
    assert events.count("delivered") == sum(
        1 for r in rows if r["decision_id"] == decision_id and r["event"] == "delivered"
    )
    assert shown["performance"]["learned"]["status"] == "learned"
    assert shown["performance"]["learned"]["policy_version"] == 2
    text = runner.invoke(app, ["inspect", decision_id, "--home", str(home)])
    assert "how it performed" in text.output and "delivered" in text.output
