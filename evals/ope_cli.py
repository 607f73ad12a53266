"""``nextbest eval ope``: off-policy evaluation from the command line."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:  # the estimators (numpy, scipy, DuckDB) load when the command runs
    from nextbest.tools.off_policy import Estimate


class Target(StrEnum):
    """Target policies available for Open Bandit Dataset logs."""

    UNIFORM = "uniform"
    LOGGED = "logged"
    OTHER = "other"
    GREEDY = "greedy"


OPE_HELP = (
    "Estimate what a candidate policy would have earned, from logged decisions and their "
    "propensities.\n\n"
    "Estimators, each with a percentile bootstrap interval:\n\n"
    "* ips: inverse probability weighting, mean of w·r with w = π(a|x) / π₀(a|x); unbiased, "
    "high variance.\n\n"
    "* snips: self-normalised IPS, Σ w·r / Σ w; lower variance, slightly biased.\n\n"
    "* dm: direct method, mean of Σ_a π(a|x)·q̂(x,a) with a ridge reward model; biased when the "
    "model is wrong (its interval shows variance only).\n\n"
    "* dr: doubly robust, DM + w·(r − q̂(x,a)); unbiased when either part is right.\n\n"
    "Data: an Open Bandit Dataset log (CSV with item_id, position, click, propensity_score, "
    "user_feature_*), read with DuckDB; or --simulate for nextbest's simulator, where the true "
    "value of the target policy is known and shown next to each interval.\n\n"
    "Targets for OBD logs: uniform (every item equally likely); logged (the log's own policy, "
    "so IPS and SNIPS equal the logged click rate); other (the policy that logged --target-log, "
    "e.g. BTS evaluated on the uniform-random log, with its own click rate shown for reference); "
    "greedy (the item with the best logged click rate per position).\n\n"
    "Examples: nextbest eval ope obd/random/all/all.csv --target other --target-log "
    "obd/bts/all/all.csv  |  nextbest eval ope --simulate --rounds 20000 --json"
)


def ope_command(
    log: Annotated[
        Path | None,
        typer.Argument(help="Open Bandit Dataset CSV (omit with --simulate).", show_default=False),
    ] = None,
    target: Annotated[Target, typer.Option(help="Target policy for an OBD log.")] = Target.UNIFORM,
    target_log: Annotated[
        Path | None, typer.Option(help="Log of the target policy, for --target other.")
    ] = None,
    estimator: Annotated[
        list[str] | None,
        typer.Option("--estimator", "-e", help="ips, snips, dm, dr (repeatable; default all)."),
    ] = None,
    simulate: Annotated[
        bool, typer.Option(help="Evaluate on the simulator, where the truth is known.")
    ] = False,
    rounds: Annotated[
        int, typer.Option(help="Logged decisions with --simulate.", min=1000)
    ] = 20_000,
    bootstrap: Annotated[int, typer.Option(help="Bootstrap resamples.", min=50)] = 1000,
    confidence: Annotated[
        float, typer.Option(help="Interval coverage.", min=0.5, max=0.999)
    ] = 0.95,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap (and simulator).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Off-policy evaluation: IPS, SNIPS, DM and DR with bootstrap intervals."""
    from nextbest.evals.ope import load_obd_csv, obd_target, simulate_log
    from nextbest.tools.off_policy import ESTIMATORS, evaluate

    names = [e.lower() for e in estimator] if estimator else list(ESTIMATORS)
    unknown = [n for n in names if n not in ESTIMATORS]
    if unknown:
        raise typer.BadParameter(f"unknown estimator(s) {unknown}; use {list(ESTIMATORS)}")
    reference: dict[str, float] = {}
    truth: float | None = None
    if simulate:
        sim = simulate_log(seed=seed, rounds=rounds)
        data_log, target_proba, truth = sim.log, sim.target, sim.true_value
        target_name = "simulator: frozen per-action LinTS (logged by shared LinTS)"
        reference = {"logged mean reward": sim.logged_value, "true target value": truth}
    else:
        if log is None:
            raise typer.BadParameter("give an Open Bandit Dataset CSV, or --simulate")
        if not log.exists():
            raise typer.BadParameter(f"{log} does not exist")
        data = load_obd_csv(log)
        other = None
        if target == Target.OTHER:
            if target_log is None:
                raise typer.BadParameter("--target other needs --target-log")
            other = load_obd_csv(target_log, n_items=data.log.n_actions)
            reference["target policy's own click rate"] = float(other.log.rewards.mean())
        data_log, target_name = data.log, target.value
        target_proba = obd_target(data, target.value, other)
        reference["logged click rate"] = float(data.log.rewards.mean())
    estimates = evaluate(
        data_log, target_proba, names, n_bootstrap=bootstrap, confidence=confidence, seed=seed
    )
    if as_json:
        payload = {
            "source": data_log.source,
            "rows": len(data_log),
            "target": target_name,
            "confidence": confidence,
            "reference": reference,
            "estimates": [_as_dict(e, truth) for e in estimates],
        }
        typer.echo(json.dumps(payload, indent=2))
        return
    _print_table(data_log.source, len(data_log), target_name, estimates, reference, truth)


def _as_dict(e: Estimate, truth: float | None) -> dict[str, object]:
    out: dict[str, object] = {
        "estimator": e.estimator,
        "value": e.value,
        "low": e.low,
        "high": e.high,
    }
    if truth is not None:
        out["covers_truth"] = e.covers(truth)
    return out


def _print_table(
    source: str,
    rows: int,
    target: str,
    estimates: list[Estimate],
    reference: dict[str, float],
    truth: float | None,
) -> None:
    console = Console()
    table = Table(title=f"Off-policy evaluation — {source} ({rows:,} rows), target: {target}")
    table.add_column("estimator")
    table.add_column("estimate", justify="right")
    table.add_column(f"{estimates[0].confidence:.0%} interval", justify="right")
    if truth is not None:
        table.add_column("covers truth", justify="center")
    for e in estimates:
        cells = [e.estimator, f"{e.value:.5g}", f"[{e.low:.5g}, {e.high:.5g}]"]
        if truth is not None:
            cells.append("yes" if e.covers(truth) else "no")
        table.add_row(*cells)
    console.print(table)
    for label, value in reference.items():
        console.print(f"{label}: {value:.5g}")
