"""Rendering server-side pages: the jinja2 environment, the layout's context, flash messages.

Routers render with :func:`render`, which adds what ``base.j2`` needs (the signed-in user, the
CSRF token, the nav links their role may open, queued flash messages). Autoescaping is on for
every template, so any value from customers, drafts or the brand pack renders as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from nextbest.app.web.auth import optional_principal
from nextbest.app.web.csrf import CSRF_FIELD, CSRF_HEADER
from nextbest.app.web.services import services_of
from nextbest.brand_context.roles import Role

TEMPLATES_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class NavLink:
    """One link of the top navigation.

    Attributes:
        label: What the link says.
        href: Where it goes (a page path without parameters).
    """

    label: str
    href: str


NAV: tuple[NavLink, ...] = (
    NavLink("Home", "/"),
    NavLink("Brand store", "/brand"),
    NavLink("Proposals", "/proposals"),
    NavLink("Review queue", "/review"),
    NavLink("Runs", "/runs"),
    NavLink("Decisions", "/decisions"),
    NavLink("Chat", "/chat"),
    NavLink("Audit", "/audit"),
    NavLink("Users", "/users"),
)
"""Links in nav order; a link shows only if its page exists and the user's role reaches it."""


def make_templates() -> Jinja2Templates:
    """The jinja2 templates of the web workspace, autoescaping every template."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["CSRF_FIELD"] = CSRF_FIELD
    env.globals["CSRF_HEADER"] = CSRF_HEADER
    env.globals["Role"] = Role  # templates may ask principal.allows(Role.COMPLIANCE)
    return Jinja2Templates(env=env)


def nav_links(request: Request, role: Role | None) -> list[NavLink]:
    """The nav links a user with ``role`` may open (none when anonymous)."""
    if role is None:
        return []
    roles: dict[str, Role | None] = request.app.state.page_roles
    return [
        link
        for link in NAV
        if link.href in roles and (roles[link.href] is None or role >= roles[link.href])
    ]


def flash(request: Request, message: str, category: str = "info") -> None:
    """Queue a message for the signed-in user's next page (``info``, ``ok`` or ``error``)."""
    principal = optional_principal(request)
    if principal is not None and principal.session is not None:
        services_of(request).sessions.add_flash(principal.session.session_id, message, category)


def redirect(url: str, status_code: int = 303) -> RedirectResponse:
    """Redirect after a form post (303 See Other, so the browser follows with GET)."""
    return RedirectResponse(url, status_code=status_code)


def login_url(request: Request) -> str:
    """The sign-in page, returning afterwards to the page asked for."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/login?next=" + quote(target, safe="")


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render a page that extends ``base.j2``.

    Args:
        request: The request.
        template: Template file name in ``agents/web/templates``.
        context: Values for the template.
        status_code: HTTP status.
        headers: Extra response headers.

    Returns:
        The HTML response.
    """
    principal = optional_principal(request)
    flashes: list[dict[str, str]] = []
    if principal is not None and principal.session is not None:
        flashes = services_of(request).sessions.pop_flashes(principal.session.session_id)
    values: dict[str, Any] = {
        "title": "",
        "principal": principal,
        "csrf_token": principal.csrf_token if principal else "",
        "nav": nav_links(request, principal.role if principal else None),
        "flashes": flashes,
        "current_path": request.url.path,
        "workspace_name": services_of(request).workspace.home.name,
    }
    values.update(context or {})
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, template, values, status_code=status_code, headers=headers
    )


def error_page(
    request: Request, status: int, message: str, title: str = "Not allowed"
) -> HTMLResponse:
    """The error page with ``message`` and ``status`` (a refusal, by default)."""
    return render(
        request,
        "error.j2",
        {"title": title, "status": status, "message": message},
        status_code=status,
    )
