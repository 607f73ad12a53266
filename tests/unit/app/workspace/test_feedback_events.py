"""Outcome event files: every bad row is reported with its row number, field and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nextbest.app.workspace.feedback_events import (
    FeedbackError,
    FeedbackEvent,
    read_events,
    write_events,
)


def test_csv_rows_are_validated_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,decision_id,event,value,time\n"
        ",d1, Conversion ,12.5,2026-05-01T10:00:00+00:00\n"
        ",,open,,\n"
        ",d2,bought,,\n"
        ",d3,conversion,lots,yesterday\n"
        ",d4,conversion,inf,\n"
        "e5,d5,click,,\n"
    )
    events, invalid = read_events(path)
    assert [(e.decision_id, e.event, e.value, e.event_id) for e in events] == [
        ("d1", "conversion", 12.5, None),
        ("d5", "click", None, "e5"),
    ]
    assert invalid == [
        (2, "decision_id: missing"),
        (
            3,
            "event: 'bought' is not one of "
            + ", ".join(["delivered", "open", "click", "conversion", "unsubscribe", "complaint"]),
        ),
        (4, "value: 'lots' is not a number; time: 'yesterday' is not an ISO datetime"),
        (5, "value: 'inf' is not a finite number"),
    ]


def test_json_lines_name_missing_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text(
        json.dumps({"decision_id": "d1", "event": "delivered"})
        + "\n[1, 2]\n{not json\n"
        + json.dumps({"decision_id": "d2"})
        + "\n"
    )
    events, invalid = read_events(path)
    assert [e.decision_id for e in events] == ["d1"]
    assert [row for row, _ in invalid] == [2, 3, 4]
    assert invalid[0][1] == "not a JSON object" and invalid[1][1].startswith("not JSON")
    assert invalid[2][1] == "event: missing"


def test_events_round_trip_through_both_formats(tmp_path: Path) -> None:
    events = [
        FeedbackEvent(
            decision_id="d1", event="conversion", value=9.0, time="2026-05-01", event_id="x"
        ),
        FeedbackEvent(decision_id="d2", event="open"),
    ]
    for name in ("out.csv", "out.jsonl"):
        back, invalid = read_events(write_events(tmp_path / name, events))
        assert back == events and invalid == []
    assert events[0].key == "id:x" and events[1].key.startswith("h:")
    with pytest.raises(FeedbackError, match="use a .csv or .jsonl"):
        read_events(_touch(tmp_path / "e.txt"))


def _touch(path: Path) -> Path:
    path.write_text("")
    return path
