"""Release commands: ``message``, ``demo``, ``inspect`` and ``review`` (``run`` is in :mod:`.run`).

They all run through :class:`~nextbest.app.workspace.runtime.NextbestRuntime`, so the CLI uses
exactly the
graph, guardrail and records that batch runs use.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.panel import Panel
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
    from nextbest.app.workspace.release import release_one

    runtime = open_cli_runtime(home, llm)
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
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            help="Decision time, ISO (default now); on a new workspace the sample brand "
            "counts as in force from that day.",
        ),
    ] = None,
    home: HomeOption = None,
    llm: LLMOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run the whole pipeline on the bundled sample brand and customers, offline.

    Loads the sample brand and customer table into the workspace if needed, decides for the
    first customers, writes each message (offline composer without an API key), checks it,
    releases what passes, and ends with a summary of what was released and why.
    """
    from nextbest.app.workspace.release import release_each

    given = parse_now(now) if now is not None else None
    runtime = open_cli_runtime(home, llm)
    try:
        if given is None and runtime.store.current_version() is None:
            given = _sample_offer_moment(datetime.now(UTC), as_json)
        for item in runtime.ensure_sample(in_force_from=given.date() if given else None):
            if not as_json:
                console.print(f"[green]✓[/] loaded {item}")
        rows = runtime.customer_rows(limit=customers)
        decisions = runtime.decide(rows, given or parse_now(None))  # now: after the import
        with Progress(console=console, transient=True, disable=as_json) as progress:
            task = progress.add_task("Writing and checking messages", total=len(decisions))
            tally = release_each(runtime, rows, decisions, lambda: progress.advance(task))
        outcomes, released = tally.outcomes, tally.released
        summary = {
            "customers": len(rows),
            "outcomes": dict(outcomes),
            "released_by_channel": dict(tally.by_channel),
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


def _sample_offer_moment(moment: datetime, quiet: bool) -> datetime | None:
    """The demo's decision time on a fresh workspace when the sample's offers have all ended.

    The bundled sample brand's offers carry real dates; once they have all ended a demo "now"
    would mask every offer and release nothing. Then the demo runs as of the sample's busiest
    offer day (same time of day) and says so.

    Args:
        moment: The current time.
        quiet: Print nothing (``--json``).

    Returns:
        That moment, or None when an offer of the sample is valid today (run "now").
    """
    from nextbest.brand_context.ingest import load_pack, sample_pack_path
    from nextbest.brand_context.offer_calendar import offer_day

    day = offer_day(load_pack(sample_pack_path()), moment.date())
    if day == moment.date():
        return None
    if not quiet:
        console.print(
            f"[yellow]note:[/] no offer of the bundled sample brand is valid today; the demo runs "
            f"as of {day.isoformat()}, the sample's busiest offer day (choose with --now)"
        )
    return datetime.combine(day, moment.timetz())


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
    from nextbest.app.workspace.runtime import NextbestRuntime

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
    for rule_id, actions in decision.get("mask_rules", {}).items():
        console.print(f"  masked by rule [yellow]{rule_id}[/]: {len(actions)} actions")


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
    from nextbest.app.workspace.runtime import NextbestRuntime

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
    from nextbest.app.workspace.runtime import NextbestRuntime

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
