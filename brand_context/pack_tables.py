"""The brand store's SQL history: immutable pack versions and entry rows valid over versions.

Every change is one row of ``pack_versions`` (author, role, time, reason, content hash); an
entry revision is one row of ``pack_entries`` in force over the half-open version range
``[version_from, version_to)`` (``version_to`` NULL while in force), so the exact pack of any
version is one query. ``store_meta`` keeps the workspace id and how far the Chroma index got.
The tables come from :mod:`nextbest.brand_context.migrations`; the connection is the
workspace's (:mod:`nextbest.brand_context.database`, SQLite or Postgres).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from nextbest.brand_context.database import Connection
from nextbest.brand_context.pack_entries import Entries
from nextbest.brand_context.store_records import NoVersionError, VersionInfo

EMPTY_STORE = "the brand store is empty: run `nextbest kb init` first"


class PackTables:
    """Reads and appends the store's versions and entry rows on one connection.

    Args:
        conn: A connection to the workspace database.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- versions --------------------------------------------------------------------------

    def current_version(self) -> int | None:
        """The newest version number, or None for an empty store."""
        row = self.conn.execute("SELECT MAX(version) FROM pack_versions").fetchone()
        return row[0] if row else None

    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first."""
        rows = self.conn.execute("SELECT * FROM pack_versions ORDER BY version").fetchall()
        return [VersionInfo.from_row(r) for r in rows]

    def version(self, number: int) -> VersionInfo:
        """Metadata of one version.

        Raises:
            NoVersionError: If the version does not exist.
        """
        row = self.conn.execute(
            "SELECT * FROM pack_versions WHERE version = ?", (number,)
        ).fetchone()
        if row is None:
            latest = self.current_version()
            text = f"v{latest}" if latest else "none, the store is empty"
            raise NoVersionError(f"version {number} does not exist (latest: {text})")
        return VersionInfo.from_row(row)

    def version_at(self, at: datetime) -> VersionInfo:
        """The version in force at the UTC moment ``at``.

        Raises:
            NoVersionError: If ``at`` is before the first version.
        """
        row = self.conn.execute(
            "SELECT * FROM pack_versions WHERE created_at <= ? ORDER BY version DESC LIMIT 1",
            (at.isoformat(),),
        ).fetchone()
        if row is None:
            first = self.conn.execute(
                "SELECT created_at FROM pack_versions ORDER BY version LIMIT 1"
            ).fetchone()
            if first is None:
                raise NoVersionError(EMPTY_STORE)
            raise NoVersionError(
                f"{at.isoformat()} is before the first brand pack version "
                f"(created {first['created_at']})"
            )
        return VersionInfo.from_row(row)

    def resolve(self, version: int | None) -> int:
        """``version`` checked to exist, or the current one when None.

        Raises:
            NoVersionError: If it does not exist, or the store is empty.
        """
        if version is not None:
            return self.version(version).version
        latest = self.current_version()
        if latest is None:
            raise NoVersionError(EMPTY_STORE)
        return latest

    # -- entries ---------------------------------------------------------------------------

    def entries_at(self, number: int) -> Entries:
        """Every entry in force in version ``number``."""
        rows = self.conn.execute(
            "SELECT kind, entry_id, data FROM pack_entries WHERE version_from <= ?"
            " AND (version_to IS NULL OR version_to > ?) ORDER BY kind, entry_id",
            (number, number),
        ).fetchall()
        return {(r["kind"], r["entry_id"]): json.loads(r["data"]) for r in rows}

    def entry(self, kind: str, entry_id: str, number: int) -> dict[str, Any] | None:
        """One entry's data in version ``number``, or None."""
        row = self.conn.execute(
            "SELECT data FROM pack_entries WHERE kind = ? AND entry_id = ? AND version_from <= ?"
            " AND (version_to IS NULL OR version_to > ?)",
            (kind, entry_id, number, number),
        ).fetchone()
        return None if row is None else dict(json.loads(row["data"]))

    def revision_rows(self, entry_id: str) -> list[Any]:
        """Every stored revision of the entries with id ``entry_id``, oldest first."""
        return self.conn.execute(
            "SELECT * FROM pack_entries WHERE entry_id = ? ORDER BY version_from", (entry_id,)
        ).fetchall()

    def count_rows(self) -> int:
        """How many entry revisions are stored (what the index must hold)."""
        return int(self.conn.execute("SELECT COUNT(*) FROM pack_entries").fetchone()[0])

    def count_live(self, number: int) -> int:
        """How many entries are in force in version ``number``."""
        return int(
            self.conn.execute(
                "SELECT COUNT(*) FROM pack_entries WHERE version_from <= ?"
                " AND (version_to IS NULL OR version_to > ?)",
                (number, number),
            ).fetchone()[0]
        )

    def all_rows(self) -> list[dict[str, Any]]:
        """Every entry revision as a plain row."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM pack_entries").fetchall()]

    # -- appending a version ---------------------------------------------------------------

    @contextmanager
    def serialized(self) -> Iterator[None]:
        """One write transaction holding the versions table's lock; rolled back on error."""
        try:
            self.conn.begin_serialized("pack_versions")
            yield
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def append_version(
        self,
        info: VersionInfo,
        closed: list[tuple[str, str]],
        changed: Entries,
    ) -> list[dict[str, Any]]:
        """Record version ``info``: close the entries it ends, add the ones it changes.

        Call inside :meth:`serialized`.

        Returns:
            The entry rows the version opened or closed (what the index must update).
        """
        number = info.version
        self.conn.execute(
            "INSERT INTO pack_versions VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                info.created_at.isoformat(),
                info.author,
                info.role,
                info.action,
                info.reason,
                info.content_hash,
            ),
        )
        for kind, entry_id in closed:
            self.conn.execute(
                "UPDATE pack_entries SET version_to = ? WHERE kind = ? AND entry_id = ?"
                " AND version_to IS NULL",
                (number, kind, entry_id),
            )
        for (kind, entry_id), value in changed.items():
            self.conn.execute(
                "INSERT INTO pack_entries VALUES (?, ?, ?, NULL, ?)",
                (kind, entry_id, number, json.dumps(value, sort_keys=True)),
            )
        touched = self.conn.execute(
            "SELECT * FROM pack_entries WHERE version_from = ? OR version_to = ?",
            (number, number),
        ).fetchall()
        return [dict(r) for r in touched]

    # -- store metadata --------------------------------------------------------------------

    def workspace_id(self) -> str:
        """This workspace's id, made once and kept in its database (names its Chroma collection).

        Every process sharing the workspace database reads the same id, so they share one
        collection on a Chroma server; another workspace gets another id and collection.
        """
        workspace_id = self.meta("workspace_id")
        if workspace_id is None:
            self.conn.execute(
                "INSERT INTO store_meta VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                ("workspace_id", uuid.uuid4().hex),
            )
            self.conn.commit()
            workspace_id = self.meta("workspace_id") or ""  # the first writer's id wins
        return workspace_id

    def meta(self, key: str) -> str | None:
        """A ``store_meta`` value, or None."""
        row = self.conn.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Set a ``store_meta`` value (in the caller's transaction)."""
        self.conn.execute(
            "INSERT INTO store_meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
            (key, value, value),
        )
