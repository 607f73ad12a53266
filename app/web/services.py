"""What one web app holds open on its workspace: users, sessions, tokens, throttle, audit, runtime.

Routers get it with ``Depends(get_services)`` (or ``services_of(request)``); the brand store,
records and release graph come from the same
:class:`~nextbest.app.workspace.runtime.NextbestRuntime` the CLI
builds, opened lazily on first use so pages that do not need it stay fast.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from argon2 import PasswordHasher
from fastapi import Request

from nextbest.app.web.csrf import LoginCsrf
from nextbest.app.web.sessions import SessionPolicy, SessionStore, workspace_secret
from nextbest.app.web.throttle import LoginThrottle, ThrottlePolicy
from nextbest.app.web.tokens import TokenStore
from nextbest.app.web.users import UserStore
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


@dataclass
class WebServices:
    """The workspace parts one web app uses, opened once and shared by every request.

    Attributes:
        workspace: The workspace served.
        clock: Returns "now" (UTC); tests pass a controllable clock.
        secure_cookies: Whether cookies are marked ``Secure`` (serve over HTTPS then).
        audit: The audit log.
        users: Users and their password hashes.
        sessions: Sign-in sessions.
        tokens: API tokens.
        throttle: Failed sign-in counter.
        login_csrf: The sign-in form's double-submit token.
    """

    workspace: Workspace
    clock: Clock
    secure_cookies: bool
    audit: AuditLog
    users: UserStore
    sessions: SessionStore
    tokens: TokenStore
    throttle: LoginThrottle
    login_csrf: LoginCsrf
    _runtime: NextbestRuntime | None = field(default=None, repr=False)
    _runtime_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def open(
        cls,
        workspace: Workspace,
        *,
        clock: Clock | None = None,
        secure_cookies: bool = False,
        password_hasher: PasswordHasher | None = None,
        session_policy: SessionPolicy | None = None,
        throttle_policy: ThrottlePolicy | None = None,
    ) -> WebServices:
        """Open every part on ``workspace`` (created if missing)."""
        workspace.ensure()
        clock = clock or utc_now
        audit = AuditLog(workspace, clock=clock)
        return cls(
            workspace=workspace,
            clock=clock,
            secure_cookies=secure_cookies,
            audit=audit,
            users=UserStore(workspace, audit=audit, clock=clock, hasher=password_hasher),
            sessions=SessionStore(workspace, policy=session_policy, clock=clock),
            tokens=TokenStore(workspace, audit=audit, clock=clock),
            throttle=LoginThrottle(workspace, policy=throttle_policy, clock=clock),
            login_csrf=LoginCsrf(workspace_secret(workspace)),
        )

    def runtime(self) -> NextbestRuntime:
        """The workspace runtime (brand store, records, release graph), opened on first use."""
        with self._runtime_lock:
            if self._runtime is None:
                self._runtime = NextbestRuntime(self.workspace.home)
            return self._runtime

    @property
    def store(self) -> BrandStore:
        """The brand store of the workspace."""
        return self.runtime().store

    def close(self) -> None:
        """Close everything opened."""
        if self._runtime is not None:
            self._runtime.close()
            self._runtime = None
        for part in (self.users, self.sessions, self.tokens, self.throttle, self.audit):
            part.close()


def services_of(request: Request) -> WebServices:
    """The services of the app serving ``request``."""
    return request.app.state.services


def get_services(request: Request) -> WebServices:
    """FastAPI dependency: the app's :class:`WebServices`."""
    return services_of(request)
