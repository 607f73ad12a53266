"""A run's outbox, whichever engine wrote it.

The local engine appends ``runs/RUN_ID/outbox.jsonl`` (one JSON message a line); the Ray engine
writes ``runs/RUN_ID/outbox/part-NNNNN.parquet`` (one row a message: ``message_id``,
``customer_id`` and the message as JSON in ``message``). Readers — the inspector's sent message,
rule impact — go through this module, so they see both. Parquet is read with DuckDB (a base
dependency); nothing here needs Ray.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nextbest.tools import duck

JSONL = "outbox.jsonl"
PARQUET_FOLDER = "outbox"


def run_outboxes(home: Path) -> list[Path]:
    """Every run's outbox (a JSONL file or a Parquet folder), then the workspace's own."""
    runs = home / "runs"
    found: list[Path] = []
    if runs.exists():
        for folder in sorted(p for p in runs.iterdir() if p.is_dir()):
            if (folder / JSONL).is_file():
                found.append(folder / JSONL)
            if any((folder / PARQUET_FOLDER).glob("part-*.parquet")):
                found.append(folder / PARQUET_FOLDER)
    workspace_outbox = home / JSONL
    return [*found, workspace_outbox] if workspace_outbox.exists() else found


def messages(path: Path) -> Iterator[dict[str, Any]]:
    """The messages of one outbox (:func:`run_outboxes`), in file order."""
    if path.is_dir():
        con = duck.connect()
        try:
            cursor = con.execute(
                "SELECT message FROM read_parquet(?) ORDER BY filename, file_row_number",
                [_parts(path)],
            )
            while chunk := cursor.fetchmany(1_000):
                for (text,) in chunk:
                    yield json.loads(text)
        finally:
            con.close()
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line


def find_message(run_folder: Path, message_id: str) -> dict[str, Any] | None:
    """The message a run's outbox holds under ``message_id``, or None.

    A JSONL outbox is scanned line by line (JSON is parsed only for the line naming the id); a
    Parquet outbox is filtered by DuckDB.
    """
    inside = run_folder.resolve()
    parquet = run_folder / PARQUET_FOLDER
    if parquet.resolve().parent == inside and any(parquet.glob("part-*.parquet")):
        con = duck.connect()
        try:
            row = con.execute(
                "SELECT message FROM read_parquet(?) WHERE message_id = ? LIMIT 1",
                [_parts(parquet), message_id],
            ).fetchone()
        finally:
            con.close()
        return json.loads(row[0]) if row else None
    path = run_folder / JSONL
    if path.resolve().parent != inside or not path.is_file():  # no symlink out of the run
        return None
    needle = json.dumps({"message_id": message_id})[1:-1]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if needle in line:
                try:
                    message = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line
                if message.get("message_id") == message_id:
                    return message
    return None


def _parts(folder: Path) -> list[str]:
    return [p.as_posix() for p in sorted(folder.glob("part-*.parquet"))]
