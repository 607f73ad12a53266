"""An ``audience`` rule acts in real runs: recipients come from the customer table (issue 17).

A made-up brand (a wine merchant, "Harrow Vale Cellars") has one audience rule: nobody under
21 and nobody flagged ``self_excluded``. Its customer table has an age column and a yes/no
exclusion column that the customer schema maps (``roles.age``, ``roles.flags``). ``nextbest
run`` releases to adults and blocks the minors and the self-excluded at the per-customer
re-check, naming the audience rule; the outbox keeps each recipient's audience attributes
(not their address), so ``nextbest kb impact`` applies a later audience rule to them.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.brand_context.models import BrandPack
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

NOW = "2027-03-10T15:00:00+00:00"
runner = CliRunner()

PACK: dict[str, Any] = {
    "brand": {
        "name": "Harrow Vale Cellars",
        "short_name": "Harrow Vale",
        "legal_name": "Harrow Vale Cellars Ltd",
        "postal_address": "4 Orchard Row, Hood River, OR 97031",
        "channels": ["email"],
        "default_time_zone": "America/Los_Angeles",
        "website_domains": ["harrowvale.example"],
    },
    "products": [
        {
            "id": "pinot-noir",
            "name": "Hillside Pinot Noir",
            "list_price": 28,
            "currency": "USD",
            "category": "wine",
        }
    ],
    "offers": [
        {
            "id": "spring-case",
            "name": "Spring case",
            "terms": "10% off any case of Hillside Pinot Noir.",
            "discount_type": "percent",
            "discount_amount": 10,
            "channels": ["email"],
            "products": ["pinot-noir"],
        }
    ],
    "rules": [
        {
            "id": "drinking-age",
            "kind": "audience",
            "description": "Wine goes only to adults of drinking age who have not self-excluded.",
            "rationale": "Alcohol marketing law and the merchant's own exclusion list.",
            "source": "Harrow Vale compliance handbook",
            "params": {"min_age": 21, "blocked_flags": ["self_excluded"]},
        }
    ],
}

SCHEMA = """\
version: 1
roles:
  id: cust_no
  email: mail
  consent:
    email: {column: mail_ok}
  age: {column: years, min: 0, max: 130}
  flags:
    self_excluded: {column: excluded_yn, true_values: ["Y"], false_values: ["N"]}
features:
  - {name: cases_bought, column: cases_bought, kind: numeric, min: 0}
"""

LATER_RULE = """\
id: over-forty-only
kind: audience
channels: [email]
description: The reserve list goes to customers aged 40 or over.
rationale: A tighter audience for the reserve list.
source: Harrow Vale compliance handbook
params:
  min_age: 40
"""


def _customers(path: Path) -> dict[str, dict[str, str]]:
    """Adults (25–54), minors (16–20) and self-excluded adults, 30 of each."""
    rows: list[dict[str, str]] = []
    for n in range(90):
        group = ("adult", "minor", "excluded")[n % 3]
        age = 16 + n % 5 if group == "minor" else 25 + n % 30
        rows.append(
            {
                "cust_no": f"H{n:03d}",
                "mail": f"guest{n}@mail.example",
                "mail_ok": "yes",
                "years": str(age),
                "excluded_yn": "Y" if group == "excluded" else "N",
                "cases_bought": str(n % 4),
                "group": group,
            }
        )
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=[k for k in rows[0] if k != "group"])
        writer.writeheader()
        writer.writerows({k: v for k, v in row.items() if k != "group"} for row in rows)
    return {row["cust_no"]: row for row in rows}


def _workspace(tmp_path: Path) -> Path:
    workspace = Workspace(tmp_path / "ws")
    store = BrandStore(workspace, clock=lambda: datetime(2027, 3, 1, tzinfo=UTC))
    store.import_pack(BrandPack.model_validate(PACK), author="t", role="admin", reason="t")
    store.close()
    return workspace.home


def _message_decisions(home: Path, run_id: str) -> set[str]:
    conn = sqlite3.connect(Workspace(home).db_path)
    try:
        rows = conn.execute("SELECT body FROM decisions WHERE run_id = ?", (run_id,)).fetchall()
    finally:
        conn.close()
    decisions = [json.loads(r[0]) for r in rows]
    return {d["customer_id"] for d in decisions if d["action_id"] != "no_message"}


def test_an_audience_rule_blocks_minors_and_the_self_excluded_in_a_run(tmp_path: Path) -> None:
    home = _workspace(tmp_path)
    table = tmp_path / "guests.csv"
    customers = _customers(table)
    schema = tmp_path / "customers.yaml"
    schema.write_text(SCHEMA)
    result = runner.invoke(
        app,
        ["run", "--customers", str(table), "--schema", str(schema), "--now", NOW,
         "--run-id", "aud-1", "--home", str(home), "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["rejected_rows"] == 0 and summary["reconciles"]
    assert set(summary["cells"].values()) == {"released"}  # the copy itself is fine

    messaged = _message_decisions(home, "aud-1")
    by_group = {
        group: {c for c in messaged if customers[c]["group"] == group}
        for group in ("adult", "minor", "excluded")
    }
    assert all(by_group.values()), by_group  # each group was decided a message
    outbox = [json.loads(x) for x in Path(summary["outbox"]).read_text().splitlines()]
    released = {m["customer_id"] for m in outbox}
    assert released == by_group["adult"]
    # every minor's and self-excluded customer's message was blocked by the audience rule
    assert summary["blocked"] == {"drinking-age": len(by_group["minor"] | by_group["excluded"])}
    assert summary["released"] == len(by_group["adult"])

    # what the outbox keeps of the recipient: the audience attributes, never the address
    for line in outbox:
        row = customers[line["customer_id"]]
        assert line["recipient"] == {"age": int(row["years"])}
        assert row["mail"] not in json.dumps(line)

    # a later, tighter audience rule re-checks the stored messages with their recipients
    rule = tmp_path / "rule.yaml"
    rule.write_text(LATER_RULE)
    added = runner.invoke(
        app,
        ["kb", "add", "rule", "--file", str(rule), "--author", "ana", "--role", "compliance",
         "-m", "reserve list", "--home", str(home)],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    impact = runner.invoke(
        app, ["kb", "impact", "--since", "1", "--now", NOW, "--home", str(home), "--json"]
    )
    assert impact.exit_code == 0, impact.output
    report = json.loads(impact.output)
    impacted = {m["message_id"].split(":")[-1] for m in report["impacted"]}
    under_forty = {c for c in released if int(customers[c]["years"]) < 40}
    assert under_forty and under_forty != released
    assert impacted == under_forty
    assert report["by_rule"] == {"over-forty-only": len(under_forty)}


def test_a_bad_flag_word_rejects_the_row_and_sends_nothing(tmp_path: Path) -> None:
    home = _workspace(tmp_path)
    table = tmp_path / "guests.csv"
    _customers(table)
    lines = table.read_text().splitlines()
    lines[1] = lines[1].replace(",N,", ",maybe,")  # H000, an adult: the flag is unreadable
    table.write_text("\n".join(lines) + "\n")
    schema = tmp_path / "customers.yaml"
    schema.write_text(SCHEMA)
    result = runner.invoke(
        app,
        ["run", "--customers", str(table), "--schema", str(schema), "--now", NOW,
         "--run-id", "aud-2", "--home", str(home), "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["rejected_rows"] == 1
    rejects = list(csv.DictReader(Path(summary["rejects"]).read_text().splitlines()))
    assert [(r["customer_id"], r["column"]) for r in rejects] == [("H000", "excluded_yn")]
    outbox = [json.loads(x) for x in Path(summary["outbox"]).read_text().splitlines()]
    assert "H000" not in {m["customer_id"] for m in outbox}


def _decision_ids(home: Path, run_id: str) -> dict[str, str]:
    conn = sqlite3.connect(Workspace(home).db_path)
    try:
        rows = conn.execute("SELECT body FROM decisions WHERE run_id = ?", (run_id,)).fetchall()
    finally:
        conn.close()
    decisions = [json.loads(r[0]) for r in rows]
    return {d["customer_id"]: d["decision_id"] for d in decisions if d["action_id"] != "no_message"}


def test_each_blocked_customer_is_recorded_and_inspectable(tmp_path: Path) -> None:
    home = _workspace(tmp_path)
    table = tmp_path / "guests.csv"
    customers = _customers(table)
    schema = tmp_path / "customers.yaml"
    schema.write_text(SCHEMA)
    result = runner.invoke(
        app,
        ["run", "--customers", str(table), "--schema", str(schema), "--now", NOW,
         "--run-id", "aud-3", "--home", str(home), "--json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    decisions = _decision_ids(home, "aud-3")
    blocked = {c for c in decisions if customers[c]["group"] != "adult"}
    assert len(blocked) == summary["blocked"]["drinking-age"] > 0
    for customer_id in sorted(blocked)[:6]:
        shown = runner.invoke(
            app, ["inspect", decisions[customer_id], "--home", str(home), "--json"]
        )
        assert shown.exit_code == 0, shown.output
        records = json.loads(shown.output)["records"]
        assert [r["outcome"] for r in records] == ["rejected"], records
        (record,) = records
        assert record["customer_id"] == customer_id and record["message"] is None
        assert "drinking-age" in record["reason"]
        fired = {v["rule_id"] for v in record["verdict"]["violations"]}
        assert "drinking-age" in fired and record["verdict"]["decision"] == "block"
        assert customers[customer_id]["mail"] not in shown.output  # no address kept
    # a resumed run neither duplicates the records nor sends the blocked messages
    again = runner.invoke(
        app,
        ["run", "--customers", str(table), "--schema", str(schema), "--now", NOW,
         "--run-id", "aud-3", "--home", str(home), "--json"],
    )  # fmt: skip
    assert again.exit_code == 0, again.output
    conn = sqlite3.connect(Workspace(home).db_path)
    try:
        (count,) = conn.execute(
            "SELECT COUNT(*) FROM release_records WHERE run_id = ? AND outcome = 'rejected' "
            "AND customer_id IS NOT NULL",
            ("aud-3",),
        ).fetchone()
    finally:
        conn.close()
    assert count == len(blocked)
