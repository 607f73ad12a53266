"""``nextbest feedback``: load outcome events and learn from decisions whose window has closed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.options import (
    DEFAULT_ATTRIBUTION_DAYS,
    HomeOption,
    JsonOption,
    cli_runtime,
    parse_now,
)

if TYPE_CHECKING:
    from nextbest.app.workspace.feedback_store import FeedbackSummary

console = Console(emoji=False)


def feedback_command(
    events: Annotated[
        Path,
        typer.Option(
            "--events",
            help="Outcome events, .csv or .jsonl: decision_id, event (delivered|open|click|"
            "conversion|unsubscribe|complaint), value, time; optional event_id.",
        ),
    ],
    close_run: Annotated[
        list[str] | None,
        typer.Option(
            "--close-run",
            help="Close this run's attribution window now and learn from all its decisions "
            "(repeatable).",
        ),
    ] = None,
    attribution_days: Annotated[
        float,
        typer.Option(
            help="Attribution window: runs older than this are closed automatically.", min=0.0
        ),
    ] = DEFAULT_ATTRIBUTION_DAYS,
    now: Annotated[
        str | None, typer.Option("--now", help="Current time, ISO (default: now).")
    ] = None,
    no_learn: Annotated[
        bool, typer.Option("--no-learn", help="Only store the events; do not update the policy.")
    ] = False,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Load outcome events and update the policy from decisions whose window has closed.

    Duplicates are ignored, unknown decision ids reported and skipped, late events are fine.
    Each decision is learned from exactly once — with or without events — when its run is
    closed (--close-run, or older than --attribution-days); the policy is saved as a new version.
    """
    from nextbest.app.workspace.feedback_events import FeedbackError
    from nextbest.app.workspace.feedback_learning import load_feedback
    from nextbest.app.workspace.feedback_store import FeedbackStore

    moment = parse_now(now)
    with cli_runtime(home, refused=(FeedbackError,)) as runtime:
        for run in close_run or []:
            store = FeedbackStore(runtime)
            try:
                exists = store.run_exists(run)
            finally:
                store.close()
            if not exists:
                console.print(f"[red]error:[/] no decisions logged for run {escape(run)}")
                raise typer.Exit(2)
        summary = load_feedback(
            runtime, events, moment, close_run or [], attribution_days, learn=not no_learn
        )
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=2))
        return
    _print_feedback(summary)


def _print_feedback(s: FeedbackSummary) -> None:
    table = Table(title=f"feedback from {s.file}")
    table.add_column("")
    table.add_column("count", justify="right")
    table.add_row("rows read", str(s.rows))
    table.add_row("[green]events stored[/]", str(s.stored))
    for kind, count in s.by_event.items():
        table.add_row(f"  {kind}", str(count))
    table.add_row("duplicates ignored", str(s.duplicates))
    table.add_row("unknown decision ids (skipped)", str(s.unknown))
    table.add_row("invalid rows (skipped)", str(len(s.invalid)))
    console.print(table)
    if s.unknown_ids:
        console.print(
            "unknown decision ids: "
            + ", ".join(escape(i) for i in s.unknown_ids)
            + (" …" if s.unknown > len(s.unknown_ids) else "")
        )
    for row, reason in s.invalid[:5]:
        console.print(f"[yellow]row {row}:[/] {escape(reason)}")
    learn = s.learn
    if learn.policy_version is not None:
        console.print(
            f"[green]✓[/] learned from {learn.learned:,} decisions of "
            f"{', '.join(learn.runs_closed)} (mean reward {learn.mean_reward:.3f}) → "
            f"policy [bold]nba v{learn.policy_version}[/]"
        )
    else:
        console.print(
            "policy unchanged: no run has a closed attribution window with unlearned decisions "
            "(use --close-run RUN_ID once a run's feedback is complete)"
        )
    if learn.not_sent or learn.retired_actions:
        console.print(
            f"not learned: {learn.not_sent} decided but never sent, "
            f"{learn.retired_actions} with an action no longer offered"
        )
