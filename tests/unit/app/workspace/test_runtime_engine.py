"""The runtime says so when a changed action space starts a new policy version."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.agents.llm import LLMSettings
from nextbest.app.workspace.runtime import POLICY_NAME, NextbestRuntime
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.decisioning import RunConfig, SendWindow

NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


def test_changed_action_space_warns_and_keeps_earlier_versions(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    workspace = Workspace(tmp_path / "ws")
    store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
    store.close()
    runtime = NextbestRuntime(workspace.home, llm=LLMSettings())
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
