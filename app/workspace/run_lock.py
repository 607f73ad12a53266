"""One automated run at a time per workspace, so frequency caps hold under concurrency.

A run reads the send history once, when it starts, and masks every customer against it. Two
runs at once would each see the other's sends as not yet made and could together exceed a cap
(three runs sent some customers three SMS against a cap of two). Rather than reserving every
(customer, channel) send in a ledger row by row — a write per customer in the hot path, and
still a read-check-write race — a run holds the workspace's **run lock** from start to finish,
and a second run is refused with a clear reason, whatever its run id (the same run id started
twice included). The lock is one row in the workspace database, taken in a serialised
transaction (SQLite's ``BEGIN IMMEDIATE``, a Postgres advisory transaction lock, so processes
on several machines sharing one Postgres workspace are refused the same way); a lock left by a
process that is gone (killed, crashed) on this machine is taken over, so ``nextbest run
--run-id`` resumes after a ``SIGKILL``.
"""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime

from nextbest.app.workspace.processes import process_alive
from nextbest.brand_context.workspace import Workspace


class RunRefused(RuntimeError):
    """Another run holds the workspace; this one was not started (nothing was recorded)."""


class RunLock:
    """The workspace's run lock.

    Args:
        workspace: The workspace.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def acquire(self, run_id: str) -> None:
        """Take the lock for ``run_id``.

        Raises:
            RunRefused: When a live run (this one included, started elsewhere) holds it.
        """
        conn = self.workspace.connect()
        try:
            conn.begin_serialized("run_lock")
            held = conn.execute(
                "SELECT run_id, pid, host, acquired_at FROM run_lock WHERE slot = 1"
            ).fetchone()
            if held is not None and _alive(int(held[1]), str(held[2])):
                conn.rollback()
                same = " (the same run id)" if held[0] == run_id else ""
                raise RunRefused(
                    f"run {held[0]}{same} is in progress in this workspace (process {held[1]} "
                    f"on {held[2]}, since {held[3][:19]}); one run at a time keeps the frequency "
                    "caps exact — wait for it to finish, then start or resume this run"
                )
            conn.execute(
                "INSERT INTO run_lock VALUES (1, ?, ?, ?, ?) ON CONFLICT (slot) DO UPDATE SET "
                "run_id = excluded.run_id, pid = excluded.pid, host = excluded.host, "
                "acquired_at = excluded.acquired_at",
                (run_id, os.getpid(), socket.gethostname(), datetime.now(UTC).isoformat()),
            )
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()

    def release(self, run_id: str) -> None:
        """Give the lock back (only when ``run_id`` in this process holds it)."""
        conn = self.workspace.connect()
        try:
            with conn:
                conn.execute(
                    "DELETE FROM run_lock WHERE slot = 1 AND run_id = ? AND pid = ? AND host = ?",
                    (run_id, os.getpid(), socket.gethostname()),
                )
        finally:
            conn.close()


def _alive(pid: int, host: str) -> bool:
    """Whether the process holding the lock still runs (other machines: assume it does)."""
    return host != socket.gethostname() or process_alive(pid)
