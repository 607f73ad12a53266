"""Who runs a command: sign-in for the command line (issue 20, item 7).

A workspace **without users** is single-person use: commands act directly under a declared
name, and say so. Once the workspace **has users** (``nextbest users add``), the shell trusts no
declared name (``--as``, ``--author``, ``--role``): a command that changes claims, offers,
rules, the voice, the brand, the pack, brand limits, goals or proposals acts as the user signed
in with ``nextbest login`` — a password checked against the workspace's users, exchanged for an
API token — or as the owner of the API token in ``$NEXTBEST_TOKEN`` (for scripts). Their role
comes from the workspace, and their change becomes a proposal another user approves.

The token is kept in ``~/.config/nextbest/credentials.json`` (``$XDG_CONFIG_HOME`` is honoured;
``$NEXTBEST_CREDENTIALS`` names another file), readable by the OS user only (0600, folder 0700),
one entry per workspace. It is the same kind of token ``nextbest users token`` manages:
``nextbest logout`` revokes it at once, as does revoking it from the web or disabling the user.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:
    from nextbest.app.workspace.proposal_models import Actor

TOKEN_ENV = "NEXTBEST_TOKEN"
"""An API token to act as (scripts, CI); it wins over a stored sign-in."""
CREDENTIALS_ENV = "NEXTBEST_CREDENTIALS"
"""Another credentials file than the default."""


class SignInError(Exception):
    """The command needs a signed-in user and has none (or a declared name disagrees)."""


@dataclass(frozen=True)
class SignedIn:
    """The authenticated user a command acts as.

    Attributes:
        name: The workspace user.
        role: Their role in the workspace (not a declared one).
        token_id: The API token that proved it.
        source: ``login`` (the stored sign-in) or the environment variable's name.
    """

    name: str
    role: Role
    token_id: int
    source: str

    @property
    def actor(self) -> Actor:
        """The maker–checker actor (audited as ``cli:<name>``)."""
        from nextbest.app.workspace.proposal_models import Actor

        return Actor(self.name, self.role, via="cli")


def credentials_path() -> Path:
    """Where sign-ins are kept (see the module docstring)."""
    override = os.environ.get(CREDENTIALS_ENV)
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "nextbest" / "credentials.json"


def _key(workspace: Workspace) -> str:
    return str(Path(workspace.home).resolve())


def _read() -> dict[str, Any]:
    path = credentials_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(data: dict[str, Any]) -> None:
    path = credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def has_users(workspace: Workspace) -> bool:
    """Whether the workspace has users (then maker–checker holds on the command line too)."""
    if not workspace.exists():
        return False
    from nextbest.app.web.users import UserStore

    users = UserStore(workspace)
    try:
        return users.count() > 0
    finally:
        users.close()


def _resolve(workspace: Workspace, secret: str, source: str) -> SignedIn | None:
    from nextbest.app.web.tokens import TokenStore
    from nextbest.app.web.users import UserStore

    tokens = TokenStore(workspace)
    try:
        token = tokens.resolve(secret)
    finally:
        tokens.close()
    if token is None or not token.active:
        return None
    users = UserStore(workspace)
    try:
        user = users.get(token.user_name)
    finally:
        users.close()
    if user is None or user.disabled:
        return None
    return SignedIn(user.name, user.role, token.token_id, source)


def signed_in(workspace: Workspace) -> SignedIn | None:
    """The user this shell acts as in ``workspace``, or None (no or a revoked sign-in)."""
    secret = os.environ.get(TOKEN_ENV, "").strip()
    if secret:
        return _resolve(workspace, secret, TOKEN_ENV)
    entry = _read().get("workspaces", {}).get(_key(workspace))
    if not isinstance(entry, dict) or not entry.get("secret"):
        return None
    return _resolve(workspace, str(entry["secret"]), "login")


def require_user(workspace: Workspace, declared: str | None = None) -> SignedIn | None:
    """Who a changing command acts as: None in a workspace without users, else the signed-in user.

    Args:
        workspace: The workspace.
        declared: A name given on the command line (``--as``/``--author``), if any; with users
            it must be the signed-in user's own name.

    Raises:
        SignInError: The workspace has users and nobody is signed in, or ``declared`` names
            someone else.
    """
    if not has_users(workspace):
        return None
    user = signed_in(workspace)
    if user is None:
        raise SignInError(
            "this workspace has users: sign in first with `nextbest login` (or set "
            f"${TOKEN_ENV} to an API token); declared names are not trusted"
        )
    if declared and declared.strip() and declared.strip().lower() != user.name.lower():
        raise SignInError(
            f"you are signed in as {user.name}; a declared name ({declared.strip()}) is not "
            "used in a workspace with users"
        )
    return user


def login(workspace: Workspace, name: str, password: str) -> SignedIn:
    """Check a password and keep an API token for this workspace in the credentials file.

    Raises:
        SignInError: Wrong name or password, or a disabled user (one message for all).
    """
    from nextbest.app.web.tokens import TokenStore
    from nextbest.app.web.users import UserStore

    users = UserStore(workspace)
    try:
        user = users.authenticate(name, password)
    finally:
        users.close()
    if user is None:
        raise SignInError("wrong name or password (or the user is disabled)")
    tokens = TokenStore(workspace)
    try:
        token, secret = tokens.create(
            user.name, f"nextbest login on {socket.gethostname()}", actor=f"cli:{user.name}"
        )
    finally:
        tokens.close()
    _store(workspace, user.name, token.token_id, secret)
    return SignedIn(user.name, user.role, token.token_id, "login")


def login_with_token(workspace: Workspace, secret: str) -> SignedIn:
    """Keep an existing API token as this workspace's sign-in.

    Raises:
        SignInError: The token is unknown, revoked, or its user disabled.
    """
    user = _resolve(workspace, secret.strip(), "login")
    if user is None:
        raise SignInError("that API token is unknown or revoked (or its user is disabled)")
    _store(workspace, user.name, user.token_id, secret.strip())
    return user


def _store(workspace: Workspace, name: str, token_id: int, secret: str) -> None:
    data = _read()
    data.setdefault("workspaces", {})[_key(workspace)] = {
        "user": name,
        "token_id": token_id,
        "secret": secret,
    }
    _write(data)


def logout(workspace: Workspace) -> str | None:
    """Revoke this workspace's stored sign-in and forget it; returns who was signed in.

    Raises:
        SignInError: The token could not be revoked (it is forgotten anyway).
    """
    from nextbest.app.web.tokens import TokenError, TokenStore

    data = _read()
    entry = data.get("workspaces", {}).pop(_key(workspace), None)
    if not isinstance(entry, dict):
        return None
    _write(data)
    tokens = TokenStore(workspace)
    try:
        tokens.revoke(int(entry["token_id"]), actor=f"cli:{entry['user']}", owner=entry["user"])
    except (TokenError, KeyError, ValueError) as error:
        raise SignInError(f"forgotten here, but not revoked: {error}") from None
    finally:
        tokens.close()
    return str(entry["user"])
