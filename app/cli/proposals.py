"""``nextbest proposals …``: list, read and decide maker–checker proposals from the shell.

In a workspace with users the checker is the user signed in on this shell (``nextbest login``
or ``$NEXTBEST_TOKEN``), with their role from the workspace, as in the web workspace; declared
names are refused. Only a workspace without users (single-person use) takes a declared identity
(``--as NAME --role ROLE``). Either way it is recorded in the audit log as ``cli:<name>`` and
the same rules apply (nobody approves their own proposal, the role must allow the change, stale
proposals are refused). Exit codes: 0 ok, 1 refused or failed, 2 bad input.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.errors import EXIT_BAD_INPUT, EXIT_REFUSED, fail
from nextbest.app.cli.maker_checker import maker
from nextbest.app.cli.options import HomeOption, JsonOption
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import HOME_ENV, Workspace

if TYPE_CHECKING:
    from nextbest.app.workspace.proposal_models import Actor, Proposal, ProposalStatus
    from nextbest.app.workspace.proposals import Proposals

console = Console(emoji=False)
app = typer.Typer(
    name="proposals",
    help=(
        "Maker–checker proposals: changes to claims, offers, rules, the voice, the pack or the "
        "marketing goal that take effect only when a different user approves them. Propose in "
        "the web workspace (`nextbest serve`); list, read and decide here."
    ),
    no_args_is_help=True,
)

IdArgument = Annotated[int, typer.Argument(help="The proposal number.", min=1)]
AsOption = Annotated[
    str,
    typer.Option(
        "--as",
        envvar="NEXTBEST_AUTHOR",
        help=(
            "Who decides, in a workspace without users (a declared name). With users you act "
            "as whoever is signed in (`nextbest login`)."
        ),
    ),
]
RoleOption = Annotated[
    str,
    typer.Option(
        "--role", envvar="NEXTBEST_ROLE", help="Your role: viewer < marketer < compliance < admin."
    ),
]


def _desk(home: Any) -> Proposals:
    from nextbest.app.workspace.proposals import Proposals

    workspace = Workspace.resolve(home)
    if not workspace.exists():
        raise fail(
            f"no workspace at {workspace.home}; point --home / ${HOME_ENV} at an existing one",
            EXIT_BAD_INPUT,
        )
    return Proposals(workspace)


def _actor(home: Any, name: str, role: str) -> Actor:
    """The signed-in user when the workspace has users; else the declared ``--as``/``--role``."""
    from nextbest.app.workspace.proposal_models import Actor

    user = maker(Workspace.resolve(home), name, role)
    if user is not None:
        return user.actor
    if not name.strip():
        raise fail("--as needs a name", EXIT_BAD_INPUT)
    try:
        return Actor(name.strip(), Role.parse(role), via="cli")
    except ValueError as exc:
        raise fail(str(exc), EXIT_BAD_INPUT) from None


def _emit(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, default=str, ensure_ascii=False))


def _short(value: Any, width: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = "—" if value is None else text
    return text if len(text) <= width else text[: width - 1] + "…"


def _status_style(status: ProposalStatus) -> str:
    from nextbest.app.workspace.proposal_models import ProposalStatus

    return {
        ProposalStatus.PENDING: "yellow",
        ProposalStatus.APPROVED: "green",
        ProposalStatus.REJECTED: "red",
        ProposalStatus.FAILED: "red",
    }.get(status, "dim")


def _decide(home: Any, as_json: bool, action: Any) -> None:
    from nextbest.app.workspace.proposal_models import (
        ProposalError,
        ProposalInvalid,
        ProposalNotFound,
        ProposalStatus,
    )

    desk = _desk(home)
    try:
        try:
            proposal = action(desk)
        except ProposalNotFound as exc:
            raise fail(str(exc), EXIT_BAD_INPUT) from None
        except ProposalInvalid as exc:
            raise fail(str(exc), EXIT_BAD_INPUT) from None
        except ProposalError as exc:  # refused, stale or already decided
            raise fail(f"refused: {exc}") from None
    finally:
        desk.close()
    if as_json:
        _emit(proposal.model_dump(mode="json"))
    else:
        style = _status_style(proposal.status)
        applied = f" → pack v{proposal.applied_version}" if proposal.applied_version else ""
        console.print(
            f"proposal #{proposal.id} ({escape(proposal.title)}): "
            f"[{style}]{proposal.status.value}[/]{applied}"
        )
        if proposal.status == ProposalStatus.FAILED:
            console.print(escape(proposal.decision_reason or ""))
    if proposal.status == ProposalStatus.FAILED:
        raise typer.Exit(EXIT_REFUSED)


@app.command("list")
def list_command(
    status: Annotated[
        str | None, typer.Option(help="Only this status: pending, approved, rejected, …")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="Only this kind: claim, offer, rule, voice, brand, pack.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many.", min=1)] = 50,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """List proposals, pending first."""
    from nextbest.app.workspace.proposal_models import ProposalStatus

    if status is not None and status not in {s.value for s in ProposalStatus}:
        valid = ", ".join(s.value for s in ProposalStatus)
        raise fail(f"unknown status {status!r}; valid: {valid}", EXIT_BAD_INPUT)
    desk = _desk(home)
    try:
        items = desk.list(status=status, kind=kind, limit=limit)
    finally:
        desk.close()
    if as_json:
        _emit([p.model_dump(mode="json") for p in items])
        return
    if not items:
        console.print("[dim]no proposals[/]")
        return
    table = Table(title="proposals")
    for column in ("#", "status", "change", "maker", "created (UTC)", "reason", "decided by"):
        table.add_column(column, overflow="fold")
    for p in items:
        style = _status_style(p.status)
        table.add_row(
            str(p.id),
            f"[{style}]{p.status.value}[/]",
            escape(p.title),
            escape(f"{p.maker} ({p.maker_role})"),
            p.created_at.strftime("%Y-%m-%d %H:%M"),
            escape(_short(p.reason, 40)),
            escape(f"{p.checker} ({p.checker_role})" if p.checker else ""),
        )
    console.print(table)


def _print_proposal(p: Proposal, stale: str | None) -> None:
    style = _status_style(p.status)
    console.print(
        f"[bold]proposal #{p.id}[/] — {escape(p.title)} · [{style}]{p.status.value}[/]\n"
        f"proposed by {escape(p.maker)} ({p.maker_role}) on "
        f"{p.created_at:%Y-%m-%d %H:%M} UTC against pack v{p.base_version}: "
        f"{escape(p.reason)}"
    )
    if p.checker:
        applied = f", applied as pack v{p.applied_version}" if p.applied_version else ""
        console.print(
            f"{p.status.value} by {escape(p.checker)} ({p.checker_role})"
            + (f" on {p.decided_at:%Y-%m-%d %H:%M} UTC" if p.decided_at else "")
            + applied
            + (f": {escape(p.decision_reason)}" if p.decision_reason else "")
        )
    if stale:
        console.print(f"[yellow]stale:[/] {escape(stale)}")
    table = Table(title="changes")
    for column in ("entry", "change", "field", "before", "after"):
        table.add_column(column, overflow="fold")
    for delta in p.diff:
        if not delta.fields:
            table.add_row(escape(f"{delta.kind} {delta.entry_id}"), delta.change, "", "", "")
        for f in delta.fields:
            table.add_row(
                escape(f"{delta.kind} {delta.entry_id}"),
                delta.change,
                escape(f.path),
                escape(_short(f.before)),
                escape(_short(f.after)),
            )
    console.print(table)
    if p.impact is not None:
        i = p.impact
        console.print(
            f"impact: rule {escape(i.rule_id)} would block {i.blocked_count:,} of "
            f"{i.checked:,} released or queued messages (checked {i.computed_at:%Y-%m-%d %H:%M})"
        )
        for m in i.blocked[:10]:
            console.print(
                f"  {escape(m.message_id)} ({m.status}, {m.channel}): "
                f"{escape('; '.join(m.reasons))}"
            )


@app.command("show")
def show(proposal_id: IdArgument, home: HomeOption = None, as_json: JsonOption = False) -> None:
    """Show one proposal: the change field by field, its status, and a rule's impact."""
    from nextbest.app.workspace.proposal_models import ProposalNotFound

    desk = _desk(home)
    try:
        try:
            proposal = desk.get(proposal_id)
        except ProposalNotFound as exc:
            raise fail(str(exc), EXIT_BAD_INPUT) from None
        stale = desk.stale_reason(proposal) if proposal.is_pending else None
    finally:
        desk.close()
    if as_json:
        _emit({**proposal.model_dump(mode="json"), "stale": stale})
        return
    _print_proposal(proposal, stale)


@app.command("approve")
def approve(
    proposal_id: IdArgument,
    name: AsOption = "",
    role: RoleOption = "",
    note: Annotated[
        str, typer.Option("--note", "-m", help="A remark kept with the approval.")
    ] = "",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Approve a proposal and apply it to the brand store (never your own)."""
    actor = _actor(home, name, role)
    _decide(home, as_json, lambda desk: desk.approve(proposal_id, actor, note=note))


@app.command("reject")
def reject(
    proposal_id: IdArgument,
    reason: Annotated[str, typer.Option("--reason", "-m", help="Why (required).")],
    name: AsOption = "",
    role: RoleOption = "",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Reject a proposal, with a reason."""
    actor = _actor(home, name, role)
    _decide(home, as_json, lambda desk: desk.reject(proposal_id, actor, reason=reason))


@app.command("withdraw")
def withdraw(
    proposal_id: IdArgument,
    name: AsOption = "",
    role: RoleOption = "",
    reason: Annotated[str, typer.Option("--reason", "-m", help="Why.")] = "",
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Withdraw your own pending proposal."""
    actor = _actor(home, name, role)
    _decide(home, as_json, lambda desk: desk.withdraw(proposal_id, actor, reason=reason))
