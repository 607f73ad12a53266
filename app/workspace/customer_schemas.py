"""The workspace's customer schema, versioned and changed through maker–checker.

A schema (``customers.yaml``) is configuration the users own. A proposed schema is validated and
kept as a numbered **pending** version with who proposed it, when, why and its hash; nothing
changes until *another* person approves it. Approval makes it the workspace's ``customers.yaml``
(what runs use by default), so a run's schema (recorded with the run) can always be traced to a
version, its maker and its checker, and two versions can be compared.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customer_schema import SCHEMA_FILE, CustomerSchema

_SCHEMA = """
CREATE TABLE IF NOT EXISTS customer_schemas (
    version INTEGER PRIMARY KEY,
    adopted_at TEXT NOT NULL,
    author TEXT NOT NULL,
    reason TEXT NOT NULL,
    hash TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'approved',
    approved_by TEXT,
    approved_at TEXT
);
"""
_ADDED_COLUMNS = {
    "status": "TEXT NOT NULL DEFAULT 'approved'",
    "approved_by": "TEXT",
    "approved_at": "TEXT",
}
_COLUMNS = "version, adopted_at, author, reason, hash, status, approved_by, approved_at"

Status = Literal["pending", "approved", "superseded"]


class SchemaChangeError(ValueError):
    """A schema change that cannot be made (unknown version, self-approval, not pending)."""


class SchemaVersion(BaseModel):
    """One version of the workspace's customer schema.

    Attributes:
        version: Its number.
        adopted_at: When it was proposed (UTC, ISO).
        author: Who proposed it (the maker).
        reason: Why.
        hash: Its content hash.
        status: ``pending`` (waiting for a checker), ``approved`` or ``superseded`` (a pending
            version replaced before approval by a newer proposal).
        approved_by: Who approved it (the checker).
        approved_at: When it was approved.
    """

    version: int
    adopted_at: str
    author: str
    reason: str
    hash: str
    status: Status = "approved"
    approved_by: str | None = None
    approved_at: str | None = None


class CustomerSchemaStore:
    """The versions of a workspace's customer schema.

    Args:
        workspace: The workspace.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace.ensure()

    @property
    def path(self) -> Path:
        """The schema runs use by default (the approved version in force)."""
        return self.workspace.home / SCHEMA_FILE

    def _connect(self) -> sqlite3.Connection:
        conn = self.workspace.connect()
        conn.executescript(_SCHEMA)
        have = {row[1] for row in conn.execute("PRAGMA table_info(customer_schemas)")}
        for name, kind in _ADDED_COLUMNS.items():
            if name not in have:
                conn.execute(f"ALTER TABLE customer_schemas ADD COLUMN {name} {kind}")
        return conn

    def propose(self, schema: CustomerSchema, author: str, reason: str) -> SchemaVersion:
        """Keep ``schema`` as a pending version; another person must approve it.

        A newer proposal supersedes a pending one. Proposing the schema already in force
        changes nothing and returns that version.

        Args:
            schema: The validated schema.
            author: Who proposes it.
            reason: Why.

        Returns:
            The pending version (or the version in force when unchanged).

        Raises:
            SchemaChangeError: If author or reason is empty.
        """
        if not author.strip() or not reason.strip():
            raise SchemaChangeError("a schema proposal needs an author and a reason")
        body = schema.to_yaml()
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        current = self.in_force()
        if current is not None and current.hash == digest:
            return current
        proposed = datetime.now(UTC).isoformat()
        conn = self._connect()
        try:
            with conn:
                conn.execute(
                    "UPDATE customer_schemas SET status = 'superseded' WHERE status = 'pending'"
                )
                row = conn.execute("SELECT coalesce(max(version), 0) FROM customer_schemas")
                version = int(row.fetchone()[0]) + 1
                conn.execute(
                    "INSERT INTO customer_schemas (version, adopted_at, author, reason, hash, "
                    "body, status) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
                    (version, proposed, author, reason, digest, body),
                )
        finally:
            conn.close()
        return self.get(version)

    def approve(self, version: int, approver: str) -> SchemaVersion:
        """Approve a pending version: it becomes the workspace's ``customers.yaml``.

        Args:
            version: The pending version.
            approver: Who approves it (not its author).

        Returns:
            The approved version.

        Raises:
            SchemaChangeError: If the version is unknown or not pending, the approver is empty,
                or the approver proposed it.
        """
        found = self.get(version)
        if found.status != "pending":
            raise SchemaChangeError(f"customer schema version {version} is {found.status}")
        if not approver.strip():
            raise SchemaChangeError("an approval needs the approver's name")
        if approver.strip().casefold() == found.author.strip().casefold():
            raise SchemaChangeError(
                f"{found.author} proposed version {version}: another person must approve it"
            )
        approved = datetime.now(UTC).isoformat()
        conn = self._connect()
        try:
            with conn:
                conn.execute(
                    "UPDATE customer_schemas SET status = 'approved', approved_by = ?, "
                    "approved_at = ? WHERE version = ?",
                    (approver, approved, version),
                )
        finally:
            conn.close()
        self.path.write_text(self.body(version), encoding="utf-8")
        return self.get(version)

    def get(self, version: int) -> SchemaVersion:
        """One version.

        Raises:
            SchemaChangeError: If there is no such version.
        """
        for found in self.history():
            if found.version == version:
                return found
        raise SchemaChangeError(f"no customer schema version {version}")

    def in_force(self) -> SchemaVersion | None:
        """The newest approved version, or None (runs then use the sample table's schema)."""
        approved = [v for v in self.history() if v.status == "approved"]
        return approved[-1] if approved else None

    def history(self) -> list[SchemaVersion]:
        """Every version, oldest first."""
        conn = self._connect()
        try:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM customer_schemas ORDER BY version"
            ).fetchall()
        finally:
            conn.close()
        return [
            SchemaVersion(
                version=r[0],
                adopted_at=r[1],
                author=r[2],
                reason=r[3],
                hash=r[4],
                status=r[5],
                approved_by=r[6],
                approved_at=r[7],
            )
            for r in rows
        ]

    def body(self, version: int) -> str:
        """The YAML of one version.

        Raises:
            KeyError: If there is no such version.
        """
        conn = self._connect()
        try:
            row = conn.execute(
                "SELECT body FROM customer_schemas WHERE version = ?", (version,)
            ).fetchone()
        finally:
            conn.close()
        if row is None:
            raise KeyError(f"no customer schema version {version}")
        return str(row[0])
