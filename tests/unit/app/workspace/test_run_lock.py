"""One run at a time per workspace: a second run is refused and records nothing."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextbest.app.workspace.batch import BatchRun
from nextbest.app.workspace.run_lock import RunLock, RunRefused
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customers import CustomerSource
from nextbest.tools.sample_customers import write_customers

NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)


@pytest.fixture
def home(tmp_path: Path, workspace_backend: str, sample_home: Callable[[Path], Path]) -> Path:
    """The sample workspace on ``workspace_backend`` (set first: a copy only on SQLite)."""
    return sample_home(tmp_path / "ws")


def _runs(home: Path) -> list[str]:
    conn = Workspace(home).connect()
    try:
        return [r[0] for r in conn.execute("SELECT run_id FROM runs ORDER BY run_id")]
    finally:
        conn.close()


def test_a_second_run_is_refused_until_the_first_closes(home: Path, tmp_path: Path) -> None:
    source = CustomerSource(str(write_customers(tmp_path / "c.csv", 10)))
    runtime = NextbestRuntime(home)
    try:
        first = BatchRun(runtime, source, NOW, run_id="run-a")
        with pytest.raises(RunRefused, match="run run-a is in progress"):
            BatchRun(runtime, source, NOW, run_id="run-b")
        with pytest.raises(RunRefused, match=r"run-a \(the same run id\)"):
            BatchRun(runtime, source, NOW, run_id="run-a")
        assert _runs(home) == ["run-a"]  # the refused runs recorded nothing
        summary = first.execute()
        first.close()
        assert summary.reconciles
        second = BatchRun(runtime, source, NOW, run_id="run-b")  # free again
        second.close()
        assert _runs(home) == ["run-a", "run-b"]
    finally:
        runtime.close()


def test_a_lock_left_by_a_dead_process_is_taken_over(home: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock = RunLock(Workspace(home))
    lock.acquire("run-probe")  # creates the table
    lock.release("run-probe")
    conn = Workspace(home).connect()
    with conn:
        conn.execute(
            "INSERT INTO run_lock VALUES (1, 'run-killed', ?, ?, '2026-12-01T00:00:00')",
            (int(gone.stdout), socket.gethostname()),
        )
    conn.close()
    lock.acquire("run-next")  # its holder is gone (e.g. SIGKILL): taken over
    refused = _acquire_in_another_process(home, "run-other")
    assert refused.returncode == 3 and "run run-next is in progress" in refused.stdout
    lock.release("run-next")
    assert _acquire_in_another_process(home, "run-other").returncode == 0


def _acquire_in_another_process(home: Path, run_id: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from nextbest.app.workspace.run_lock import RunLock, RunRefused\n"
        "from nextbest.brand_context.workspace import Workspace\n"
        f"lock = RunLock(Workspace.resolve({str(home)!r}))\n"
        "try:\n"
        f"    lock.acquire({run_id!r})\n"
        "except RunRefused as exc:\n"
        "    print(exc)\n"
        "    sys.exit(3)\n"
        f"lock.release({run_id!r})\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
