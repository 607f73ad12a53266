"""Sign-in throttling: after repeated failures for a name or an address, refuse for a while.

Failures are rows in the workspace database (so every server process of the workspace sees them).
After ``limit`` failures within ``window`` for the same user name *or* the same client address,
further attempts are refused — even with the right password — until the oldest of those
failures leaves the window. A successful sign-in clears the failures of that name.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from nextbest.brand_context.workspace import Workspace


@dataclass(frozen=True)
class ThrottlePolicy:
    """When sign-in is throttled.

    Attributes:
        limit: Failures that trigger the refusal.
        window: The period the failures are counted over (and the refusal lasts at most).
    """

    limit: int = 5
    window: timedelta = timedelta(minutes=15)


class LoginThrottle:
    """Failed sign-ins of one workspace, by user name and by client address.

    Args:
        workspace: The workspace.
        policy: Limit and window.
        clock: Returns "now" (UTC).
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        policy: ThrottlePolicy | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.policy = policy or ThrottlePolicy()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._conn = workspace.connect()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def retry_after(self, user_name: str, address: str) -> int | None:
        """Seconds until this name and address may try again, or None if they may now."""
        now = self._clock()
        since = (now - self.policy.window).isoformat()
        waits = []
        with self._lock:
            for key in _keys(user_name, address):
                rows = self._conn.execute(
                    "SELECT at FROM login_failures WHERE key = ? AND at >= ? "
                    "ORDER BY at DESC LIMIT ?",
                    (key, since, self.policy.limit),
                ).fetchall()
                if len(rows) >= self.policy.limit:
                    oldest = datetime.fromisoformat(rows[-1]["at"])
                    waits.append((oldest + self.policy.window - now).total_seconds())
        return max(1, math.ceil(max(waits))) if waits else None

    def record_failure(self, user_name: str, address: str) -> None:
        """Count one failed sign-in against the name and the address."""
        now = self._clock()
        with self._lock, self._conn:
            self._conn.executemany(
                "INSERT INTO login_failures (key, at) VALUES (?, ?)",
                [(key, now.isoformat()) for key in _keys(user_name, address)],
            )
            self._conn.execute(
                "DELETE FROM login_failures WHERE at < ?",
                ((now - self.policy.window).isoformat(),),
            )

    def record_success(self, user_name: str) -> None:
        """Forget the failures of a name that just signed in."""
        with self._lock, self._conn:
            self._conn.execute(
                "DELETE FROM login_failures WHERE key = ?", (f"user:{user_name.lower()}",)
            )


def _keys(user_name: str, address: str) -> list[str]:
    return [f"user:{user_name.strip().lower()}", f"addr:{address}"]
