"""The workspace's customer schema, versioned: every adopted ``customers.yaml`` is kept.

Adopting a schema validates it, writes it as the workspace's ``customers.yaml`` (what runs use
by default) and keeps a numbered copy with who adopted it, when, why and its hash in the
workspace database, so a run's schema (recorded with the run) can always be traced to a
version and two versions can be compared.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

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
    body TEXT NOT NULL
);
"""


class SchemaVersion(BaseModel):
    """One adopted version of the workspace's customer schema."""

    version: int
    adopted_at: str
    author: str
    reason: str
    hash: str


class CustomerSchemaStore:
    """The versions of a workspace's customer schema.

    Args:
        workspace: The workspace.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace.ensure()

    @property
    def path(self) -> Path:
        """The schema runs use by default."""
        return self.workspace.home / SCHEMA_FILE

    def adopt(self, schema: CustomerSchema, author: str, reason: str) -> SchemaVersion:
        """Make ``schema`` the workspace's schema and keep it as a new version.

        Returns:
            The new version (the current one when the schema is unchanged).
        """
        body = schema.to_yaml()
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        current = self.history()[-1:] or None
        if current and current[0].hash == digest:
            return current[0]
        conn = self.workspace.connect()
        try:
            conn.executescript(_SCHEMA)
            with conn:
                row = conn.execute("SELECT coalesce(max(version), 0) FROM customer_schemas")
                version = int(row.fetchone()[0]) + 1
                adopted = datetime.now(UTC).isoformat()
                conn.execute(
                    "INSERT INTO customer_schemas VALUES (?, ?, ?, ?, ?, ?)",
                    (version, adopted, author, reason, digest, body),
                )
        finally:
            conn.close()
        self.path.write_text(body, encoding="utf-8")
        return SchemaVersion(
            version=version, adopted_at=adopted, author=author, reason=reason, hash=digest
        )

    def history(self) -> list[SchemaVersion]:
        """Every adopted version, oldest first."""
        conn = self.workspace.connect()
        try:
            conn.executescript(_SCHEMA)
            rows = conn.execute(
                "SELECT version, adopted_at, author, reason, hash FROM customer_schemas "
                "ORDER BY version"
            ).fetchall()
        finally:
            conn.close()
        return [
            SchemaVersion(version=r[0], adopted_at=r[1], author=r[2], reason=r[3], hash=r[4])
            for r in rows
        ]

    def body(self, version: int) -> str:
        """The YAML of one version.

        Raises:
            KeyError: If there is no such version.
        """
        conn = self.workspace.connect()
        try:
            conn.executescript(_SCHEMA)
            row = conn.execute(
                "SELECT body FROM customer_schemas WHERE version = ?", (version,)
            ).fetchone()
        finally:
            conn.close()
        if row is None:
            raise KeyError(f"no customer schema version {version}")
        return str(row[0])
