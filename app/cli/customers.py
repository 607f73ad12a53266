"""``nextbest customers``: profile a customer table, propose its schema, approve it.

A customer schema (``customers.yaml``) says what each column of your table means — roles such
as the id, consent per channel, unsubscribe dates, birth date — and which columns the decision
policy reads as features. ``profile`` drafts one from the table itself; ``propose`` keeps a
reviewed schema as a pending version; ``approve`` — by someone other than its author — makes it
the workspace's (maker–checker); ``nextbest run`` uses the approved one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.maker_checker import maker
from nextbest.app.cli.options import HomeOption, JsonOption
from nextbest.brand_context.workspace import Workspace

app = typer.Typer(
    help=(
        "Customer tables: profile one and draft its schema (customers.yaml), propose a reviewed "
        "schema, approve it as another person (maker–checker), list the versions."
    ),
    no_args_is_help=True,
)
console = Console(emoji=False, highlight=False)


@app.command("profile")
def profile(
    table: Annotated[str, typer.Argument(help="CSV or Parquet file, DuckDB database, or URL.")],
    query: Annotated[
        str | None, typer.Option("--query", help="SQL for a DuckDB database or Postgres.")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the proposed customers.yaml here (else printed)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Profile a customer table with DuckDB (SUMMARIZE) and propose its customer schema.

    Roles are proposed from column names, features from what the values are (numbers, dates,
    yes/no, few categories). Review it — consent words above all — before adopting it.
    """
    from nextbest.tools.customer_profile import profile as profile_table
    from nextbest.tools.customers import CustomerSource, SourceError

    try:
        found = profile_table(CustomerSource(table, query))
    except SourceError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    proposal = found.schema_.to_yaml()
    if as_json:
        typer.echo(json.dumps(found.model_dump(mode="json", by_alias=True), indent=2))
        return
    listing = Table(title=f"{table} · {found.rows} rows")
    for name in ("column", "proposed", "blank", "distinct", "kind"):
        listing.add_column(name)
    for column in found.columns:
        kind = (
            f"date {column.date_format}"
            if column.date_format
            else "number"
            if column.numeric_share >= 0.95
            else "text"
        )
        listing.add_row(
            escape(column.name),
            escape(column.proposed),
            f"{column.blank_share:.1%}",
            str(column.distinct),
            escape(kind),
        )
    console.print(listing)
    for warning in found.schema_.warnings():
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    if out is None:
        typer.echo(proposal)
    else:
        out.write_text(proposal, encoding="utf-8")
        console.print(
            f"proposed schema written to {escape(str(out))}: review it, then "
            f"`nextbest customers propose {escape(str(out))}`"
        )


@app.command("propose")
def propose(
    schema: Annotated[Path, typer.Argument(help="A reviewed customers.yaml.")],
    reason: Annotated[str, typer.Option(help="Why (kept with the version).")],
    author: Annotated[
        str, typer.Option(help="Who proposes it (without users; else whoever is signed in).")
    ] = "",
    home: HomeOption = None,
) -> None:
    """Validate a customer schema and keep it as a pending version another person approves."""
    from nextbest.app.workspace.customer_schemas import CustomerSchemaStore, SchemaChangeError
    from nextbest.tools.customer_schema import CustomerSchema

    try:
        parsed = CustomerSchema.load(schema)
    except (OSError, ValueError) as exc:
        lines = str(exc).strip().splitlines()
        console.print(f"[red]invalid customer schema:[/] {escape(' '.join(lines[:3]))}")
        raise typer.Exit(2) from None
    user = maker(Workspace.resolve(home), author, "admin")
    author = user.name if user else author
    try:
        version = CustomerSchemaStore(Workspace.resolve(home)).propose(parsed, author, reason)
    except SchemaChangeError as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    if version.status == "approved":
        console.print(f"unchanged: customer schema version {version.version} is in force")
    else:
        console.print(
            f"customer schema version {version.version} ({version.hash}) proposed: another "
            f"person approves it with `nextbest customers approve {version.version} --as NAME`"
        )
    for warning in parsed.warnings():
        console.print(f"[yellow]warning:[/] {escape(warning)}")


@app.command("approve")
def approve(
    version: Annotated[int, typer.Argument(help="The pending version.")],
    approver: Annotated[
        str,
        typer.Option(
            "--as", help="Who approves it (not its author; with users, whoever is signed in)."
        ),
    ] = "",
    home: HomeOption = None,
) -> None:
    """Approve a pending customer schema: runs use it from now on."""
    from nextbest.app.workspace.customer_schemas import CustomerSchemaStore, SchemaChangeError

    user = maker(Workspace.resolve(home), approver, "admin")
    approver = user.name if user else approver
    try:
        approved = CustomerSchemaStore(Workspace.resolve(home)).approve(version, approver)
    except SchemaChangeError as exc:
        console.print(f"[red]refused:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    console.print(
        f"customer schema version {approved.version} ({approved.hash}) in force: proposed by "
        f"{escape(approved.author)}, approved by {escape(approver)}"
    )


@app.command("versions")
def versions(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """List the versions of the workspace's customer schema (pending, approved, superseded)."""
    from nextbest.app.workspace.customer_schemas import CustomerSchemaStore

    history = CustomerSchemaStore(Workspace.resolve(home)).history()
    if as_json:
        typer.echo(json.dumps([v.model_dump() for v in history], indent=2))
        return
    if not history:
        console.print("no customer schema yet: runs use the sample table's schema")
        return
    listing = Table()
    for name in ("version", "status", "proposed", "author", "approved by", "reason", "hash"):
        listing.add_column(name)
    for v in history:
        listing.add_row(
            str(v.version),
            v.status,
            v.adopted_at[:19],
            escape(v.author),
            escape(v.approved_by or ""),
            escape(v.reason),
            v.hash,
        )
    console.print(listing)
