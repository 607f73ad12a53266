"""``nextbest kb impact``: which released or queued messages the current rules would now block.

The re-check itself is :func:`nextbest.app.workspace.impact.check_impact` (the proposal page
runs it for a rule proposal too); this command prints its report.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.options import HomeOption, JsonOption, cli_runtime, parse_now

console = Console(emoji=False)


def impact_command(
    since: Annotated[
        int,
        typer.Option(
            "--since", help="Re-check messages released under this pack version or later.", min=1
        ),
    ],
    now: Annotated[
        str | None,
        typer.Option("--now", help="Messages sending after this are queued (ISO, default now)."),
    ] = None,
    limit: Annotated[int, typer.Option(help="Impacted messages to list.", min=1)] = 20,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """List released and queued messages that the current rules would now block, with the rule.

    Example: after `nextbest kb add rule ...` made version 3, run
    `nextbest kb impact --since 2` to see which messages approved under v2 would now fail.
    """
    from nextbest.app.workspace.impact import check_impact

    moment = parse_now(now)
    with cli_runtime(home, refused=(ValueError,)) as runtime:
        report = check_impact(runtime, since, moment)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
        return
    console.print(
        f"re-checked {report.checked:,} messages released under pack v{report.since} or later "
        f"against v{report.current_version} ("
        + ", ".join(f"{v:,} {k}" for k, v in sorted(report.by_status.items()))
        + "); rules changed since v"
        + f"{report.since}: {', '.join(report.changed_rules) or 'none'}"
    )
    if not report.impacted:
        console.print("[green]✓[/] no released or queued message would now be blocked")
        return
    table = Table(title=f"{len(report.impacted):,} messages would now be blocked")
    for column in ("message", "status", "channel", "offer", "released under", "rules"):
        table.add_column(column, overflow="fold")
    for item in report.impacted[:limit]:
        table.add_row(
            escape(item.message_id),
            item.status,
            item.channel,
            item.offer_id or "",
            f"v{item.checked_version}",
            escape(", ".join(item.rules)),
        )
    console.print(table)
    if len(report.impacted) > limit:
        console.print(f"… and {len(report.impacted) - limit:,} more (--limit, --json)")
    console.print("by rule: " + ", ".join(f"{escape(k)} {v:,}" for k, v in report.by_rule.items()))
    for line in report.skipped[:5]:
        console.print(f"[yellow]skipped:[/] {escape(line)}")
