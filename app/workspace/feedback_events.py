"""Outcome events as files bring them: one row per event, read from CSV or JSON lines, written back.

``nextbest feedback --events FILE`` reads these; :mod:`nextbest.app.workspace.feedback_store`
stores them and :mod:`nextbest.app.workspace.feedback_learning` learns from them.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

EVENT_KINDS = ("delivered", "open", "click", "conversion", "unsubscribe", "complaint")
"""Event types ``nextbest feedback`` accepts."""


class FeedbackError(ValueError):
    """The events file cannot be read at all (missing, unknown format)."""


@dataclass(frozen=True)
class FeedbackEvent:
    """One outcome event.

    Attributes:
        decision_id: The decision the event belongs to.
        event: One of :data:`EVENT_KINDS`.
        value: Order value for conversions (None when unknown).
        time: When it happened (ISO text, may be empty).
        event_id: The sender's id of the event, if any.
    """

    decision_id: str
    event: str
    value: float | None = None
    time: str = ""
    event_id: str | None = None

    @property
    def key(self) -> str:
        """Deduplication key: the event id, else a hash of decision, event and time."""
        if self.event_id:
            return f"id:{self.event_id}"
        raw = f"{self.decision_id}|{self.event}|{self.time}"
        return "h:" + hashlib.sha1(raw.encode()).hexdigest()


def _parse_row(raw: dict[str, Any], row: int) -> tuple[FeedbackEvent | None, str | None]:
    decision_id = str(raw.get("decision_id") or "").strip()
    if not decision_id:
        return None, "decision_id: missing"
    event = str(raw.get("event") or "").strip().lower()
    if event not in EVENT_KINDS:
        return None, f"event: {event!r} is not one of {', '.join(EVENT_KINDS)}"
    value_raw = raw.get("value")
    value: float | None = None
    if value_raw not in (None, ""):
        try:
            value = float(value_raw)
        except (TypeError, ValueError):
            return None, f"value: {value_raw!r} is not a number"
        if not math.isfinite(value):
            return None, f"value: {value_raw!r} is not a finite number"
    time = str(raw.get("time") or "").strip()
    if time:
        try:
            datetime.fromisoformat(time)
        except ValueError:
            return None, f"time: {time!r} is not an ISO datetime"
    event_id = str(raw.get("event_id") or "").strip() or None
    return FeedbackEvent(decision_id, event, value, time, event_id), None


def read_events(path: Path) -> tuple[list[FeedbackEvent], list[tuple[int, str]]]:
    """Read an events file (CSV with a header, or JSON lines).

    Args:
        path: ``.csv`` or ``.jsonl`` / ``.ndjson`` / ``.json`` (one object per line).

    Returns:
        The valid events and the invalid rows as ``(row number, reason)``; row 1 is the first
        data row (CSV: line 2).

    Raises:
        FeedbackError: The file is missing or its format is unknown.
    """
    if not path.is_file():
        raise FeedbackError(f"events file not found: {path}")
    suffix = path.suffix.lower()
    rows: Iterable[tuple[int, Any]]
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"decision_id", "event"} <= set(reader.fieldnames):
                raise FeedbackError(f"{path}: the CSV needs at least decision_id and event columns")
            rows = list(enumerate(reader, 1))
    elif suffix in (".jsonl", ".ndjson", ".json"):
        rows = []
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate((ln for ln in handle if ln.strip()), 1):
                try:
                    rows.append((number, json.loads(line)))
                except json.JSONDecodeError as exc:
                    rows.append((number, f"not JSON ({exc.msg})"))
    else:
        raise FeedbackError(f"{path}: use a .csv or .jsonl events file")
    events, invalid = [], []
    for number, raw in rows:
        if not isinstance(raw, dict):
            invalid.append((number, raw if isinstance(raw, str) else "not a JSON object"))
            continue
        event, problem = _parse_row(raw, number)
        if event is None:
            invalid.append((number, problem or "invalid"))
        else:
            events.append(event)
    return events, invalid


def write_events(path: Path, events: Sequence[FeedbackEvent]) -> Path:
    """Write events as CSV or JSON lines (by the file suffix)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = ["event_id", "decision_id", "event", "value", "time"]
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for e in events:
                writer.writerow(
                    [
                        e.event_id or "",
                        e.decision_id,
                        e.event,
                        "" if e.value is None else e.value,
                        e.time,
                    ]
                )
    else:
        with path.open("w", encoding="utf-8") as handle:
            for e in events:
                handle.write(json.dumps({c: getattr(e, c) for c in columns}) + "\n")
    return path
