"""The runtime says so when a changed action space starts a new policy version."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.agents.llm import LLMSettings
from nextbest.app.workspace.runtime import POLICY_NAME, NextbestRuntime
from nextbest.tools.decisioning import RunConfig, SendWindow

NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


def test_changed_action_space_warns_and_keeps_earlier_versions(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, sample_home: Callable[[Path], Path]
) -> None:
    runtime = NextbestRuntime(sample_home(tmp_path / "ws"), llm=LLMSettings())
    try:
        with caplog.at_level(logging.WARNING, logger="nextbest.app.workspace.runtime"):
            runtime.engine(NOW)
            runtime.engine(NOW)
            assert caplog.records == []  # first policy, then the same one again: no notice
            one_window = RunConfig(windows=[SendWindow(name="noon", start_hour=12, end_hour=14)])
            engine = runtime.engine(NOW, one_window)
        assert "starting a new policy version" in caplog.text
        assert len(engine.space) < 60
        assert runtime.policies.versions(POLICY_NAME) == [1, 2]
    finally:
        runtime.close()
