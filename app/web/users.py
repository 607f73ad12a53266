"""Users of the web workspace: names, roles and argon2 password hashes in the workspace database.

The CLI (``nextbest users …``) and the admin page call the same :class:`UserStore` methods, and
every change is recorded in the audit log with the acting user (``cli:<os user>`` from the
shell). Passwords are hashed with argon2id (``argon2.PasswordHasher``), never stored.
"""

from __future__ import annotations

import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from nextbest.app.workspace.audit import AuditLog
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
"""User names: 1–64 characters, letters, digits and ``. _ @ -`` (not starting with a sign)."""

MIN_PASSWORD_LENGTH = 10

_HASHING = threading.BoundedSemaphore(max(2, os.cpu_count() or 2))
"""At most one argon2 computation per core at a time: each takes 64 MiB and a core for a
moment, so a burst of sign-ins queues here instead of exhausting memory."""


class UserError(ValueError):
    """A user change that cannot be made (unknown user, bad name, weak password, last admin)."""


@dataclass(frozen=True)
class User:
    """One user of the web workspace.

    Attributes:
        name: Unique sign-in name.
        role: Their role (viewer < marketer < compliance < admin).
        disabled: Disabled users cannot sign in, and their sessions and tokens stop working.
        created_at: When the user was added (UTC).
    """

    name: str
    role: Role
    disabled: bool
    created_at: datetime


class UserStore:
    """Users of one workspace.

    Args:
        workspace: The workspace.
        audit: Where changes are recorded (one is opened on the workspace when None).
        clock: Returns "now" (UTC).
        hasher: The argon2 hasher; tests may pass cheaper parameters.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        audit: AuditLog | None = None,
        clock: Callable[[], datetime] | None = None,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self.workspace = workspace
        self._clock = clock or (lambda: datetime.now(UTC))
        self._hasher = hasher or PasswordHasher()
        self._audit = audit or AuditLog(workspace, clock=self._clock)
        self._lock = threading.RLock()
        self._conn = workspace.connect()
        self._dummy_hash = ""

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    # -- reads -----------------------------------------------------------------------------

    def get(self, name: str) -> User | None:
        """The user called ``name``, or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT name, role, disabled, created_at FROM users WHERE name = ?", (name,)
            ).fetchone()
        return _user(row) if row else None

    def list(self) -> list[User]:
        """Every user, by name."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT name, role, disabled, created_at FROM users ORDER BY name"
            ).fetchall()
        return [_user(row) for row in rows]

    def count(self) -> int:
        """How many users exist (disabled ones included)."""
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM users").fetchone()[0])

    def authenticate(self, name: str, password: str) -> User | None:
        """The user if the name exists, is enabled and the password matches; else None.

        An unknown name still costs one hash verification, so timing does not tell which
        names exist. A hash made with older parameters is upgraded on success.
        """
        with self._lock:
            row = self._conn.execute(
                "SELECT name, role, disabled, created_at, password_hash FROM users WHERE name = ?",
                (name,),
            ).fetchone()
        if row is None and not self._dummy_hash:
            self._dummy_hash = self._hash(secrets.token_urlsafe(16))
        stored = row["password_hash"] if row else self._dummy_hash
        try:
            with _HASHING:
                self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        if row is None or row["disabled"]:
            return None
        if self._hasher.check_needs_rehash(stored):
            upgraded = self._hash(password)
            with self._lock, self._conn:
                self._conn.execute(
                    "UPDATE users SET password_hash = ? WHERE name = ?", (upgraded, name)
                )
        return _user(row)

    # -- changes (each audited) ------------------------------------------------------------

    def add(self, name: str, role: Role | str, password: str, *, actor: str) -> User:
        """Create a user.

        Args:
            name: Sign-in name (see :data:`NAME_PATTERN`).
            role: Their role.
            password: At least :data:`MIN_PASSWORD_LENGTH` characters.
            actor: Who adds them (for the audit log).

        Returns:
            The new user.

        Raises:
            UserError: Bad name, weak password or the name is taken.
        """
        role = Role.parse(role)
        if not NAME_PATTERN.match(name):
            raise UserError(
                f"invalid user name {name!r}: use 1-64 letters, digits or . _ @ - "
                "(starting with a letter or digit)"
            )
        _check_password(password)
        created = self._clock()
        password_hash = self._hash(password)
        with self._lock:
            if self.get(name) is not None:
                raise UserError(f"user {name!r} already exists")
            with self._conn:
                self._conn.execute(
                    "INSERT INTO users (name, role, password_hash, disabled, created_at) "
                    "VALUES (?, ?, ?, 0, ?)",
                    (name, role.label, password_hash, created.isoformat()),
                )
        self._audit.record(actor, "user.add", f"user:{name}", details={"role": role.label})
        return User(name=name, role=role, disabled=False, created_at=created)

    def set_role(self, name: str, role: Role | str, *, actor: str) -> User:
        """Change a user's role (the last enabled admin cannot be demoted)."""
        role = Role.parse(role)
        with self._lock:
            user = self._require(name)
            if user.role == Role.ADMIN and role != Role.ADMIN and not user.disabled:
                self._refuse_if_last_admin(name, "demote")
            with self._conn:
                self._conn.execute("UPDATE users SET role = ? WHERE name = ?", (role.label, name))
        self._audit.record(
            actor,
            "user.set_role",
            f"user:{name}",
            details={"from": user.role.label, "to": role.label},
        )
        return self._require(name)

    def disable(self, name: str, *, actor: str) -> User:
        """Disable a user: sign-in, their sessions and their tokens stop working at once."""
        with self._lock:
            user = self._require(name)
            if user.role == Role.ADMIN and not user.disabled:
                self._refuse_if_last_admin(name, "disable")
            with self._conn:
                self._conn.execute("UPDATE users SET disabled = 1 WHERE name = ?", (name,))
        self._audit.record(actor, "user.disable", f"user:{name}")
        return self._require(name)

    def enable(self, name: str, *, actor: str) -> User:
        """Enable a disabled user again."""
        with self._lock:
            self._require(name)
            with self._conn:
                self._conn.execute("UPDATE users SET disabled = 0 WHERE name = ?", (name,))
        self._audit.record(actor, "user.enable", f"user:{name}")
        return self._require(name)

    def set_password(self, name: str, password: str, *, actor: str) -> None:
        """Replace a user's password."""
        _check_password(password)
        password_hash = self._hash(password)
        with self._lock:
            self._require(name)
            with self._conn:
                self._conn.execute(
                    "UPDATE users SET password_hash = ? WHERE name = ?", (password_hash, name)
                )
        self._audit.record(actor, "user.set_password", f"user:{name}")

    # -- helpers ---------------------------------------------------------------------------

    def _hash(self, password: str) -> str:
        with _HASHING:
            return self._hasher.hash(password)

    def _require(self, name: str) -> User:
        user = self.get(name)
        if user is None:
            raise UserError(f"no user called {name!r}")
        return user

    def _refuse_if_last_admin(self, name: str, verb: str) -> None:
        others = self._conn.execute(
            "SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name != ?",
            (name,),
        ).fetchone()[0]
        if not others:
            raise UserError(f"cannot {verb} {name!r}: they are the last enabled admin")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"password too short: at least {MIN_PASSWORD_LENGTH} characters")


def _user(row: object) -> User:
    return User(
        name=row["name"],  # type: ignore[index]
        role=Role.parse(row["role"]),  # type: ignore[index]
        disabled=bool(row["disabled"]),  # type: ignore[index]
        created_at=datetime.fromisoformat(row["created_at"]),  # type: ignore[index]
    )
