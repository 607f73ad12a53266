"""``nextbest kb …``: the compliance team's brand store command line.

Every write names its author and role; only compliance or admin may change claims, offers,
rules and the brand identity (marketers may adjust the voice). Output is human-readable by
default and JSON with ``--json``. Exit codes: 0 ok, 1 refused or failed, 2 bad input.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.maker_checker import maker, note_direct, propose
from nextbest.brand_context.ingest import (
    PackValidationError,
    dump_yaml,
    load_pack,
    load_yaml,
    pack_to_data,
    sample_pack_path,
)
from nextbest.brand_context.models import ENTRY_KINDS, ENTRY_SECTIONS
from nextbest.brand_context.roles import PermissionDenied, Role
from nextbest.brand_context.store import (
    BrandStore,
    EntryRevision,
    NoVersionError,
    StoreError,
    VersionInfo,
)
from nextbest.brand_context.workspace import HOME_ENV, Workspace
from nextbest.tools.compliance.rule_tests import ExampleFlip, example_flips, run_rule_tests

app = typer.Typer(
    name="kb",
    help=(
        "The brand knowledge store: voice, approved claims, offers and compliance rules — "
        "versioned, searchable, explainable as of any date.\n\n"
        "Typical first steps: `nextbest kb init --sample`, `nextbest kb list`, "
        '`nextbest kb search "get my money back"`.'
    ),
    no_args_is_help=True,
)

console = Console(emoji=False)
err_console = Console(stderr=True, emoji=False)

EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2

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


def _fail(message: str, code: int = EXIT_REFUSED) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(code)


def _store(home: Path | None, must_exist: bool = True) -> BrandStore:
    workspace = Workspace.resolve(home)
    if must_exist and not workspace.exists():
        raise _fail(
            f"no workspace at {workspace.home}; create one with `nextbest kb init --sample` "
            f"or point --home / ${HOME_ENV} at an existing one",
            EXIT_BAD_INPUT,
        )
    return BrandStore(workspace)


def _emit(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, default=str, ensure_ascii=False))


def _role(value: str) -> Role:
    try:
        return Role.parse(value)
    except ValueError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None


def _report_validation(exc: PackValidationError) -> typer.Exit:
    err_console.print(f"[bold red]invalid:[/] {escape(exc.source)}")
    for problem in exc.problems:
        where = escape(problem.path or "(document)")
        err_console.print(f"  [yellow]{where}[/]: {escape(problem.message)}")
    return typer.Exit(EXIT_BAD_INPUT)


def _print_version(info: VersionInfo | None, as_json: bool, unchanged: str) -> None:
    if as_json:
        _emit(info.to_dict() if info else {"changed": False})
    elif info is None:
        console.print(f"[dim]{unchanged}[/]")
    else:
        console.print(
            f"[green]✓[/] version [bold]v{info.version}[/] — {info.action} "
            f"by {info.author} ({info.role}) · {info.content_hash[:19]}"
        )


def _parse_moment(value: str | None) -> datetime | date | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        raise _fail(
            f"--as-of {value!r} is not an ISO date (2026-11-24) or datetime", EXIT_BAD_INPUT
        ) from None


def _run_write(action: Any, as_json: bool, unchanged: str) -> None:
    """Run a store write, mapping every known failure to a clear message and exit code."""
    try:
        info = action()
    except PermissionDenied as exc:
        raise _fail(f"refused: {exc}", EXIT_REFUSED) from None
    except PackValidationError as exc:
        raise _report_validation(exc) from None
    except StoreError as exc:
        raise _fail(str(exc), EXIT_REFUSED) from None
    _print_version(info, as_json, unchanged)


def _set_path(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    target = data
    for part in parts[:-1]:
        target = target.setdefault(part, {})
        if not isinstance(target, dict):
            raise _fail(f"--set {dotted}: {part} is not a mapping", EXIT_BAD_INPUT)
    target[parts[-1]] = value


def _apply_sets(data: dict[str, Any], sets: list[str]) -> dict[str, Any]:
    for item in sets:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise _fail(f"--set {item!r}: use FIELD=VALUE, e.g. params.max_chars=160", 2)
        try:
            value = yaml.safe_load(raw) if raw.strip() else None
        except yaml.YAMLError:
            value = raw
        if isinstance(value, date | datetime):
            value = value.isoformat()
        _set_path(data, key.strip(), value)
    return data


def _read_entry_file(path: Path) -> dict[str, Any]:
    try:
        data = load_yaml(path)
    except PackValidationError as exc:
        raise _report_validation(exc) from None
    if not isinstance(data, dict):
        raise _fail(f"{path}: an entry file must hold one mapping", EXIT_BAD_INPUT)
    return data


def _propose_import(
    store: BrandStore, user: Any, pack: Any, merge: bool, reason: str, as_json: bool
) -> None:
    """A pack import in a workspace with users: one proposal per entry that would change."""
    try:
        current = store.pack()
    except (NoVersionError, StoreError):
        raise _fail(
            "the workspace has no brand pack yet: the first pack is imported by an admin of a "
            "workspace without users (`nextbest kb init` / `kb import` before adding users)"
        ) from None
    proposed = pack_to_data(pack)
    existing = pack_to_data(current)
    made = 0
    for kind in ("brand", "voice"):
        if proposed.get(kind) and proposed[kind] != existing.get(kind):
            propose(store.workspace, user, kind, "edit", reason=reason, payload=proposed[kind],
                    as_json=as_json)  # fmt: skip
            made += 1
    for kind, section in ENTRY_SECTIONS.items():
        before = {e["id"]: e for e in existing.get(section, [])}
        for entry in proposed.get(section, []):
            if entry["id"] not in before:
                propose(store.workspace, user, kind, "add", reason=reason, payload=entry,
                        as_json=as_json)  # fmt: skip
                made += 1
            elif before[entry["id"]] != entry:
                propose(store.workspace, user, kind, "edit", reason=reason,
                        target=entry["id"], payload=entry, as_json=as_json)  # fmt: skip
                made += 1
        if not merge:
            for entry_id in sorted(set(before) - {e["id"] for e in proposed.get(section, [])}):
                propose(store.workspace, user, kind, "retire", reason=reason, target=entry_id,
                        as_json=as_json)  # fmt: skip
                made += 1
    if proposed.get("non_claim_phrases") != existing.get("non_claim_phrases"):
        err_console.print(
            "[yellow]the non-claim phrases differ: propose that change in the web workspace[/]"
        )
    if not made and not as_json:
        console.print("[dim]no changes: the file equals the current brand pack[/]")


# -- commands ------------------------------------------------------------------------------


@app.command()
def init(
    home: HomeOption = None,
    sample: Annotated[
        bool, typer.Option("--sample", help="Load the bundled sample brand (Lumen Botanics).")
    ] = False,
    author: Annotated[str, typer.Option("--author", envvar="NEXTBEST_AUTHOR")] = "nextbest",
    as_json: JsonOption = False,
) -> None:
    """Create a workspace (empty, or with the bundled sample brand pack)."""
    store = _store(home, must_exist=False)
    if sample:
        if store.current_version() is not None:
            console.print(
                f"[dim]workspace {store.workspace.home} already has brand pack "
                f"v{store.current_version()}; left unchanged[/]"
            )
            return
        pack = load_pack(sample_pack_path())
        with console.status("Indexing the sample brand pack (offline embeddings)…"):
            info = store.import_pack(
                pack, author=author, role=Role.ADMIN, reason="initialise with the sample brand"
            )
        _print_version(info, as_json, "")
    elif not as_json:
        console.print(f"[green]✓[/] workspace ready at {store.workspace.home}")
    if not as_json:
        console.print(f"workspace: {store.workspace.home}")


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="Brand pack YAML file.")],
    author: AuthorOption = "",
    role: RoleOption = "",
    reason: ReasonOption = "import",
    merge: Annotated[
        bool,
        typer.Option("--merge", help="Keep entries the file does not mention (default: replace)."),
    ] = False,
    effective_from: Annotated[
        str | None,
        typer.Option(
            "--effective-from",
            help="ISO date the pack has been in force since (an earlier day than today).",
        ),
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import a whole brand pack as one new version — all or nothing."""
    try:
        pack = load_pack(file)
    except PackValidationError as exc:
        raise _report_validation(exc) from None
    try:
        since = date.fromisoformat(effective_from) if effective_from else None
    except ValueError:
        raise _fail(
            f"--effective-from {effective_from!r} is not an ISO date (2026-11-01)", EXIT_BAD_INPUT
        ) from None
    store = _store(home, must_exist=False)
    user = maker(store.workspace, author, role)
    if user is not None:
        _propose_import(store, user, pack, merge, reason, as_json)
        return
    note_direct()
    _run_write(
        lambda: store.import_pack(
            pack,
            author=author,
            role=_role(role),
            reason=reason,
            merge=merge,
            effective_from=since,
        ),
        as_json,
        "no changes: the file equals the current brand pack",
    )


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="Brand pack YAML file.")],
    as_json: JsonOption = False,
) -> None:
    """Check a brand pack file without importing it (exit 2 with field paths if invalid)."""
    try:
        pack = load_pack(file)
    except PackValidationError as exc:
        if as_json:
            _emit({"valid": False, "problems": [p.__dict__ for p in exc.problems]})
            raise typer.Exit(EXIT_BAD_INPUT) from None
        raise _report_validation(exc) from None
    counts = {"claims": len(pack.claims), "offers": len(pack.offers), "rules": len(pack.rules)}
    if as_json:
        _emit({"valid": True, **counts})
    else:
        console.print(
            f"[green]✓[/] {file} is valid: {counts['claims']} claims, "
            f"{counts['offers']} offers, {counts['rules']} rules"
        )


@app.command("test")
def test_(
    pack_file: Annotated[
        Path | None,
        typer.Option("--pack", help="Test this pack file instead of the workspace's pack."),
    ] = None,
    changed: Annotated[
        Path | None,
        typer.Option(
            "--changed",
            help="A changed pack file: show which of the current examples it would flip.",
        ),
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run the pack's rule tests: labelled example messages that must pass, warn or block.

    With ``--changed FILE``, show instead which examples the changed pack would break or fix.
    Exit 0 when every example comes out as labelled (nothing breaks), 1 when one does not,
    2 on bad input.
    """
    try:
        pack = load_pack(pack_file) if pack_file else _store(home).pack()
        proposed = load_pack(changed) if changed else None
    except PackValidationError as exc:
        raise _report_validation(exc) from None
    except (NoVersionError, StoreError, OSError) as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    if proposed is not None:
        _show_flips(example_flips(pack, proposed), len(pack.rule_tests), as_json)
        return
    results = run_rule_tests(pack)
    failed = [r for r in results if not r.passed]
    if as_json:
        _emit(
            {
                "tests": len(results),
                "failed": len(failed),
                "results": [r.model_dump() for r in results],
            }
        )
    elif not results:
        console.print("no rule tests in this pack; add examples under `rule_tests:`")
    else:
        table = Table("test", "expected", "got", "fired", "problem")
        for r in results:
            mark = "[green]✓[/]" if r.passed else "[red]✗[/]"
            table.add_row(
                f"{mark} {escape(r.test_id)}",
                " ".join([r.expected, *r.expected_rules]),
                r.decision or "-",
                escape(", ".join(r.fired_rules)),
                escape(r.problem or ""),
            )
        console.print(table)
        console.print(f"{len(results) - len(failed)} of {len(results)} rule tests pass")
    if failed:
        raise typer.Exit(EXIT_REFUSED)


def _show_flips(flips: list[ExampleFlip], total: int, as_json: bool) -> None:
    """Print which examples a change breaks or fixes; exit 1 when one breaks."""
    broken = [f for f in flips if f.broken]
    if as_json:
        _emit({"tests": total, "broken": len(broken), "flips": [f.model_dump() for f in flips]})
    elif not flips:
        console.print(f"the change flips none of the {total} rule tests")
    else:
        table = Table("test", "change", "now", "after the change")
        for flip in flips:
            mark = "[red]breaks[/]" if flip.broken else "[green]fixes[/]"
            table.add_row(
                escape(flip.test_id),
                mark,
                flip.before.decision or "-",
                escape(f"{flip.after.decision or '-'}: {flip.after.problem or 'as labelled'}"),
            )
        console.print(table)
        console.print(f"{len(broken)} of {total} rule tests would break")
    if broken:
        raise typer.Exit(EXIT_REFUSED)


@app.command()
def export(
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")
    ] = None,
    version: Annotated[int | None, typer.Option(help="Export this version.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Export the pack in force then (ISO date).")
    ] = None,
    home: HomeOption = None,
) -> None:
    """Export the brand pack (current, a version, or as of a date) as YAML."""
    store = _store(home)
    try:
        moment = _parse_moment(as_of)
        pack = store.as_of(moment) if moment is not None else store.pack(version)
    except NoVersionError as exc:
        raise _fail(str(exc)) from None
    text = dump_yaml(pack_to_data(pack))
    if out:
        out.write_text(text, encoding="utf-8")
        err_console.print(f"[green]✓[/] wrote {out}")
    else:
        typer.echo(text, nl=False)


@app.command("list")
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
    store = _store(home)
    moment = _parse_moment(as_of)
    try:
        pack = store.as_of(moment) if moment is not None else store.pack()
    except NoVersionError as exc:
        raise _fail(str(exc)) from None
    day = moment if isinstance(moment, date) and not isinstance(moment, datetime) else None
    day = day or (moment.date() if isinstance(moment, datetime) else date.today())
    sections = {"claim": pack.claims, "offer": pack.offers, "rule": pack.rules}
    if kind and kind not in sections:
        raise _fail(f"unknown kind {kind!r}; use claim, offer or rule", EXIT_BAD_INPUT)
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
        _emit(rows)
        return
    table = Table(title=f"brand pack v{store.current_version()} · in force on {day}")
    for column in ("kind", "id", "type", "channels", "status", "valid", "summary"):
        table.add_column(column, overflow="fold", max_width=60 if column == "summary" else None)
    for row in rows:
        table.add_row(*[row[c] for c in row])
    console.print(table)


@app.command()
def show(
    entry_id: Annotated[str, typer.Argument(help="A claim, offer or rule id, or brand / voice.")],
    version: Annotated[int | None, typer.Option(help="Show it as of this version.")] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one entry in full."""
    store = _store(home)
    try:
        kind, data = store.find(entry_id, version)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _emit({"kind": kind, "data": data})
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
    if kind not in ENTRY_KINDS:
        raise _fail(f"unknown kind {kind!r}; use one of {', '.join(ENTRY_KINDS)}", EXIT_BAD_INPUT)
    store = _store(home)
    if create:
        data = _read_entry_file(file) if file else {}
    else:
        key = kind if kind in ("brand", "voice") else entry_id
        if not key:
            raise _fail(f"give the id of the {kind} to edit", EXIT_BAD_INPUT)
        try:
            data = _read_entry_file(file) if file else dict(store.get(kind, key))
        except StoreError as exc:
            raise _fail(str(exc)) from None
        if kind not in ("brand", "voice"):
            data.setdefault("id", key)
    data = _apply_sets(data, sets)
    if not data:
        raise _fail("nothing to write: give --file and/or --set FIELD=VALUE", EXIT_BAD_INPUT)
    user = maker(store.workspace, author, role)
    if user is not None:
        action = "edit" if kind in ("brand", "voice") else "add" if create else "edit"
        target = None if create or kind in ("brand", "voice") else str(data.get("id"))
        propose(
            store.workspace, user, kind, action, reason=reason, target=target, payload=data,
            as_json=as_json,
        )  # fmt: skip
        return
    note_direct()
    _run_write(
        lambda: store.put(
            kind, data, author=author, role=_role(role), reason=reason, create=create
        ),
        as_json,
        "no changes: the entry already has these values",
    )


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


@app.command()
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


@app.command()
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


@app.command()
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
    store = _store(home)
    user = maker(store.workspace, author, role)
    if user is not None:
        propose(store.workspace, user, kind, "retire", reason=reason, target=entry_id,
                as_json=as_json)  # fmt: skip
        return
    note_direct()
    _run_write(
        lambda: store.retire(kind, entry_id, author=author, role=_role(role), reason=reason),
        as_json,
        f"{kind} {entry_id} is already retired",
    )


@app.command()
def history(
    entry_id: Annotated[
        str | None, typer.Argument(help="Entry id; omit to list every version.")
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show every version of the pack, or every revision of one entry."""
    store = _store(home)
    try:
        items = store.history(entry_id)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _emit([item.to_dict() for item in items])
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


@app.command()
def diff(
    v1: Annotated[int, typer.Argument(help="Older version number.")],
    v2: Annotated[int, typer.Argument(help="Newer version number.")],
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show what changed between two versions, field by field."""
    store = _store(home)
    try:
        changes = store.diff(v1, v2)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _emit([c.to_dict() for c in changes])
        return
    if not changes:
        console.print(f"[dim]v{v1} and v{v2} have the same content[/]")
    for change in changes:
        colour = {"added": "green", "removed": "red", "changed": "yellow"}[change.change]
        console.print(f"[{colour}]{change.change:>7}[/] {change.kind} [bold]{change.entry_id}[/]")
        for f in change.fields:
            before, after = escape(repr(f.before)), escape(repr(f.after))
            console.print(f"          {escape(f.path)}: [red]{before}[/] → [green]{after}[/]")


@app.command()
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
    store = _store(home)
    try:
        hits = store.search(
            text,
            kinds=kind,
            channel=channel,
            as_of=_parse_moment(as_of),
            k=k,
            include_retired=include_retired,
            include_expired=include_expired,
        )
    except StoreError as exc:
        raise _fail(str(exc), EXIT_BAD_INPUT) from None
    if as_json:
        _emit([h.to_dict() for h in hits])
        return
    table = Table(title=f"search: {text!r}")
    for column in ("score", "kind", "id", "text"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(f"{hit.score:.3f}", hit.kind, hit.entry_id, hit.text)
    console.print(table)


@app.command()
def rollback(
    version: Annotated[int, typer.Argument(help="The version whose content becomes current.")],
    author: AuthorOption = "",
    role: RoleOption = "",
    reason: ReasonOption = "rollback",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Restore an earlier version's content as a new version (the rollback is recorded)."""
    store = _store(home)
    user = maker(store.workspace, author, role)
    if user is not None:
        propose(store.workspace, user, "pack", "rollback", reason=reason, target=str(version),
                as_json=as_json)  # fmt: skip
        return
    note_direct()
    _run_write(
        lambda: store.rollback(version, author=author, role=_role(role), reason=reason),
        as_json,
        f"the current pack already equals v{version}",
    )


@app.command()
def reindex(home: HomeOption = None) -> None:
    """Rebuild the vector index from the version history (safe at any time)."""
    store = _store(home)
    with console.status("Re-embedding every entry…"):
        count = store.reindex()
    console.print(f"[green]✓[/] indexed {count} entry revisions")
