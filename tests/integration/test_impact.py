"""`nextbest kb impact`: a rule change lists the released and queued messages it would block."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.tools.sample_customers import write_customers

runner = CliRunner()
NOW = "2026-11-24T17:00:00+00:00"
RULE = """\
id: brand-no-details-line
kind: banned_phrase
channels: [email, sms, push]
description: Do not send readers to "the details".
rationale: Copy review of link wording.
source: Brand policy 2026-11
params:
  fields: [subject, body, cta]
  phrases: [see the details]
"""


def _impact(home: Path, since: str = "1") -> dict:
    result = runner.invoke(
        app, ["kb", "impact", "--since", since, "--now", NOW, "--home", str(home), "--json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_new_banned_phrase_lists_the_messages_it_would_now_block(
    home: Path, tmp_path: Path
) -> None:
    customers = write_customers(tmp_path / "customers.csv", 200)
    run = runner.invoke(
        app,
        [
            "run",
            "--customers",
            str(customers),
            "--now",
            NOW,
            "--run-id",
            "imp-1",
            "--home",
            str(home),
            "--json",
        ],
    )
    assert run.exit_code == 0, run.output
    released = json.loads(run.output)["released"]
    outbox = [
        json.loads(line)
        for line in (home / "runs" / "imp-1" / "outbox.jsonl").read_text().splitlines()
    ]
    with_phrase = {m["message_id"] for m in outbox if "see the details" in m["body"].lower()}
    assert 0 < len(with_phrase) < released  # the e-mail frame says it, SMS and push do not

    before = _impact(home)
    assert before["checked"] >= released and before["impacted"] == []

    rule = tmp_path / "rule.yaml"
    rule.write_text(RULE)
    added = runner.invoke(
        app,
        [
            "kb",
            "add",
            "rule",
            "--file",
            str(rule),
            "--author",
            "ana",
            "--role",
            "compliance",
            "-m",
            "no details line",
            "--home",
            str(home),
        ],
    )
    assert added.exit_code == 0, added.output

    after = _impact(home)
    assert after["current_version"] == 2 and after["changed_rules"] == ["brand-no-details-line"]
    impacted = {m["message_id"]: m for m in after["impacted"]}
    customer_messages = {k for k in impacted if k.startswith("imp-1:C")}
    assert customer_messages == with_phrase
    assert all(m["rules"] == ["brand-no-details-line"] for m in impacted.values())
    assert {m["status"] for m in impacted.values()} >= {"queued"}
    assert after["by_rule"] == {"brand-no-details-line": len(impacted)}
    # the cells' released copy is listed too (checked with the copy rules only)
    assert any(m["source"] == "record" for m in impacted.values())

    # messages released under the new version only: nothing to re-check yet
    assert _impact(home, since="2")["checked"] == 0

    table = runner.invoke(app, ["kb", "impact", "--since", "1", "--now", NOW, "--home", str(home)])
    assert table.exit_code == 0 and "would now be blocked" in table.output
    assert "brand-no-details-line" in table.output


def test_impact_rejects_an_unknown_version(home: Path) -> None:
    result = runner.invoke(app, ["kb", "impact", "--since", "9", "--home", str(home)])
    assert result.exit_code == 2 and "no pack version 9" in result.output
