"""`nextbest demo`, `message`, `inspect` and `review` end to end on the sample, offline."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message

runner = CliRunner()
NOW = "2026-11-24T17:00:00+00:00"


def test_demo_releases_only_checked_messages_and_reconciles(home: Path) -> None:
    result = runner.invoke(
        app, ["demo", "--customers", "30", "--now", NOW, "--home", str(home), "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["customers"] == 30
    assert sum(summary["outcomes"].values()) == 30
    assert summary["outcomes"].get("released", 0) >= 10
    assert summary["writer"] == "composer"
    outbox = [json.loads(line) for line in (home / "outbox.jsonl").read_text().splitlines()]
    assert len(outbox) == summary["outcomes"]["released"]
    engine = RuleEngine(load_pack(sample_pack_path()))
    fields = set(Message.model_fields)
    for line in outbox:
        message = Message.model_validate({k: v for k, v in line.items() if k in fields})
        assert engine.check(message).decision in ("pass", "warn"), line
        assert "{{" not in line["body"]  # every slot was filled
    # a second demo run decides anew; nothing is lost or overwritten
    again = runner.invoke(app, ["demo", "--customers", "5", "--now", NOW, "--home", str(home)])
    assert again.exit_code == 0, again.output
    assert "released" in again.output


def test_message_and_inspect(home: Path) -> None:
    runner.invoke(app, ["demo", "--customers", "1", "--now", NOW, "--home", str(home)])
    result = runner.invoke(
        app,
        ["message", "--customer-id", "C0000003", "--now", NOW, "--home", str(home), "--json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    decision_id = data["decision"]["decision_id"]
    shown = runner.invoke(app, ["inspect", decision_id, "--home", str(home), "--json"])
    assert shown.exit_code == 0, shown.output
    detail = json.loads(shown.output)
    assert detail["decision"]["customer_id"] == "C0000003"
    assert 0 < detail["decision"]["propensity"] <= 1
    (record,) = detail["records"]
    assert record["outcome"] in ("released", "no_message")
    if record["outcome"] == "released":
        assert record["pack_hash"].startswith("sha256:") and record["verdict"]["rules_evaluated"]
    human = runner.invoke(app, ["inspect", decision_id, "--home", str(home)])
    assert decision_id in human.output and "propensity" in human.output


def test_unknown_customer_and_decision_are_clear_errors(home: Path) -> None:
    runner.invoke(app, ["demo", "--customers", "1", "--now", NOW, "--home", str(home)])
    result = runner.invoke(app, ["message", "--customer-id", "NOPE", "--home", str(home)])
    assert result.exit_code == 2 and "no customer 'NOPE'" in result.output
    result = runner.invoke(app, ["inspect", "nope", "--home", str(home)])
    assert result.exit_code == 2
    result = runner.invoke(
        app, ["review", "nope", "--reviewer", "r", "--approve", "--home", str(home)]
    )
    assert result.exit_code == 2 and "not awaiting review" in result.output


def test_demo_on_a_new_workspace_as_of_a_past_day(tmp_path: Path) -> None:
    """`demo --now <past day>` on a new workspace counts the sample as in force from that day.

    Without it the run stopped with "before the first brand pack version" once the clock had
    passed the fixed day a test or a user gave.
    """
    home = tmp_path / "new"
    result = runner.invoke(
        app, ["demo", "--customers", "10", "--now", NOW, "--home", str(home), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["outcomes"].get("released", 0) >= 1
    history = runner.invoke(app, ["kb", "history", "--home", str(home), "--json"])
    assert "in force from 2026-11-24" in " ".join(history.output.split()), history.output
