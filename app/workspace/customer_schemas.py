"""The workspace's customer schema, versioned and changed through maker–checker.

A schema (``customers.yaml``) is configuration the users own. A proposed schema is validated and
kept as a numbered **pending** version with who proposed it, when, why and its hash; nothing
changes until *another* person approves it. Approval makes it the workspace's ``customers.yaml``
(what runs use by default), so a run's schema (recorded with the run) can always be traced to a
version, its maker and its checker, and two versions can be compared.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from nextbest.app.workspace.versioned_store import VersionedStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customer_schema import SCHEMA_FILE, CustomerSchema

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


class CustomerSchemaStore(VersionedStore[SchemaVersion]):
    """The versions of a workspace's customer schema.

    Args:
        workspace: The workspace.
    """

    table = "customer_schemas"

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace.ensure())

    @property
    def path(self) -> Path:
        """The schema runs use by default (the approved version in force)."""
        return self.workspace.home / SCHEMA_FILE

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
        version = self._append(
            {
                "adopted_at": proposed,
                "author": author,
                "reason": reason,
                "hash": digest,
                "body": body,
                "status": "pending",
            },
            before=lambda: self._conn.execute(
                "UPDATE customer_schemas SET status = 'superseded' WHERE status = 'pending'"
            ),
        )
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
        with self._conn:
            changed = self._conn.execute(
                "UPDATE customer_schemas SET status = 'approved', approved_by = ?, "
                "approved_at = ? WHERE version = ? AND status = 'pending'",
                (approver, approved, version),
            ).rowcount
        if not changed:  # another process decided it in the meantime
            raise SchemaChangeError(f"customer schema version {version} is no longer pending")
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

    def _row(self, row: Any) -> SchemaVersion:
        return SchemaVersion(
            version=row["version"],
            adopted_at=row["adopted_at"],
            author=row["author"],
            reason=row["reason"],
            hash=row["hash"],
            status=row["status"],
            approved_by=row["approved_by"],
            approved_at=row["approved_at"],
        )

    def body(self, version: int) -> str:
        """The YAML of one version.

        Raises:
            KeyError: If there is no such version.
        """
        row = self._version_row(version)
        if row is None:
            raise KeyError(f"no customer schema version {version}")
        return str(row["body"])
