"""The dialect-neutral surface of a workspace database connection, and its rows and cursors.

:class:`Connection` is what every store module talks to (see :mod:`nextbest.brand_context.database`
for the conventions: ``?`` placeholders, rows by name, ``sqlite3``'s transaction style). A
dialect implements a handful of primitives (``_run``, ``_run_many``, ``_begin_serialized``,
``commit``, ``rollback``, ``close``, ``in_transaction``); the few SQL texts that differ by dialect
(JSON fields, insertion order, the catalogue) are chosen here by :attr:`Connection.dialect`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, Literal

Dialect = Literal["sqlite", "postgres"]

WRITE_VERBS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE"})


def statement_verb(sql: str) -> str:
    """The statement's verb (``SELECT``, ``INSERT`` …; a CTE's write verb after its ``WITH``)."""
    stripped = sql.lstrip()
    if stripped.upper().startswith("WITH"):  # a CTE: the write verb follows the definitions
        for verb in WRITE_VERBS:
            if f" {verb} " in f" {stripped.upper()} ":
                return verb
    return stripped.split(None, 1)[0].upper() if stripped else ""


class Row(Sequence[Any]):
    """One result row, addressable by position and by column name (like ``sqlite3.Row``)."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Row):
            return self._values == other._values
        return self._values == other

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self.keys(), self._values, strict=True))!r})"

    def keys(self) -> list[str]:
        """The column names, in order."""
        return list(self._index)


class Cursor:
    """The result of one statement: rows to fetch and the number of rows changed."""

    rowcount: int

    def fetchone(self) -> Any:
        """The next row, or None."""
        raise NotImplementedError

    def fetchall(self) -> list[Any]:
        """The remaining rows."""
        raise NotImplementedError

    def __iter__(self) -> Iterator[Any]:
        while (row := self.fetchone()) is not None:
            yield row


class FetchedCursor(Cursor):
    """Rows already fetched (Postgres: psycopg fetches a statement's rows at once anyway)."""

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self) -> Any:
        """The next row, or None."""
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Any]:
        """The remaining rows."""
        rest = self._rows[self._next :]
        self._next = len(self._rows)
        return rest


class Connection:
    """A connection to the workspace database (base of the two dialects).

    Attributes:
        dialect: ``sqlite`` or ``postgres``.
    """

    dialect: Dialect

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # -- the dialect-specific primitives ----------------------------------------------------

    def _run(self, sql: str, params: Sequence[Any]) -> Cursor:
        raise NotImplementedError

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        raise NotImplementedError

    def _begin_serialized(self, name: str) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Commit the open transaction (nothing when none is open)."""
        raise NotImplementedError

    def rollback(self) -> None:
        """Roll back the open transaction (nothing when none is open)."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back)."""
        raise NotImplementedError

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        raise NotImplementedError

    # -- the shared surface -------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement with ``?`` placeholders.

        Args:
            sql: The statement.
            params: One value per ``?``.

        Returns:
            A cursor with the rows (already fetched) and ``rowcount``.

        Raises:
            IntegrityError: A constraint refused the change.
            OperationalError: The statement could not run.
        """
        with self._lock:
            return self._run(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        """Run one statement once per parameter row (``rowcount`` is the total)."""
        with self._lock:
            return self._run_many(sql, rows)

    def begin_serialized(self, name: str) -> None:
        """Open a transaction that holds the workspace-wide write lock ``name`` until it ends.

        SQLite: ``BEGIN IMMEDIATE`` (the database file's write lock; ``name`` is not needed).
        Postgres: ``BEGIN`` + ``pg_advisory_xact_lock`` on a key derived from ``name``, so
        processes that serialise on the same name wait for each other and others do not.
        A transaction already open is committed first, as ``sqlite3`` does.

        Args:
            name: What is being serialised, e.g. ``run_lock`` or ``pack_versions``.
        """
        with self._lock:
            if self.in_transaction:
                self.commit()
            self._begin_serialized(name)

    def json_text(self, column: str, field: str) -> str:
        """SQL reading the top-level text field ``field`` of the JSON text in ``column``."""
        if not field.replace("_", "").isalnum():
            raise ValueError(f"not a plain JSON field name: {field!r}")
        if self.dialect == "postgres":
            return f"(({column})::jsonb ->> '{field}')"
        return f"json_extract({column}, '$.{field}')"

    def insertion_order(self, alias: str = "") -> str:
        """SQL ordering rows of ``decisions`` as they were inserted.

        SQLite numbers every row (``rowid``); on Postgres the table has an identity column
        ``seq`` (migration 4). ``alias`` is the table's alias in the query, if any.
        """
        prefix = f"{alias}." if alias else ""
        return f"{prefix}seq" if self.dialect == "postgres" else f"{prefix}rowid"

    def has_table(self, table: str) -> bool:
        """Whether ``table`` exists in the database."""
        if self.dialect == "postgres":
            sql = (
                "SELECT 1 FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_name = ?"
            )
        else:
            sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.execute(sql, (table,)).fetchone() is not None

    def columns(self, table: str) -> set[str]:
        """The column names of ``table`` (empty when it does not exist)."""
        if self.dialect == "postgres":
            rows = self.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ?",
                (table,),
            ).fetchall()
            return {str(r[0]) for r in rows}
        return {str(r[1]) for r in self.execute(f"PRAGMA table_info({table})").fetchall()}

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.rollback()
