"""``nextbest users …``: create the first admin and manage web users and API tokens from the shell.

Every change is audited with the actor ``cli:<os user>``. Passwords come from a hidden prompt
(asked twice) or, for scripts, from standard input with ``--password-stdin``.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.errors import EXIT_BAD_INPUT, EXIT_REFUSED
from nextbest.app.cli.options import HomeOption, JsonOption
from nextbest.app.cli.signin import (
    TOKEN_ENV,
    SignInError,
    credentials_path,
    has_users,
    login,
    login_with_token,
    logout,
    signed_in,
)
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:
    from nextbest.app.web.users import UserStore

console = Console(emoji=False)
app = typer.Typer(
    name="users",
    help="Users of the web workspace (`nextbest serve`): add, list, disable, roles, API tokens.",
    no_args_is_help=True,
)
token_app = typer.Typer(name="token", help="API tokens for automation.", no_args_is_help=True)
app.add_typer(token_app, name="token")

RoleOption = Annotated[str, typer.Option("--role", help="viewer, marketer, compliance or admin.")]
PasswordStdinOption = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def cli_actor() -> str:
    """The audit actor for shell commands: ``cli:<os user>``."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def _manager(workspace: Workspace) -> str:
    """Who manages users, for the audit log: the signed-in user if any, else the OS user.

    User management stays open to the shell (it is how the first admin is made and how a
    locked-out workspace recovers); the audit log names who did it.
    """
    user = signed_in(workspace) if has_users(workspace) else None
    return f"cli:{user.name}" if user else cli_actor()


def _fail(message: str, code: int = 1) -> typer.Exit:
    console.print(f"[red]✗[/] {escape(message)}")
    return typer.Exit(code)


@contextmanager
def _managing(home: Path | None, code: int) -> Iterator[tuple[UserStore, str]]:
    """The user store and the manager's audit name; a refused change exits with ``code``."""
    from nextbest.app.web.users import UserError, UserStore

    workspace = Workspace.resolve(home).ensure()
    actor = _manager(workspace)
    users = UserStore(workspace)
    try:
        yield users, actor
    except (UserError, ValueError) as error:
        raise _fail(str(error), code) from None
    finally:
        users.close()


def _read_password(from_stdin: bool) -> str:
    from nextbest.app.web.users import MIN_PASSWORD_LENGTH

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt(
            f"Password (at least {MIN_PASSWORD_LENGTH} characters)",
            hide_input=True,
            confirmation_prompt=True,
        )
    return password


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: RoleOption = "viewer",
    password_stdin: PasswordStdinOption = False,
    home: HomeOption = None,
) -> None:
    """Add a user (e.g. the first admin: `nextbest users add admin --role admin`)."""
    with _managing(home, EXIT_BAD_INPUT) as (users, actor):
        user = users.add(name, role, _read_password(password_stdin), actor=actor)
    console.print(f"[green]✓[/] user [bold]{escape(user.name)}[/] added as {user.role.label}")


@app.command("list")
def list_users(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """Every user with role and state."""
    from nextbest.app.web.users import UserStore

    users = UserStore(Workspace.resolve(home).ensure())
    rows = users.list()
    users.close()
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "name": u.name,
                        "role": u.role.label,
                        "disabled": u.disabled,
                        "created_at": u.created_at.isoformat(),
                    }
                    for u in rows
                ],
                indent=2,
            )
        )
        return
    if not rows:
        console.print("No users yet: `nextbest users add admin --role admin` creates the first.")
        return
    table = Table(title="users")
    for column in ("name", "role", "state", "created"):
        table.add_column(column)
    for u in rows:
        table.add_row(
            escape(u.name),
            u.role.label,
            "disabled" if u.disabled else "active",
            u.created_at.strftime("%Y-%m-%d %H:%M"),
        )
    console.print(table)


def _change(home: HomeOption, name: str, verb: str, **kwargs: str) -> None:
    with _managing(home, EXIT_REFUSED) as (users, actor):
        user = getattr(users, verb)(name, actor=actor, **kwargs)
    state = "disabled" if user.disabled else "active"
    console.print(f"[green]✓[/] {escape(user.name)}: {user.role.label}, {state}")


@app.command("disable")
def disable(
    name: Annotated[str, typer.Argument(help="The user.")], home: HomeOption = None
) -> None:
    """Disable a user: sign-in, their sessions and API tokens stop working at once."""
    _change(home, name, "disable")


@app.command("enable")
def enable(name: Annotated[str, typer.Argument(help="The user.")], home: HomeOption = None) -> None:
    """Enable a disabled user."""
    _change(home, name, "enable")


@app.command("set-role")
def set_role(
    name: Annotated[str, typer.Argument(help="The user.")],
    role: Annotated[str, typer.Argument(help="viewer, marketer, compliance or admin.")],
    home: HomeOption = None,
) -> None:
    """Change a user's role."""
    _change(home, name, "set_role", role=role)


@app.command("set-password")
def set_password(
    name: Annotated[str, typer.Argument(help="The user.")],
    password_stdin: PasswordStdinOption = False,
    home: HomeOption = None,
) -> None:
    """Replace a user's password."""
    with _managing(home, EXIT_BAD_INPUT) as (users, actor):
        users.set_password(name, _read_password(password_stdin), actor=actor)
    console.print(f"[green]✓[/] password of {escape(name)} replaced")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[str, typer.Option("--label", help="What the token is for.")] = "",
    home: HomeOption = None,
) -> None:
    """Create an API token; the secret is printed once (stdout), keep it safe."""
    from nextbest.app.web.tokens import TokenStore
    from nextbest.app.web.users import UserStore

    workspace = Workspace.resolve(home).ensure()
    actor = _manager(workspace)
    users = UserStore(workspace)
    user = users.get(name)
    users.close()
    if user is None:
        raise _fail(f"no user called {name!r}", 2)
    tokens = TokenStore(workspace)
    token, secret = tokens.create(user.name, label, actor=actor)
    tokens.close()
    print(
        f"token {token.token_id} for {user.name} ({user.role.label}); shown once, keep it safe:",
        file=sys.stderr,
    )
    print(secret)


@token_app.command("list")
def token_list(
    name: Annotated[str, typer.Argument(help="The user.")],
    home: HomeOption = None,
) -> None:
    """A user's tokens (never their secrets)."""
    from nextbest.app.web.tokens import TokenStore

    tokens = TokenStore(Workspace.resolve(home).ensure())
    rows = tokens.for_user(name)
    tokens.close()
    table = Table(title=f"API tokens of {escape(name)}")
    for column in ("#", "label", "created", "last used", "state"):
        table.add_column(column)
    for t in rows:
        table.add_row(
            str(t.token_id),
            escape(t.label),
            t.created_at.strftime("%Y-%m-%d %H:%M"),
            t.last_used_at.strftime("%Y-%m-%d %H:%M") if t.last_used_at else "never",
            "active" if t.active else "revoked",
        )
    console.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's number.")],
    home: HomeOption = None,
) -> None:
    """Revoke a token at once."""
    from nextbest.app.web.tokens import TokenError, TokenStore

    workspace = Workspace.resolve(home).ensure()
    actor = _manager(workspace)
    tokens = TokenStore(workspace)
    try:
        token = tokens.revoke(token_id, actor=actor)
    except TokenError as error:
        raise _fail(str(error)) from None
    finally:
        tokens.close()
    console.print(f"[green]✓[/] token {token.token_id} of {escape(token.user_name)} revoked")


# -- signing in on the command line (registered as `nextbest login|logout|whoami`) ----------


def login_command(
    name: Annotated[str | None, typer.Argument(help="Your user name in the workspace.")] = None,
    password_stdin: PasswordStdinOption = False,
    token_stdin: Annotated[
        bool,
        typer.Option("--token-stdin", help="Sign in with an API token read from standard input."),
    ] = False,
    home: HomeOption = None,
) -> None:
    """Sign in to a workspace that has users: changes from this shell then act as you.

    Your password is checked against the workspace's users and exchanged for an API token kept
    in ~/.config/nextbest/credentials.json (readable by you only). `nextbest logout` revokes it.
    Scripts may instead set NEXTBEST_TOKEN to an API token.
    """
    workspace = Workspace.resolve(home)
    if not has_users(workspace):
        raise _fail(
            f"the workspace at {workspace.home} has no users: commands act directly there "
            "(single-person use); `nextbest users add NAME --role admin` adds the first user",
            2,
        )
    try:
        if token_stdin:
            user = login_with_token(workspace, sys.stdin.readline())
        else:
            if not name:
                name = typer.prompt("User name")
            if password_stdin:
                password = sys.stdin.readline().rstrip("\r\n")
            else:
                password = typer.prompt("Password", hide_input=True)
            user = login(workspace, name or "", password)
    except SignInError as error:
        raise _fail(str(error)) from None
    console.print(
        f"[green]✓[/] signed in to {escape(str(workspace.home))} as [bold]{escape(user.name)}[/] "
        f"({user.role.label}); token {user.token_id} kept in {escape(str(credentials_path()))}"
    )


def logout_command(home: HomeOption = None) -> None:
    """Sign out of a workspace: the stored API token is revoked and forgotten."""
    workspace = Workspace.resolve(home)
    try:
        name = logout(workspace)
    except SignInError as error:
        raise _fail(str(error)) from None
    if name is None:
        console.print(f"Not signed in to {escape(str(workspace.home))}.")
        return
    console.print(f"[green]✓[/] {escape(name)} signed out; the token is revoked")


def whoami_command(home: HomeOption = None) -> None:
    """Who changes from this shell act as in the workspace."""
    workspace = Workspace.resolve(home)
    if not has_users(workspace):
        console.print(
            "This workspace has no users: commands act directly under the name you give "
            "(single-person use)."
        )
        return
    user = signed_in(workspace)
    if user is None:
        raise _fail(f"not signed in: `nextbest login` (or set {TOKEN_ENV})")
    via = "the stored sign-in" if user.source == "login" else f"${user.source}"
    console.print(f"{escape(user.name)} ({user.role.label}), via {via} (token {user.token_id})")
