"""The root command group of ``nextbest``: a down service or a refused store call is one line.

A workspace may keep its records in Postgres (``NEXTBEST_DATABASE_URL``) and its brand vectors on
a Chroma server (``NEXTBEST_CHROMA_URL``). Any command can find either one down or misconfigured;
instead of a traceback it prints the one line the workspace raised (which server, which
variable, what to do) and exits with :data:`EXIT_UNAVAILABLE`. A brand-store call any command
makes can also be refused with the store unchanged (:class:`StoreError`, e.g. a ``--now`` before
the first pack version): that is one line too, with :data:`EXIT_STORE_REFUSED`.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from nextbest.brand_context.chroma_client import ChromaUnavailableError
from nextbest.brand_context.database import DatabaseUnavailableError

EXIT_UNAVAILABLE = 3
"""Exit status when a service the workspace is configured to use cannot be reached."""

EXIT_STORE_REFUSED = 1
"""Exit status when the brand store refused a call a command made (the store is unchanged)."""


class ServiceErrorsGroup(TyperGroup):
    """A typer group that turns service and store errors of any subcommand into one line."""

    def invoke(self, ctx: Any) -> Any:
        """Run the chosen subcommand; an unreachable service ends it with one line on stderr."""
        try:
            return super().invoke(ctx)
        except (ChromaUnavailableError, DatabaseUnavailableError) as exc:
            Console(stderr=True).print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        except Exception as exc:
            if not _refused_by_store(exc):
                raise
            Console(stderr=True).print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(EXIT_STORE_REFUSED) from None


def _refused_by_store(error: Exception) -> bool:
    """Whether ``error`` is a refusal of the brand store (its ``StoreError``).

    A store error exists only once its module is imported, so a command that never touched the
    store (``nextbest --help``) does not import it to find out.
    """
    records = sys.modules.get("nextbest.brand_context.store_records")
    return records is not None and isinstance(error, records.StoreError)
