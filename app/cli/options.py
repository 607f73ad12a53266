"""Options and parsers shared by the ``nextbest`` commands in ``agents/``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from nextbest.brand_context.workspace import HOME_ENV

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", envvar=HOME_ENV, help="Workspace folder (default ./.nextbest)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def parse_now(value: str | None) -> datetime:
    """The ``--now`` option: an ISO datetime (naive = UTC), or the current time when None.

    Raises:
        typer.BadParameter: When the value is not an ISO datetime.
    """
    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO datetime", param_hint="--now") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
