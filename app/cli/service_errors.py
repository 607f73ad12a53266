"""The root command group of ``nextbest``: an unreachable backing service is one line, not a trace.

A workspace may keep its records in Postgres (``NEXTBEST_DATABASE_URL``) and its brand vectors on
a Chroma server (``NEXTBEST_CHROMA_URL``). Any command can find either one down or misconfigured;
instead of a traceback it prints the one line the workspace raised (which server, which
variable, what to do) and exits with :data:`EXIT_UNAVAILABLE`.
"""

from __future__ import annotations

from typing import Any

import click
import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from nextbest.brand_context.chroma_client import ChromaUnavailableError
from nextbest.brand_context.database import DatabaseUnavailableError

EXIT_UNAVAILABLE = 3
"""Exit status when a service the workspace is configured to use cannot be reached."""


class ServiceErrorsGroup(TyperGroup):
    """A typer group that turns "service unreachable" errors of any subcommand into one line."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the chosen subcommand; an unreachable service ends it with one line on stderr."""
        try:
            return super().invoke(ctx)
        except (ChromaUnavailableError, DatabaseUnavailableError) as exc:
            Console(stderr=True).print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(EXIT_UNAVAILABLE) from None
