"""The record ``nextbest llm serve`` keeps of the server it runs, so others can tell it died.

``llm serve`` writes ``<workspace>/llm/server.json`` (process id, base URL, log file, start time)
when its server answers, and adds the exit status when it sees the process end. ``llm check``
reads the record for the URL it is asked about: a process that is gone is reported with its
exit status (or, when ``serve`` itself was killed, as gone with status unknown), the last lines
of its log and the likely cause, instead of a bare connection error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from nextbest.agents.local_llm import ServerExit, build_or_none, exit_report
from nextbest.app.workspace.processes import process_alive

RECORD_NAME = "server.json"


@dataclass(frozen=True)
class ServedModel:
    """One server started by ``nextbest llm serve``.

    Attributes:
        pid: The server process's id.
        base_url: Its OpenAI-compatible base URL.
        log_path: The file its output goes to.
        started_at: When it first answered (ISO, UTC).
        returncode: Its exit status once ``serve`` saw it end (None while running or unknown).
    """

    pid: int
    base_url: str
    log_path: str
    started_at: str
    returncode: int | None = None


def llm_folder(home: Path) -> Path:
    """The workspace folder holding the served model's record and log."""
    return home / "llm"


def record_path(home: Path) -> Path:
    """Where the record lives in a workspace."""
    return llm_folder(home) / RECORD_NAME


def write_record(home: Path, pid: int, base_url: str, log_path: Path) -> ServedModel:
    """Record a server that has just answered.

    Args:
        home: The workspace folder.
        pid: The server process id.
        base_url: Its base URL.
        log_path: Its log file.

    Returns:
        The record written.
    """
    record = ServedModel(
        pid=pid,
        base_url=base_url,
        log_path=str(log_path),
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    _save(home, record)
    return record


def record_exit(home: Path, record: ServedModel, returncode: int | None) -> ServedModel:
    """Add the exit status ``serve`` saw to the record."""
    ended = ServedModel(**{**asdict(record), "returncode": returncode})
    _save(home, ended)
    return ended


def remove_record(home: Path) -> None:
    """Forget the record (the server was stopped on purpose)."""
    record_path(home).unlink(missing_ok=True)


def read_record(home: Path) -> ServedModel | None:
    """The workspace's record, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(record_path(home).read_text())
        return ServedModel(**data)
    except (OSError, ValueError, TypeError):
        return None


def dead_server(home: Path, base_url: str) -> ServerExit | None:
    """The exit report of the server ``llm serve`` ran at ``base_url``, if it is gone.

    Args:
        home: The workspace folder.
        base_url: The URL being checked.

    Returns:
        None when no record names this URL or its process still runs; else the report.
    """
    record = read_record(home)
    if record is None or record.base_url.rstrip("/") != base_url.rstrip("/"):
        return None
    if record.returncode is None and process_alive(record.pid):
        return None
    try:
        log = Path(record.log_path).read_text(errors="replace")
    except OSError:
        log = ""
    return exit_report(record.pid, record.returncode, log, build_or_none())


def _save(home: Path, record: ServedModel) -> None:
    path = record_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(record), indent=2))
    tmp.replace(path)
