"""The ``nextbest`` command line: one root app that mounts every area's commands.

``nextbest kb …`` is the compliance team's brand store CLI (``nextbest.app.cli.kb``),
``nextbest eval …`` the measurement commands (``nextbest.evals.cli``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from nextbest.app.cli import release as release_cli
from nextbest.app.cli.chat import chat as chat_command
from nextbest.app.cli.check import check_command
from nextbest.app.cli.customers import app as customers_app
from nextbest.app.cli.feedback import feedback_command
from nextbest.app.cli.goals import app as goals_app
from nextbest.app.cli.impact import impact_command
from nextbest.app.cli.kb import app as kb_app
from nextbest.app.cli.lazy import lazy_group
from nextbest.app.cli.limits import app as limits_app
from nextbest.app.cli.llm import app as llm_app
from nextbest.app.cli.proposals import app as proposals_app
from nextbest.app.cli.report import report_command
from nextbest.app.cli.run import run as run_command
from nextbest.app.cli.sample import sample_app
from nextbest.app.cli.serve import serve_command
from nextbest.app.cli.service_errors import ServiceErrorsGroup
from nextbest.app.cli.users import app as users_app
from nextbest.app.cli.users import login_command, logout_command, whoami_command
from nextbest.brand_context.workspace import HOME_ENV, Workspace

EVAL_HELP = "Measure nextbest: guardrail precision/recall, off-policy evaluation of policies."
"""The help of ``nextbest eval`` (:data:`nextbest.evals.cli.app`'s, which a test keeps equal)."""


def _evals_app() -> typer.Typer:
    """The ``nextbest eval`` commands, imported when one runs or their help is shown."""
    from nextbest.evals.cli import app as evals_app

    return evals_app


def _sample_feedback_command() -> Callable[..., Any]:
    """``nextbest sample feedback``, imported when it runs or its group's help is shown."""
    from nextbest.evals.sample_feedback_cli import sample_feedback_command

    return sample_feedback_command


app = typer.Typer(
    name="nextbest",
    help=(
        "nextbest — next-best-action marketing with a brand-context layer.\n\n"
        "Decide what to send (or nothing), write it in the brand's voice from approved claims, "
        "and release it only after the guardrail passes it. Start with `nextbest demo`."
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    cls=ServiceErrorsGroup,
)
kb_app.command("impact")(impact_command)
app.add_typer(kb_app, name="kb")
app.command("demo")(release_cli.demo)
app.command("message")(release_cli.message)
app.command("inspect")(release_cli.inspect)
app.command("review")(release_cli.review)
app.command("run")(run_command)
app.add_typer(customers_app, name="customers")
app.add_typer(
    sample_app,
    name="sample",
    cls=lazy_group(commands={"feedback": _sample_feedback_command}),
)
app.command("feedback")(feedback_command)
app.command("report")(report_command)
app.add_typer(
    typer.Typer(),
    name="eval",
    help=EVAL_HELP,
    no_args_is_help=True,
    cls=lazy_group(apps=(_evals_app,)),
)
app.command("check")(check_command)
app.add_typer(llm_app, name="llm")
app.add_typer(users_app, name="users")
app.command("login")(login_command)
app.command("logout")(logout_command)
app.command("whoami")(whoami_command)
app.command("serve")(serve_command)
app.add_typer(proposals_app, name="proposals")
app.command("chat")(chat_command)
app.add_typer(goals_app, name="goals")
app.add_typer(limits_app, name="limits")


@app.command()
def quickstart(
    home: Annotated[
        Path | None,
        typer.Option("--home", envvar=HOME_ENV, help="Workspace folder (default ./.nextbest)."),
    ] = None,
    question: Annotated[
        str, typer.Option(help="A question to ask the brand store.")
    ] = "get my money back",
) -> None:
    """Set up a workspace with the bundled sample brand and show it working, offline."""
    from nextbest.brand_context.ingest import load_pack, sample_pack_path
    from nextbest.brand_context.roles import Role
    from nextbest.brand_context.store import BrandStore

    console = Console()
    store = BrandStore(Workspace.resolve(home))
    if store.current_version() is None:
        with console.status("Loading the sample brand (Lumen Botanics) into the brand store…"):
            store.import_pack(
                load_pack(sample_pack_path()),
                author="quickstart",
                role=Role.ADMIN,
                reason="initialise with the sample brand",
            )
    pack = store.pack()
    console.print(
        f"[green]✓[/] workspace [bold]{store.workspace.home}[/] · brand "
        f"[bold]{pack.brand.name}[/] · pack v{store.current_version()} "
        f"({len(pack.claims)} claims, {len(pack.offers)} offers, {len(pack.rules)} rules)"
    )
    table = Table(title=f"approved claims matching {question!r}")
    for column in ("score", "id", "approved text"):
        table.add_column(column, overflow="fold")
    for hit in store.search(question, kinds=["claim"], k=3):
        table.add_row(f"{hit.score:.3f}", hit.entry_id, hit.data["text"])
    console.print(table)
    store.close()
