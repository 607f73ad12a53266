"""The team workspace database: Postgres through psycopg 3, behaving like ``sqlite3``.

SQLite-style SQL (``?`` placeholders) is translated to psycopg's, values are stored as
``sqlite3`` would store them, transactions open before the first write, and a write lock is a
transaction-scoped advisory lock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from nextbest.brand_context.database_errors import (
    DatabaseError,
    DatabaseUnavailableError,
    IntegrityError,
    OperationalError,
    masked_url,
)
from nextbest.brand_context.sql_connection import (
    WRITE_VERBS,
    Connection,
    Cursor,
    Dialect,
    FetchedCursor,
    Row,
    statement_verb,
)


class PostgresConnection(Connection):
    """The team workspace database: a Postgres database reached with psycopg 3.

    The psycopg connection runs in autocommit mode and this class opens transactions the way
    ``sqlite3`` does (before the first write), so a store that only reads never holds a
    transaction open (which would block migrations and vacuum in a long-running server).
    """

    dialect: Dialect = "postgres"

    def __init__(self, url: str, *, timeout: float = 30) -> None:
        super().__init__()
        import psycopg

        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(
                url,
                autocommit=True,
                connect_timeout=int(timeout),
                options=f"-c lock_timeout={int(timeout * 1000)}",  # as SQLite's busy timeout
            )
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [""])[0]
            raise DatabaseUnavailableError(
                f"cannot connect to the workspace database {masked_url(url)} "
                f"(NEXTBEST_DATABASE_URL): {first}"
            ) from exc
        self._tx = False
        self._aborted = False

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        return self._tx

    def _guarded(self, sql: str, work: Callable[[], Cursor]) -> Cursor:
        opened = False
        try:
            if not self._tx and statement_verb(sql) in WRITE_VERBS:
                self._conn.execute("BEGIN")
                self._tx = opened = True
            return work()
        except self._psycopg.Error as exc:
            if self._tx and not self._conn.closed:
                if opened:  # nothing else was in it: end it, as sqlite3 leaves no trace
                    self._end("ROLLBACK")
                else:
                    self._aborted = True
            raise _postgres_error(self._psycopg, exc) from exc

    def _run(self, sql: str, params: Sequence[Any]) -> Cursor:
        values = [_adapt(v) for v in params]
        text = _to_psycopg(sql) if values else sql  # no parameters: psycopg leaves % alone

        def work() -> Cursor:
            cursor = self._conn.execute(text, values or None)
            return _postgres_cursor(cursor)

        return self._guarded(sql, work)

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor:
        text = _to_psycopg(sql)
        batch = [[_adapt(v) for v in row] for row in rows]

        def work() -> Cursor:
            if not batch:
                return FetchedCursor([], 0)
            with self._conn.cursor() as cursor:
                cursor.executemany(text, batch)
                return FetchedCursor([], cursor.rowcount)

        return self._guarded(sql, work)

    def _begin_serialized(self, name: str) -> None:
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        try:
            self._conn.execute("BEGIN")
            self._tx = True
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
        except self._psycopg.Error as exc:
            if self._tx and not self._conn.closed:
                self._end("ROLLBACK")
            self._tx = False
            raise _postgres_error(self._psycopg, exc) from exc

    def _end(self, verb: str) -> None:
        self._tx = False
        aborted, self._aborted = self._aborted, False
        try:
            self._conn.execute("ROLLBACK" if aborted else verb)
        except self._psycopg.Error as exc:
            raise _postgres_error(self._psycopg, exc) from exc
        if aborted and verb == "COMMIT":
            raise OperationalError("the transaction was rolled back: a statement in it failed")

    def commit(self) -> None:
        """Commit the open transaction (nothing when none is open)."""
        with self._lock:
            if self._tx:
                self._end("COMMIT")

    def rollback(self) -> None:
        """Roll back the open transaction (nothing when none is open)."""
        with self._lock:
            if self._tx:
                self._end("ROLLBACK")

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back)."""
        with self._lock:
            if not self._conn.closed:
                self._conn.close()
            self._tx = False


@lru_cache(maxsize=1024)
def _to_psycopg(sql: str) -> str:
    """``?`` placeholders (outside quoted strings) to ``%s``, and literal ``%`` to ``%%``."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


def _adapt(value: Any) -> Any:
    """Values as ``sqlite3`` would store them: booleans as 0/1, datetimes as ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _postgres_cursor(cursor: Any) -> Cursor:
    if cursor.description is None:
        return FetchedCursor([], cursor.rowcount)
    index = {str(c.name): i for i, c in enumerate(cursor.description)}
    return FetchedCursor([Row(values, index) for values in cursor.fetchall()], cursor.rowcount)


def _postgres_error(psycopg: Any, exc: Exception) -> DatabaseError:
    if isinstance(exc, psycopg.errors.IntegrityError):
        return IntegrityError(str(exc).strip())
    if isinstance(exc, psycopg.OperationalError | psycopg.errors.ProgrammingError):
        return OperationalError(str(exc).strip())
    if isinstance(exc, psycopg.errors.RaiseException):  # a trigger refused the statement
        return OperationalError(str(exc).strip())
    return DatabaseError(str(exc).strip())
