"""The base of the workspace's configuration stores: one connection, numbered versions.

Goals, brand limits and customer schemas keep every approved (or proposed) version as a row
numbered 1, 2, 3 … in their own table; the chat conversation index keeps one row per
conversation. :class:`WorkspaceStore` opens the workspace database once (the schema comes from
:mod:`nextbest.brand_context.migrations`) and closes it; :class:`VersionedStore` adds reading
versions and appending the next one. The next number is taken under the table's write lock
(:meth:`~nextbest.brand_context.database.Connection.begin_serialized`), so two processes saving
at once on one Postgres database get 4 and 5, never 4 twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, Self, TypeVar

from nextbest.brand_context.workspace import Workspace


class WorkspaceStore:
    """A store on one connection to the workspace database.

    Args:
        workspace: The workspace (or its folder).
        clock: Returns "now" (UTC); tests pass a fixed clock.
    """

    def __init__(
        self, workspace: Workspace | str, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.workspace = (
            workspace if isinstance(workspace, Workspace) else Workspace.resolve(workspace)
        )
        self._clock = clock or (lambda: datetime.now(UTC))
        self._conn = self.workspace.connect()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


V = TypeVar("V")
"""The record type of one stored version."""


def approval_fields(row: Any) -> dict[str, Any]:
    """The columns every approved configuration version has: number, maker, checker, time, why."""
    return {
        "version": row["version"],
        "author": row["author"],
        "approved_by": row["approved_by"],
        "created_at": datetime.fromisoformat(row["created_at"]),
        "reason": row["reason"],
    }


class VersionedStore(WorkspaceStore, Generic[V]):
    """Numbered versions in one table (``version INTEGER PRIMARY KEY`` plus its own columns).

    Subclasses name their table in :attr:`table` and read one row in :meth:`_row`.
    """

    table: ClassVar[str]

    def _row(self, row: Any) -> V:
        """One row as the store's version record."""
        raise NotImplementedError

    def history(self) -> list[V]:
        """Every version, oldest first."""
        return [self._row(r) for r in self._version_rows()]

    def _version_rows(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Any]:
        """Rows of the table, oldest version first (``where`` filters, with ``?`` params)."""
        sql = f"SELECT * FROM {self.table}"
        if where:
            sql += f" WHERE {where}"
        return self._conn.execute(sql + " ORDER BY version", params).fetchall()

    def _version_row(self, number: int) -> Any:
        """The row of version ``number``, or None."""
        return self._conn.execute(
            f"SELECT * FROM {self.table} WHERE version = ?", (number,)
        ).fetchone()

    def _latest_row(self) -> Any:
        """The row of the newest version, or None."""
        return self._conn.execute(
            f"SELECT * FROM {self.table} ORDER BY version DESC LIMIT 1"
        ).fetchone()

    def _append(self, values: dict[str, Any], before: Callable[[], None] | None = None) -> int:
        """Store ``values`` as the next version, in one transaction holding the table's lock.

        Args:
            values: Column → value (without ``version``).
            before: Statements to run first in the same transaction (e.g. supersede a
                pending version).

        Returns:
            The new version's number.
        """
        columns = ", ".join(["version", *values])
        marks = ", ".join("?" for _ in range(len(values) + 1))
        self._conn.begin_serialized(self.table)
        try:
            if before is not None:
                before()
            row = self._conn.execute(f"SELECT COALESCE(MAX(version), 0) FROM {self.table}")
            number = int(row.fetchone()[0]) + 1
            self._conn.execute(
                f"INSERT INTO {self.table} ({columns}) VALUES ({marks})",
                (number, *values.values()),
            )
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.commit()
        return number
