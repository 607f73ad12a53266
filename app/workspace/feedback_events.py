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
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from pydantic_core import PydanticCustomError

EventKind = Literal["delivered", "open", "click", "conversion", "unsubscribe", "complaint"]
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
"""Event types ``nextbest feedback`` accepts."""


class FeedbackError(ValueError):
    """The events file cannot be read at all (missing, unknown format)."""


class FeedbackEvent(BaseModel):
    """One outcome event, validated field by field as it comes from a file row.

    Text is stripped; an empty ``value``, ``time`` or ``event_id`` means "not given". Columns
    other than these are ignored.

    Attributes:
        decision_id: The decision the event belongs to.
        event: One of :data:`EVENT_KINDS` (case-insensitive in the file).
        value: Order value for conversions (None when unknown); a finite number.
        time: When it happened (ISO text, may be empty).
        event_id: The sender's id of the event, if any.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    decision_id: str
    event: EventKind
    value: float | None = None
    time: str = ""
    event_id: str | None = None

    @field_validator("decision_id", "time", "event_id", mode="before")
    @classmethod
    def _text(cls, raw: Any) -> Any:
        return raw.strip() if isinstance(raw, str) else raw

    @field_validator("decision_id")
    @classmethod
    def _given(cls, decision_id: str) -> str:
        if not decision_id:
            raise PydanticCustomError("missing", "missing")
        return decision_id

    @field_validator("event", mode="before")
    @classmethod
    def _event(cls, raw: Any) -> Any:
        kind = raw.strip().lower() if isinstance(raw, str) else raw
        if kind not in EVENT_KINDS:
            raise PydanticCustomError(
                "event_kind",
                "{given} is not one of {kinds}",
                {"given": repr(raw), "kinds": ", ".join(EVENT_KINDS)},
            )
        return kind

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, raw: Any) -> Any:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        try:
            number = float(raw)
        except (TypeError, ValueError):
            raise PydanticCustomError(
                "number", "{given} is not a number", {"given": repr(raw)}
            ) from None
        if not math.isfinite(number):
            raise PydanticCustomError(
                "finite", "{given} is not a finite number", {"given": repr(raw)}
            )
        return number

    @field_validator("time")
    @classmethod
    def _iso(cls, time: str) -> str:
        if time:
            try:
                datetime.fromisoformat(time)
            except ValueError:
                raise PydanticCustomError(
                    "iso_time", "{given} is not an ISO datetime", {"given": repr(time)}
                ) from None
        return time

    @field_validator("event_id")
    @classmethod
    def _optional_id(cls, event_id: str | None) -> str | None:
        return event_id or None

    @property
    def key(self) -> str:
        """Deduplication key: the event id, else a hash of decision, event and time."""
        if self.event_id:
            return f"id:{self.event_id}"
        raw = f"{self.decision_id}|{self.event}|{self.time}"
        return "h:" + hashlib.sha1(raw.encode()).hexdigest()


def row_problems(error: ValidationError) -> str:
    """The problems of one row, each as ``field: reason`` (``; ``-separated)."""
    parts = []
    for item in error.errors(include_url=False):
        field = ".".join(str(p) for p in item["loc"]) or "row"
        reason = "missing" if item["type"] == "missing" else item["msg"]
        parts.append(f"{field}: {reason}")
    return "; ".join(parts)


def _parse_row(raw: dict[str, Any]) -> tuple[FeedbackEvent | None, str | None]:
    try:
        return FeedbackEvent.model_validate(raw), None
    except ValidationError as exc:
        return None, row_problems(exc)


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
        event, problem = _parse_row(raw)
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
