"""The audit log: who did what, when and why — sign-ins, proposals, approvals, goal changes.

One append-only table in the workspace database: triggers refuse UPDATE and DELETE in SQLite
and Postgres (see :mod:`nextbest.brand_context.migrations`). Every
entry names the authenticated actor (a user name, ``chat:<conversation>`` or ``cli:<name>``),
an action such as ``sign_in`` or ``proposal.approve``, the target it concerns, a reason and
free-form JSON details.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from nextbest.app.workspace.versioned_store import WorkspaceStore
from nextbest.brand_context.workspace import Workspace


class AuditEntry(BaseModel):
    """One line of the audit log.

    Attributes:
        entry_id: Sequence number (ascending in time).
        at: When it happened (UTC).
        actor: The authenticated user (or ``chat:<id>``, ``cli:<name>``).
        action: What happened, e.g. ``sign_in``, ``sign_in_failed``, ``proposal.create``,
            ``proposal.approve``, ``proposal.reject``, ``goal.approve``.
        target: What it concerns, e.g. ``proposal:12`` or ``claim:clm-vitc``.
        reason: The reason given by the actor (may be empty).
        outcome: ``ok`` or ``refused``.
        details: Extra facts as JSON-like data.
    """

    model_config = ConfigDict(frozen=True)

    entry_id: int
    at: datetime
    actor: str
    action: str
    target: str = ""
    reason: str = ""
    outcome: str = "ok"
    details: dict[str, Any] = Field(default_factory=dict)


class AuditLog(WorkspaceStore):
    """Append-only audit log in the workspace database.

    Args:
        workspace: The workspace (or its folder).
        clock: Returns "now"; tests pass a fixed clock.
    """

    def __init__(
        self, workspace: Workspace | str, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(workspace, clock)  # the schema (append-only triggers) is migrated
        self._lock = threading.RLock()  # one connection shared by the web's request threads

    def record(
        self,
        actor: str,
        action: str,
        target: str = "",
        reason: str = "",
        *,
        outcome: str = "ok",
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry and return it."""
        at = self._clock()
        with self._lock, self._conn:
            cursor = self._conn.execute(
                "INSERT INTO audit_log (at, actor, action, target, reason, outcome, details) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING entry_id",
                (
                    at.isoformat(),
                    actor,
                    action,
                    target,
                    reason,
                    outcome,
                    json.dumps(details or {}, default=str, sort_keys=True),
                ),
            )
        return AuditEntry(
            entry_id=int(cursor.fetchone()[0]),
            at=at,
            actor=actor,
            action=action,
            target=target,
            reason=reason,
            outcome=outcome,
            details=details or {},
        )

    def entries(
        self,
        *,
        actor: str | None = None,
        action: str | None = None,
        target: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Entries, newest first, filtered by exact actor, action prefix, target and time."""
        where, args = [], []
        if actor:
            where.append("actor = ?")
            args.append(actor)
        if action:
            where.append("action LIKE ?")
            args.append(action.replace("%", "") + "%")
        if target:
            where.append("target = ?")
            args.append(target)
        if since:
            where.append("at >= ?")
            args.append(since.astimezone(UTC).isoformat())
        if until:
            where.append("at < ?")
            args.append(until.astimezone(UTC).isoformat())
        sql = "SELECT * FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY entry_id DESC LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._conn.execute(sql, [*args, int(limit), int(offset)]).fetchall()
        return [
            AuditEntry(
                entry_id=row["entry_id"],
                at=datetime.fromisoformat(row["at"]),
                actor=row["actor"],
                action=row["action"],
                target=row["target"],
                reason=row["reason"],
                outcome=row["outcome"],
                details=json.loads(row["details"]),
            )
            for row in rows
        ]

    def close(self) -> None:
        """Close the connection (once no request thread is using it)."""
        with self._lock:
            super().close()
