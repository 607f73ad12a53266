"""Batch runs as a reader sees them: the list, one run's progress and summary, its files.

``nextbest run`` (:mod:`nextbest.app.workspace.batch`) writes a row per run in the workspace's
``runs`` table,
its decisions, cell results and release records, and a folder ``runs/RUN_ID/`` with the outbox,
the rejects file, the summary and (after ``nextbest report``) the HTML report. This module only
reads them, so the CLI and the web workspace show the same numbers. Files are served from the
run's own folder only: a name that resolves anywhere else (``..``, an absolute path, a symlink
out of the folder) is refused.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from nextbest.brand_context.database import Connection
from nextbest.brand_context.workspace import Workspace

RUN_FILES = {
    "rejects.csv": "text/csv; charset=utf-8",
    "summary.json": "application/json",
}
"""Files of a run folder that may be downloaded, with their media type."""

REPORT_FILE = "report.html"
_REPORT_LOCK = threading.Lock()
"""matplotlib's pyplot is not thread-safe: one report is drawn at a time in a process."""
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,199}")


class RunNotFoundError(KeyError):
    """No such run, or a name that is not a file of the run's folder."""

    def __str__(self) -> str:
        """The message, without KeyError's quotes."""
        return str(self.args[0]) if self.args else "not found"


@dataclass(frozen=True)
class RunProgress:
    """How far a run has come, read from what it has written so far.

    Attributes:
        stage: ``deciding``, ``writing cells``, ``rendering`` or ``done``.
        decided: Customers decided so far.
        cells_done: Cells whose copy has been written and checked.
        cells_escalated: Cells waiting for a human reviewer.
        released: Messages released so far.
    """

    stage: str
    decided: int
    cells_done: int
    cells_escalated: int
    released: int


@dataclass(frozen=True)
class RunInfo:
    """One batch run.

    Attributes:
        run_id: The run.
        created_at: When it started.
        now: Its decision time.
        source: Where the customers came from (credentials masked).
        status: ``started`` (running, or stopped before the end), ``finished`` or
            ``waiting for review``.
        summary: The reconciled summary once an execution finished (see
            :class:`nextbest.app.workspace.batch.RunSummary`), else None.
        progress: Counts read from the run's records.
        goal: The run goal it was started with, if any.
        has_report: Whether ``runs/RUN_ID/report.html`` exists.
        has_rejects: Whether the rejects file exists.
    """

    run_id: str
    created_at: str
    now: str
    source: str
    status: str
    summary: dict[str, Any] | None
    progress: RunProgress
    goal: dict[str, Any] | None = None
    has_report: bool = False
    has_rejects: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        """Whether the run has not finished an execution yet."""
        return self.status == "started"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {**asdict(self), "running": self.running}


def mask_source(location: str) -> str:
    """A customer source fit to show: a URL's password replaced by ``***``."""
    if "://" not in location:
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _counts(summary: dict[str, Any] | None, progress: RunProgress) -> dict[str, int]:
    if not summary:
        return {"decided": progress.decided, "released": progress.released}
    return {
        "customers": int(summary.get("customers_in", 0)),
        "released": int(summary.get("released", 0)),
        "no_message": sum(summary.get("no_message", {}).values()),
        "blocked": sum(summary.get("blocked", {}).values()),
        "escalated": int(summary.get("escalated", 0)),
        "rejected_rows": int(summary.get("rejected_rows", 0)),
    }


class Runs:
    """Read access to the workspace's batch runs.

    Args:
        workspace: The workspace.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.folder = workspace.home / "runs"

    def _connect(self) -> Connection:
        return self.workspace.connect()

    @staticmethod
    def _has(conn: Connection, table: str) -> bool:
        return conn.has_table(table)

    def _progress(self, conn: Connection, run_id: str, status: str) -> RunProgress:
        decided = cells = escalated = released = 0
        if self._has(conn, "decisions"):
            decided = conn.execute(
                "SELECT COUNT(*) FROM decisions WHERE run_id = ?", (run_id,)
            ).fetchone()[0]
        if self._has(conn, "run_cells"):
            cells, escalated = conn.execute(
                "SELECT COUNT(*), "
                "COALESCE(SUM(CASE WHEN outcome = 'escalated' THEN 1 ELSE 0 END), 0)"
                " FROM run_cells WHERE run_id = ?",
                (run_id,),
            ).fetchone()
        if self._has(conn, "release_records"):
            released = conn.execute(
                "SELECT COUNT(*) FROM release_records WHERE run_id = ? AND outcome = 'released'"
                " AND customer_id IS NOT NULL",
                (run_id,),
            ).fetchone()[0]
        if status != "started":
            stage = "done"
        elif released:
            stage = "rendering"
        elif cells:
            stage = "writing cells"
        else:
            stage = "deciding"
        return RunProgress(stage, int(decided), int(cells), int(escalated), int(released))

    def _info(self, conn: Connection, row: Any) -> RunInfo:
        source = json.loads(row["source"])
        summary = json.loads(row["summary"]) if row["summary"] else None
        progress = self._progress(conn, row["run_id"], row["status"])
        folder = self._folder(row["run_id"], must_exist=False)
        location = mask_source(str(source.get("location", "")))
        if source.get("query"):
            location += f" ({source['query']})"
        return RunInfo(
            run_id=row["run_id"],
            created_at=row["created_at"],
            now=row["now"],
            source=location,
            status=row["status"],
            summary=summary,
            progress=progress,
            goal=source.get("goal"),
            has_report=folder is not None and (folder / REPORT_FILE).is_file(),
            has_rejects=folder is not None and (folder / "rejects.csv").is_file(),
            counts=_counts(summary, progress),
        )

    def recent(self, limit: int = 50, offset: int = 0) -> list[RunInfo]:
        """Runs, newest first."""
        conn = self._connect()
        try:
            if not self._has(conn, "runs"):
                return []
            rows = conn.execute(
                "SELECT * FROM runs ORDER BY created_at DESC, run_id LIMIT ? OFFSET ?",
                (int(limit), int(offset)),
            ).fetchall()
            return [self._info(conn, row) for row in rows]
        finally:
            conn.close()

    def get(self, run_id: str) -> RunInfo:
        """One run.

        Raises:
            RunNotFoundError: No such run.
        """
        conn = self._connect()
        try:
            row = (
                conn.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
                if self._has(conn, "runs")
                else None
            )
            if row is None:
                raise RunNotFoundError(f"no run {run_id!r}")
            return self._info(conn, row)
        finally:
            conn.close()

    def _folder(self, run_id: str, must_exist: bool = True) -> Path | None:
        """The run's folder, only if it is a direct child of ``runs/``."""
        if not _SAFE_ID.fullmatch(run_id) or run_id in (".", ".."):
            return None
        root = self.folder.resolve()
        folder = (root / run_id).resolve()
        if folder.parent != root or (must_exist and not folder.is_dir()):
            return None
        return folder

    def file(self, run_id: str, name: str) -> Path:
        """A downloadable file of a run's folder (see :data:`RUN_FILES`, and the report).

        Args:
            run_id: The run (must exist).
            name: The file name, e.g. ``rejects.csv``.

        Returns:
            The file's resolved path, inside ``runs/RUN_ID/``.

        Raises:
            RunNotFoundError: No such run, a name not offered for download, or a path that
                resolves outside the run's folder (``..``, absolute paths, symlinks).
        """
        self.get(run_id)
        folder = self._folder(run_id)
        if folder is None or (name not in RUN_FILES and name != REPORT_FILE):
            raise RunNotFoundError(f"no file {name!r} in run {run_id!r}")
        path = (folder / name).resolve()
        if path.parent != folder or not path.is_file():
            raise RunNotFoundError(f"no file {name!r} in run {run_id!r}")
        return path

    def sent_message(self, run_id: str, message_id: str) -> dict[str, Any] | None:
        """The message a run put in its outbox under ``message_id``, or None.

        Reads the run's own outbox, whichever engine wrote it (JSONL line by line, or the Ray
        engine's Parquet parts through DuckDB), so it stays cheap on large runs.
        """
        from nextbest.app.workspace.run_outbox import find_message

        folder = self._folder(run_id)
        return find_message(folder, message_id) if folder is not None else None

    def report_path(self, run_id: str) -> Path:
        """Where the run's HTML report is (or will be) written.

        Raises:
            RunNotFoundError: No such run.
        """
        self.get(run_id)
        folder = self._folder(run_id, must_exist=False)
        if folder is None:
            raise RunNotFoundError(f"no run {run_id!r}")
        return folder / REPORT_FILE


def build_run_report(runtime: Any, run_id: str, now: datetime | None = None) -> Path:
    """Build (or rebuild) the run's HTML report with its plots, as ``nextbest report`` does.

    Args:
        runtime: The workspace runtime (:class:`nextbest.app.workspace.runtime.NextbestRuntime`).
        run_id: The run.
        now: The moment whose brand pack defines the action space (default: now).

    Returns:
        The report's path inside the run's folder.

    Raises:
        RunNotFoundError: No such run, or it has no logged decisions yet.
    """
    from nextbest.app.workspace.report import build_report
    from nextbest.app.workspace.report_render import write_report

    path = Runs(runtime.workspace).report_path(run_id)
    with _REPORT_LOCK:
        try:
            report = build_report(runtime, run_id, now=now)
        except KeyError as exc:
            raise RunNotFoundError(str(exc.args[0])) from None
        return write_report(report, path)
