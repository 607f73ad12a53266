"""``nextbest kb …``: the compliance team's brand store command line.

Every write names its author and role; only compliance or admin may change claims, offers,
rules and the brand identity (marketers may adjust the voice). Output is human-readable by
default and JSON with ``--json``. Exit codes: 0 ok, 1 refused or failed, 2 bad input.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli import kb_entries, kb_history
from nextbest.app.cli.errors import EXIT_BAD_INPUT, EXIT_REFUSED, err_console, fail
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
    parse_role,
    print_version,
    report_validation,
    run_write,
)
from nextbest.app.cli.maker_checker import maker, note_direct, propose
from nextbest.app.cli.signin import SignedIn
from nextbest.brand_context.roles import Role

if TYPE_CHECKING:
    from nextbest.brand_context.models import BrandPack
    from nextbest.brand_context.store import BrandStore
    from nextbest.tools.compliance.rule_tests import ExampleFlip

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


def _propose_import(
    store: BrandStore, user: SignedIn, pack: BrandPack, merge: bool, reason: str, as_json: bool
) -> None:
    """A pack import in a workspace with users: one proposal per entry that would change."""
    from nextbest.app.workspace.pack_import_changes import import_changes
    from nextbest.brand_context.ingest import pack_to_data
    from nextbest.brand_context.store_records import NoVersionError, StoreError

    try:
        current = store.pack()
    except (NoVersionError, StoreError):
        raise fail(
            "the workspace has no brand pack yet: the first pack is imported by an admin of a "
            "workspace without users (`nextbest kb init` / `kb import` before adding users)"
        ) from None
    proposed = pack_to_data(pack)
    existing = pack_to_data(current)
    changes = import_changes(existing, proposed, merge=merge)
    for change in changes:
        propose(
            store.workspace,
            user,
            change.kind,
            change.action,
            reason=reason,
            target=change.target,
            payload=change.payload,
            as_json=as_json,
        )
    if proposed.get("non_claim_phrases") != existing.get("non_claim_phrases"):
        err_console.print(
            "[yellow]the non-claim phrases differ: propose that change in the web workspace[/]"
        )
    if not changes and not as_json:
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
    from nextbest.brand_context.ingest import load_pack, sample_pack_path

    store = open_store(home, must_exist=False)
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
        print_version(info, as_json, "")
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
    from nextbest.brand_context.ingest import PackValidationError, load_pack

    try:
        pack = load_pack(file)
    except PackValidationError as exc:
        raise report_validation(exc) from None
    for warning in _pack_warnings(file, pack):
        err_console.print(f"[yellow]warning[/] {escape(warning)}")
    try:
        since = date.fromisoformat(effective_from) if effective_from else None
    except ValueError:
        raise fail(
            f"--effective-from {effective_from!r} is not an ISO date (2026-11-01)", EXIT_BAD_INPUT
        ) from None
    store = open_store(home, must_exist=False)
    user = maker(store.workspace, author, role)
    if user is not None:
        _propose_import(store, user, pack, merge, reason, as_json)
        return
    note_direct()
    run_write(
        lambda: store.import_pack(
            pack,
            author=author,
            role=parse_role(role),
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
    """Check a brand pack file without importing it (exit 2 with field paths if invalid).

    A valid pack may still say something other than what was meant: unquoted one-line list
    items that look like one value split at a comma (``[Fees apply, see terms.]`` is two
    wordings) are listed as warnings with their line, and so is an age-gated ``audience`` rule
    that blocks recipients of unknown age only because ``block_unknown_age`` defaults to true;
    the exit code stays 0.
    """
    from nextbest.brand_context.ingest import PackValidationError, load_pack

    try:
        pack = load_pack(file)
    except PackValidationError as exc:
        if as_json:
            emit({"valid": False, "problems": [p.__dict__ for p in exc.problems]})
            raise typer.Exit(EXIT_BAD_INPUT) from None
        raise report_validation(exc) from None
    counts = {"claims": len(pack.claims), "offers": len(pack.offers), "rules": len(pack.rules)}
    warnings = _pack_warnings(file, pack)
    if as_json:
        emit({"valid": True, **counts, "warnings": warnings})
    else:
        console.print(
            f"[green]✓[/] {file} is valid: {counts['claims']} claims, "
            f"{counts['offers']} offers, {counts['rules']} rules"
        )
        for warning in warnings:
            console.print(f"[yellow]warning[/] {escape(warning)}")


def _pack_warnings(file: Path, pack: BrandPack) -> list[str]:
    """What a valid pack may say other than its officer meant, one line each.

    Unquoted list items of ``file`` that look like one value split at a comma, then age-gated
    audience rules that block recipients of unknown age only by default.
    """
    from nextbest.brand_context.flow_list_splits import find_flow_list_splits
    from nextbest.brand_context.unstated_age_gates import find_unstated_age_gates

    splits = find_flow_list_splits(file.read_text(encoding="utf-8"))
    return [
        *(split.message() for split in splits),
        *(gate.message() for gate in find_unstated_age_gates(pack)),
    ]


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
    from nextbest.brand_context.ingest import PackValidationError, load_pack
    from nextbest.brand_context.store_records import NoVersionError, StoreError
    from nextbest.tools.compliance.rule_tests import example_flips, run_rule_tests

    try:
        pack = load_pack(pack_file) if pack_file else open_store(home).pack()
        proposed = load_pack(changed) if changed else None
    except PackValidationError as exc:
        raise report_validation(exc) from None
    except (NoVersionError, StoreError, OSError) as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None
    if proposed is not None:
        _show_flips(example_flips(pack, proposed), len(pack.rule_tests), as_json)
        return
    results = run_rule_tests(pack)
    failed = [r for r in results if not r.passed]
    if as_json:
        emit(
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
        emit({"tests": total, "broken": len(broken), "flips": [f.model_dump() for f in flips]})
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
    from nextbest.brand_context.ingest import dump_yaml, pack_to_data
    from nextbest.brand_context.store_records import NoVersionError

    store = open_store(home)
    try:
        moment = parse_moment(as_of)
        pack = store.as_of(moment) if moment is not None else store.pack(version)
    except NoVersionError as exc:
        raise fail(str(exc)) from None
    text = dump_yaml(pack_to_data(pack))
    if out:
        out.write_text(text, encoding="utf-8")
        err_console.print(f"[green]✓[/] wrote {out}")
    else:
        typer.echo(text, nl=False)


app.command("list")(kb_entries.list_)
app.command()(kb_entries.show)
app.command()(kb_entries.add)
app.command()(kb_entries.edit)
app.command()(kb_entries.retire)
app.command()(kb_history.history)
app.command()(kb_history.diff)
app.command()(kb_history.search)
app.command()(kb_history.rollback)
app.command()(kb_history.reindex)
