"""Sign-in for LangGraph's own server: nextbest API tokens (``auth`` in ``langgraph.json``).

Every request to ``langgraph dev`` / LangGraph Platform must carry ``Authorization: Bearer
nb_…``, a token made with ``nextbest users token create`` or on *My account* in the web
workspace. The token's owner must be an enabled user of the workspace (``NEXTBEST_HOME``) with
the marketer role or higher; they become the run's authenticated user
(``langgraph_auth_user_id``), which the chat graph uses as the author and the approver of a
goal. Anything else is refused with 401 (no or unknown token) or 403 (role).
"""

from __future__ import annotations

import threading

from langgraph_sdk import Auth

from nextbest.app.web.tokens import TokenStore
from nextbest.app.web.users import UserStore
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace

auth = Auth()
_lock = threading.Lock()
_stores: dict[str, tuple[TokenStore, UserStore]] = {}


def _workspace_stores() -> tuple[TokenStore, UserStore]:
    """The token and user stores of ``NEXTBEST_HOME``, opened once per process."""
    workspace = Workspace.resolve()
    key = str(workspace.home)
    with _lock:
        if key not in _stores:
            _stores[key] = (TokenStore(workspace), UserStore(workspace))
        return _stores[key]


def user_for(authorization: str | None) -> Auth.types.MinimalUserDict:
    """The workspace user behind an ``Authorization`` header.

    Args:
        authorization: ``Bearer nb_…`` (or None).

    Returns:
        The user: identity (their name) and role.

    Raises:
        Auth.exceptions.HTTPException: 401 without a valid token, 403 below marketer.
    """
    scheme, _, secret = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secret:
        raise Auth.exceptions.HTTPException(
            status_code=401, detail="send Authorization: Bearer <nextbest API token>"
        )
    tokens, users = _workspace_stores()
    token = tokens.resolve(secret.strip())
    user = users.get(token.user_name) if token else None
    if token is None or user is None or user.disabled:
        raise Auth.exceptions.HTTPException(status_code=401, detail="unknown or revoked token")
    if user.role < Role.MARKETER:
        raise Auth.exceptions.HTTPException(
            status_code=403, detail=f"{user.name} is a {user.role.name.lower()}: marketer or higher"
        )
    return {"identity": user.name, "role": user.role.name.lower()}


@auth.authenticate
async def authenticate(authorization: str | None) -> Auth.types.MinimalUserDict:
    """LangGraph's authentication hook: a nextbest API token, or 401."""
    return user_for(authorization)
