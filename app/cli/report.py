"""``nextbest report --run ID``: build a run's report, write its HTML, print its summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.options import DEFAULT_ATTRIBUTION_DAYS, HomeOption, JsonOption

if TYPE_CHECKING:
    from nextbest.app.workspace.report_model import RunReport

console = Console(emoji=False)


def report_command(
    run: Annotated[str, typer.Option("--run", help="The run to report on.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="HTML file (default runs/RUN/report.html)."),
    ] = None,
    attribution_days: Annotated[
        float, typer.Option(help="Only events this many days after a decision count.", min=0.0)
    ] = DEFAULT_ATTRIBUTION_DAYS,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap intervals.")] = 0,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the run's HTML report: lift against holdout, guardrail, exploration, OPE.

    Lift against holdout with 95 % intervals (conversion, revenue per customer, unsubscribe and
    complaint rates), breakdowns by offer and channel, guardrail counts, exploration share and
    an off-policy estimate of the latest policy, with matplotlib plots embedded.
    """
    from nextbest.app.workspace.report import build_report
    from nextbest.app.workspace.report_render import write_report
    from nextbest.app.workspace.runtime import NextbestRuntime

    runtime = NextbestRuntime(home)
    try:
        try:
            report = build_report(runtime, run, attribution_days=attribution_days, seed=seed)
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
            raise typer.Exit(2) from None
        path = write_report(report, out or runtime.workspace.home / "runs" / run / "report.html")
    finally:
        runtime.close()
    if as_json:
        typer.echo(json.dumps({**report.to_dict(), "html": str(path)}, indent=2))
        return
    _print_report(report, path)


def _print_report(report: RunReport, path: Path) -> None:
    table = Table(
        title=f"run {report.run_id}: {report.treated:,} treated vs {report.holdout:,} holdout "
        f"· {report.delivered:,} messages sent"
    )
    for column in ("metric", "treated", "holdout", "lift", "95 % interval"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for lift in report.lifts:
        money = lift.metric.startswith("revenue")

        def fmt(v: float, signed: bool = False, money: bool = money) -> str:
            if money:
                return f"{v:+.2f}" if signed else f"{v:.2f}"
            return f"{v * 100:+.2f} pp" if signed else f"{v * 100:.2f}%"

        style = "green" if lift.significant and lift.diff > 0 else ""
        table.add_row(
            lift.metric,
            fmt(lift.treated),
            fmt(lift.holdout),
            f"[{style}]{fmt(lift.diff, True)}[/]" if style else fmt(lift.diff, True),
            f"[{fmt(lift.low, True)}, {fmt(lift.high, True)}]",
        )
    console.print(table)
    console.print(
        f"realised mean reward {report.mean_reward['all']:.3f} (treated "
        f"{report.mean_reward['treated']:.3f}, holdout {report.mean_reward['holdout']:.3f}) · "
        f"exploration {report.exploration_share:.1%} · guardrail cells "
        + ", ".join(f"{k} {v}" for k, v in report.guardrail.items() if v)
    )
    for e in report.ope:
        console.print(f"  {e.policy} {e.estimator}: {e.value:.3f} [{e.low:.3f}, {e.high:.3f}]")
    for note in report.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    console.print(f"[green]✓[/] report {path}")
