"""Sign-in, sign-out and the signed-in user's own page: who am I, my API tokens."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.api_models import ErrorOut, MeOut, TokenOut
from nextbest.app.web.auth import (
    SESSION_COOKIE,
    Principal,
    client_address,
    optional_principal,
    public,
    require_role,
)
from nextbest.app.web.csrf import LOGIN_COOKIE
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.services import WebServices, services_of
from nextbest.app.web.tokens import ApiToken, TokenError
from nextbest.app.web.users import UserError
from nextbest.brand_context.roles import Role

router = APIRouter()

EXAMPLES = {
    "/account/tokens/{token_id}/revoke": {"token_id": "1"},
    "/api/tokens/{token_id}": {"token_id": "1"},
}


def safe_next(target: str | None) -> str:
    """A local path to return to after sign-in (anything else becomes ``/``)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def _login_page(
    request: Request,
    services: WebServices,
    *,
    next_url: str,
    username: str = "",
    error: str = "",
    notice: str = "",
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    nonce, cookie = services.login_csrf.issue(request.cookies.get(LOGIN_COOKIE))
    response = render(
        request,
        "login.j2",
        {
            "title": "Sign in",
            "login_nonce": nonce,
            "next_url": next_url,
            "username": username,
            "error": error,
            "notice": notice,
            "no_users": services.users.count() == 0,
        },
        status_code=status_code,
        headers=headers,
    )
    response.set_cookie(
        LOGIN_COOKIE,
        cookie,
        httponly=True,
        samesite="strict",
        secure=services.secure_cookies,
        path="/login",
        max_age=3600,
    )
    return response


@router.get("/login", response_class=HTMLResponse, dependencies=[Depends(public)])
def login_page(request: Request, next: str = "/", expired: bool = False) -> Response:  # noqa: A002
    """The sign-in form (signed-in users go straight on)."""
    services = services_of(request)
    if optional_principal(request) is not None:
        return redirect(safe_next(next))
    notice = "Your session has ended. Please sign in again." if expired else ""
    return _login_page(request, services, next_url=safe_next(next), notice=notice)


@router.post("/login", dependencies=[Depends(public)])
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),  # noqa: A002
    csrf_token: str = Form(""),
) -> Response:
    """Check the password (throttled), start a session, go to the page asked for."""
    services = services_of(request)
    next_url = safe_next(next)
    username = username.strip()[:64]
    address = client_address(request)
    actor = username or "(no name)"
    if not services.login_csrf.verify(request.cookies.get(LOGIN_COOKIE), csrf_token):
        return _login_page(
            request,
            services,
            next_url=next_url,
            username=username,
            error="The sign-in form expired. Please try again.",
            status_code=403,
        )
    wait = services.throttle.retry_after(username, address)
    if wait is not None:
        services.audit.record(
            actor,
            "sign_in_throttled",
            f"user:{username}",
            outcome="refused",
            details={"address": address, "retry_after_s": wait},
        )
        minutes = max(1, round(wait / 60))
        return _login_page(
            request,
            services,
            next_url=next_url,
            username=username,
            error=(
                "Too many failed sign-ins for this name or from this address. "
                f"Try again in about {minutes} minute{'s' if minutes != 1 else ''}."
            ),
            status_code=429,
            headers={"Retry-After": str(wait)},
        )
    user = services.users.authenticate(username, password)
    if user is None:
        services.throttle.record_failure(username, address)
        services.audit.record(
            actor,
            "sign_in_failed",
            f"user:{username}",
            outcome="refused",
            details={"address": address},
        )
        return _login_page(
            request,
            services,
            next_url=next_url,
            username=username,
            error="Wrong user name or password.",
            status_code=401,
        )
    services.throttle.record_success(user.name)
    services.sessions.purge_expired()
    session = services.sessions.create(
        user.name, address=address, user_agent=request.headers.get("user-agent", "")
    )
    services.audit.record(user.name, "sign_in", f"user:{user.name}", details={"address": address})
    response = redirect(next_url)
    response.set_cookie(
        SESSION_COOKIE,
        services.sessions.cookie_value(session),
        httponly=True,
        samesite="lax",
        secure=services.secure_cookies,
        path="/",
        max_age=int(services.sessions.policy.absolute.total_seconds()),
    )
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, principal: Principal = Depends(require_role(Role.VIEWER))) -> Response:
    """End this browser's session."""
    services = services_of(request)
    if principal.session is not None:
        services.sessions.delete(principal.session.session_id)
    services.audit.record(principal.name, "sign_out", f"user:{principal.name}")
    response = redirect("/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _account_page(
    request: Request,
    principal: Principal,
    *,
    new_token: str = "",
    new_token_id: int = 0,
    password_error: str = "",
    status_code: int = 200,
) -> Response:
    services = services_of(request)
    return render(
        request,
        "account.j2",
        {
            "title": "My account",
            "tokens": services.tokens.for_user(principal.name),
            "sessions": services.sessions.for_user(principal.name),
            "this_session": (
                services.sessions.handle_of(principal.session) if principal.session else ""
            ),
            "new_token": new_token,
            "new_token_id": new_token_id,
            "password_error": password_error,
        },
        status_code=status_code,
    )


@router.get("/account", response_class=HTMLResponse)
def account_page(
    request: Request, principal: Principal = Depends(require_role(Role.VIEWER))
) -> Response:
    """Who I am, my role, my API tokens."""
    return _account_page(request, principal)


@router.post("/account/password", response_class=HTMLResponse)
def change_password(
    request: Request,
    current_password: str = Form(""),
    new_password: str = Form(""),
    confirm_password: str = Form(""),
    principal: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """Change my password; my other sessions end.

    The current password is checked, and wrong ones count towards sign-in throttling.
    """
    services = services_of(request)
    address = client_address(request)
    wait = services.throttle.retry_after(principal.name, address)
    problem = ""
    if wait is not None:
        problem = "Too many wrong passwords. Try again later."
    elif services.users.authenticate(principal.name, current_password) is None:
        services.throttle.record_failure(principal.name, address)
        services.audit.record(
            principal.name,
            "user.set_password",
            f"user:{principal.name}",
            outcome="refused",
            details={"address": address, "why": "wrong current password"},
        )
        problem = "The current password is wrong."
    elif new_password != confirm_password:
        problem = "The new password and its confirmation differ."
    else:
        try:
            services.users.set_password(principal.name, new_password, actor=principal.name)
        except UserError as error:
            problem = str(error)
    if problem:
        return _account_page(request, principal, password_error=problem, status_code=400)
    keep = principal.session.session_id if principal.session else None
    services.sessions.delete_for_user(principal.name, keep=keep)
    flash(request, "Password changed; your other sessions were signed out.", "ok")
    return redirect("/account")


@router.post("/account/sessions/sign-out-others")
def sign_out_others(
    request: Request, principal: Principal = Depends(require_role(Role.VIEWER))
) -> Response:
    """End every session of mine except this browser's (e.g. a forgotten shared computer)."""
    services = services_of(request)
    keep = principal.session.session_id if principal.session else None
    ended = services.sessions.delete_for_user(principal.name, keep=keep)
    services.audit.record(
        principal.name, "sign_out_others", f"user:{principal.name}", details={"ended": ended}
    )
    flash(request, f"Signed out {ended} other session{'s' if ended != 1 else ''}.", "ok")
    return redirect("/account")


@router.post("/account/tokens", response_class=HTMLResponse)
def create_token(
    request: Request,
    label: str = Form(""),
    principal: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """Create an API token for myself; its secret is shown once, on this response only."""
    token, secret = services_of(request).tokens.create(principal.name, label, actor=principal.name)
    return _account_page(request, principal, new_token=secret, new_token_id=token.token_id)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(
    request: Request, token_id: int, principal: Principal = Depends(require_role(Role.VIEWER))
) -> Response:
    """Revoke one of my tokens."""
    try:
        services_of(request).tokens.revoke(token_id, actor=principal.name, owner=principal.name)
    except TokenError as error:
        flash(request, str(error), "error")
    else:
        flash(request, f"Token {token_id} revoked.", "ok")
    return redirect("/account")


def token_json(token: ApiToken) -> dict[str, Any]:
    """JSON form of a token's record (never its secret)."""
    return {
        "token_id": token.token_id,
        "label": token.label,
        "created_at": token.created_at.isoformat(),
        "last_used_at": token.last_used_at.isoformat() if token.last_used_at else None,
        "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
        "active": token.active,
    }


@router.get("/api/me", tags=["account"], response_model=MeOut)
def api_me(principal: Principal = Depends(require_role(Role.VIEWER))) -> dict[str, Any]:
    """The authenticated user; with a browser session, also its CSRF token for API calls."""
    return {
        "name": principal.name,
        "role": principal.role.label,
        "via": principal.via,
        "csrf_token": principal.csrf_token or None,
    }


@router.get("/api/tokens", tags=["account"], response_model=list[TokenOut])
def api_tokens(
    request: Request, principal: Principal = Depends(require_role(Role.VIEWER))
) -> list[dict[str, Any]]:
    """My API tokens (without secrets)."""
    return [token_json(t) for t in services_of(request).tokens.for_user(principal.name)]


@router.delete(
    "/api/tokens/{token_id}",
    tags=["account"],
    response_model=TokenOut,
    responses={404: {"model": ErrorOut}},
)
def api_revoke_token(
    request: Request, token_id: int, principal: Principal = Depends(require_role(Role.VIEWER))
) -> dict[str, Any]:
    """Revoke one of my tokens."""
    try:
        token = services_of(request).tokens.revoke(
            token_id, actor=principal.name, owner=principal.name
        )
    except TokenError as error:
        raise HTTPException(404, str(error)) from None
    return token_json(token)
