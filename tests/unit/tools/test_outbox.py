"""The JSONL outbox: idempotent on message id, repairs a line torn by a kill."""

from __future__ import annotations

from pathlib import Path

from nextbest.tools.outbox import JsonlOutbox


def test_append_is_idempotent_and_survives_reopen(tmp_path: Path) -> None:
    box = JsonlOutbox(tmp_path / "out.jsonl")
    assert box.append({"message_id": "a", "body": "x"})
    assert not box.append({"message_id": "a", "body": "y"})
    assert box.append_many([{"message_id": "b"}, {"message_id": "a"}, {"message_id": "c"}]) == 2
    again = JsonlOutbox(tmp_path / "out.jsonl")
    assert len(again) == 3 and "c" in again
    assert [m["message_id"] for m in again] == ["a", "b", "c"]


def test_a_torn_last_line_is_dropped_and_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text('{"message_id": "a"}\n{"message_id": "b", "bo')
    box = JsonlOutbox(path)
    assert len(box) == 1 and "b" not in box
    assert box.append({"message_id": "b"})
    assert [m["message_id"] for m in JsonlOutbox(path)] == ["a", "b"]
