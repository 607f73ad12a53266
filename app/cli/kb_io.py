"""What every ``nextbest kb`` command shares: options, the store, output and error exits.

Errors go to stderr as one line (``error: …``) with exit code 1 (refused or failed) or 2 (bad
input); ``--json`` output goes to stdout.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import yaml
from rich.console import Console
from rich.markup import escape

from nextbest.app.cli.errors import EXIT_BAD_INPUT, EXIT_REFUSED, err_console, fail
from nextbest.app.cli.maker_checker import maker, note_direct, propose
from nextbest.brand_context.roles import PermissionDenied, Role
from nextbest.brand_context.workspace import HOME_ENV, Workspace
from nextbest.brand_context.yaml_text import load_yaml_text

if TYPE_CHECKING:
    from nextbest.brand_context.ingest import PackValidationError
    from nextbest.brand_context.store import BrandStore
    from nextbest.brand_context.store_records import VersionInfo

console = Console(emoji=False)


HomeOption = Annotated[
    Path | None,
    typer.Option(
        "--home",
        envvar=HOME_ENV,
        help="Workspace folder (default ./.nextbest).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
AuthorOption = Annotated[
    str,
    typer.Option(
        "--author",
        envvar="NEXTBEST_AUTHOR",
        help=(
            "Who makes the change (recorded in history). Only in a workspace without users; "
            "with users you act as whoever is signed in (`nextbest login`)."
        ),
    ),
]
RoleOption = Annotated[
    str,
    typer.Option(
        "--role",
        envvar="NEXTBEST_ROLE",
        help=(
            "Your role: viewer < marketer < compliance < admin. Only in a workspace without "
            "users; with users the workspace knows your role."
        ),
    ),
]
ReasonOption = Annotated[str, typer.Option("--reason", "-m", help="Why (recorded in history).")]
KindArgument = Annotated[
    str, typer.Argument(help="What to change: claim, offer, rule, voice or brand.")
]


def open_store(home: Path | None, must_exist: bool = True) -> BrandStore:
    """The workspace's brand store; without ``must_exist`` a new workspace is created."""
    from nextbest.brand_context.store import BrandStore

    workspace = Workspace.resolve(home)
    if must_exist and not workspace.exists():
        raise fail(
            f"no workspace at {workspace.home}; create one with `nextbest kb init --sample` "
            f"or point --home / ${HOME_ENV} at an existing one",
            EXIT_BAD_INPUT,
        )
    return BrandStore(workspace)


def emit(data: Any) -> None:
    """Print ``--json`` output on stdout."""
    typer.echo(json.dumps(data, indent=2, default=str, ensure_ascii=False))


def parse_role(value: str) -> Role:
    """The ``--role`` option as a role, or a bad-input exit."""
    try:
        return Role.parse(value)
    except ValueError as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None


def report_validation(exc: PackValidationError) -> typer.Exit:
    """Print every problem of an invalid file with its field path; return the bad-input exit."""
    err_console.print(f"[bold red]invalid:[/] {escape(exc.source)}")
    for problem in exc.problems:
        where = escape(problem.path or "(document)")
        err_console.print(f"  [yellow]{where}[/]: {escape(problem.message)}")
    return typer.Exit(EXIT_BAD_INPUT)


def print_version(info: VersionInfo | None, as_json: bool, unchanged: str) -> None:
    """Print the version a write made, or ``unchanged`` when it made none."""
    if as_json:
        emit(info.to_dict() if info else {"changed": False})
    elif info is None:
        console.print(f"[dim]{unchanged}[/]")
    else:
        console.print(
            f"[green]✓[/] version [bold]v{info.version}[/] — {info.action} "
            f"by {info.author} ({info.role}) · {info.content_hash[:19]}"
        )


def parse_moment(value: str | None) -> datetime | date | None:
    """The ``--as-of`` option: an ISO date or datetime, None when not given."""
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        raise fail(
            f"--as-of {value!r} is not an ISO date (2026-11-24) or datetime", EXIT_BAD_INPUT
        ) from None


def run_write(action: Callable[[], VersionInfo | None], as_json: bool, unchanged: str) -> None:
    """Run a store write, mapping every known failure to a clear message and exit code."""
    from nextbest.brand_context.ingest import PackValidationError
    from nextbest.brand_context.store_records import StoreError

    try:
        info = action()
    except PermissionDenied as exc:
        raise fail(f"refused: {exc}", EXIT_REFUSED) from None
    except PackValidationError as exc:
        raise report_validation(exc) from None
    except StoreError as exc:
        raise fail(str(exc), EXIT_REFUSED) from None
    print_version(info, as_json, unchanged)


def write_or_propose(
    store: BrandStore,
    author: str,
    role: str,
    change: tuple[str, str, str | None, dict[str, Any] | None],
    *,
    reason: str,
    direct: Callable[[Role], VersionInfo | None],
    unchanged: str,
    as_json: bool,
) -> None:
    """Make a change: a proposal in a workspace with users, else directly under ``--author``.

    Args:
        store: The brand store.
        author: The declared ``--author`` (the signed-in user's own name when there are users).
        role: The declared ``--role`` (used only without users).
        change: What to propose: kind, action, target id (or None) and payload (or None).
        reason: Why (recorded).
        direct: The store write to run without users, given the declared role.
        unchanged: What to print when the direct write changes nothing.
        as_json: Print JSON.
    """
    kind, action, target, payload = change
    user = maker(store.workspace, author, role)
    if user is not None:
        propose(store.workspace, user, kind, action, reason=reason, target=target,
                payload=payload, as_json=as_json)  # fmt: skip
        return
    note_direct()
    run_write(lambda: direct(parse_role(role)), as_json, unchanged)


def _set_path(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    target = data
    for part in parts[:-1]:
        target = target.setdefault(part, {})
        if not isinstance(target, dict):
            raise fail(f"--set {dotted}: {part} is not a mapping", EXIT_BAD_INPUT)
    target[parts[-1]] = value


def apply_sets(data: dict[str, Any], sets: list[str]) -> dict[str, Any]:
    """Apply ``--set FIELD=VALUE`` options (YAML values, dotted paths) to an entry's fields."""
    for item in sets:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise fail(f"--set {item!r}: use FIELD=VALUE, e.g. params.max_chars=160", 2)
        try:
            value = load_yaml_text(raw) if raw.strip() else None
        except yaml.YAMLError:
            value = raw
        if isinstance(value, date | datetime):
            value = value.isoformat()
        _set_path(data, key.strip(), value)
    return data


def read_entry_file(path: Path) -> dict[str, Any]:
    """The fields of an entry from a ``--file`` YAML mapping."""
    from nextbest.brand_context.ingest import PackValidationError, load_yaml

    try:
        data = load_yaml(path)
    except PackValidationError as exc:
        raise report_validation(exc) from None
    if not isinstance(data, dict):
        raise fail(f"{path}: an entry file must hold one mapping", EXIT_BAD_INPUT)
    return data


SetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        "-s",
        help="FIELD=VALUE (YAML value, dotted path), repeatable: --set channels='[email, sms]'.",
    ),
]
FileOption = Annotated[
    Path | None, typer.Option("--file", "-f", help="YAML file with the entry's fields.")
]
