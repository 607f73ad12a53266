"""The workspace database: one SQL text for SQLite (the embedded default) and Postgres.

Store modules write their SQL once, in SQLite's style, and run it through the
:class:`Connection` returned by :func:`connect`:

- ``?`` placeholders (translated to psycopg's ``%s`` for Postgres);
- rows addressable by position and by column name (``row[0]``, ``row["name"]``, ``dict(row)``);
- backend-neutral exceptions (:class:`IntegrityError`, :class:`OperationalError`, both
  :class:`DatabaseError`);
- the transaction style of Python's ``sqlite3``: ``INSERT``/``UPDATE``/``DELETE`` open a
  transaction, ``commit()``/``rollback()`` end it, and ``with conn:`` commits on success and rolls
  back on an exception (without closing the connection); reads outside a transaction see the
  newest committed data;
- ``INSERT … ON CONFLICT`` and ``RETURNING``, which both backends understand.

The few places where the dialects really differ are explicit: :meth:`Connection.begin_serialized`
(SQLite's ``BEGIN IMMEDIATE`` file lock, a transaction-scoped advisory lock on Postgres, so
several processes on one Postgres database serialise the same way several processes on one
SQLite file do), :meth:`Connection.json_text` (reading a field of a JSON text column),
:meth:`Connection.insertion_order` (SQLite's ``rowid``), and :attr:`Connection.dialect` for the
DDL (see :mod:`nextbest.brand_context.migrations`).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

Dialect = Literal["sqlite", "postgres"]

_WRITES = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE"})


class DatabaseError(Exception):
    """Any error the workspace database reports."""


class IntegrityError(DatabaseError):
    """A constraint (primary key, unique, check, not null) refused a change."""


class OperationalError(DatabaseError):
    """The statement could not run: missing table, lock timeout, lost connection, a trigger."""


class DatabaseUnavailableError(OperationalError):
    """The configured workspace database cannot be reached (or its URL is not usable)."""


def masked_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (for messages and logs)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def is_postgres_url(url: str | None) -> bool:
    """Whether ``url`` names a Postgres database (``postgresql://`` or ``postgres://``)."""
    return bool(url) and str(url).startswith(("postgresql://", "postgres://"))


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


class _FetchedCursor(Cursor):
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
            if cursor.description is not None and _verb(sql) in _WRITES:
                rows = cursor.fetchall()  # finish an INSERT … RETURNING before any commit
                return _FetchedCursor(rows, cursor.rowcount)
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

    def _guarded(self, sql: str, work: Any) -> Cursor:
        opened = False
        try:
            if not self._tx and _verb(sql) in _WRITES:
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
                return _FetchedCursor([], 0)
            with self._conn.cursor() as cursor:
                cursor.executemany(text, batch)
                return _FetchedCursor([], cursor.rowcount)

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


def _verb(sql: str) -> str:
    stripped = sql.lstrip()
    if stripped.upper().startswith("WITH"):  # a CTE: the write verb follows the definitions
        for verb in _WRITES:
            if f" {verb} " in f" {stripped.upper()} ":
                return verb
    return stripped.split(None, 1)[0].upper() if stripped else ""


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
        return _FetchedCursor([], cursor.rowcount)
    index = {str(c.name): i for i, c in enumerate(cursor.description)}
    return _FetchedCursor([Row(values, index) for values in cursor.fetchall()], cursor.rowcount)


def _postgres_error(psycopg: Any, exc: Exception) -> DatabaseError:
    if isinstance(exc, psycopg.errors.IntegrityError):
        return IntegrityError(str(exc).strip())
    if isinstance(exc, psycopg.OperationalError | psycopg.errors.ProgrammingError):
        return OperationalError(str(exc).strip())
    if isinstance(exc, psycopg.errors.RaiseException):  # a trigger refused the statement
        return OperationalError(str(exc).strip())
    return DatabaseError(str(exc).strip())


def connect(target: str | Path, *, timeout: float = 30) -> Connection:
    """Open the workspace database at ``target`` (no migrations; see ``Workspace.connect``).

    Args:
        target: A ``postgresql://`` URL, or the path of an SQLite file.
        timeout: Seconds to wait for a lock (SQLite) or for the connection (Postgres).

    Returns:
        The connection; callers close it.
    """
    if is_postgres_url(str(target)):
        return PostgresConnection(str(target), timeout=timeout)
    return SQLiteConnection(Path(target), timeout=timeout)
