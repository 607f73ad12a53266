"""``nextbest eval guardrail``: score the rule engine on the labelled guardrail cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from nextbest.brand_context.ingest import PackValidationError, load_pack, sample_pack_path
from nextbest.evals.guardrail.runner import DECISIONS, CaseFileError, Report, Scores, evaluate


def _scores_table(title: str, label: str, rows: dict[str, Scores]) -> Table:
    table = Table(title=title)
    table.add_column(label)
    for column in ("precision", "recall", "F1", "TP", "FP", "FN", "TN"):
        table.add_column(column, justify="right")
    for name, s in rows.items():
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
            str(s.tn),
        )
    return table


def render_report(report: Report, console: Console, show_mismatches: bool = True) -> None:
    """Print a report as rich tables.

    Args:
        report: The evaluation report.
        console: Where to print.
        show_mismatches: Also list cases whose decision or rule ids differ from the label.
    """
    overall = {"overall": report.overall}
    console.print(_scores_table(f"Blocking ({report.cases} cases)", "scope", overall))
    console.print(_scores_table("Blocking per channel", "channel", report.per_channel))
    console.print(_scores_table("Blocking per rule kind", "rule kind", report.per_kind))
    confusion = Table(title="Decisions (rows: expected, columns: engine)")
    confusion.add_column("expected \\ engine")
    for decision in DECISIONS:
        confusion.add_column(decision, justify="right")
    for expected in DECISIONS:
        confusion.add_row(expected, *(str(report.confusion[expected][d]) for d in DECISIONS))
    console.print(confusion)
    summary = Table(title="Summary")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    summary.add_row("decision accuracy", f"{report.decision_accuracy:.3f}")
    summary.add_row("rule-id agreement", f"{report.rule_id_agreement:.3f}")
    summary.add_row("latency p50 (ms)", f"{report.latency_p50_ms:.3f}")
    summary.add_row("latency p95 (ms)", f"{report.latency_p95_ms:.3f}")
    console.print(summary)
    if show_mismatches and report.mismatches:
        table = Table(title="Cases that differ from their label")
        for column in ("id", "expected", "engine", "expected rules", "fired rules"):
            table.add_column(column)
        for m in report.mismatches:
            table.add_row(
                m["id"],
                m["expected"],
                m["decision"],
                ", ".join(m["expected_rules"]),
                ", ".join(m["fired_rules"]),
            )
        console.print(table)


def brand_folders(root: Path) -> list[Path]:
    """The sub-folders of ``root`` that hold a ``brand.yaml`` and a ``cases.jsonl``, by name.

    Args:
        root: A folder of brands, e.g. ``evals/guardrail/new_brands``.

    Returns:
        The brand folders.
    """
    return sorted(
        d for d in root.iterdir() if (d / "brand.yaml").is_file() and (d / "cases.jsonl").is_file()
    )


def evaluate_brands(root: Path) -> dict[str, Report]:
    """Evaluate every brand folder under ``root`` with its own pack and cases.

    Args:
        root: A folder of brand folders.

    Returns:
        Brand folder name → report.

    Raises:
        FileNotFoundError: When ``root`` holds no brand folder.
    """
    folders = brand_folders(root)
    if not folders:
        raise FileNotFoundError(f"{root} has no folder with brand.yaml and cases.jsonl")
    return {d.name: evaluate(load_pack(d / "brand.yaml"), d / "cases.jsonl") for d in folders}


def total_of(reports: dict[str, Report]) -> Scores:
    """Blocking scores summed over several reports (precision and recall from the sums)."""
    total = Scores()
    for report in reports.values():
        total.tp += report.overall.tp
        total.fp += report.overall.fp
        total.fn += report.overall.fn
        total.tn += report.overall.tn
    return total


def _brands_report(root: Path, as_json: bool, console: Console) -> None:
    reports = evaluate_brands(root)
    total = total_of(reports)
    if as_json:
        data = {
            "brands": {name: r.as_dict() for name, r in reports.items()},
            "total": total.as_dict(),
            "latency_p95_ms_max": max(r.latency_p95_ms for r in reports.values()),
        }
        typer.echo(json.dumps(data, indent=2))
        return
    rows = {name: r.overall for name, r in reports.items()}
    console.print(_scores_table(f"Blocking per brand ({root})", "brand", {**rows, "total": total}))


def guardrail_command(
    cases: Annotated[
        Path | None, typer.Option("--cases", help="JSONL case file (default: the bundled set).")
    ] = None,
    pack: Annotated[
        Path | None, typer.Option("--pack", help="Brand pack YAML (default: the sample brand).")
    ] = None,
    brands: Annotated[
        Path | None,
        typer.Option(
            "--brands",
            help="A folder of brand folders (brand.yaml + cases.jsonl each): per-brand and "
            "summed blocking scores.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Precision, recall and F1 of blocking (overall, per rule kind, per channel), latency."""
    console = Console()
    if brands is not None:
        if cases is not None or pack is not None:
            Console(stderr=True).print("[red]error:[/red] --brands replaces --pack and --cases")
            raise typer.Exit(2)
        try:
            _brands_report(brands, as_json, console)
        except (PackValidationError, CaseFileError, OSError) as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
        return
    try:
        brand_pack = load_pack(pack or sample_pack_path())
        report = evaluate(brand_pack, cases)
    except (PackValidationError, CaseFileError, OSError) as exc:
        Console(stderr=True).print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
        return
    render_report(report, console)
