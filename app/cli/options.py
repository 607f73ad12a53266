"""Options, parsers and the console shared by the ``nextbest`` commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from nextbest.brand_context.workspace import HOME_ENV

if TYPE_CHECKING:
    from nextbest.app.workspace.runtime import NextbestRuntime

console = Console(emoji=False)
"""The console the release and run commands print to."""

LLM_ENV = "NEXTBEST_LLM"
"""The ``--llm`` option's variable: :data:`nextbest.agents.local_llm.LLM_ENV`, repeated here so
``nextbest --help`` need not import the LLM clients (a unit test keeps the two equal)."""

DEFAULT_ATTRIBUTION_DAYS = 7.0
"""The ``--attribution-days`` default:
:data:`nextbest.app.workspace.feedback_learning.DEFAULT_ATTRIBUTION_DAYS`, repeated here so
``nextbest --help`` need not import the learner (a unit test keeps the two equal)."""

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", envvar=HOME_ENV, help="Workspace folder (default ./.nextbest)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
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


def open_cli_runtime(home: Path | None, llm: str | None) -> NextbestRuntime:
    """Open the workspace runtime with the ``--llm`` writer, or exit with a one-line error.

    Raises:
        typer.Exit: Code 2 when the writer cannot be set up (e.g. no local model installed).
    """
    from nextbest.agents.local_llm import LocalModelError
    from nextbest.app.workspace.runtime import open_runtime

    try:
        return open_runtime(home, llm)
    except (LocalModelError, ValueError) as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None


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


@contextmanager
def cli_runtime(
    home: Path | None, refused: tuple[type[Exception], ...] = ()
) -> Iterator[NextbestRuntime]:
    """The workspace runtime for one command, closed afterwards.

    Args:
        home: The ``--home`` option.
        refused: Errors that mean bad input: printed as one line, exit code 2.

    Raises:
        typer.Exit: Code 2 on one of the ``refused`` errors.
    """
    from nextbest.app.workspace.runtime import NextbestRuntime

    runtime = NextbestRuntime(home)
    try:
        yield runtime
    except refused as exc:
        console.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2) from None
    finally:
        runtime.close()
