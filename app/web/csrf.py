"""CSRF protection: a synchronizer token per session, and a signed double-submit for sign-in.

Every state-changing request authenticated by the session cookie must carry the session's token,
either as the form field ``csrf_token`` or the header ``X-CSRF-Token`` (htmx and API calls).
Requests authenticated by a bearer token carry no ambient credential and need none. The sign-in
form has no session yet: it gets a random nonce both in a signed cookie and in a hidden field,
and the two must match.
"""

from __future__ import annotations

import secrets

from fastapi import Request
from itsdangerous import BadSignature, Signer

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
LOGIN_COOKIE = "nextbest_login"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def submitted_token(request: Request) -> str:
    """The CSRF token a request carries (header first, then the form field), or ``""``."""
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(_FORM_TYPES):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


def tokens_match(expected: str, submitted: str) -> bool:
    """Constant-time comparison; an empty token never matches."""
    return bool(expected) and bool(submitted) and secrets.compare_digest(expected, submitted)


class LoginCsrf:
    """The sign-in form's double-submit token, signed with the workspace secret.

    Args:
        secret: The workspace's signing secret.
    """

    def __init__(self, secret: bytes) -> None:
        self._signer = Signer(secret, salt="nextbest.login-csrf")

    def issue(self, cookie_value: str | None) -> tuple[str, str]:
        """The nonce for the form and the cookie value (reusing a valid existing cookie)."""
        nonce = self.nonce(cookie_value)
        if nonce:
            return nonce, cookie_value  # type: ignore[return-value]
        nonce = secrets.token_urlsafe(32)
        return nonce, self._signer.sign(nonce).decode()

    def nonce(self, cookie_value: str | None) -> str:
        """The nonce a cookie carries, or ``""`` when missing or forged."""
        if not cookie_value:
            return ""
        try:
            return self._signer.unsign(cookie_value).decode()
        except BadSignature:
            return ""

    def verify(self, cookie_value: str | None, submitted: str) -> bool:
        """Whether the form's nonce matches the signed cookie."""
        return tokens_match(self.nonce(cookie_value), submitted)
