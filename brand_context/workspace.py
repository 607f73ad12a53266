"""The workspace folder: where the brand store, decisions and checkpoints live on disk."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = Path(".nextbest")
HOME_ENV = "NEXTBEST_HOME"


@dataclass(frozen=True)
class Workspace:
    """Paths inside one workspace folder.

    Attributes:
        home: The workspace folder (``--home``, ``$NEXTBEST_HOME`` or ``./.nextbest``).
    """

    home: Path

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

    def exists(self) -> bool:
        """Whether the workspace has been initialised."""
        return self.db_path.exists()

    def ensure(self) -> Workspace:
        """Create the folder if needed and return self."""
        self.home.mkdir(parents=True, exist_ok=True)
        return self

    def connect(self) -> sqlite3.Connection:
        """Open the workspace SQLite database (WAL mode, foreign keys on).

        Returns:
            A connection usable from other threads; callers close it.
        """
        self.ensure()
        conn = sqlite3.connect(self.db_path, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.row_factory = sqlite3.Row
        return conn
