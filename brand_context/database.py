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

The connection's surface is :mod:`~nextbest.brand_context.sql_connection`, the two dialects are
:mod:`~nextbest.brand_context.sqlite_connection` and
:mod:`~nextbest.brand_context.postgres_connection`, the errors
:mod:`~nextbest.brand_context.database_errors`; this module chooses one by target.
"""

from __future__ import annotations

from pathlib import Path

from nextbest.brand_context.database_errors import (
    DatabaseError,
    DatabaseUnavailableError,
    IntegrityError,
    OperationalError,
    masked_url,
)
from nextbest.brand_context.postgres_connection import PostgresConnection
from nextbest.brand_context.sql_connection import Connection, Cursor, Dialect, Row
from nextbest.brand_context.sqlite_connection import SQLiteConnection


def is_postgres_url(url: str | None) -> bool:
    """Whether ``url`` names a Postgres database (``postgresql://`` or ``postgres://``)."""
    return bool(url) and str(url).startswith(("postgresql://", "postgres://"))


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


__all__ = [
    "Connection",
    "Cursor",
    "DatabaseError",
    "DatabaseUnavailableError",
    "Dialect",
    "IntegrityError",
    "OperationalError",
    "PostgresConnection",
    "Row",
    "SQLiteConnection",
    "connect",
    "is_postgres_url",
    "masked_url",
]
