"""``nextbest kb list|show|add|edit|retire``: the brand pack's entries, one at a time.

In a workspace with users a write becomes a maker–checker proposal
(:mod:`nextbest.app.cli.maker_checker`); without users it applies directly.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from nextbest.app.cli.errors import EXIT_BAD_INPUT, fail
from nextbest.app.cli.kb_io import (
    AuthorOption,
    FileOption,
    HomeOption,
    JsonOption,
    KindArgument,
    ReasonOption,
    RoleOption,
    SetOption,
    apply_sets,
    console,
    emit,
    open_store,
    parse_moment,
    read_entry_file,
    write_or_propose,
)


def list_(
    kind: Annotated[
        str | None, typer.Option("--kind", "-k", help="claim, offer or rule (default: all).")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Include retired, draft and expired entries.")
    ] = False,
    as_of: Annotated[str | None, typer.Option("--as-of", help="ISO date or datetime.")] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """List claims, offers and rules in force (today, or as of a date)."""
    from nextbest.brand_context.store_records import NoVersionError

    store = open_store(home)
    moment = parse_moment(as_of)
    try:
        pack = store.as_of(moment) if moment is not None else store.pack()
    except NoVersionError as exc:
        raise fail(str(exc)) from None
    day = moment if isinstance(moment, date) and not isinstance(moment, datetime) else None
    day = day or (moment.date() if isinstance(moment, datetime) else date.today())
    sections = {"claim": pack.claims, "offer": pack.offers, "rule": pack.rules}
    if kind and kind not in sections:
        raise fail(f"unknown kind {kind!r}; use claim, offer or rule", EXIT_BAD_INPUT)
    rows = []
    for name, entries in sections.items():
        if kind and name != kind:
            continue
        for entry in entries:
            if not all_ and not entry.is_valid_on(day):
                continue
            summary = getattr(entry, "text", None) or getattr(entry, "name", None)
            summary = summary or entry.description  # type: ignore[union-attr]
            detail = getattr(entry, "category", None) or getattr(entry, "kind", None)
            detail = detail or getattr(entry, "discount_type", "")
            channels = ",".join(getattr(entry, "channels", []) or ["all"])
            rows.append(
                {
                    "kind": name,
                    "id": entry.id,
                    "type": str(getattr(detail, "value", detail)),
                    "channels": channels,
                    "status": entry.status.value,
                    "valid": f"{entry.valid_from or '…'} → {entry.valid_until or '…'}",
                    "summary": summary,
                }
            )
    if as_json:
        emit(rows)
        return
    table = Table(title=f"brand pack v{store.current_version()} · in force on {day}")
    for column in ("kind", "id", "type", "channels", "status", "valid", "summary"):
        table.add_column(column, overflow="fold", max_width=60 if column == "summary" else None)
    for row in rows:
        table.add_row(*[row[c] for c in row])
    console.print(table)


def show(
    entry_id: Annotated[str, typer.Argument(help="A claim, offer or rule id, or brand / voice.")],
    version: Annotated[int | None, typer.Option(help="Show it as of this version.")] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one entry in full."""
    from nextbest.brand_context.ingest import dump_yaml
    from nextbest.brand_context.store_records import StoreError

    store = open_store(home)
    try:
        kind, data = store.find(entry_id, version)
    except StoreError as exc:
        raise fail(str(exc)) from None
    if as_json:
        emit({"kind": kind, "data": data})
    else:
        console.rule(f"{kind} [bold]{entry_id}[/]")
        console.print(dump_yaml(data), markup=False, highlight=False)


def _write_entry(
    kind: str,
    entry_id: str | None,
    file: Path | None,
    sets: list[str],
    author: str,
    role: str,
    reason: str,
    home: Path | None,
    as_json: bool,
    create: bool,
) -> None:
    from nextbest.brand_context.models import ENTRY_KINDS
    from nextbest.brand_context.store_records import StoreError

    if kind not in ENTRY_KINDS:
        raise fail(f"unknown kind {kind!r}; use one of {', '.join(ENTRY_KINDS)}", EXIT_BAD_INPUT)
    store = open_store(home)
    if create:
        data = read_entry_file(file) if file else {}
    else:
        key = kind if kind in ("brand", "voice") else entry_id
        if not key:
            raise fail(f"give the id of the {kind} to edit", EXIT_BAD_INPUT)
        try:
            data = read_entry_file(file) if file else dict(store.get(kind, key))
        except StoreError as exc:
            raise fail(str(exc)) from None
        if kind not in ("brand", "voice"):
            data.setdefault("id", key)
    data = apply_sets(data, sets)
    if not data:
        raise fail("nothing to write: give --file and/or --set FIELD=VALUE", EXIT_BAD_INPUT)
    action = "edit" if kind in ("brand", "voice") else "add" if create else "edit"
    target = None if create or kind in ("brand", "voice") else str(data.get("id"))
    write_or_propose(
        store,
        author,
        role,
        (kind, action, target, data),
        reason=reason,
        direct=lambda as_role: store.put(
            kind, data, author=author, role=as_role, reason=reason, create=create
        ),
        unchanged="no changes: the entry already has these values",
        as_json=as_json,
    )


def add(
    kind: KindArgument,
    author: AuthorOption = "",
    role: RoleOption = "",
    file: FileOption = None,
    sets: SetOption = None,
    reason: ReasonOption = "add",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a claim, offer, rule, product or standing statement (--file and/or --set).

    Example: nextbest kb add claim --author ana --role compliance --set id=clm-new
    --set text="Suitable for all skin types." --set category=health
    --set substantiation="Panel 2026" --set channels="[email]" -m "new claim"
    """
    _write_entry(kind, None, file, sets or [], author, role, reason, home, as_json, True)


def edit(
    kind: KindArgument,
    author: AuthorOption = "",
    role: RoleOption = "",
    entry_id: Annotated[
        str | None, typer.Argument(help="Id of the entry (not needed for voice / brand).")
    ] = None,
    file: FileOption = None,
    sets: SetOption = None,
    reason: ReasonOption = "edit",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Change an entry: --set changes single fields, --file replaces it whole.

    Example: nextbest kb edit rule sms-length --set params.max_segments=1
    --author ana --role compliance -m "one segment only"
    """
    _write_entry(kind, entry_id, file, sets or [], author, role, reason, home, as_json, False)


def retire(
    kind: Annotated[str, typer.Argument(help="claim, offer, rule, product or statement.")],
    entry_id: Annotated[str, typer.Argument(help="Id of the entry to retire.")],
    author: AuthorOption = "",
    role: RoleOption = "",
    reason: ReasonOption = "retire",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Retire an entry: it stops being used, its history is kept."""
    store = open_store(home)
    write_or_propose(
        store,
        author,
        role,
        (kind, "retire", entry_id, None),
        reason=reason,
        direct=lambda as_role: store.retire(
            kind, entry_id, author=author, role=as_role, reason=reason
        ),
        unchanged=f"{kind} {entry_id} is already retired",
        as_json=as_json,
    )
