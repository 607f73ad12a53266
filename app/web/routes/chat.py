"""The marketer chat in the browser: conversations, streamed replies, goal changes to approve.

Every page and API call goes through :class:`~nextbest.app.workspace.chat_session.ChatSession` —
the same graph as
``nextbest chat`` — with ``maker_checker=True``: a goal change proposed in a conversation is
stored only when a *different* signed-in user (marketer or higher) approves it; the approver is
the authenticated user, never a form field. Approval resumes the paused graph, which stores the
goal version and writes ``goal.approve`` / ``goal.reject`` to the audit log; a refused
self-approval is audited here.

Only a conversation's owner writes in it; any marketer or higher may read it and decide a
pending goal change. Replies stream as server-sent events from ``POST /chat/{id}/stream``
(``static/chat.js`` renders them as they come); ``POST /chat/{id}/messages`` is the same turn as
a plain form post and redirect, for tests and browsers without JavaScript. The chat acts at the
app's clock. Conversations are listed from
:class:`nextbest.app.workspace.conversations.ConversationIndex`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.agents.guided import help_text
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.chat_transcript import pending_view, shown_all
from nextbest.app.web.chat_turns import (
    CHAT_ROLE,
    amend_turn,
    decide_turn,
    find_conversation,
    help_examples_for,
    mode_label,
    open_index,
    open_session,
    send_turn,
)
from nextbest.app.web.chat_views import COLD_START
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import error_page, flash, redirect, render
from nextbest.app.workspace.chat_session import ChatSession, new_conversation_id
from nextbest.app.workspace.conversations import Conversation, ConversationIndex

router = APIRouter()

REASON_NEEDED = "Say why you approve it (the reason is recorded)."
"""The approval form's error when the reason is empty."""


def examples(home: Path) -> dict[str, dict[str, str]]:
    """Example path values for the route-permission test: an empty conversation of mark's."""
    conversation_id = "example-chat"
    with ConversationIndex(home) as index:
        index.create(conversation_id, "mark")
    paths = (
        "/chat/{conversation_id}",
        "/chat/{conversation_id}/messages",
        "/chat/{conversation_id}/stream",
        "/chat/{conversation_id}/approve",
        "/chat/{conversation_id}/reject",
        "/chat/{conversation_id}/amend",
        "/api/chat/{conversation_id}",
        "/api/chat/{conversation_id}/messages",
        "/api/chat/{conversation_id}/decision",
        "/api/chat/{conversation_id}/amend",
    )
    return {path: {"conversation_id": conversation_id} for path in paths}


def _page_context(
    request: Request,
    principal: Principal,
    conversation: Conversation,
    session: ChatSession,
    *,
    error: str = "",
    reason: str = "",
) -> dict[str, Any]:
    history = session.history()
    pending = session.pending()
    with open_index(request) as index:
        conversation = index.sync(conversation.conversation_id, history, pending)
    runtime = session.runtime
    in_force = runtime.goals.in_force(session.now)
    return {
        "title": conversation.title or f"Conversation {conversation.conversation_id}",
        "conversation": conversation,
        "messages": shown_all(history, session.mode, conversation.owner),
        "mode": mode_label(session),
        "guided": session.mode == "guided",
        "help": help_text() if session.mode == "guided" else "",
        "examples": help_examples_for(session),
        "cold_start": COLD_START if session.outcomes_learned() == 0 else "",
        "pending": pending_view(pending),
        "is_owner": principal.name == conversation.owner,
        "is_author": pending is not None and principal.name == pending.get("proposed_by"),
        "goal": in_force,
        "limits": runtime.goals.limits,
        "error": error,
        "reason": reason,
    }


def _render_conversation(
    request: Request,
    principal: Principal,
    conversation: Conversation,
    *,
    error: str = "",
    reason: str = "",
    status_code: int = 200,
) -> Response:
    session = open_session(request, principal, conversation.conversation_id)
    try:
        context = _page_context(
            request, principal, conversation, session, error=error, reason=reason
        )
    finally:
        session.close()
    return render(request, "chat_conversation.j2", context, status_code=status_code)


def _refused_turn(
    request: Request,
    principal: Principal,
    conversation: Conversation,
    error: HTTPException,
    *,
    form_error: str | None = None,
    conflict_back: bool = True,
) -> Response:
    """A refused turn as a page.

    Args:
        request: The request.
        principal: The signed-in user.
        conversation: The conversation.
        error: The refusal (:mod:`nextbest.app.web.chat_turns`).
        form_error: What the re-rendered form says for a 400 (default: the refusal's detail).
        conflict_back: A 409 goes back to the conversation with the detail flashed (else it is
            an error page).
    """
    detail = str(error.detail)
    if error.status_code == 400:
        return _render_conversation(
            request, principal, conversation, error=form_error or detail, status_code=400
        )
    if error.status_code == 409 and conflict_back:
        flash(request, detail, "error")
        return redirect(f"/chat/{conversation.conversation_id}")
    return error_page(request, error.status_code, detail)


# -- pages -----------------------------------------------------------------------------------


@router.get("/chat", response_class=HTMLResponse)
def chat_page(
    request: Request, principal: Principal = Depends(require_role(CHAT_ROLE))
) -> Response:
    """My conversations, goal changes awaiting approval, and a button for a new conversation."""
    with open_index(request) as index:
        mine = index.started_by(principal.name)
        waiting = index.awaiting_approval()
    return render(
        request,
        "chat.j2",
        {"title": "Chat", "mine": mine, "waiting": waiting},
    )


@router.post("/chat")
def new_conversation(
    request: Request, principal: Principal = Depends(require_role(CHAT_ROLE))
) -> Response:
    """Start a conversation owned by the signed-in user and open it."""
    with open_index(request) as index:
        conversation = index.create(new_conversation_id(), principal.name)
    return redirect(f"/chat/{conversation.conversation_id}")


@router.get("/chat/{conversation_id}", response_class=HTMLResponse)
def conversation_page(
    request: Request,
    conversation_id: str,
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> Response:
    """The conversation, the message form (owner only) and any goal change to decide."""
    conversation = find_conversation(request, conversation_id)
    return _render_conversation(request, principal, conversation)


@router.post("/chat/{conversation_id}/messages")
def post_message(
    request: Request,
    conversation_id: str,
    text: str = Form(""),
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> Response:
    """Send a message and wait for the whole reply (the no-JavaScript path): back to the page."""
    conversation = find_conversation(request, conversation_id)
    try:
        send_turn(request, principal, conversation, text)
    except HTTPException as error:
        return _refused_turn(request, principal, conversation, error)
    return redirect(f"/chat/{conversation_id}#latest")


def _decide(
    request: Request,
    principal: Principal,
    conversation_id: str,
    approve: bool,
    reason: str,
) -> Response:
    conversation = find_conversation(request, conversation_id)
    try:
        turn, _ = decide_turn(request, principal, conversation_id, approve, reason)
    except HTTPException as error:
        return _refused_turn(request, principal, conversation, error, form_error=REASON_NEEDED)
    for message in turn.messages:
        if message.get("role") == "assistant" and message.get("content"):
            text = str(message["content"])
            flash(request, text, "ok" if text.startswith("Approved") else "info")
    return redirect(f"/chat/{conversation_id}#latest")


@router.post("/chat/{conversation_id}/approve")
def approve(
    request: Request,
    conversation_id: str,
    reason: str = Form(""),
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> Response:
    """Approve the pending goal change (not its author; a reason is required): it is stored."""
    return _decide(request, principal, conversation_id, True, reason)


@router.post("/chat/{conversation_id}/reject")
def reject(
    request: Request,
    conversation_id: str,
    reason: str = Form(""),
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> Response:
    """Reject the pending goal change (its author may withdraw it): nothing is changed."""
    return _decide(request, principal, conversation_id, False, reason)


@router.post("/chat/{conversation_id}/amend")
def amend(
    request: Request,
    conversation_id: str,
    text: str = Form(""),
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> Response:
    """Amend the pending goal change (its maker only) with a sentence or ``KEY=VALUE`` options.

    The amended proposal is a new revision, checked against the limits like any proposal, and
    waits for the same approval.
    """
    conversation = find_conversation(request, conversation_id)
    try:
        turn, _ = amend_turn(request, principal, conversation, text)
    except HTTPException as error:
        return _refused_turn(request, principal, conversation, error, conflict_back=False)
    for message in turn.messages:
        if message.get("role") == "assistant" and message.get("content"):
            flash(request, str(message["content"]), "info")
    return redirect(f"/chat/{conversation_id}#pending")


def dashboard(request: Request, principal: Principal) -> list[Panel]:
    """Home-page panel for marketers and up: goal changes from the chat awaiting approval."""
    if not principal.allows(CHAT_ROLE):
        return []
    with open_index(request) as index:
        waiting = index.awaiting_approval()
    return [
        Panel(
            "Goal changes awaiting approval",
            count=len(waiting),
            href="/chat",
            order=15,
            items=[
                PanelItem(
                    c.title or c.conversation_id,
                    href=f"/chat/{c.conversation_id}",
                    note=f"by {c.pending_by}",
                )
                for c in waiting[:5]
            ],
            empty="No goal change waits for a decision.",
        )
    ]
