"""API tokens for automation: ``Authorization: Bearer nbt_…`` on ``/api/*``.

A token is 256 random bits shown once when created; only its SHA-256 is stored (a high-entropy
secret needs no slow hash). Tokens act as their owner with the owner's current role, stop
working when revoked or when the owner is disabled, and every create / revoke is audited.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from nextbest.app.workspace.audit import AuditLog
from nextbest.brand_context.workspace import Workspace

PREFIX = "nbt_"


class TokenError(ValueError):
    """A token change that cannot be made (unknown token, someone else's token)."""


@dataclass(frozen=True)
class ApiToken:
    """What is known about a token (never its secret).

    Attributes:
        token_id: Its number, used to revoke it.
        user_name: Its owner; the token acts as them.
        label: What it is for, as the owner described it.
        created_at: When it was made.
        last_used_at: Its last successful use, if any.
        revoked_at: When it was revoked, if it was.
    """

    token_id: int
    user_name: str
    label: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        """Whether the token still works (its owner may still be disabled)."""
        return self.revoked_at is None


class TokenStore:
    """API tokens of one workspace.

    Args:
        workspace: The workspace.
        audit: Where creations and revocations are recorded.
        clock: Returns "now" (UTC).
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        audit: AuditLog | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._audit = audit or AuditLog(workspace, clock=self._clock)
        self._lock = threading.RLock()
        self._conn = workspace.connect()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def create(self, user_name: str, label: str = "", *, actor: str) -> tuple[ApiToken, str]:
        """Make a token for ``user_name``.

        Args:
            user_name: The owner (the caller checks the user exists).
            label: What it is for.
            actor: Who creates it (for the audit log).

        Returns:
            The token's record and its secret — shown once, not recoverable afterwards.
        """
        secret = PREFIX + secrets.token_urlsafe(32)
        now = self._clock()
        label = label.strip()[:100]
        with self._lock, self._conn:
            cursor = self._conn.execute(
                "INSERT INTO api_tokens (user_name, label, secret_hash, created_at) "
                "VALUES (?, ?, ?, ?) RETURNING token_id",
                (user_name, label, _hash(secret), now.isoformat()),
            )
        token = ApiToken(
            token_id=int(cursor.fetchone()[0]),
            user_name=user_name,
            label=label,
            created_at=now,
            last_used_at=None,
            revoked_at=None,
        )
        self._audit.record(
            actor, "token.create", f"token:{token.token_id}", details={"owner": user_name}
        )
        return token, secret

    def revoke(self, token_id: int, *, actor: str, owner: str | None = None) -> ApiToken:
        """Revoke a token at once.

        Args:
            token_id: Which token.
            actor: Who revokes it (for the audit log).
            owner: When given, the token must belong to this user (users revoke their own).

        Returns:
            The revoked token.

        Raises:
            TokenError: Unknown token, or not ``owner``'s.
        """
        token = self.get(token_id)
        if token is None or (owner is not None and token.user_name != owner):
            raise TokenError(f"no token {token_id} of yours" if owner else f"no token {token_id}")
        if token.revoked_at is None:
            with self._lock, self._conn:
                self._conn.execute(
                    "UPDATE api_tokens SET revoked_at = ? WHERE token_id = ?",
                    (self._clock().isoformat(), token_id),
                )
            self._audit.record(
                actor, "token.revoke", f"token:{token_id}", details={"owner": token.user_name}
            )
        return self.get(token_id)  # type: ignore[return-value]

    def get(self, token_id: int) -> ApiToken | None:
        """The token with this number, or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM api_tokens WHERE token_id = ?", (int(token_id),)
            ).fetchone()
        return _token(row) if row else None

    def for_user(self, user_name: str) -> list[ApiToken]:
        """A user's tokens, newest first (revoked ones included)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM api_tokens WHERE user_name = ? ORDER BY token_id DESC",
                (user_name,),
            ).fetchall()
        return [_token(row) for row in rows]

    def resolve(self, secret: str) -> ApiToken | None:
        """The active token with this secret (its use recorded), or None."""
        if not secret.startswith(PREFIX):
            return None
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL",
                (_hash(secret),),
            ).fetchone()
            if row is None:
                return None
            with self._conn:
                self._conn.execute(
                    "UPDATE api_tokens SET last_used_at = ? WHERE token_id = ?",
                    (self._clock().isoformat(), row["token_id"]),
                )
        return _token(row)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _token(row: object) -> ApiToken:
    return ApiToken(
        token_id=int(row["token_id"]),  # type: ignore[index]
        user_name=row["user_name"],  # type: ignore[index]
        label=row["label"],  # type: ignore[index]
        created_at=datetime.fromisoformat(row["created_at"]),  # type: ignore[index]
        last_used_at=_when(row["last_used_at"]),  # type: ignore[index]
        revoked_at=_when(row["revoked_at"]),  # type: ignore[index]
    )
