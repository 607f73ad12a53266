"""The admin page for users: add, change role, disable, enable (as ``nextbest users`` does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.api_models import UserOut
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.services import WebServices, services_of
from nextbest.app.web.users import User, UserError
from nextbest.brand_context.roles import Role

router = APIRouter()

EXAMPLES = {
    "/users/{name}/role": {"name": "vera"},
    "/users/{name}/disable": {"name": "vera"},
    "/users/{name}/enable": {"name": "vera"},
    "/users/{name}/password": {"name": "vera"},
}


def user_json(user: User) -> dict[str, Any]:
    """JSON form of a user (never the password hash)."""
    return {
        "name": user.name,
        "role": user.role.label,
        "disabled": user.disabled,
        "created_at": user.created_at.isoformat(),
    }


def _users_page(
    request: Request, *, form: dict[str, str] | None = None, error: str = "", status: int = 200
) -> Response:
    return render(
        request,
        "users.j2",
        {
            "title": "Users",
            "users": services_of(request).users.list(),
            "roles": [r.label for r in Role],
            "form": form or {"name": "", "role": "viewer"},
            "error": error,
        },
        status_code=status,
    )


def _change_user(
    request: Request,
    change: Callable[[WebServices], str],
    refused: tuple[type[Exception], ...] = (UserError,),
) -> Response:
    """Make a change to a user; flash what it did (or why it was refused), back to the list.

    Args:
        request: The request.
        change: Makes the change and says what it did.
        refused: The errors that refuse the change (shown, nothing changed).
    """
    try:
        done = change(services_of(request))
    except refused as error:
        flash(request, str(error), "error")
    else:
        flash(request, done, "ok")
    return redirect("/users")


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, _: Principal = Depends(require_role(Role.ADMIN))) -> Response:
    """Every user with role and state, and the form to add one."""
    return _users_page(request)


@router.post("/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    name: str = Form(""),
    role: str = Form("viewer"),
    password: str = Form(""),
    principal: Principal = Depends(require_role(Role.ADMIN)),
) -> Response:
    """Add a user (errors shown beside the form)."""
    try:
        user = services_of(request).users.add(name.strip(), role, password, actor=principal.name)
    except (UserError, ValueError) as error:
        return _users_page(request, form={"name": name, "role": role}, error=str(error), status=400)
    flash(request, f"User {user.name} added as {user.role.label}.", "ok")
    return redirect("/users")


@router.post("/users/{name}/role")
def set_role(
    request: Request,
    name: str,
    role: str = Form(...),
    principal: Principal = Depends(require_role(Role.ADMIN)),
) -> Response:
    """Change a user's role."""

    def change(services: WebServices) -> str:
        user = services.users.set_role(name, role, actor=principal.name)
        return f"{user.name} is now {user.role.label}."

    return _change_user(request, change, (UserError, ValueError))


@router.post("/users/{name}/disable")
def disable_user(
    request: Request, name: str, principal: Principal = Depends(require_role(Role.ADMIN))
) -> Response:
    """Disable a user; their sessions end at once."""

    def change(services: WebServices) -> str:
        services.users.disable(name, actor=principal.name)
        services.sessions.delete_for_user(name)
        return f"{name} is disabled; their sessions and tokens no longer work."

    return _change_user(request, change)


@router.post("/users/{name}/enable")
def enable_user(
    request: Request, name: str, principal: Principal = Depends(require_role(Role.ADMIN))
) -> Response:
    """Enable a disabled user."""

    def change(services: WebServices) -> str:
        services.users.enable(name, actor=principal.name)
        return f"{name} is enabled."

    return _change_user(request, change)


@router.post("/users/{name}/password")
def reset_password(
    request: Request,
    name: str,
    password: str = Form(""),
    principal: Principal = Depends(require_role(Role.ADMIN)),
) -> Response:
    """Set a user's password (e.g. a forgotten one); their sessions end."""

    def change(services: WebServices) -> str:
        services.users.set_password(name, password, actor=principal.name)
        services.sessions.delete_for_user(name)
        return f"Password of {name} set; their sessions were signed out."

    return _change_user(request, change)


@router.get("/api/users", tags=["users"], response_model=list[UserOut])
def api_users(
    request: Request, _: Principal = Depends(require_role(Role.ADMIN))
) -> list[dict[str, Any]]:
    """Every user (name, role, disabled, created_at)."""
    return [user_json(u) for u in services_of(request).users.list()]
