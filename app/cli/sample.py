"""``nextbest sample …``: generate sample data for demos and benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nextbest.app.cli.options import console

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
