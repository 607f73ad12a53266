"""`nextbest customers`: profile, propose, approve, versions; errors in one line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.tools.sample_customers import write_customers

runner = CliRunner()


def test_profile_json_propose_approve_and_versions(tmp_path: Path) -> None:
    table = write_customers(tmp_path / "c.csv", 60)
    result = runner.invoke(app, ["customers", "profile", str(table), "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["rows"] == 60 and found["schema"]["roles"]["id"]["column"] == "customer_id"
    proposal = tmp_path / "customers.yaml"
    written = runner.invoke(app, ["customers", "profile", str(table), "--out", str(proposal)])
    assert written.exit_code == 0 and "review it" in written.output
    home = tmp_path / "ws"
    empty = runner.invoke(app, ["customers", "versions", "--home", str(home)])
    assert "no customer schema yet" in empty.output
    proposed = runner.invoke(
        app,
        ["customers", "propose", str(proposal), "--author", "ana", "--reason", "first", "--home",
         str(home)],
    )  # fmt: skip
    assert proposed.exit_code == 0 and "version 1" in proposed.output
    pending = json.loads(
        runner.invoke(app, ["customers", "versions", "--home", str(home), "--json"]).output
    )
    assert [(v["version"], v["status"]) for v in pending] == [(1, "pending")]
    approved = runner.invoke(app, ["customers", "approve", "1", "--as", "li", "--home", str(home)])
    assert approved.exit_code == 0, approved.output
    assert (home / "customers.yaml").read_text() == proposal.read_text()
    listed = json.loads(
        runner.invoke(app, ["customers", "versions", "--home", str(home), "--json"]).output
    )
    assert [(v["version"], v["author"], v["approved_by"], v["status"]) for v in listed] == [
        (1, "ana", "li", "approved")
    ]
    twice = runner.invoke(app, ["customers", "approve", "1", "--as", "bo", "--home", str(home)])
    assert twice.exit_code == 1 and "is approved" in twice.output


def test_errors_are_one_line(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["customers", "profile", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2 and missing.output.startswith("error: customer file not found")
    bad = tmp_path / "bad.yaml"
    bad.write_text("roles: {id: x}\nfeatures: []\n")
    refused = runner.invoke(
        app, ["customers", "propose", str(bad), "--author", "a", "--reason", "r", "--home",
              str(tmp_path / "ws")],
    )  # fmt: skip
    assert refused.exit_code == 2 and refused.output.startswith("invalid customer schema:")
    assert "Traceback" not in refused.output
