"""``nextbest chat``: the marketer chat in the terminal (rich), resumable by conversation id."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Prompt
from rich.table import Table

from nextbest.app.cli.options import HomeOption, parse_now
from nextbest.app.cli.signin import SignInError, require_user
from nextbest.brand_context.workspace import Workspace

if TYPE_CHECKING:
    from nextbest.app.workspace.chat_session import ChatSession, ChatTurn

console = Console(emoji=False, highlight=False)


def _print_messages(messages: list[dict[str, Any]], mode: str, *, echo_user: bool = False) -> None:
    for message in messages:
        role = message["role"]
        if role == "assistant" and message.get("tool_calls"):
            if mode == "llm":
                for call in message["tool_calls"]:
                    console.print(f"[dim]→ {escape(call['function']['name'])}[/]")
            if message.get("content"):
                console.print(Panel(escape(message["content"]), title="nextbest", expand=False))
        elif role == "assistant":
            title = "nextbest (guided)" if message.get("author") == "guided" else "nextbest"
            console.print(
                Panel(
                    escape(str(message.get("content") or "")),
                    title=title,
                    border_style="cyan",
                    expand=False,
                )
            )
        elif role == "user" and echo_user:
            console.print(f"[bold]you:[/] {escape(str(message.get('content') or ''))}")


def print_pending(pending: dict[str, Any]) -> None:
    """Show a goal proposal awaiting approval as a diff table."""
    table = Table(title=f"goal change proposed by {pending.get('proposed_by', '?')}")
    table.add_column("field")
    table.add_column("now", style="red")
    table.add_column("proposed", style="green")
    review = pending.get("review")
    if review is None:  # a proposal made before the complete review existed
        review = [
            {**change, "value": change.get("after"), "status": "changed"}
            for change in pending.get("diff", [])
        ]
    table.add_column("")
    for field in review:
        changed = field.get("status") == "changed"
        value = field.get("value")
        shown = "not set (run default)" if value in (None, [], {}, "") else json.dumps(value)
        table.add_row(
            escape(field["path"]),
            escape(json.dumps(field.get("before"))) if changed else "",
            escape(shown),
            str(field.get("status", "")),
            style="bold" if changed else "dim",
        )
    console.print(table)


_CHOICES = {
    **dict.fromkeys(("y", "yes", "approve"), "approve"),
    **dict.fromkeys(("n", "no", "reject", "w", "withdraw"), "reject"),
    **dict.fromkeys(("a", "amend"), "amend"),
    **dict.fromkeys(("l", "later"), "later"),
}
"""Answers to "Approve this goal change?" → what to do."""


def _amend(session: ChatSession, by: str, text: str) -> ChatTurn | None:
    """Amend the waiting proposal with ``text``; None (and the question) when it is unclear."""
    from nextbest.agents.guided import GuidedError

    try:
        turn = session.amend_text(text, by)
    except GuidedError as error:
        console.print(f"[yellow]{escape(str(error))}[/] Nothing was amended.")
        return None
    _print_messages(turn.messages, session.mode)
    return turn


def _ask_approval(session: ChatSession, me: str, *, maker_checker: bool) -> bool:
    """Decide, amend or leave the waiting proposal; True when it was decided.

    The proposal's maker may amend it (a sentence or ``KEY=VALUE`` options); with maker–checker
    (a workspace with users) the maker cannot approve it, and it waits for another user.
    """
    while (pending := session.pending()) is not None:
        print_pending(pending)
        is_author = me == pending.get("proposed_by")
        may_approve = not (maker_checker and is_author)
        if not may_approve:
            console.print(
                "[yellow]You proposed this change: another user approves it[/] (they run "
                f"nextbest chat --conversation {session.conversation_id}, signed in as themselves)."
            )
        options = ["[y]es approve", "[n]o reject"] if may_approve else ["[w]ithdraw"]
        if is_author:
            options.append("[a]mend")
        options.append("[l]ater")
        answer = Prompt.ask(
            f"Approve this goal change? {' / '.join(options)}",
            console=console,
            default="n" if may_approve else "l",
        )
        choice = _CHOICES.get(answer.strip().lower(), "")
        if choice == "approve" and not may_approve:
            console.print("[red]You cannot approve your own goal change.[/]")
            continue
        if choice == "amend" and not is_author:
            console.print(f"[red]Only {pending.get('proposed_by')}, who proposed it, amends it.[/]")
            continue
        if choice in ("", "later"):
            console.print(
                f"[dim]it waits; resume with nextbest chat --conversation "
                f"{session.conversation_id}[/]"
            )
            return False
        if choice == "amend":
            text = Prompt.ask(
                "What should change? (a sentence, or KEY=VALUE as for propose)", console=console
            )
            _amend(session, me, text)
            continue
        approved = choice == "approve"
        reason = Prompt.ask(
            "Reason" if approved else "Reason (optional)",
            console=console,
            default="" if not approved else None,
        )
        while approved and not (reason or "").strip():
            reason = Prompt.ask("An approval needs a reason", console=console)
        try:
            turn = session.decide(approved, me, reason or "")
        except PermissionError as error:
            console.print(f"[red]{escape(str(error))}[/]")
            return False
        _print_messages(turn.messages, session.mode)
        return True
    return True


def chat(
    home: HomeOption = None,
    conversation: Annotated[
        str | None,
        typer.Option("--conversation", "-c", help="Resume this conversation id."),
    ] = None,
    user: Annotated[
        str | None,
        typer.Option("--as", help="Your name: the author of goals you propose (default: $USER)."),
    ] = None,
    approver: Annotated[
        str | None,
        typer.Option(help="Who approves goal changes in this terminal (default: --as)."),
    ] = None,
    guided: Annotated[
        bool, typer.Option("--guided", help="Use commands even when an LLM is configured.")
    ] = False,
    now: Annotated[str | None, typer.Option(help="Act as of this ISO time (default: now).")] = None,
    customers: Annotated[
        Path | None, typer.Option(help="Customer table previews score (default: the sample).")
    ] = None,
    say: Annotated[
        list[str] | None,
        typer.Option("--say", help="Send this message and exit (repeatable; no prompt)."),
    ] = None,
    amend: Annotated[
        str | None,
        typer.Option(
            "--amend",
            help=(
                "Amend the proposal waiting in --conversation (its maker only) with a sentence "
                "or KEY=VALUE options, then exit; it waits for the same approval."
            ),
        ),
    ] = None,
) -> None:
    """Chat with nextbest: set campaign goals, preview them, explain decisions.

    Goal changes are shown as a diff and stored only when you approve them; the next
    `nextbest run` decides with the approved goal. Without OPENAI_API_KEY the chat runs in
    guided mode: the same operations as explicit commands (type help). Claims, offers and rules
    cannot be changed from the chat.

    In a workspace with users you chat as the user signed in with `nextbest login` (or
    $NEXTBEST_TOKEN), and another user approves your goal changes (they resume the
    conversation); --as and --approver are for a workspace without users.
    """
    from nextbest.agents.guided import help_text
    from nextbest.app.workspace.chat_session import ChatSession
    from nextbest.app.workspace.runtime import NextbestRuntime

    workspace = Workspace.resolve(home)
    try:
        signed = require_user(workspace, user)
        if signed is not None and approver and approver.lower() != signed.name.lower():
            raise SignInError(
                f"you are signed in as {signed.name}: --approver is not used in a workspace "
                "with users (another user approves by resuming the conversation)"
            )
    except SignInError as error:
        console.print(f"[red]error:[/] {escape(str(error))}")
        raise typer.Exit(1) from None
    name = signed.name if signed else (user or getpass.getuser())
    me = signed.name if signed else (approver or name)
    runtime = NextbestRuntime(home)
    runtime.ensure_sample()
    session = ChatSession(
        runtime,
        name,
        conversation,
        now=parse_now(now),
        guided=guided,
        customers=customers,
        maker_checker=signed is not None,
    )
    try:
        mode = (
            f"LLM {runtime.llm.model}"
            if session.mode == "llm"
            else "guided mode (no LLM configured — type help)"
        )
        console.print(
            f"[bold]nextbest chat[/] · {escape(mode)} · conversation "
            f"[bold]{session.conversation_id}[/] (resume with --conversation "
            f"{session.conversation_id})"
        )
        if signed is None:
            console.print("[dim]no users in this workspace: you approve your own goal changes[/]")
        if conversation:
            _print_messages(session.history()[-6:], session.mode, echo_user=True)
        elif session.mode == "guided" and not say:
            console.print(escape(help_text()))
        if amend is not None:
            if session.pending() is None:
                console.print("[red]error:[/] nothing waits for approval in this conversation")
                raise typer.Exit(1)
            turn = _amend(session, name, amend)
            if turn is None:
                raise typer.Exit(2)
            if turn.pending is not None:
                print_pending(turn.pending)
            return
        if session.pending() is not None:
            if say:
                print_pending(session.pending() or {})
                console.print("[yellow]a goal change awaits approval; run without --say[/]")
                raise typer.Exit(1)
            if not _ask_approval(session, me, maker_checker=signed is not None):
                return
        if say:
            for text in say:
                console.print(f"[bold]you:[/] {escape(text)}")
                turn = session.send(text)
                _print_messages(turn.messages, session.mode)
                if turn.pending is not None:
                    print_pending(turn.pending)
                    console.print(
                        "[yellow]awaiting approval:[/] resume with "
                        f"nextbest chat --conversation {session.conversation_id}"
                    )
                    return
            return
        while True:
            try:
                text = Prompt.ask("[bold]you[/]", console=console)
            except (EOFError, KeyboardInterrupt):
                break
            if not text.strip():
                continue
            if text.strip().lower() in ("quit", "exit", "bye"):
                break
            turn = session.send(text)
            _print_messages(turn.messages, session.mode)
            if turn.pending is not None and not _ask_approval(
                session, me, maker_checker=signed is not None
            ):
                break
        console.print(f"[dim]conversation {session.conversation_id} saved.[/]")
    finally:
        session.close()
        runtime.close()
