"""Server-side sign-in sessions, and the signed cookie that names one.

A session is a row in the workspace database keyed by the SHA-256 of a random 256-bit id; the
browser holds that id in a cookie signed (HMAC, ``itsdangerous``) with a per-workspace secret,
so a forged or tampered cookie is rejected before any lookup and a copy of the database does not
reveal live session ids. Each session carries its CSRF token and pending flash messages, and
expires after a period of inactivity (idle) or a fixed time after sign-in (absolute).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from itsdangerous import BadSignature, Signer

from nextbest.brand_context.workspace import Workspace

SECRET_FILE = "web_secret.key"
"""The workspace file holding the cookie-signing secret (created once, mode 0600)."""

_TOUCH_EVERY = timedelta(seconds=30)


@dataclass(frozen=True)
class SessionPolicy:
    """How long sessions live.

    Attributes:
        idle: A session unused for this long has expired.
        absolute: A session this old has expired, however busy.
    """

    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=12)


@dataclass(frozen=True)
class Session:
    """One signed-in browser.

    Attributes:
        session_id: The random id (what the cookie carries, signed).
        user_name: Who signed in.
        csrf_token: The synchronizer token forms and cookie-authenticated API calls must send.
        created_at: When they signed in.
        last_seen_at: Their last request (updated at most every 30 s).
        address: The client address at sign-in.
        user_agent: The browser's User-Agent at sign-in (shortened).
    """

    session_id: str
    user_name: str
    csrf_token: str
    created_at: datetime
    last_seen_at: datetime
    address: str = ""
    user_agent: str = ""


@dataclass(frozen=True)
class SessionInfo:
    """A live session as its owner may see it (no id, no token).

    Attributes:
        handle: A short, non-secret name for the session (a prefix of its id's hash).
        created_at: When it signed in.
        last_seen_at: Its last request.
        address: Client address at sign-in.
        user_agent: Browser at sign-in.
    """

    handle: str
    created_at: datetime
    last_seen_at: datetime
    address: str
    user_agent: str


def workspace_secret(workspace: Workspace) -> bytes:
    """The workspace's cookie-signing secret, created with :mod:`secrets` on first use.

    Args:
        workspace: The workspace.

    Returns:
        32 random bytes, the same for every process serving this workspace.
    """
    path: Path = workspace.ensure().home / SECRET_FILE
    if not path.exists():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


class SessionStore:
    """Sessions of one workspace.

    Args:
        workspace: The workspace.
        policy: Idle and absolute lifetimes.
        clock: Returns "now" (UTC).
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        policy: SessionPolicy | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.policy = policy or SessionPolicy()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._signer = Signer(workspace_secret(workspace), salt="nextbest.session")
        self._lock = threading.RLock()
        self._conn = workspace.connect()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    # -- cookie ----------------------------------------------------------------------------

    def cookie_value(self, session: Session) -> str:
        """The signed cookie value naming ``session``."""
        return self._signer.sign(session.session_id).decode()

    def from_cookie(self, value: str | None) -> Session | None:
        """The live session a cookie names; None when missing, forged or expired."""
        if not value:
            return None
        try:
            session_id = self._signer.unsign(value).decode()
        except BadSignature:
            return None
        return self.get(session_id)

    # -- lifecycle -------------------------------------------------------------------------

    def create(self, user_name: str, *, address: str = "", user_agent: str = "") -> Session:
        """Start a new session for a user who just signed in (always a fresh id).

        Args:
            user_name: Who signed in.
            address: Their client address.
            user_agent: Their browser's User-Agent (kept to 200 characters).

        Returns:
            The session.
        """
        now = self._clock()
        session = Session(
            session_id=secrets.token_urlsafe(32),
            user_name=user_name,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            address=address[:100],
            user_agent=user_agent[:200],
        )
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT INTO web_sessions (id_hash, user_name, csrf_token, created_at, "
                "last_seen_at, address, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _hash(session.session_id),
                    user_name,
                    session.csrf_token,
                    now.isoformat(),
                    now.isoformat(),
                    session.address,
                    session.user_agent,
                ),
            )
        return session

    def for_user(self, user_name: str) -> list[SessionInfo]:
        """A user's live sessions, most recently used first."""
        now = self._clock()
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM web_sessions WHERE user_name = ? AND last_seen_at >= ? "
                "AND created_at >= ? ORDER BY last_seen_at DESC",
                (
                    user_name,
                    (now - self.policy.idle).isoformat(),
                    (now - self.policy.absolute).isoformat(),
                ),
            ).fetchall()
        return [
            SessionInfo(
                handle=row["id_hash"][:12],
                created_at=datetime.fromisoformat(row["created_at"]),
                last_seen_at=datetime.fromisoformat(row["last_seen_at"]),
                address=row["address"],
                user_agent=row["user_agent"],
            )
            for row in rows
        ]

    @staticmethod
    def handle_of(session: Session) -> str:
        """The :attr:`SessionInfo.handle` of a session."""
        return _hash(session.session_id)[:12]

    def get(self, session_id: str) -> Session | None:
        """The live session with this id (touching it), or None if unknown or expired."""
        now = self._clock()
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM web_sessions WHERE id_hash = ?", (_hash(session_id),)
            ).fetchone()
            if row is None:
                return None
            created = datetime.fromisoformat(row["created_at"])
            seen = datetime.fromisoformat(row["last_seen_at"])
            if now - seen > self.policy.idle or now - created > self.policy.absolute:
                with self._conn:
                    self._conn.execute(
                        "DELETE FROM web_sessions WHERE id_hash = ?", (row["id_hash"],)
                    )
                return None
            if now - seen > _TOUCH_EVERY:
                with self._conn:
                    self._conn.execute(
                        "UPDATE web_sessions SET last_seen_at = ? WHERE id_hash = ?",
                        (now.isoformat(), row["id_hash"]),
                    )
                seen = now
        return Session(
            session_id=session_id,
            user_name=row["user_name"],
            csrf_token=row["csrf_token"],
            created_at=created,
            last_seen_at=seen,
            address=row["address"],
            user_agent=row["user_agent"],
        )

    def delete(self, session_id: str) -> None:
        """End one session (sign-out)."""
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM web_sessions WHERE id_hash = ?", (_hash(session_id),))

    def delete_for_user(self, user_name: str, *, keep: str | None = None) -> int:
        """End every session of a user (e.g. when disabled or their password changed).

        Args:
            user_name: Whose sessions.
            keep: A session id to keep (the browser that changed its own password).

        Returns:
            How many sessions ended.
        """
        with self._lock, self._conn:
            cursor = self._conn.execute(
                "DELETE FROM web_sessions WHERE user_name = ? AND id_hash != ?",
                (user_name, _hash(keep) if keep else ""),
            )
        return cursor.rowcount

    def purge_expired(self) -> int:
        """Delete every expired session; returns how many."""
        now = self._clock()
        with self._lock, self._conn:
            cursor = self._conn.execute(
                "DELETE FROM web_sessions WHERE last_seen_at < ? OR created_at < ?",
                ((now - self.policy.idle).isoformat(), (now - self.policy.absolute).isoformat()),
            )
        return cursor.rowcount

    # -- flash messages --------------------------------------------------------------------

    def add_flash(self, session_id: str, message: str, category: str = "info") -> None:
        """Queue a message shown on the session's next page."""
        with self._lock, self._conn:
            row = self._conn.execute(
                "SELECT flashes FROM web_sessions WHERE id_hash = ?", (_hash(session_id),)
            ).fetchone()
            if row is None:
                return
            flashes = [*json.loads(row["flashes"]), {"category": category, "message": message}]
            self._conn.execute(
                "UPDATE web_sessions SET flashes = ? WHERE id_hash = ?",
                (json.dumps(flashes), _hash(session_id)),
            )

    def pop_flashes(self, session_id: str) -> list[dict[str, str]]:
        """The queued messages (removed from the session)."""
        with self._lock, self._conn:
            row = self._conn.execute(
                "SELECT flashes FROM web_sessions WHERE id_hash = ?", (_hash(session_id),)
            ).fetchone()
            if row is None or row["flashes"] == "[]":
                return []
            self._conn.execute(
                "UPDATE web_sessions SET flashes = '[]' WHERE id_hash = ?", (_hash(session_id),)
            )
        return list(json.loads(row["flashes"]))


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()
