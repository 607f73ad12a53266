"""``nextbest limits …``: read the brand limits in force and propose new ones (maker–checker).

The limits (holdout minimum, caps per day and week per channel, the send window in the
customer's local time, budgets per run) are configuration the brand owns: compliance or an admin
proposes a new version here or in the web workspace, and *another* compliance officer or admin
approves it (``nextbest proposals approve``). Nothing changes until then. The ceilings in code
(legal and product) are shown beside them: a proposal may tighten them, never loosen them.
Exit codes: 0 ok, 1 refused, 2 bad input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.errors import EXIT_BAD_INPUT, fail
from nextbest.app.cli.maker_checker import maker
from nextbest.app.cli.options import HomeOption, JsonOption
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import HOME_ENV, Workspace
from nextbest.brand_context.yaml_text import load_yaml_text

console = Console(emoji=False)

app = typer.Typer(
    name="limits",
    help=(
        "The brand limits every goal and every run obey: show them, or propose a new version "
        "that another compliance officer or admin approves (`nextbest proposals approve`)."
    ),
    no_args_is_help=True,
)


def _workspace(home: Any) -> Workspace:
    workspace = Workspace.resolve(home)
    if not workspace.exists():
        raise fail(
            f"no workspace at {workspace.home}; point --home / ${HOME_ENV} at an existing one",
            EXIT_BAD_INPUT,
        )
    return workspace


@app.command("show")
def show(home: HomeOption = None, as_json: JsonOption = False) -> None:
    """The brand limits in force, their version, and the ceilings in code."""
    from nextbest.app.workspace.limits_store import LimitsStore
    from nextbest.brand_context.models import CHANNELS
    from nextbest.tools.decisioning.brand_limits import CEILINGS

    store = LimitsStore(_workspace(home))
    try:
        current = store.current()
        limits = store.in_force()
        history = store.history()
    finally:
        store.close()
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "version": current.version if current else None,
                    "limits": limits.model_dump(mode="json"),
                    "ceilings": CEILINGS.model_dump(mode="json"),
                    "history": [
                        {
                            "version": v.version,
                            "author": v.author,
                            "approved_by": v.approved_by,
                            "approved_at": v.created_at.isoformat(),
                            "reason": v.reason,
                        }
                        for v in history
                    ],
                },
                indent=2,
            )
        )
        return
    title = (
        f"brand limits v{current.version} (proposed by {current.author}, approved by "
        f"{current.approved_by})"
        if current
        else "brand limits: none approved, the ceilings in code apply"
    )
    table = Table(title=escape(title))
    table.add_column("limit")
    table.add_column("in force")
    table.add_column("ceiling in code", style="dim")
    table.add_row(
        "holdout at least", f"{limits.holdout_minimum():g}", f"{CEILINGS.min_holdout_share:g}"
    )
    for channel in CHANNELS:
        weekly = limits.weekly_cap(channel)
        ceiling = CEILINGS.max_sends_per_week.get(channel)
        table.add_row(
            f"{channel} per week at most",
            "-" if weekly is None else f"{weekly:g}",
            "-" if ceiling is None else f"{ceiling:g}",
        )
        daily = limits.max_sends_per_day.get(channel)
        table.add_row(f"{channel} per day at most", "-" if daily is None else str(daily), "-")
        hours = limits.window(channel)
        legal = CEILINGS.send_windows.get(channel)
        table.add_row(
            f"{channel} send hours (local)",
            "any" if hours is None else f"{hours[0]:02d}:00–{hours[1]:02d}:00",
            "any" if legal is None else str(legal),
        )
    table.add_row(
        "all channels per week at most",
        f"{limits.overall_weekly_cap():g}",
        f"{CEILINGS.max_overall_per_week:g}",
    )
    for channel, most in limits.max_budget_per_run.items():
        table.add_row(f"{channel} per run at most", str(most), "-")
    console.print(table)
    if limits.reason:
        console.print(f"brand policy: {escape(limits.reason)}")


@app.command("propose")
def propose(
    file: Annotated[
        Path, typer.Argument(help="YAML or JSON file with the complete new limits.", exists=True)
    ],
    reason: Annotated[str, typer.Option(help="Why (required).")],
    name: Annotated[
        str,
        typer.Option(
            "--as",
            envvar="NEXTBEST_AUTHOR",
            help="Who proposes, in a workspace without users; with users, whoever is signed in.",
        ),
    ] = "",
    role: Annotated[
        str, typer.Option("--role", envvar="NEXTBEST_ROLE", help="compliance or admin.")
    ] = "compliance",
    home: HomeOption = None,
) -> None:
    """Propose new brand limits; they bind only when another compliance officer approves."""
    from nextbest.app.workspace.proposals import (
        Actor,
        ProposalError,
        ProposalInvalid,
        Proposals,
    )

    try:
        payload = load_yaml_text(file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read {file}: {exc}", EXIT_BAD_INPUT) from None
    user = maker(_workspace(home), name, role)
    try:
        actor = user.actor if user else Actor(name.strip(), Role.parse(role), via="cli")
    except ValueError as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None
    desk = Proposals(_workspace(home))
    try:
        proposal = desk.propose(actor, "limits", "set", payload=payload, reason=reason)
    except ProposalInvalid as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None
    except ProposalError as exc:
        raise fail(f"refused: {exc}") from None
    finally:
        desk.close()
    console.print(
        f"proposal #{proposal.id} ({escape(proposal.title)}) waits for another compliance "
        f"officer or admin: nextbest proposals approve {proposal.id}"
    )
