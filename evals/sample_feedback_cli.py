"""``nextbest sample feedback``: write the simulated outcome events of a run to a file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from nextbest.app.cli.options import HomeOption, JsonOption

console = Console(emoji=False)


def sample_feedback_command(
    run: Annotated[str, typer.Option("--run", help="The run to simulate outcomes for.")],
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same events).")] = 0,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Events file, .jsonl or .csv (default runs/RUN/feedback.jsonl)."
        ),
    ] = None,
    customers: Annotated[
        str | None,
        typer.Option("--customers", help="Customer table (default: the one the run read)."),
    ] = None,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Simulate outcome events for every decision of a run (ground truth: evals/sample_outcomes).

    Holdout and no-message customers can convert organically; released messages are delivered
    and may be opened, clicked, converted, unsubscribed from or complained about. Load the file
    with `nextbest feedback --events FILE --close-run RUN`.
    """
    from nextbest.app.workspace.feedback_events import write_events
    from nextbest.app.workspace.runtime import NextbestRuntime
    from nextbest.evals.sample_feedback import simulate_feedback

    runtime = NextbestRuntime(home)
    try:
        try:
            events, truth = simulate_feedback(runtime, run, seed, customers)
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
            raise typer.Exit(2) from None
        path = out or runtime.workspace.home / "runs" / run / "feedback.jsonl"
        if path.suffix.lower() not in (".jsonl", ".csv", ".ndjson", ".json"):
            console.print("[red]error:[/] --out must end in .jsonl or .csv")
            raise typer.Exit(2)
        write_events(path, events)
    finally:
        runtime.close()
    counts = Counter(e.event for e in events)
    data = {
        "run_id": run,
        "events": len(events),
        "file": str(path),
        "by_event": dict(counts),
        "truth": truth,
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    console.print(
        f"[green]✓[/] wrote {len(events):,} events for {int(truth['decisions']):,} decisions to "
        f"{path}\n  "
        + " · ".join(f"{k} {v:,}" for k, v in sorted(counts.items()))
        + f"\n  realised mean reward {truth['realised_reward']:.3f} "
        f"(expected {truth['expected_reward']:.3f} under the ground-truth model)"
    )
