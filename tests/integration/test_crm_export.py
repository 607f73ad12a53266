"""Acceptance (issue 18): the hostile CRM export runs with its schema file only.

The export and its ground truth were written before the fix (``evals/customers/crm_export``).
``nextbest run`` reads the file as it is — its column names, consent words, date formats, BOM,
CRLF, broken lines and footer — and the scorer compares the run's rejects and outbox with
``expected.jsonl``: no planted row mishandled, no clean row rejected, nobody messaged twice.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.evals.customer_table import load_expected, score_run

ROOT = Path(__file__).resolve().parents[2]
CRM = ROOT / "evals" / "customers" / "crm_export"
NOW = "2026-12-01T17:00:00+00:00"
runner = CliRunner()


def test_the_crm_export_goes_through_with_its_schema_only(home: Path) -> None:
    result = runner.invoke(
        app,
        [
            "run",
            "--customers",
            str(CRM / "crm_export.csv"),
            "--schema",
            str(CRM / "customers.yaml"),
            "--now",
            NOW,
            "--home",
            str(home),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.exception is None
    summary = json.loads(result.output)
    assert summary["customers_in"] == 2446 and summary["reconciles"]
    assert summary["unmapped_columns"] == [] and summary["warnings"] == []
    assert not any(reason.startswith("render error") for reason in summary["blocked"])
    score = score_run(load_expected(CRM / "expected.jsonl"), Path(summary["outbox"]).parent)
    assert score.planted == 247
    assert score.mishandled == 0, [f.model_dump() for f in score.failures]
    assert score.clean_rows_rejected == 0 and score.messaged_twice == 0
    outbox = [json.loads(x) for x in Path(summary["outbox"]).read_text().splitlines()]
    emails = [m for m in outbox if m["channel"] == "email"]
    assert emails and all(m["consent"] in ("opt_in", "express_written") for m in outbox)
    # the scorer is not blind: a message to a minor in the same folder is mishandled
    minor = next(row for row in load_expected(CRM / "expected.jsonl") if row.kind == "minor")
    copy = Path(shutil.copytree(Path(summary["outbox"]).parent, home / "tampered"))
    with (copy / "outbox.jsonl").open("a") as handle:
        handle.write(json.dumps({**emails[0], "customer_id": minor.customer_id}) + "\n")
    tampered = score_run(load_expected(CRM / "expected.jsonl"), copy)
    assert tampered.mishandled == 1 and tampered.failures[0].kind == "minor"


def test_profile_propose_approve_then_run_with_the_workspace_schema(
    home: Path, tmp_path: Path
) -> None:
    proposal = tmp_path / "customers.yaml"
    profiled = runner.invoke(
        app, ["customers", "profile", str(CRM / "crm_export.csv"), "--out", str(proposal)]
    )
    assert profiled.exit_code == 0, profiled.output
    proposed = runner.invoke(
        app,
        ["customers", "propose", str(proposal), "--author", "ana", "--reason", "CRM", "--home",
         str(home)],
    )  # fmt: skip
    assert proposed.exit_code == 0 and "version 1" in proposed.output
    assert not (home / "customers.yaml").exists()  # nothing changes before approval
    own = runner.invoke(app, ["customers", "approve", "1", "--as", "ANA", "--home", str(home)])
    assert own.exit_code == 1 and "another person must approve" in own.output
    approved = runner.invoke(app, ["customers", "approve", "1", "--as", "li", "--home", str(home)])
    assert approved.exit_code == 0 and "approved by li" in " ".join(approved.output.split())
    again = runner.invoke(
        app,
        ["customers", "propose", str(proposal), "--author", "ana", "--reason", "again", "--home",
         str(home)],
    )  # fmt: skip
    assert "unchanged" in again.output and "version 1" in again.output
    result = runner.invoke(
        app,
        ["run", "--customers", str(CRM / "crm_export.csv"), "--now", NOW, "--home", str(home),
         "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["customers_in"] == 2446 and summary["reconciles"]
    assert summary["unmapped_columns"] == ["Last Name"]


def test_a_run_that_cannot_start_records_nothing(home: Path, tmp_path: Path) -> None:
    import sqlite3

    thin = tmp_path / "thin.csv"
    thin.write_text("Contact ID,First Name\n0100001,Ana\n")
    for args in (
        ["--customers", str(thin), "--schema", str(CRM / "customers.yaml"), "--now", NOW],
        ["--customers", str(tmp_path / "absent.csv"), "--now", NOW],
        ["--customers", str(CRM / "crm_export.csv"), "--now", "2020-01-01T00:00:00+00:00"],
    ):
        result = runner.invoke(app, ["run", *args, "--home", str(home)])
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output and result.output.startswith("error:")
    conn = sqlite3.connect(home / "nextbest.db")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        started = conn.execute("SELECT count(*) FROM runs").fetchone()[0] if "runs" in tables else 0
    finally:
        conn.close()
    assert started == 0
