"""The web workspace app factory: ``create_app(home)`` → a FastAPI app over one workspace.

Server-rendered jinja2 pages and a JSON API under ``/api`` share the routers auto-discovered in
:mod:`nextbest.app.web.routes` (every module there exposes ``router``). Errors show a clear message
and never internals: an unexpected exception is logged with a reference the page shows.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path
from types import ModuleType

from argon2 import PasswordHasher
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextbest.app.web import routes as routes_package
from nextbest.app.web.auth import SESSION_COOKIE, AuthRefused, is_api
from nextbest.app.web.pages import login_url, make_templates, render
from nextbest.app.web.permissions import page_roles
from nextbest.app.web.services import Clock, WebServices
from nextbest.app.web.sessions import SessionPolicy
from nextbest.app.web.throttle import ThrottlePolicy
from nextbest.brand_context.workspace import Workspace

STATIC_DIR = Path(__file__).parent / "static"
log = logging.getLogger("nextbest.web")

_SECURITY_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"SAMEORIGIN",
    b"referrer-policy": b"same-origin",
    b"content-security-policy": (
        b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        b"script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        b"frame-ancestors 'self'"
    ),
}
_STATUS_TEXT = {
    400: "The request was not understood.",
    404: "There is no such page.",
    405: "That action is not possible here.",
    413: "The upload is too large.",
}


class SecurityHeaders:
    """ASGI middleware adding browser hardening headers a route did not set itself.

    Pages and API answers are also marked ``Cache-Control: no-store`` (they show signed-in
    data); static files are not.

    Args:
        app: The wrapped ASGI app.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the headers to the response start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        private = not scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in _SECURITY_HEADERS.items() if k not in present]
                if private and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def route_modules() -> list[ModuleType]:
    """Every module of :mod:`nextbest.app.web.routes`, imported, in name order.

    Raises:
        TypeError: A module does not expose ``router``.
    """
    modules = []
    for info in sorted(pkgutil.iter_modules(routes_package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{routes_package.__name__}.{info.name}")
        if not hasattr(module, "router"):
            raise TypeError(f"{module.__name__} must expose `router: APIRouter`")
        modules.append(module)
    return modules


def create_app(
    home: str | Path | None = None,
    *,
    secure_cookies: bool = False,
    clock: Clock | None = None,
    password_hasher: PasswordHasher | None = None,
    session_policy: SessionPolicy | None = None,
    throttle_policy: ThrottlePolicy | None = None,
) -> FastAPI:
    """Build the web workspace over one workspace folder.

    Args:
        home: Workspace folder (``--home``, ``$NEXTBEST_HOME`` or ``./.nextbest``).
        secure_cookies: Mark cookies ``Secure`` (when served over HTTPS).
        clock: Returns "now" (UTC); tests pass a controllable clock.
        password_hasher: argon2 hasher (tests pass cheaper parameters).
        session_policy: Idle and absolute session lifetimes.
        throttle_policy: Sign-in throttling limit and window.

    Returns:
        The FastAPI app. Its services are closed when the app shuts down.
    """
    services = WebServices.open(
        Workspace.resolve(home),
        clock=clock,
        secure_cookies=secure_cookies,
        password_hasher=password_hasher,
        session_policy=session_policy,
        throttle_policy=throttle_policy,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        services.close()

    app = FastAPI(
        title="nextbest web workspace",
        summary="Brand store, proposals, review queue, runs, decisions and audit over HTTP.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.templates = make_templates()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    modules = route_modules()
    for module in modules:
        app.include_router(module.router)
    app.state.route_modules = modules
    app.state.page_roles = page_roles(app)
    _add_error_handlers(app)
    return app


def _refused(request: Request, exc: AuthRefused) -> Response:
    headers = {"X-Refused": exc.reason}
    if is_api(request):
        if exc.status_code == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse(
            {"detail": exc.message, "reason": exc.reason}, exc.status_code, headers=headers
        )
    if exc.status_code == 401:
        url = login_url(request)
        if request.cookies.get(SESSION_COOKIE):
            url += "&expired=1"  # they had a session: it ended (idle, absolute, disabled)
        return RedirectResponse(url, status_code=302, headers=headers)
    return render(
        request,
        "error.j2",
        {"title": "Not allowed", "status": exc.status_code, "message": exc.message},
        status_code=exc.status_code,
        headers=headers,
    )


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AuthRefused)
    async def auth_refused(request: Request, exc: AuthRefused) -> Response:
        return _refused(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else ""
        if not message or message == _default_phrase(exc.status_code):
            message = _STATUS_TEXT.get(exc.status_code, "The request could not be served.")
        if is_api(request):
            return JSONResponse(
                {"detail": message}, exc.status_code, headers=getattr(exc, "headers", None)
            )
        return render(
            request,
            "error.j2",
            {
                "title": "Not found" if exc.status_code == 404 else "Error",
                "status": exc.status_code,
                "message": message,
            },
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"loc": [str(part) for part in error.get("loc", ())], "msg": error.get("msg", "")}
            for error in exc.errors()
        ]
        if is_api(request):
            return JSONResponse({"detail": problems}, 422)
        lines = [f"{'.'.join(p['loc'][1:]) or p['loc'][0]}: {p['msg']}" for p in problems]
        return render(
            request,
            "error.j2",
            {
                "title": "Invalid request",
                "status": 400,
                "message": "Some values are missing or invalid.",
                "problems": lines,
            },
            status_code=400,
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        reference = secrets.token_hex(4)
        log.exception("error %s on %s %s", reference, request.method, request.url.path)
        message = (
            f"Something went wrong on our side (reference {reference}). "
            "The error was logged; please try again or tell your administrator."
        )
        if is_api(request):
            return JSONResponse({"detail": message, "reference": reference}, 500)
        return render(
            request,
            "error.j2",
            {"title": "Error", "status": 500, "message": message},
            status_code=500,
        )


def _default_phrase(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return ""
