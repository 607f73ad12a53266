"""Release commands: ``message``, ``demo``, ``inspect`` and ``review``.

They all run through :class:`~nextbest.app.workspace.runtime.NextbestRuntime`, so the CLI uses
exactly the
graph, guardrail and records that batch runs use.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import Progress
from rich.table import Table

from nextbest.agents.local_llm import LLM_ENV, LocalModelError
from nextbest.app.cli.options import HomeOption, JsonOption, parse_now
from nextbest.app.workspace.release import release_one
from nextbest.app.workspace.runtime import NextbestRuntime, open_runtime

console = Console(emoji=False)
LLMOption = Annotated[
    str | None,
    typer.Option(
        "--llm",
        envvar=LLM_ENV,
        help=(
            "Writer: 'local' starts (or reuses) the bundled local model for this command "
            "(needs the local extra); default: OPENAI_API_KEY's API, else the offline composer."
        ),
    ),
]


def _open_runtime(home: Path | None, llm: str | None) -> NextbestRuntime:
    try:
        return open_runtime(home, llm)
    except (LocalModelError, ValueError) as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


def _outcome_line(out: dict[str, Any]) -> str:
    if "__interrupt__" in out:
        return "escalated to a human reviewer"
    return f"{out.get('outcome')} ({out.get('reason', '')})"


def message(
    customer_id: Annotated[str, typer.Option("--customer-id", help="Customer to message.")],
    now: Annotated[
        str | None, typer.Option("--now", help="Decision time, ISO (default: now).")
    ] = None,
    home: HomeOption = None,
    llm: LLMOption = None,
    as_json: JsonOption = False,
) -> None:
    """Decide, write, check and release one message for one customer of the sample table."""
    runtime = _open_runtime(home, llm)
    try:
        runtime.ensure_sample()
        try:
            customer = runtime.customer(customer_id)
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
        (decision,) = runtime.decide([customer], parse_now(now))
        out = release_one(runtime, customer, decision, runtime.release_graph())
        if as_json:
            typer.echo(json.dumps({"decision": decision, "result": out}, default=str, indent=2))
            return
        console.print(
            f"decision [bold]{decision['decision_id']}[/]: {decision['action_id']} "
            f"(propensity {decision['propensity']:.3f})"
        )
        console.print(f"outcome: {_outcome_line(out)}")
        if out.get("outcome") == "released" and out.get("message"):
            _print_message(out["message"])
        console.print(f"[dim]details: nextbest inspect {decision['decision_id']}[/]")
    finally:
        runtime.close()


def _print_message(message: dict[str, Any]) -> None:
    title = message.get("subject") or message["channel"].upper()
    body = message["body"] + (f"\n\n[ {message['cta']} ]" if message.get("cta") else "")
    console.print(Panel(escape(body), title=escape(f"{message['channel']}: {title}"), width=90))


def demo(
    customers: Annotated[int, typer.Option(help="How many sample customers to decide for.")] = 40,
    now: Annotated[str | None, typer.Option("--now", help="Decision time, ISO.")] = None,
    home: HomeOption = None,
    llm: LLMOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run the whole pipeline on the bundled sample brand and customers, offline.

    Loads the sample brand and customer table into the workspace if needed, decides for the
    first customers, writes each message (offline composer without an API key), checks it,
    releases what passes, and ends with a summary of what was released and why.
    """
    runtime = _open_runtime(home, llm)
    try:
        for item in runtime.ensure_sample():
            if not as_json:
                console.print(f"[green]✓[/] loaded {item}")
        rows = runtime.customer_rows(limit=customers)
        decisions = runtime.decide(rows, parse_now(now))
        app = runtime.release_graph()
        outcomes: Counter[str] = Counter()
        by_channel: Counter[str] = Counter()
        released: list[dict[str, Any]] = []
        with Progress(console=console, transient=True, disable=as_json) as progress:
            task = progress.add_task("Writing and checking messages", total=len(decisions))
            for customer, decision in zip(rows, decisions, strict=True):
                try:
                    out = release_one(runtime, customer, decision, app)
                except Exception as exc:  # noqa: BLE001 — count it, keep going, nothing released
                    outcomes[f"error: {type(exc).__name__}"] += 1
                    progress.advance(task)
                    continue
                key = "escalated" if "__interrupt__" in out else out["outcome"]
                if key == "no_message":
                    key = f"no message: {out['reason']}"
                outcomes[key] += 1
                if out.get("outcome") == "released":
                    by_channel[decision["channel"]] += 1
                    released.append({"decision": decision, "message": out["message"]})
                progress.advance(task)
        summary = {
            "customers": len(rows),
            "outcomes": dict(outcomes),
            "released_by_channel": dict(by_channel),
            "writer": runtime.writer().name,
            "brand_pack": {
                "version": runtime.store.current_version(),
                "hash": runtime.store.content_hash(),
            },
            "outbox": str(runtime.outbox.path),
        }
        if as_json:
            typer.echo(json.dumps(summary, indent=2))
            return
        table = Table(title=f"nextbest demo · {len(rows)} sample customers")
        table.add_column("outcome")
        table.add_column("customers", justify="right")
        for key, count in sorted(outcomes.items()):
            table.add_row(key, str(count))
        console.print(table)
        if released:
            example = released[0]
            _print_message(example["message"])
            console.print(
                f"[dim]why: {example['decision']['action_id']} scored highest among allowed "
                f"actions for {example['decision']['customer_id']}; the guardrail passed it. "
                f"Inspect: nextbest inspect {example['decision']['decision_id']}[/]"
            )
        console.print(
            f"writer: [bold]{summary['writer']}[/] · brand pack v{summary['brand_pack']['version']}"
            f" · released messages in {summary['outbox']}"
        )
    finally:
        runtime.close()


def inspect(
    decision_id: Annotated[
        str | None, typer.Argument(help="A decision id (or release record id).")
    ] = None,
    customer: Annotated[
        str | None, typer.Option("--customer", help="List this customer's decisions instead.")
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show everything about one decision: scores, mask reasons, copy, verdicts, versions.

    With ``--customer ID``: the customer's decisions, newest first, with their outcomes.
    """
    from nextbest.app.workspace.inspector import DecisionNotFoundError, explain

    if (decision_id is None) == (customer is None):
        console.print("[red]error:[/] give a decision id or --customer, not both")
        raise typer.Exit(2)
    runtime = NextbestRuntime(home)
    try:
        if customer is not None:
            _print_customer(runtime, customer, as_json)
            return
        try:
            explanation = explain(runtime, str(decision_id))
        except DecisionNotFoundError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
        if as_json:
            typer.echo(json.dumps(explanation.to_dict(), indent=2, default=str))
            return
        if explanation.decision:
            _print_decision(explanation.decision)
        for record in explanation.records:
            _print_record(record)
        for record in explanation.cell_records:
            _print_record(record)
        _print_performance(explanation.performance)
    finally:
        runtime.close()


def _print_customer(runtime: NextbestRuntime, customer_id: str, as_json: bool) -> None:
    from dataclasses import asdict

    from nextbest.app.workspace.inspector import customer_decisions

    history = customer_decisions(runtime, customer_id)
    if as_json:
        typer.echo(json.dumps([asdict(h) for h in history], indent=2, default=str))
        return
    if not history:
        console.print(f"[red]error:[/] no decision for customer {escape(customer_id)}")
        raise typer.Exit(2)
    console.rule(f"decisions for customer {escape(customer_id)}, newest first")
    for h in history:
        propensity = "" if h.propensity is None else f" · propensity {h.propensity:.4f}"
        console.print(
            f"{h.decided_at[:16]} [bold]{h.decision_id}[/] {escape(h.action_id)}{propensity}"
            f"{' · holdout' if h.holdout else ''} · {h.outcome or 'no record yet'}"
        )


def _print_decision(decision: dict[str, Any]) -> None:
    console.rule(f"decision {decision['decision_id']}")
    console.print(
        f"customer {decision['customer_id']} · chose [bold]{decision['action_id']}[/] · "
        f"propensity {decision['propensity']:.4f} · policy {decision['policy_name']} "
        f"v{decision['policy_version']} · holdout {decision['holdout']} · "
        f"explored {decision.get('explored')} · decided {decision['decided_at']}"
    )
    table = Table(title="top allowed actions")
    for column in ("action", "expected reward", "probability"):
        table.add_column(column)
    for action in decision.get("top_actions", []):
        table.add_row(
            action["action_id"], f"{action['expected_reward']:.4f}", f"{action['probability']:.4f}"
        )
    console.print(table)
    for reason, actions in decision.get("mask_reasons", {}).items():
        console.print(f"  masked by [yellow]{reason}[/]: {len(actions)} actions")


def _print_performance(performance: dict[str, Any]) -> None:
    console.rule("how it performed")
    if not performance["events"]:
        console.print("[dim]no outcome events yet (nextbest feedback --events FILE)[/]")
    for event in performance["events"]:
        value = f" · value {event['value']:.2f}" if event.get("value") else ""
        console.print(f"  {event['time']} · {event['event']}{value}")
    learned = performance["learned"]
    if learned:
        reward = "" if learned["reward"] is None else f" · reward {learned['reward']:.3f}"
        console.print(
            f"  learned: {learned['status']}{reward} · policy v{learned['policy_version']}"
        )


def _print_record(record: Any) -> None:
    console.rule(f"release record {record.record_id} · {record.outcome}")
    console.print(
        f"reason: {escape(record.reason)} · author: {record.author} · "
        f"brand pack v{record.pack_version} {record.pack_hash} · send date {record.send_date}"
    )
    if record.claims_cited:
        console.print(f"claims cited: {', '.join(record.claims_cited)}")
    if record.approver:
        console.print(f"approver: {record.approver}")
    for number, attempt in enumerate(record.attempts, 1):
        fired = ", ".join(attempt["fired_rules"]) or "none"
        console.print(
            f"  attempt {number} ({attempt['stage']}, {attempt['author']}): "
            f"{attempt['decision']} · rules fired: {fired}"
        )
    if record.verdict:
        for violation in record.verdict.get("violations", []):
            console.print(
                f"  [{'red' if violation['severity'] == 'block' else 'yellow'}]"
                f"{violation['rule_id']}[/]: {escape(violation['message'])}"
            )
        console.print(f"  rules evaluated: {len(record.verdict.get('rules_evaluated', []))}")
    if record.message:
        _print_message(record.message)


def review(
    decision_id: Annotated[
        str | None,
        typer.Argument(help="The escalated decision to answer (none: list what is pending)."),
    ] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Your name (recorded).")
    ] = None,
    approve: Annotated[
        bool, typer.Option("--approve", help="Approve (overrides LLM-judge concerns only).")
    ] = False,
    reject: Annotated[bool, typer.Option("--reject", help="Reject: nothing is sent.")] = False,
    body: Annotated[
        str | None, typer.Option("--body", help="Edit: the new body (checked again).")
    ] = None,
    subject: Annotated[str | None, typer.Option("--subject", help="Edit: new subject.")] = None,
    note: Annotated[str, typer.Option("--note", help="Why (recorded).")] = "",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Answer an escalated message: approve, edit or reject. Edits are checked again.

    Without a decision id: list the escalations waiting for a reviewer, oldest first.
    """
    if decision_id is None:
        _print_pending(home, as_json)
        return
    if not reviewer:
        console.print("[red]error:[/] give --reviewer NAME (it is recorded)")
        raise typer.Exit(2)
    chosen = [
        name
        for name, on in (("approve", approve), ("reject", reject), ("edit", body is not None))
        if on
    ]
    if len(chosen) != 1:
        console.print("[red]error:[/] give exactly one of --approve, --reject or --body")
        raise typer.Exit(2)
    from nextbest.app.workspace.review_queue import ReviewError, ReviewQueue

    runtime = NextbestRuntime(home)
    try:
        answer: dict[str, Any] = {"action": chosen[0], "reviewer": reviewer, "note": note}
        if body is not None:
            answer.update(body=body, subject=subject)
        queue = ReviewQueue(runtime)
        try:
            result = queue.answer(decision_id, answer, actor=f"cli:{reviewer}")
        except ReviewError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None
        finally:
            queue.close()
        if result.outcome == "escalated":
            console.print("outcome: escalated to a human reviewer")
        else:
            console.print(f"outcome: {result.outcome} ({result.reason})")
    finally:
        runtime.close()


def _print_pending(home: Path | None, as_json: bool) -> None:
    from nextbest.app.workspace.review_queue import ReviewQueue

    runtime = NextbestRuntime(home)
    queue = ReviewQueue(runtime)
    try:
        pending = queue.pending()
    finally:
        queue.close()
        runtime.close()
    if as_json:
        typer.echo(json.dumps([item.to_dict() for item in pending], indent=2, default=str))
        return
    if not pending:
        console.print("no escalated message is waiting for review")
        return
    console.rule(f"{len(pending)} escalated, oldest first")
    for item in pending:
        blocking = sorted({v["rule_id"] for v in item.violations if v["severity"] == "block"})
        where = item.customer_id or f"run {item.run_id} cell {item.cell}"
        console.print(
            f"{item.escalated_at[:16]} [bold]{escape(item.decision_id)}[/] "
            f"{escape(item.action)} · {escape(str(where))} · blocked by {', '.join(blocking)}"
        )
    console.print(
        "[dim]answer: nextbest review DECISION_ID --reviewer NAME --approve | "
        "--reject | --body TEXT[/]"
    )


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
    runtime = _open_runtime(home, llm)
    try:
        runtime.ensure_sample()
        if now is not None and send_date is not None:
            console.print("[red]error:[/] give --now or --send-date, not both")
            raise typer.Exit(2)
        moment = send_date_moment(runtime, send_date) if send_date else parse_now(now)
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


SEND_DATE_HOUR = 5
"""``--send-date`` decides at this brand-local hour: before any send window or quiet-hours end."""


def send_date_moment(runtime: NextbestRuntime, value: str) -> datetime:
    """The decision time of ``--send-date``: that date at 05:00 in the brand's time zone.

    Raises:
        typer.Exit: With a one-line error for a malformed date or a workspace without a pack.
    """
    try:
        day = date.fromisoformat(value)
    except ValueError:
        console.print(f"[red]error:[/] --send-date {escape(value)!s} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2) from None
    if runtime.store.current_version() is None:
        console.print("[red]error:[/] the workspace has no brand pack yet (nextbest kb import)")
        raise typer.Exit(2)
    zone = ZoneInfo(runtime.store.pack().brand.default_time_zone)
    return datetime.combine(day, time(SEND_DATE_HOUR), zone)


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


sample_app = typer.Typer(
    name="sample", help="Generate sample data for demos and benchmarks.", no_args_is_help=True
)


@sample_app.command("customers")
def sample_customers(
    n: Annotated[int, typer.Option("--n", help="Number of customers.", min=1)] = 1000,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Destination .csv or .parquet file.")
    ] = Path("customers.csv"),
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same table).")] = 7,
) -> None:
    """Write a realistic sample customer table (CSV or Parquet).

    Columns: ids, locale, time zones (some missing), consent per channel, tenure, spend,
    recency, engagement, last contact per channel and segment.
    """
    from nextbest.tools.sample_customers import write_customers

    path = write_customers(out, n, seed)
    console.print(f"[green]✓[/] wrote {n:,} customers to {path}")
