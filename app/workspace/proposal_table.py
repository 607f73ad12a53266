"""The ``proposals`` table of the workspace database: rows in, :class:`Proposal` records out.

Every SQL statement about proposals is here; the rules that decide what may be written live
in :class:`~nextbest.app.workspace.proposals.Proposals`. Status changes are conditional on the
row still being pending, so two checkers deciding at once cannot both win.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from nextbest.app.workspace.proposal_changes import ProposedChange
from nextbest.app.workspace.proposal_models import (
    Actor,
    EntryDelta,
    Proposal,
    ProposalNotFound,
    ProposalStatus,
    RuleImpact,
)
from nextbest.brand_context.workspace import Workspace

_FILTERS = ("status", "kind", "target")
"""Columns proposals can be listed by."""


class ProposalTable:
    """The proposals of one workspace, as stored.

    Args:
        workspace: The workspace whose database holds the table
            (:mod:`nextbest.brand_context.migrations` defines it).
    """

    def __init__(self, workspace: Workspace) -> None:
        self._conn = workspace.connect()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def insert(
        self,
        kind: str,
        action: str,
        change: ProposedChange,
        maker: Actor,
        created: datetime,
        reason: str,
        impact: RuleImpact | None,
    ) -> int:
        """Store a new pending proposal.

        Returns:
            Its id.
        """
        with self._conn:
            cursor = self._conn.execute(
                "INSERT INTO proposals (kind, action, target, payload, diff, base_version, base,"
                " maker, maker_role, created_at, reason, status, impact)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING proposal_id",
                (
                    kind,
                    action,
                    change.target,
                    json.dumps(change.payload, sort_keys=True),
                    json.dumps([d.model_dump(mode="json") for d in change.diff]),
                    change.base_version,
                    None if change.base is None else json.dumps(change.base, sort_keys=True),
                    maker.name.strip(),
                    maker.role.label,
                    created.isoformat(),
                    reason.strip(),
                    ProposalStatus.PENDING.value,
                    impact.model_dump_json() if impact else None,
                ),
            )
            new_id = int(cursor.fetchone()[0])
        return new_id

    def get(self, proposal_id: int) -> Proposal:
        """One proposal.

        Raises:
            ProposalNotFound: If there is none with that id.
        """
        row = self._conn.execute(
            "SELECT * FROM proposals WHERE proposal_id = ?", (int(proposal_id),)
        ).fetchone()
        if row is None:
            raise ProposalNotFound(f"no proposal #{proposal_id}")
        return _from_row(row)

    def list(self, equal: Mapping[str, str | None], limit: int, offset: int) -> list[Proposal]:
        """Proposals, pending first, then newest first.

        Args:
            equal: Column → value the proposals must have (``status``, ``kind``, ``target``);
                an empty value does not filter.
            limit: At most this many.
            offset: Skip this many.
        """
        where, args = [], []
        for column, value in equal.items():
            if column not in _FILTERS:
                raise ValueError(f"cannot filter proposals by {column!r}")
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        sql = "SELECT * FROM proposals"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY status != 'pending', proposal_id DESC LIMIT ? OFFSET ?"
        rows = self._conn.execute(sql, [*args, int(limit), int(offset)]).fetchall()
        return [_from_row(row) for row in rows]

    def pending_count(self) -> int:
        """How many proposals await a decision."""
        return int(
            self._conn.execute(
                "SELECT COUNT(*) FROM proposals WHERE status = 'pending'"
            ).fetchone()[0]
        )

    def set_impact(self, proposal_id: int, impact: RuleImpact) -> None:
        """Store a rule proposal's (re-)computed impact."""
        with self._conn:
            self._conn.execute(
                "UPDATE proposals SET impact = ? WHERE proposal_id = ?",
                (impact.model_dump_json(), proposal_id),
            )

    def decide(
        self,
        proposal_id: int,
        status: ProposalStatus,
        checker: Actor,
        at: datetime,
        reason: str,
    ) -> bool:
        """Move a pending proposal to ``status``, naming the checker.

        Returns:
            False when it was no longer pending (someone else decided it meanwhile).
        """
        with self._conn:
            done = self._conn.execute(
                "UPDATE proposals SET status = ?, checker = ?, checker_role = ?, decided_at = ?,"
                " decision_reason = ? WHERE proposal_id = ? AND status = ?",
                (
                    status.value,
                    checker.name.strip(),
                    checker.role.label,
                    at.isoformat(),
                    reason.strip(),
                    proposal_id,
                    ProposalStatus.PENDING.value,
                ),
            ).rowcount
        return bool(done)

    def mark_approved(self, proposal_id: int, applied_version: int) -> None:
        """Record that an applying proposal was applied as ``applied_version``."""
        with self._conn:
            self._conn.execute(
                "UPDATE proposals SET status = ?, applied_version = ? WHERE proposal_id = ?",
                (ProposalStatus.APPROVED.value, applied_version, proposal_id),
            )

    def mark_failed(self, proposal_id: int, why: str) -> None:
        """Record that an applying proposal was not applied, and why."""
        with self._conn:
            self._conn.execute(
                "UPDATE proposals SET status = ?, decision_reason = ? WHERE proposal_id = ?",
                (ProposalStatus.FAILED.value, why, proposal_id),
            )


def _from_row(row: Any) -> Proposal:
    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return Proposal(
        id=row["proposal_id"],
        kind=row["kind"],
        action=row["action"],
        target=row["target"],
        payload=json.loads(row["payload"]),
        diff=[EntryDelta.model_validate(d) for d in json.loads(row["diff"])],
        base_version=row["base_version"],
        base=json.loads(row["base"]) if row["base"] is not None else None,
        maker=row["maker"],
        maker_role=row["maker_role"],
        created_at=datetime.fromisoformat(row["created_at"]),
        reason=row["reason"],
        status=ProposalStatus(row["status"]),
        checker=row["checker"],
        checker_role=row["checker_role"],
        decided_at=when(row["decided_at"]),
        decision_reason=row["decision_reason"],
        applied_version=row["applied_version"],
        impact=RuleImpact.model_validate_json(row["impact"]) if row["impact"] else None,
    )
