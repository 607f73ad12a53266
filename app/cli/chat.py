"""``nextbest chat``: the marketer chat in the terminal (rich), resumable by conversation id."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Confirm, Prompt
from rich.table import Table

from nextbest.agents.guided import help_text
from nextbest.app.cli.options import HomeOption, parse_now
from nextbest.app.workspace.chat_session import ChatSession, ChatTurn
from nextbest.app.workspace.runtime import NextbestRuntime

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


def _ask_approval(session: ChatSession, approver: str) -> ChatTurn:
    pending = session.pending()
    assert pending is not None
    print_pending(pending)
    approved = Confirm.ask("Approve this goal change?", console=console, default=False)
    reason = Prompt.ask(
        "Reason" if approved else "Reason (optional)",
        console=console,
        default="" if not approved else None,
    )
    while approved and not (reason or "").strip():
        reason = Prompt.ask("An approval needs a reason", console=console)
    return session.decide(approved, approver, reason or "")


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
) -> None:
    """Chat with nextbest: set campaign goals, preview them, explain decisions.

    Goal changes are shown as a diff and stored only when you approve them; the next
    `nextbest run` decides with the approved goal. Without OPENAI_API_KEY the chat runs in
    guided mode: the same operations as explicit commands (type help). Claims, offers and rules
    cannot be changed from the chat.
    """
    name = user or getpass.getuser()
    runtime = NextbestRuntime(home)
    runtime.ensure_sample()
    session = ChatSession(
        runtime, name, conversation, now=parse_now(now), guided=guided, customers=customers
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
        if conversation:
            _print_messages(session.history()[-6:], session.mode, echo_user=True)
        elif session.mode == "guided" and not say:
            console.print(escape(help_text()))
        if session.pending() is not None:
            if say:
                print_pending(session.pending() or {})
                console.print("[yellow]a goal change awaits approval; run without --say[/]")
                raise typer.Exit(1)
            _print_messages(_ask_approval(session, approver or name).messages, session.mode)
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
            if turn.pending is not None:
                _print_messages(_ask_approval(session, approver or name).messages, session.mode)
        console.print(f"[dim]conversation {session.conversation_id} saved.[/]")
    finally:
        session.close()
        runtime.close()
