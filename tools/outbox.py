"""The outbox: where released messages go. JSONL first, one line per released message.

Appends are idempotent on ``message_id``: the ids already in the file are read on open, so a
run that is killed and started again never writes a message twice. Each line is flushed and
fsynced before :meth:`JsonlOutbox.append` returns, so a line is either wholly there or absent
(a torn last line from a kill is ignored on open and rewritten).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class JsonlOutbox:
    """An append-only JSONL file of released messages.

    Args:
        path: The file; created with its folder when missing.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._ids: set[str] = set()
        self._repair_and_index()

    def _repair_and_index(self) -> None:
        if not self.path.exists():
            return
        good: list[bytes] = []
        torn = False
        with self.path.open("rb") as handle:
            for raw in handle:
                try:
                    item = json.loads(raw)
                except json.JSONDecodeError:
                    torn = True
                    continue
                if not raw.endswith(b"\n"):
                    raw += b"\n"
                good.append(raw)
                self._ids.add(item["message_id"])
        if torn:
            self.path.write_bytes(b"".join(good))

    def __contains__(self, message_id: str) -> bool:
        return message_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def append(self, message: dict[str, Any]) -> bool:
        """Append one message unless its ``message_id`` is already in the outbox.

        Args:
            message: JSON-safe message with a ``message_id``.

        Returns:
            True when written, False when it was already there.
        """
        message_id = message["message_id"]
        if message_id in self._ids:
            return False
        line = json.dumps(message, ensure_ascii=False, sort_keys=True) + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        self._ids.add(message_id)
        return True

    def append_many(self, messages: list[dict[str, Any]]) -> int:
        """Append messages not yet in the outbox, with one flush and fsync for the batch.

        Args:
            messages: JSON-safe messages, each with a ``message_id``.

        Returns:
            How many were written.
        """
        fresh = []
        for message in messages:
            if message["message_id"] not in self._ids:
                self._ids.add(message["message_id"])
                fresh.append(json.dumps(message, ensure_ascii=False, sort_keys=True) + "\n")
        if fresh:
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write("".join(fresh))
                handle.flush()
                os.fsync(handle.fileno())
        return len(fresh)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
