"""``nextbest run``: a customer table in, compliant and logged messages out (local or Ray).

The command parses its options and prints; the run itself is
:class:`~nextbest.app.workspace.batch.BatchRun` (in process) or
:class:`~nextbest.app.workspace.ray_engine.RayBatchRun` (on a Ray cluster).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from nextbest.app.cli.options import (
    HomeOption,
    JsonOption,
    LLMOption,
    console,
    open_cli_runtime,
    parse_now,
)

if TYPE_CHECKING:
    from nextbest.app.workspace.runtime import NextbestRuntime


class RunEngine(StrEnum):
    """Where ``nextbest run`` runs the per-customer stages."""

    LOCAL = "local"
    RAY = "ray"


def run(
    customers: Annotated[
        str,
        typer.Option(
            "--customers",
            help="CSV or Parquet file, DuckDB database (with --query), or postgres:// URL.",
        ),
    ],
    query: Annotated[
        str | None, typer.Option("--query", help="SQL for a DuckDB database or Postgres.")
    ] = None,
    now: Annotated[
        str | None, typer.Option("--now", help="Decision time, ISO (default: now).")
    ] = None,
    send_date: Annotated[
        str | None,
        typer.Option(
            "--send-date",
            help=(
                "The brand-local send date, YYYY-MM-DD: decide at 05:00 in the brand's time "
                "zone that day (instead of --now, whose bare date means midnight UTC)."
            ),
        ),
    ] = None,
    run_id: Annotated[
        str | None, typer.Option("--run-id", help="Resume (or name) a run; new id by default.")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Customers per decision batch.", min=1)] = 5000,
    goal: Annotated[
        Path | None,
        typer.Option(
            "--goal",
            help="YAML run goal: windows, contact caps, holdout share, value weights.",
        ),
    ] = None,
    schema: Annotated[
        Path | None,
        typer.Option(
            "--schema",
            help=(
                "Customer schema (customers.yaml) mapping the table's columns to roles and "
                "features; default: the workspace's customers.yaml, else the sample's. "
                "`nextbest customers profile FILE` proposes one."
            ),
        ),
    ] = None,
    engine: Annotated[
        RunEngine,
        typer.Option(
            "--engine",
            help=(
                "local: this process decides and renders. ray: Ray workers read the table "
                "(Parquet or CSV) and decide, render and re-check per customer; cells stay here."
            ),
        ),
    ] = RunEngine.LOCAL,
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            help="Ray cluster for --engine ray (auto, HOST:PORT); default: a local cluster.",
        ),
    ] = None,
    ray_workers: Annotated[
        int | None,
        typer.Option(
            "--ray-workers", min=1, help="Ray workers per stage (default: the cluster's CPUs)."
        ),
    ] = None,
    ray_partition_rows: Annotated[
        int,
        typer.Option(
            "--ray-partition-rows",
            min=1,
            help="Rows per Ray task (whole decision batches); a resumed run keeps its own.",
        ),
    ] = 50_000,
    home: HomeOption = None,
    llm: LLMOption = None,
    as_json: JsonOption = False,
) -> None:
    """Turn a customer table into compliant, logged messages (resumable with --run-id).

    The customer schema says what each column means, so any table runs as it is. Bad lines and
    bad values go to runs/RUN_ID/rejects.csv with their line number, column and reason, and the
    rest proceeds; released messages go to runs/RUN_ID/outbox.jsonl. The summary reconciles
    every customer to one outcome. A run that cannot start records nothing.
    """
    from nextbest.app.workspace.batch import BatchRun
    from nextbest.app.workspace.goals import load_goal
    from nextbest.app.workspace.run_lock import RunRefused
    from nextbest.brand_context.ingest import PackValidationError
    from nextbest.brand_context.store import NoVersionError
    from nextbest.tools.customers import CustomerSource, SourceError

    try:
        run_goal = load_goal(goal) if goal else None
    except PackValidationError as exc:
        console.print(f"[red]invalid goal:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    runtime = open_cli_runtime(home, llm)
    try:
        runtime.ensure_sample()
        if now is not None and send_date is not None:
            console.print("[red]error:[/] give --now or --send-date, not both")
            raise typer.Exit(2)
        moment = _send_date_moment(runtime, send_date) if send_date else parse_now(now)
        try:
            table_schema = runtime.customer_schema(schema)
        except (OSError, ValueError) as exc:
            first = str(exc).strip().splitlines()
            console.print(f"[red]invalid customer schema:[/] {escape(' '.join(first[:3]))}")
            raise typer.Exit(2) from None
        with Progress(console=console, transient=True, disable=as_json) as progress:
            tasks: dict[str, Any] = {}

            def report(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = progress.add_task(stage, total=total or None)
                progress.update(tasks[stage], completed=done, total=total or None)

            try:
                shared: dict[str, Any] = {
                    "run_id": run_id,
                    "batch_size": batch_size,
                    "progress": report,
                    "goal": run_goal,
                    "schema": table_schema,
                }
                source = CustomerSource(customers, query)
                if engine is RunEngine.RAY:
                    from nextbest.app.workspace.ray_engine import RayBatchRun, RayUnavailable

                    refusals: tuple[type[Exception], ...] = (RayUnavailable,)
                    batch = RayBatchRun(
                        runtime,
                        source,
                        moment,
                        **shared,
                        ray_address=ray_address,
                        workers=ray_workers,
                        partition_rows=ray_partition_rows,
                    )
                else:
                    refusals = ()
                    batch = BatchRun(runtime, source, moment, **shared)
            except (SourceError, NoVersionError, RunRefused, *refusals) as exc:
                console.print(f"[red]error:[/] {escape(str(exc))}")
                raise typer.Exit(2) from None
            if not as_json:
                for warning in batch.schema.warnings():
                    console.print(f"[yellow]warning:[/] {escape(warning)}")
            try:
                summary = batch.execute()
            except SourceError as exc:
                console.print(f"[red]error:[/] {escape(str(exc))}")
                raise typer.Exit(2) from None
            except Exception as exc:  # noqa: BLE001 — one line, never a traceback
                first = (str(exc).strip().splitlines() or [""])[0][:300]
                console.print(
                    f"[red]error:[/] run {batch.run_id} failed ({type(exc).__name__}: "
                    f"{escape(first)}); it is marked failed — fix the cause and finish it with "
                    f"--run-id {batch.run_id}"
                )
                raise typer.Exit(1) from None
            finally:
                batch.close()
        data = summary.to_dict()
        if as_json:
            typer.echo(json.dumps(data, indent=2))
        else:
            _print_run(data)
        if not summary.reconciles:
            raise typer.Exit(1)
    finally:
        runtime.close()


def _send_date_moment(runtime: NextbestRuntime, value: str) -> datetime:
    """The decision time of ``--send-date`` (see :mod:`~nextbest.app.workspace.send_date`).

    Raises:
        typer.Exit: With a one-line error for a malformed date or a workspace without a pack.
    """
    from nextbest.app.workspace.send_date import NoBrandPack, send_date_moment

    try:
        day = date.fromisoformat(value)
    except ValueError:
        console.print(f"[red]error:[/] --send-date {escape(value)!s} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2) from None
    try:
        return send_date_moment(runtime.store, day)
    except NoBrandPack as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None


def _print_run(data: dict[str, Any]) -> None:
    table = Table(title=f"run {data['run_id']} · {data['seconds']} s")
    table.add_column("outcome")
    table.add_column("customers", justify="right")
    table.add_row("released", str(data["released"]))
    for reason, count in sorted(data["no_message"].items()):
        table.add_row(f"no message: {reason}", str(count))
    for reason, count in sorted(data["blocked"].items()):
        table.add_row(f"blocked at re-check: {reason}", str(count))
    table.add_row("escalated (waiting for review)", str(data["escalated"]))
    table.add_row("rejected rows", str(data["rejected_rows"]))
    table.add_row("[bold]customers in[/]", f"[bold]{data['customers_in']}[/]")
    console.print(table)
    if data.get("unmapped_columns"):
        listed = ", ".join(data["unmapped_columns"])
        console.print(f"columns the schema does not map: {escape(listed)}")
    state = "[green]reconciles[/]" if data["reconciles"] else "[red]DOES NOT reconcile[/]"
    console.print(
        f"{state}: {data['accounted']} of {data['customers_in']} accounted for · "
        f"{len(data['cells'])} cells, {data['graph_invocations']} release-graph runs · "
        f"outbox {data['outbox']} · rejects {data['rejects']}"
    )
