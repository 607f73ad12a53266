"""The embedded workspace database: one SQLite file through Python's ``sqlite3``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from nextbest.brand_context.database_errors import DatabaseError, IntegrityError, OperationalError
from nextbest.brand_context.sql_connection import (
    WRITE_VERBS,
    Connection,
    Cursor,
    Dialect,
    FetchedCursor,
    statement_verb,
)


class _SQLiteCursor(Cursor):
    """Rows read lazily from an ``sqlite3`` cursor (``sqlite3.Row``: by position and name)."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except sqlite3.Error as exc:
            raise _sqlite_error(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return self._cursor.fetchall()
        except sqlite3.Error as exc:
            raise _sqlite_error(exc) from exc


class SQLiteConnection(Connection):
    """The embedded workspace database: one SQLite file (WAL mode, foreign keys on)."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: Path, *, timeout: float = 30) -> None:
        super().__init__()
        self.path = path
        try:
            self._conn = sqlite3.connect(path, check_same_thread=False, timeout=timeout)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.row_factory = sqlite3.Row
        except sqlite3.Error as exc:
            raise _sqlite_error(exc) from exc

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        return self._conn.in_transaction

    def _run(self, sql: str, params: Sequence[Any]) -> Cursor:
        try:
            cursor = self._conn.execute(sql, tuple(params))
            if cursor.description is not None and statement_verb(sql) in WRITE_VERBS:
                rows = cursor.fetchall()  # finish an INSERT … RETURNING before any commit
                return FetchedCursor(rows, cursor.rowcount)
            return _SQLiteCursor(cursor)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc) from exc

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        try:
            return _SQLiteCursor(self._conn.executemany(sql, rows))
        except sqlite3.Error as exc:
            raise _sqlite_error(exc) from exc

    def executescript(self, script: str) -> None:
        """Run several ``;``-separated statements (SQLite only; used by the migrations)."""
        with self._lock:
            try:
                self._conn.executescript(script)
            except sqlite3.Error as exc:
                raise _sqlite_error(exc) from exc

    def _begin_serialized(self, name: str) -> None:
        self._run("BEGIN IMMEDIATE", ())

    def commit(self) -> None:
        """Commit the open transaction (nothing when none is open)."""
        with self._lock:
            try:
                self._conn.commit()
            except sqlite3.Error as exc:
                raise _sqlite_error(exc) from exc

    def rollback(self) -> None:
        """Roll back the open transaction (nothing when none is open)."""
        with self._lock:
            try:
                self._conn.rollback()
            except sqlite3.Error as exc:
                raise _sqlite_error(exc) from exc

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back)."""
        with self._lock:
            self._conn.close()


def _sqlite_error(exc: sqlite3.Error) -> DatabaseError:
    if isinstance(exc, sqlite3.IntegrityError):
        return IntegrityError(str(exc))
    if isinstance(exc, sqlite3.OperationalError | sqlite3.ProgrammingError):
        return OperationalError(str(exc))
    return DatabaseError(str(exc))
