"""The workspace database layer: one SQL text on SQLite and Postgres, migrations, the audit."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from nextbest.brand_context import database
from nextbest.brand_context.database import (
    DatabaseError,
    DatabaseUnavailableError,
    IntegrityError,
    OperationalError,
)
from nextbest.brand_context.migrations import LATEST, MIGRATIONS, applied_version, migrate
from nextbest.brand_context.workspace import Workspace


def test_one_sql_text_on_both_backends(tmp_path: Path, workspace_backend: str) -> None:
    conn = Workspace(tmp_path).connect()
    assert conn.dialect == workspace_backend
    assert applied_version(conn) == LATEST
    with conn:
        conn.execute(
            "INSERT INTO users (name, role, password_hash, disabled, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            ("ann", "admin", "h", True, "2026-11-24T09:00:00+00:00"),
        )
    row = conn.execute("SELECT name, disabled FROM users WHERE name LIKE ?", ("a%",)).fetchone()
    assert (row[0], row["disabled"], dict(row)) == ("ann", 1, {"name": "ann", "disabled": 1})
    with pytest.raises(IntegrityError), conn:
        conn.execute(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
            ("ann", "viewer", "h", "now"),
        )
    with pytest.raises(OperationalError):
        conn.execute("SELECT * FROM no_such_table")
    inserted = conn.executemany(
        "INSERT INTO login_failures (key, at) VALUES (?, ?)", [("k", "1"), ("k", "2")]
    )
    assert inserted.rowcount == 2
    conn.rollback()  # sqlite3-style: the implicit transaction is undone
    assert conn.execute("SELECT COUNT(*) FROM login_failures").fetchone()[0] == 0
    with conn:
        first = conn.execute(
            "INSERT INTO audit_log (at, actor, action) VALUES (?, ?, ?) RETURNING entry_id",
            ("t", "ann", "sign_in"),
        ).fetchone()[0]
    assert first == 1
    ignored = conn.execute(
        "INSERT INTO store_meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
        ("k", "a", "a"),
    )
    conn.commit()
    assert ignored.rowcount == 1
    conn.close()


def test_audit_log_refuses_update_and_delete(tmp_path: Path, workspace_backend: str) -> None:
    conn = Workspace(tmp_path).connect()
    with conn:
        conn.execute("INSERT INTO audit_log (at, actor, action) VALUES (?, ?, ?)", ("t", "a", "x"))
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), conn:
            conn.execute(statement)
    if workspace_backend == "postgres":
        with pytest.raises(DatabaseError, match="append-only"):
            conn.execute("TRUNCATE audit_log")
    assert [tuple(r) for r in conn.execute("SELECT actor FROM audit_log")] == [("a",)]
    conn.close()


def test_migrations_upgrade_a_workspace_from_before_them(tmp_path: Path) -> None:
    """An SQLite workspace made by an earlier version (old columns, no version table)."""
    path = tmp_path / "nextbest.db"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE web_sessions (id_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL,
            csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL,
            flashes TEXT NOT NULL DEFAULT '[]');
        INSERT INTO web_sessions VALUES ('h', 'ann', 'c', 't', 't', '[]');
        CREATE TABLE customer_schemas (version INTEGER PRIMARY KEY, adopted_at TEXT NOT NULL,
            author TEXT NOT NULL, reason TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL);
        INSERT INTO customer_schemas VALUES (1, 't', 'ann', 'first', 'abc', 'x: 1');
        """
    )
    old.commit()
    old.close()
    conn = Workspace(tmp_path).connect()
    assert applied_version(conn) == LATEST
    assert {"address", "user_agent"} <= conn.columns("web_sessions")
    row = conn.execute("SELECT user_name, address FROM web_sessions").fetchone()
    assert (row["user_name"], row["address"]) == ("ann", "")
    assert conn.execute("SELECT status FROM customer_schemas").fetchone()[0] == "approved"
    assert migrate(conn) == []  # a second pass has nothing to do
    assert conn.has_table("audit_log") and conn.has_table("proposals")
    conn.close()


def test_migrate_applies_each_step_once(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "fresh.db")
    assert migrate(conn) == [m.version for m in MIGRATIONS]
    assert migrate(conn) == []
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    assert versions == [m.version for m in MIGRATIONS]
    conn.close()


def test_a_bad_database_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="postgresql://"):
        _ = Workspace(tmp_path, database_url="mysql://x").database


def test_an_unreachable_database_is_one_line_in_the_cli(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from nextbest.app.cli.main import app

    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("NEXTBEST_DATABASE_URL", f"postgresql://nb:s3cret@127.0.0.1:{port}/nb")
    result = CliRunner().invoke(app, ["users", "list", "--home", str(tmp_path / "ws")])
    assert result.exit_code == 3, result.output
    assert "cannot connect to the workspace database" in result.output
    assert "s3cret" not in result.output and "Traceback" not in result.output
