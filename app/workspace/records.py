"""Release and decision logs: every message outcome and decision in the workspace database.

The record itself (:class:`~nextbest.agents.release_record.ReleaseRecord`) is the release
graph's; this module keeps records and decisions in the workspace database.
"""

from __future__ import annotations

import json
from typing import Any

from nextbest.agents.release_record import RecordOutcome, ReleaseRecord
from nextbest.brand_context.workspace import Workspace

__all__ = ["DecisionLog", "RecordOutcome", "ReleaseLog", "ReleaseRecord"]


class ReleaseLog:
    """Release records in the workspace database.

    Args:
        workspace: The workspace whose database holds the records.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._conn = workspace.connect()

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def add(self, record: ReleaseRecord) -> ReleaseRecord:
        """Store a record (idempotent on ``record_id``).

        Returns:
            The record.
        """
        with self._conn:
            self._conn.execute(
                "INSERT INTO release_records VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (
                    record.record_id,
                    record.decision_id,
                    record.run_id,
                    record.customer_id,
                    record.cell,
                    record.outcome,
                    record.created_at,
                    record.model_dump_json(),
                ),
            )
        return record

    def add_many(self, records: list[ReleaseRecord]) -> None:
        """Store many records in one transaction (idempotent on ``record_id``)."""
        with self._conn:
            self._conn.executemany(
                "INSERT INTO release_records VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [
                    (
                        r.record_id,
                        r.decision_id,
                        r.run_id,
                        r.customer_id,
                        r.cell,
                        r.outcome,
                        r.created_at,
                        r.model_dump_json(exclude_defaults=True),
                    )
                    for r in records
                ],
            )

    def for_decision(self, decision_id: str) -> list[ReleaseRecord]:
        """Every record of one decision, oldest first (a record id works too)."""
        rows = self._conn.execute(
            "SELECT body FROM release_records WHERE decision_id = ? OR record_id = ?"
            " ORDER BY created_at",
            (decision_id, decision_id),
        ).fetchall()
        return [ReleaseRecord.model_validate(json.loads(r[0])) for r in rows]

    def for_run(self, run_id: str) -> list[ReleaseRecord]:
        """Every record of one run."""
        rows = self._conn.execute(
            "SELECT body FROM release_records WHERE run_id = ? ORDER BY created_at", (run_id,)
        ).fetchall()
        return [ReleaseRecord.model_validate(json.loads(r[0])) for r in rows]

    def recent(self, limit: int = 20) -> list[ReleaseRecord]:
        """The latest records, newest first."""
        rows = self._conn.execute(
            "SELECT body FROM release_records ORDER BY created_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [ReleaseRecord.model_validate(json.loads(r[0])) for r in rows]


class DecisionLog:
    """Decision records (what was chosen, alternatives' scores, propensity, mask reasons).

    Args:
        workspace: The workspace whose database holds the log.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._conn = workspace.connect()

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def add_many(self, decisions: list[dict[str, Any]], run_id: str | None = None) -> int:
        """Store decisions as plain data (idempotent on ``decision_id``).

        Returns:
            How many were new.
        """
        with self._conn:
            cursor = self._conn.executemany(
                "INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [
                    (
                        d["decision_id"],
                        run_id,
                        d["customer_id"],
                        d["action_id"],
                        str(d["decided_at"]),
                        json.dumps({**d, "run_id": run_id}, default=str),
                    )
                    for d in decisions
                ],
            )
            return max(cursor.rowcount, 0)

    def get(self, decision_id: str) -> dict[str, Any] | None:
        """One decision, or None."""
        row = self._conn.execute(
            "SELECT body FROM decisions WHERE decision_id = ?", (decision_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def for_customer(self, customer_id: str) -> list[dict[str, Any]]:
        """A customer's decisions, newest first."""
        rows = self._conn.execute(
            "SELECT body FROM decisions WHERE customer_id = ? "
            f"ORDER BY decided_at DESC, {self._conn.insertion_order()} DESC",
            (customer_id,),
        ).fetchall()
        return [json.loads(r[0]) for r in rows]
