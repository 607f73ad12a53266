"""The workspace: its folder on disk and its database (SQLite in the folder, or Postgres).

The folder holds the embedded Chroma store, run outputs and, by default, the SQLite database
(``nextbest.db``) and LangGraph checkpoints (``checkpoints.db``). With
``NEXTBEST_DATABASE_URL=postgresql://…`` the database and the checkpoints live in that Postgres
database instead, so several processes on several machines share one workspace.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from nextbest.brand_context.database import (
    Connection,
    DatabaseUnavailableError,
    connect,
    is_postgres_url,
)
from nextbest.brand_context.migrations import migrate

DEFAULT_HOME = Path(".nextbest")
HOME_ENV = "NEXTBEST_HOME"
DATABASE_URL_ENV = "NEXTBEST_DATABASE_URL"


@dataclass(frozen=True)
class Workspace:
    """Paths inside one workspace folder.

    Attributes:
        home: The workspace folder (``--home``, ``$NEXTBEST_HOME`` or ``./.nextbest``).
        database_url: A ``postgresql://`` URL for the workspace database; None reads
            ``$NEXTBEST_DATABASE_URL`` when connecting, and without it the SQLite file in
            ``home`` is used.
    """

    home: Path
    database_url: str | None = None

    @classmethod
    def resolve(cls, home: str | Path | None = None) -> Workspace:
        """Pick the workspace folder: explicit argument, then ``$NEXTBEST_HOME``, then default.

        Args:
            home: An explicit folder, or None.

        Returns:
            The workspace (the folder is not created yet).
        """
        chosen = home or os.environ.get(HOME_ENV) or DEFAULT_HOME
        return cls(Path(chosen).expanduser().resolve())

    @property
    def db_path(self) -> Path:
        """SQLite file for versions, decisions, releases and feedback."""
        return self.home / "nextbest.db"

    @property
    def chroma_path(self) -> Path:
        """Folder of the embedded Chroma database."""
        return self.home / "chroma"

    @property
    def checkpoints_path(self) -> Path:
        """SQLite file for LangGraph checkpoints."""
        return self.home / "checkpoints.db"

    @property
    def database(self) -> str:
        """Where the workspace database is: the Postgres URL, else the SQLite file's path."""
        url = self.database_url or os.environ.get(DATABASE_URL_ENV, "").strip()
        if url:
            if not is_postgres_url(url):
                raise DatabaseUnavailableError(
                    f"{DATABASE_URL_ENV} must be a postgresql:// URL (got {url.split(':')[0]}:…)"
                )
            return url
        return str(self.db_path)

    @property
    def on_postgres(self) -> bool:
        """Whether the workspace database is Postgres (not the embedded SQLite file)."""
        return is_postgres_url(self.database)

    def exists(self) -> bool:
        """Whether the workspace has been initialised (its database holds the schema)."""
        if not self.on_postgres:
            return self.db_path.exists()
        conn = connect(self.database)
        try:
            return conn.has_table("schema_migrations")
        finally:
            conn.close()

    def ensure(self) -> Workspace:
        """Create the folder if needed and return self."""
        self.home.mkdir(parents=True, exist_ok=True)
        return self

    def connect(self) -> Connection:
        """Open the workspace database, bringing its schema up to date first.

        SQLite (WAL mode, foreign keys on) in the folder by default, Postgres when a URL is
        configured (see :mod:`nextbest.brand_context.database`).

        Returns:
            A connection usable from other threads; callers close it.
        """
        self.ensure()
        conn = connect(self.database)
        try:
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn
