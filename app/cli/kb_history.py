"""``nextbest kb history|diff|search|rollback|reindex``: the brand pack over time.

Every version is kept: history lists them (or one entry's revisions), diff compares two field by
field, search finds entries as of any date, rollback restores an earlier version's content as a
new version, reindex rebuilds the vectors from the history.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.errors import EXIT_BAD_INPUT, fail
from nextbest.app.cli.kb_io import (
    AuthorOption,
    HomeOption,
    JsonOption,
    ReasonOption,
    RoleOption,
    console,
    emit,
    open_store,
    parse_moment,
    write_or_propose,
)


def history(
    entry_id: Annotated[
        str | None, typer.Argument(help="Entry id; omit to list every version.")
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show every version of the pack, or every revision of one entry."""
    from nextbest.brand_context.store_records import EntryRevision, StoreError, VersionInfo

    store = open_store(home)
    try:
        items = store.history(entry_id)
    except StoreError as exc:
        raise fail(str(exc)) from None
    if as_json:
        emit([item.to_dict() for item in items])
        return
    if entry_id is None:
        table = Table(title="brand pack versions")
        for column in ("version", "time (UTC)", "author", "role", "action", "reason", "hash"):
            table.add_column(column)
        for info in items:
            assert isinstance(info, VersionInfo)
            table.add_row(
                f"v{info.version}",
                info.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                info.author,
                info.role,
                info.action,
                info.reason,
                info.content_hash[7:19],
            )
    else:
        table = Table(title=f"history of {entry_id}")
        for column in ("in force", "time (UTC)", "author", "action", "reason", "status", "text"):
            table.add_column(column, overflow="fold")
        for rev in items:
            assert isinstance(rev, EntryRevision)
            until = f"v{rev.version_to - 1}" if rev.version_to else "now"
            summary = rev.data.get("text") or rev.data.get("terms") or rev.data.get("description")
            table.add_row(
                f"v{rev.version_from} → {until}",
                rev.change.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                f"{rev.change.author} ({rev.change.role})",
                rev.change.action,
                rev.change.reason,
                rev.data.get("status", "active"),
                str(summary or ""),
            )
    console.print(table)


def diff(
    v1: Annotated[int, typer.Argument(help="Older version number.")],
    v2: Annotated[int, typer.Argument(help="Newer version number.")],
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show what changed between two versions, field by field."""
    from nextbest.brand_context.store_records import StoreError

    store = open_store(home)
    try:
        changes = store.diff(v1, v2)
    except StoreError as exc:
        raise fail(str(exc)) from None
    if as_json:
        emit([c.to_dict() for c in changes])
        return
    if not changes:
        console.print(f"[dim]v{v1} and v{v2} have the same content[/]")
    for change in changes:
        colour = {"added": "green", "removed": "red", "changed": "yellow"}[change.change]
        console.print(f"[{colour}]{change.change:>7}[/] {change.kind} [bold]{change.entry_id}[/]")
        for f in change.fields:
            before, after = escape(repr(f.before)), escape(repr(f.after))
            console.print(f"          {escape(f.path)}: [red]{before}[/] → [green]{after}[/]")


def search(
    text: Annotated[str, typer.Argument(help="What you are looking for, in plain words.")],
    kind: Annotated[
        list[str] | None, typer.Option("--kind", "-k", help="claim, offer, rule, voice, brand.")
    ] = None,
    channel: Annotated[str | None, typer.Option(help="Only entries allowed on it.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="ISO date or datetime.")] = None,
    k: Annotated[int, typer.Option("-n", "--limit", help="How many results.", min=1)] = 5,
    include_retired: Annotated[bool, typer.Option("--include-retired")] = False,
    include_expired: Annotated[bool, typer.Option("--include-expired")] = False,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Semantic search: find the approved claims, offers or rules that match a question."""
    from nextbest.brand_context.store_records import StoreError

    store = open_store(home)
    try:
        hits = store.search(
            text,
            kinds=kind,
            channel=channel,
            as_of=parse_moment(as_of),
            k=k,
            include_retired=include_retired,
            include_expired=include_expired,
        )
    except StoreError as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None
    if as_json:
        emit([h.to_dict() for h in hits])
        return
    table = Table(title=f"search: {text!r}")
    for column in ("score", "kind", "id", "text"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(f"{hit.score:.3f}", hit.kind, hit.entry_id, hit.text)
    console.print(table)


def rollback(
    version: Annotated[int, typer.Argument(help="The version whose content becomes current.")],
    author: AuthorOption = "",
    role: RoleOption = "",
    reason: ReasonOption = "rollback",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Restore an earlier version's content as a new version (the rollback is recorded)."""
    store = open_store(home)
    write_or_propose(
        store,
        author,
        role,
        ("pack", "rollback", str(version), None),
        reason=reason,
        direct=lambda as_role: store.rollback(version, author=author, role=as_role, reason=reason),
        unchanged=f"the current pack already equals v{version}",
        as_json=as_json,
    )


def reindex(home: HomeOption = None) -> None:
    """Rebuild the vector index from the version history (safe at any time)."""
    store = open_store(home)
    with console.status("Re-embedding every entry…"):
        count = store.reindex()
    console.print(f"[green]✓[/] indexed {count} entry revisions")
