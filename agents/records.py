"""Release records: one row per message outcome in the workspace SQLite, readable years later.

A record says what was decided (action, propensity, policy and version), what the writer was
given (brand pack version and content hash, the claims cited, a hash of the prompt templates),
who wrote the final copy (model name, ``composer``, ``fallback-template`` or a human), every
rule's verdict, how many attempts it took, who approved it if it was escalated, and when.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from brand_context.workspace import Workspace

RecordOutcome = Literal["released", "no_message", "rejected", "escalated"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS release_records (
    record_id TEXT PRIMARY KEY,
    decision_id TEXT,
    run_id TEXT,
    customer_id TEXT,
    cell TEXT,
    outcome TEXT NOT NULL,
    created_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS release_records_decision ON release_records (decision_id);
CREATE INDEX IF NOT EXISTS release_records_run ON release_records (run_id);
"""


class ReleaseRecord(BaseModel):
    """The audit record of one message (or one batch cell).

    Attributes:
        record_id: Unique id of this record.
        decision_id: The decision it implements.
        run_id: The batch run, if any.
        customer_id: The recipient (None for a batch cell's template).
        cell: The cell key for batch runs.
        outcome: released, no_message, rejected or escalated.
        reason: Why, in one line.
        action: The chosen action id.
        propensity: Probability the policy chose that action.
        policy_name: The deciding policy.
        policy_version: Its version.
        pack_version: Brand pack version the copy was written and checked against.
        pack_hash: Brand pack content hash.
        send_date: The day the pack was read as of.
        channel: The channel.
        offer_id: The offer promoted.
        claims_cited: Claim ids in the released copy.
        message: The released copy (subject, body, cta, links, sender).
        verdict: The final verdict, every violation and the rules evaluated.
        author: Model name, ``composer``, ``fallback-template`` or ``human:<name>``.
        prompt_hash: Hash of the prompt or copy templates used.
        llm_mode: The structured-output mode the LLM writer used (``json_schema``,
            ``json_object`` or ``prompt_json``); None for the composer and templates.
        attempts: Write → check rounds, each with its author, decision and fired rules.
        approver: The human reviewer, when escalated.
        decided_at: When the decision was made.
        created_at: When this record was written.
    """

    model_config = ConfigDict(frozen=True)

    record_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    decision_id: str | None = None
    run_id: str | None = None
    customer_id: str | None = None
    cell: str | None = None
    outcome: RecordOutcome
    reason: str = ""
    action: str | None = None
    propensity: float | None = None
    policy_name: str | None = None
    policy_version: str | None = None
    pack_version: int | None = None
    pack_hash: str | None = None
    send_date: str | None = None
    channel: str | None = None
    offer_id: str | None = None
    claims_cited: list[str] = Field(default_factory=list)
    message: dict[str, Any] | None = None
    verdict: dict[str, Any] | None = None
    author: str | None = None
    prompt_hash: str | None = None
    llm_mode: str | None = None
    attempts: list[dict[str, Any]] = Field(default_factory=list)
    approver: dict[str, Any] | None = None
    decided_at: str | None = None
    created_at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat())


class ReleaseLog:
    """Release records in the workspace database.

    Args:
        workspace: The workspace whose SQLite file holds the records.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._conn = workspace.connect()
        self._conn.executescript(_SCHEMA)

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
                "INSERT OR IGNORE INTO release_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
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
                "INSERT OR IGNORE INTO release_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
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


_DECISION_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    decision_id TEXT PRIMARY KEY,
    run_id TEXT,
    customer_id TEXT NOT NULL,
    action_id TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_run ON decisions (run_id);
CREATE INDEX IF NOT EXISTS decisions_customer ON decisions (customer_id);
"""


class DecisionLog:
    """Decision records (what was chosen, alternatives' scores, propensity, mask reasons).

    Args:
        workspace: The workspace whose SQLite file holds the log.
    """

    def __init__(self, workspace: Workspace) -> None:
        self._conn = workspace.connect()
        self._conn.executescript(_DECISION_SCHEMA)

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def add_many(self, decisions: list[dict[str, Any]], run_id: str | None = None) -> int:
        """Store decisions as plain data (idempotent on ``decision_id``).

        Returns:
            How many were new.
        """
        with self._conn:
            before = self._conn.total_changes
            self._conn.executemany(
                "INSERT OR IGNORE INTO decisions VALUES (?, ?, ?, ?, ?, ?)",
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
            return self._conn.total_changes - before

    def get(self, decision_id: str) -> dict[str, Any] | None:
        """One decision, or None."""
        row = self._conn.execute(
            "SELECT body FROM decisions WHERE decision_id = ?", (decision_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def for_customer(self, customer_id: str) -> list[dict[str, Any]]:
        """A customer's decisions, newest first."""
        rows = self._conn.execute(
            "SELECT body FROM decisions WHERE customer_id = ? ORDER BY decided_at DESC, rowid DESC",
            (customer_id,),
        ).fetchall()
        return [json.loads(r[0]) for r in rows]
