"""``nextbest goals``: read the approved marketer goals — in force, history, diffs.

Goals change only through the chat's approval step (``nextbest chat``) or the web workspace's
maker–checker; this command reads them, so a goal can be reviewed like any other config.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.options import HomeOption, JsonOption, parse_now
from nextbest.brand_context.workspace import Workspace

app = typer.Typer(
    help="Read the approved marketer goals: the one in force, their history and diffs.",
    no_args_is_help=True,
)
console = Console(emoji=False, highlight=False)


@app.command("show")
def show(
    home: HomeOption = None,
    at: Annotated[str | None, typer.Option(help="The goal in force at this ISO time.")] = None,
    version: Annotated[int | None, typer.Option(help="A version instead.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Show the goal in force (or one version) as YAML, with who asked and who approved."""
    from nextbest.app.workspace.goal_store import GoalStore

    goals = GoalStore(Workspace.resolve(home))
    try:
        try:
            found = goals.version(version) if version else goals.in_force(parse_now(at))
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
            raise typer.Exit(2) from None
        if found is None:
            console.print("No approved goal is in force: runs use the defaults.")
            return
        if as_json:
            typer.echo(json.dumps(found.model_dump(mode="json"), indent=2))
            return
        console.print(
            f"[bold]goal v{found.version}[/] asked by {escape(found.author)}, approved by "
            f"{escape(found.approved_by)} on {found.created_at:%Y-%m-%d %H:%M} UTC — "
            f"{escape(found.reason)}"
        )
        body = found.goal.model_dump(mode="json", exclude_defaults=True)
        console.print(escape(yaml.safe_dump(body, sort_keys=False) or "{}  # defaults\n"))
    finally:
        goals.close()


@app.command("history")
def history(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """Every approved goal version, oldest first."""
    from nextbest.app.workspace.goal_store import GoalStore

    goals = GoalStore(Workspace.resolve(home))
    try:
        versions = goals.history()
    finally:
        goals.close()
    if as_json:
        typer.echo(json.dumps([v.model_dump(mode="json") for v in versions], indent=2))
        return
    table = Table(title="approved goals")
    for column in ("version", "approved at (UTC)", "asked by", "approved by", "summary", "reason"):
        table.add_column(column, overflow="fold")
    for v in versions:
        table.add_row(
            str(v.version),
            f"{v.created_at:%Y-%m-%d %H:%M}",
            escape(v.author),
            escape(v.approved_by),
            escape(v.goal.summary),
            escape(v.reason),
        )
    console.print(table)


@app.command("diff")
def diff(
    old: Annotated[int, typer.Argument(help="Older version (0 = the defaults).")],
    new: Annotated[int | None, typer.Argument(help="Newer version (default: the latest).")] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Field-by-field changes between two goal versions."""
    from nextbest.app.workspace.goal_store import GoalStore, goal_diff

    goals = GoalStore(Workspace.resolve(home))
    try:
        try:
            latest = goals.current()
            after = goals.version(new) if new else latest
            if after is None:
                raise KeyError("no approved goal yet")
            before = goals.version(old).goal if old else None
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
            raise typer.Exit(2) from None
    finally:
        goals.close()
    changes = goal_diff(before, after.goal)
    if as_json:
        typer.echo(json.dumps([c.model_dump(mode="json") for c in changes], indent=2))
        return
    table = Table(title=f"goal v{old or 'defaults'} → v{after.version}")
    for column in ("field", "before", "after"):
        table.add_column(column, overflow="fold")
    for change in changes:
        table.add_row(
            escape(change.path), escape(json.dumps(change.before)), escape(json.dumps(change.after))
        )
    console.print(table)
