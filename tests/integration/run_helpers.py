"""Helpers for tests that run `nextbest run` and look at the logged decisions."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from nextbest.brand_context.workspace import Workspace

RUN_NOW = "2026-11-24T17:00:00+00:00"


def run_decisions(home: Path, customers: Path, run_id: str) -> list[dict]:
    """``nextbest run`` at :data:`RUN_NOW`, then the run's logged decisions."""
    from nextbest.app.cli.main import app

    result = CliRunner().invoke(
        app,
        [
            "run",
            "--customers",
            str(customers),
            "--now",
            RUN_NOW,
            "--home",
            str(home),
            "--json",
            "--run-id",
            run_id,
        ],
    )
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(Workspace(home).db_path)
    rows = conn.execute("SELECT body FROM decisions WHERE run_id = ?", (run_id,)).fetchall()
    conn.close()
    return [json.loads(r[0]) for r in rows]


def offer_share_among_lapsed(decisions: list[dict], customers: Path, offer_id: str) -> float:
    """Share of lapsed customers (90+ days since purchase, 1+ orders) decided ``offer_id``."""
    lapsed = {
        r["customer_id"]
        for r in csv.DictReader(customers.open())
        if float(r["days_since_last_purchase"] or 0) >= 90 and float(r["orders_count"] or 0) >= 1
    }
    mine = [d for d in decisions if d["customer_id"] in lapsed]
    assert len(mine) > 30
    return sum(d["action_id"].startswith(f"{offer_id}:") for d in mine) / len(mine)
