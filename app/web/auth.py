"""Who is asking, and may they: authentication, role checks and CSRF for every route.

Every route declares its least role with a dependency::

    @router.get("/brand")
    def brand_page(request: Request, user: Principal = Depends(require_role(Role.VIEWER))):
        ...

or is marked public explicitly with ``dependencies=[Depends(public)]``. The route-permission
test walks the app's routes and fails on any route with neither.

A request is authenticated by the signed session cookie, or — on ``/api/*`` only — by an
``Authorization: Bearer nbt_…`` API token. Refusals raise :class:`AuthRefused`, which the app
turns into: anonymous page → 302 to ``/login?next=…``; anonymous API call → 401; role too low
→ 403 (a friendly page, or JSON); missing CSRF token on a state-changing cookie request → 403.
The ``X-Refused`` response header says which check refused (``auth``, ``role`` or ``csrf``).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from fastapi import Request

from nextbest.app.web.csrf import SAFE_METHODS, submitted_token, tokens_match
from nextbest.app.web.services import services_of
from nextbest.app.web.sessions import Session
from nextbest.brand_context.roles import Role

SESSION_COOKIE = "nextbest_session"
API_PREFIX = "/api"
MIN_ROLE_ATTR = "nextbest_min_role"
PUBLIC_ATTR = "nextbest_public"

_UNSET = object()


@dataclass(frozen=True)
class Principal:
    """The authenticated user of a request.

    Attributes:
        name: The user name (what the audit log records as actor).
        role: Their current role.
        via: ``session`` (browser cookie) or ``token`` (API bearer token).
        session: The browser session, when ``via == "session"``.
        token_id: The API token used, when ``via == "token"``.
    """

    name: str
    role: Role
    via: Literal["session", "token"]
    session: Session | None = None
    token_id: int | None = None

    @property
    def csrf_token(self) -> str:
        """The session's CSRF token (empty for token-authenticated requests)."""
        return self.session.csrf_token if self.session else ""

    def allows(self, role: Role) -> bool:
        """Whether this user's role is at least ``role``."""
        return self.role >= role


class AuthRefused(Exception):
    """A request refused by authentication, role or CSRF checks.

    Args:
        status_code: 401 (not signed in / bad token) or 403 (role or CSRF).
        reason: ``auth``, ``role`` or ``csrf``.
        message: What the user is told.
    """

    def __init__(self, status_code: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.reason = reason
        self.message = message


def is_api(request: Request) -> bool:
    """Whether the request is for the JSON API (``/api/...``)."""
    path = request.url.path
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


def client_address(request: Request) -> str:
    """The client's address as seen by the server (no proxy headers are trusted)."""
    return request.client.host if request.client else "unknown"


def current_principal(request: Request) -> Principal | None:
    """The authenticated user of ``request``, or None when anonymous (cached per request).

    Raises:
        AuthRefused: A bearer token was sent on an API path but is unknown, revoked or
            belongs to a disabled user (a bad token never falls back to the cookie).
    """
    cached = getattr(request.state, "principal", _UNSET)
    if cached is not _UNSET:
        return cached  # type: ignore[return-value]
    principal = _authenticate(request)
    request.state.principal = principal
    return principal


def optional_principal(request: Request) -> Principal | None:
    """Like :func:`current_principal`, but a bad bearer token reads as anonymous."""
    try:
        return current_principal(request)
    except AuthRefused:
        request.state.principal = None
        return None


def _authenticate(request: Request) -> Principal | None:
    services = services_of(request)
    authorization = request.headers.get("authorization", "")
    if is_api(request) and authorization:
        scheme, _, secret = authorization.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise AuthRefused(401, "auth", "Use 'Authorization: Bearer <token>'.")
        token = services.tokens.resolve(secret.strip())
        user = services.users.get(token.user_name) if token else None
        if token is None or user is None or user.disabled:
            raise AuthRefused(401, "auth", "The API token is unknown, revoked or disabled.")
        return Principal(name=user.name, role=user.role, via="token", token_id=token.token_id)
    session = services.sessions.from_cookie(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    user = services.users.get(session.user_name)
    if user is None or user.disabled:
        services.sessions.delete(session.session_id)
        return None
    return Principal(name=user.name, role=user.role, via="session", session=session)


@functools.cache
def require_role(role: Role) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency admitting users whose role is at least ``role``.

    For state-changing methods (POST, PUT, PATCH, DELETE) on a cookie-authenticated request it
    also checks the CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``).

    Args:
        role: The least role the route needs.

    Returns:
        An async dependency returning the :class:`Principal`; it carries the role in the
        attribute ``nextbest_min_role`` for the route-permission table.
    """

    async def dependency(request: Request) -> Principal:
        principal = current_principal(request)
        if principal is None:
            raise AuthRefused(401, "auth", "Sign in to continue.")
        if principal.role < role:
            raise AuthRefused(
                403,
                "role",
                f"This needs the {role.label} role or higher; you are signed in as "
                f"{principal.name} ({principal.role.label}).",
            )
        if request.method not in SAFE_METHODS and principal.via == "session":
            submitted = await submitted_token(request)
            if not tokens_match(principal.csrf_token, submitted):
                raise AuthRefused(
                    403,
                    "csrf",
                    "This form has expired or did not come from this site. Reload the page "
                    "and try again.",
                )
        return principal

    dependency.__name__ = f"require_{role.label}"
    dependency.__qualname__ = dependency.__name__
    setattr(dependency, MIN_ROLE_ATTR, role)
    return dependency


def public() -> None:
    """Dependency marking a route as open to everyone (sign-in page, health check)."""


setattr(public, PUBLIC_ATTR, True)
