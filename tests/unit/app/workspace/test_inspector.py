"""The decision inspector: a decision's scores, masks, copy, every rule's verdict, outcomes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.app.workspace.inspector import (
    DecisionNotFoundError,
    customer_decisions,
    customer_profile,
    explain,
    rule_verdicts,
)
from nextbest.app.workspace.release import release_one
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from tests.unit.app.workspace.test_runs import sample_workspace

NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)


def _seed(home: Path) -> None:
    """The sample workspace with sample customers and one released decision (in released.json)."""
    home = sample_workspace(home).home
    runtime = NextbestRuntime(home)
    try:
        runtime.ensure_sample()
        rows = runtime.customer_rows(limit=12)
        app = runtime.release_graph()
        for customer, decision in zip(rows, runtime.decide(rows, NOW), strict=True):
            if release_one(runtime, customer, decision, app).get("outcome") == "released":
                (home / "released.json").write_text(json.dumps(decision, default=str))
                return
    finally:
        runtime.close()
    raise AssertionError("no sample customer got a message")


@pytest.fixture
def workspace(workspace_copy) -> Workspace:
    """A fresh copy of the seeded workspace, built once per backend (SQLite and Postgres)."""
    return Workspace(workspace_copy("inspector", _seed))


@pytest.fixture
def released(workspace: Workspace) -> dict:
    """The released decision of the seeded workspace."""
    return json.loads((workspace.home / "released.json").read_text())


@pytest.fixture
def runtime(workspace: Workspace) -> Iterator[NextbestRuntime]:
    rt = NextbestRuntime(workspace.home)
    yield rt
    rt.close()


def test_rule_verdicts_put_fired_rules_first_and_list_every_pass() -> None:
    verdict = {
        "violations": [
            {"rule_id": "r-warn", "severity": "warn", "message": "w"},
            {"rule_id": "r-block", "severity": "block", "message": "b1"},
            {"rule_id": "r-block", "severity": "block", "message": "b2"},
        ],
        "rules_evaluated": ["r-ok", "r-block", "r-warn", "r-ok2"],
    }
    out = rule_verdicts(verdict)
    assert [(r.rule_id, r.status, len(r.violations)) for r in out] == [
        ("r-block", "block", 2),
        ("r-warn", "warn", 1),
        ("r-ok", "pass", 0),
        ("r-ok2", "pass", 0),
    ]
    assert rule_verdicts(None) == []


def test_explain_a_released_decision(runtime, released) -> None:
    decision = released
    explanation = explain(runtime, decision["decision_id"])
    assert explanation.decision["customer_id"] == decision["customer_id"]
    assert explanation.alternatives and explanation.alternatives[0]["action_id"]
    assert 0 < explanation.decision["propensity"] <= 1
    assert explanation.copy and explanation.copy["body"]
    (record,) = explanation.records
    rules = explanation.rules(record)
    assert rules and len(rules) == len(record.verdict["rules_evaluated"])
    assert all(r.status in ("pass", "warn") for r in rules)
    versions = explanation.versions
    assert versions["pack_version"] == 1 and versions["pack_hash"].startswith("sha256:")
    assert versions["policy_name"] == "nba" and versions["policy_version"] is not None
    assert explanation.performance == {"events": [], "learned": None}
    data = explanation.to_dict()
    assert set(data) >= {"decision", "records", "performance", "rules", "versions", "copy"}
    assert data["rules"][record.record_id][0]["status"] in ("pass", "warn")
    # looked up by its release record id, the same records come back
    assert explain(runtime, record.record_id).records == explanation.records


def test_a_customers_decisions_newest_first_with_outcomes(runtime, released) -> None:
    decision = released
    customer_id = decision["customer_id"]
    later = runtime.decide([runtime.customer(customer_id)], NOW.replace(day=25))
    history = customer_decisions(runtime, customer_id)
    assert [h.decision_id for h in history] == [later[0]["decision_id"], decision["decision_id"]]
    assert history[1].outcome == "released" and history[0].outcome is None
    assert customer_decisions(runtime, "nobody") == []
    assert customer_profile(runtime, customer_id)["customer_id"] == customer_id
    assert customer_profile(runtime, "nobody") is None


def test_masked_actions_and_unknown_ids(runtime) -> None:
    rows = runtime.customer_rows()
    decisions = runtime.decide(rows[:80], NOW)
    masked = next(d for d in decisions if d.get("mask_reasons"))
    explanation = explain(runtime, masked["decision_id"])
    assert explanation.mask_reasons == masked["mask_reasons"]
    quiet = next(d for d in decisions if "quiet_hours" in d["mask_reasons"])  # names its rule
    assert explain(runtime, quiet["decision_id"]).mask_rules == quiet["mask_rules"] != {}
    assert explanation.records == [] and explanation.copy is None
    assert explanation.versions["pack_version"] is None
    with pytest.raises(DecisionNotFoundError, match="no decision or release record nope"):
        explain(runtime, "nope")


def test_cli_inspect_by_decision_or_customer(workspace, released) -> None:
    import json

    from typer.testing import CliRunner

    from nextbest.app.cli.main import app

    runner = CliRunner()
    home = ["--home", str(workspace.home)]
    shown = runner.invoke(app, ["inspect", released["decision_id"], *home, "--json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.output)
    assert data["decision"]["decision_id"] == released["decision_id"] and data["rules"]
    listed = runner.invoke(app, ["inspect", "--customer", released["customer_id"], *home])
    assert listed.exit_code == 0, listed.output
    assert released["decision_id"] in listed.output and "released" in listed.output
    as_json = runner.invoke(
        app, ["inspect", "--customer", released["customer_id"], *home, "--json"]
    )
    assert [h["outcome"] for h in json.loads(as_json.output)] == ["released"]
    nobody = runner.invoke(app, ["inspect", "--customer", "nobody", *home])
    assert nobody.exit_code == 2 and "no decision for customer nobody" in nobody.output
    both = runner.invoke(app, ["inspect", "x", "--customer", "y", *home])
    assert both.exit_code == 2 and "not both" in both.output
    assert runner.invoke(app, ["inspect", *home]).exit_code == 2


def test_the_profile_is_the_customer_as_their_latest_decision_saw_them(runtime) -> None:
    row = dict(runtime.customer_rows(limit=1)[0])
    row.update(customer_id="X-from-another-table", consent_sms="express_written",
               unsubscribed_email=True, age=34.0)  # fmt: skip
    (decision,) = runtime.decide([row], NOW, run_id="run-seen")
    profile = customer_profile(runtime, "X-from-another-table")  # not in the workspace table
    assert profile is not None and profile["seen_in"] == "run-seen"
    assert profile["consent_sms"] == "express_written" and profile["unsubscribed_email"] is True
    assert profile["age"] == 34.0 and decision["recipient"]["consent_sms"] == "express_written"
    assert "tenure_days" not in profile  # features are not part of the recipient
