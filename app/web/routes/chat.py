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

import asyncio
import json
import logging
import secrets
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from nextbest.agents.guided import GuidedError, help_text
from nextbest.app.web.api_models import (
    ChatDecisionOut,
    ChatTurnOut,
    ConversationDetailOut,
    ConversationsOut,
    ErrorOut,
)
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.chat_views import COLD_START, Example, help_examples, tool_view
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.services import services_of
from nextbest.app.workspace.chat_session import (
    ChatSession,
    new_conversation_id,
    offer_names,
    segment_catalog,
)
from nextbest.app.workspace.conversations import Conversation, ConversationIndex
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.roles import Role

router = APIRouter()
log = logging.getLogger("nextbest.web.chat")

CHAT_ROLE = Role.MARKETER
"""Least role of every chat page and API call (viewers get 403)."""
MAX_MESSAGE = 4000
"""Longest message accepted, in characters."""
_LOCKS_GUARD = threading.Lock()


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


# -- helpers ---------------------------------------------------------------------------------


@contextmanager
def open_index(request: Request) -> Iterator[ConversationIndex]:
    """The workspace's conversation index, on the app's clock."""
    services = services_of(request)
    index = ConversationIndex(services.workspace, clock=services.clock)
    try:
        yield index
    finally:
        index.close()


def find_conversation(request: Request, conversation_id: str) -> Conversation:
    """The indexed conversation.

    Raises:
        HTTPException: 404 when there is no such conversation.
    """
    with open_index(request) as index:
        found = index.find(conversation_id)
    if found is None:
        raise HTTPException(404, f"There is no conversation {conversation_id}.")
    return found


def _chat_runtime(request: Request) -> NextbestRuntime:
    """The workspace runtime, with the sample customers set up as ``nextbest chat`` does.

    Previews and explanations read the customer table; ``nextbest serve`` also sets it up at
    start, so this matters for apps built directly with ``create_app``.
    """
    state = request.app.state
    runtime = services_of(request).runtime()
    with _LOCKS_GUARD:
        if not getattr(state, "chat_sample_checked", False):
            runtime.ensure_sample()
            state.chat_sample_checked = True
    return runtime


def open_session(request: Request, principal: Principal, conversation_id: str) -> ChatSession:
    """The conversation as the signed-in user, acting at the app's clock; the caller closes it."""
    services = services_of(request)
    return ChatSession(
        _chat_runtime(request),
        principal.name,
        conversation_id,
        now=services.clock(),
        maker_checker=True,
    )


def conversation_lock(request: Request, conversation_id: str) -> threading.Lock:
    """One lock per conversation, so two turns never interleave in one thread."""
    state = request.app.state
    with _LOCKS_GUARD:
        locks: dict[str, threading.Lock] | None = getattr(state, "chat_locks", None)
        if locks is None:
            locks = state.chat_locks = {}
        return locks.setdefault(conversation_id, threading.Lock())


def mode_label(session: ChatSession) -> str:
    """What answers in this conversation, as shown on the page."""
    if session.mode == "llm":
        return f"LLM {session.runtime.llm.model}"
    return "guided mode — no LLM configured"


@dataclass(frozen=True)
class ShownMessage:
    """One message as people see it (bare tool calls and tool results without a view are not).

    Attributes:
        who: Who said it (the owner's name, ``nextbest`` or ``nextbest (guided)``).
        kind: ``user``, ``assistant``, ``help`` (clickable examples), or a tool result shown as
            UI (:mod:`nextbest.app.web.chat_views`): ``proposal`` (a goal change put up for
            approval), ``preview`` or ``goals``.
        text: What was said (plain text; templates escape it).
        tools: In LLM mode, the tools the model called.
        note: A small note, such as the model that wrote it.
        view: For a tool result, the values its template renders.
    """

    who: str
    kind: str
    text: str
    tools: tuple[str, ...] = ()
    note: str = ""
    view: dict[str, Any] | None = field(default=None, compare=False, hash=False)


_VIEW_TITLES = {
    "proposal": "Goal change put up for approval",
    "preview": "Preview (nothing is stored)",
    "goals": "Goals",
}


def shown(
    message: dict[str, Any], mode: str, owner: str, *, after_view: bool = False
) -> ShownMessage | None:
    """How ``message`` appears in the conversation, or None if hidden.

    Args:
        message: One conversation message.
        mode: ``llm`` or ``guided``.
        owner: The conversation's owner (who the user messages are from).
        after_view: The message follows a tool result shown as UI; guided mode's text rendering
            of that result is then hidden (the UI shows it).
    """
    role = message.get("role")
    text = str(message.get("content") or "")
    if role == "user":
        return ShownMessage(owner, "user", text)
    if role == "tool":
        found = tool_view(str(message.get("name") or ""), text)
        if found is None:
            return None
        kind, view = found
        return ShownMessage("nextbest", kind, _VIEW_TITLES[kind], view=view)
    if role != "assistant":
        return None
    author = str(message.get("author") or "")
    calls = message.get("tool_calls") or []
    if calls:
        tools = tuple(str(c["function"]["name"]) for c in calls) if mode == "llm" else ()
        if not tools and not text.strip():
            return None
        return ShownMessage("nextbest", "assistant", text, tools, author if mode == "llm" else "")
    if author == "guided" and after_view:
        return None
    who = "nextbest (guided)" if author == "guided" else "nextbest"
    if author == "guided" and text.strip() == help_text():
        return ShownMessage(who, "help", "")
    note = author if author not in ("guided", "nextbest") else ""
    return ShownMessage(who, "assistant", text, (), note)


class ShownStream:
    """A conversation's messages, one at a time, as people see them.

    It keeps the context :func:`shown` needs: whether the last tool results were shown as UI.
    """

    def __init__(self, mode: str, owner: str) -> None:
        self.mode, self.owner = mode, owner
        self._after_view = False

    def add(self, message: dict[str, Any]) -> ShownMessage | None:
        """The shown form of the next message, or None."""
        item = shown(message, self.mode, self.owner, after_view=self._after_view)
        if message.get("role") == "tool":
            self._after_view = self._after_view or (item is not None and item.view is not None)
        else:
            self._after_view = False
        return item


def shown_all(messages: list[dict[str, Any]], mode: str, owner: str) -> list[ShownMessage]:
    """The messages people see, in order."""
    stream = ShownStream(mode, owner)
    return [item for m in messages if (item := stream.add(m)) is not None]


def help_examples_for(session: ChatSession) -> list[Example]:
    """Help examples naming the workspace's own offers and customer segments."""
    offers = [o.name for o in offer_names(session.runtime, session.now)]
    segments = [
        phrase
        for segment in segment_catalog(session.runtime).segments
        for phrase in segment.phrases[-1:]
    ]
    return help_examples(offers, segments)


def _changes(diff: list[dict[str, Any]]) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (str(c.get("path", "")), json.dumps(c.get("before")), json.dumps(c.get("after")))
        for c in diff
    )


def _pending_view(pending: dict[str, Any] | None) -> dict[str, Any] | None:
    if pending is None:
        return None
    return {
        "proposed_by": str(pending.get("proposed_by") or "?"),
        "revision": int(pending.get("revision") or 1),
        "summary": str((pending.get("goal") or {}).get("summary") or ""),
        "diff": [
            {"path": path, "before": before, "after": after}
            for path, before, after in _changes(pending.get("diff", []))
        ],
        "review": [
            {"path": str(f.get("path")), "status": str(f.get("status")), "value": f.get("value")}
            for f in pending.get("review", [])
            if isinstance(f, dict) and f.get("status") != "changed"
        ],
    }


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
        "pending": _pending_view(pending),
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


def _refuse(request: Request, status: int, message: str, title: str = "Not allowed") -> Response:
    return render(
        request,
        "error.j2",
        {"title": title, "status": status, "message": message},
        status_code=status,
    )


def _check_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("Type a message first.")
    if len(text) > MAX_MESSAGE:
        raise ValueError(f"A message has at most {MAX_MESSAGE} characters.")
    return text


def _not_owner(conversation: Conversation) -> str:
    return (
        f"Only {conversation.owner}, who started this conversation, writes in it. You may read "
        "it and decide a goal change awaiting approval."
    )


def _own_goal(author: str) -> str:
    return (
        f"You ({author}) proposed this goal change: it awaits approval by another user. "
        "Nothing was changed."
    )


def _audit_self_approval(
    request: Request, principal: Principal, conversation_id: str, reason: str
) -> None:
    services_of(request).audit.record(
        principal.name,
        "goal.approve",
        f"conversation:{conversation_id}",
        reason,
        outcome="refused",
        details={"error": "maker cannot approve their own goal"},
    )


def _approved_version(request: Request, conversation_id: str, approver: str) -> int | None:
    goals = services_of(request).runtime().goals
    found = [
        v
        for v in goals.history()
        if v.conversation_id == conversation_id and v.approved_by == approver
    ]
    return found[-1].version if found else None


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
    if principal.name != conversation.owner:
        return _refuse(request, 403, _not_owner(conversation))
    try:
        text = _check_text(text)
    except ValueError as error:
        return _render_conversation(
            request, principal, conversation, error=str(error), status_code=400
        )
    session = open_session(request, principal, conversation_id)
    try:
        with conversation_lock(request, conversation_id):
            try:
                turn = session.send(text)
            except RuntimeError as error:
                flash(request, f"{error}.", "error")
                return redirect(f"/chat/{conversation_id}")
            with open_index(request) as index:
                index.sync(conversation_id, session.history(), turn.pending)
    finally:
        session.close()
    return redirect(f"/chat/{conversation_id}#latest")


_WAITING = "A goal change awaits approval: it must be decided first."


def _sse(event: str, data: dict[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


@router.post("/chat/{conversation_id}/stream")
async def stream_message(
    request: Request,
    conversation_id: str,
    text: str = Form(""),
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> Response:
    """Send a message; the reply streams back as server-sent events, one per message.

    Events: ``message`` (``{"html": …}``, the message rendered as on the page — the user's own
    first), ``done`` (``{"pending": bool, "html": …}``, the goal change to decide, if any) and
    ``error`` (``{"message": …}``). A refusal before the turn starts (not the owner, empty
    text, a goal change still waiting) is an ordinary error page, and the script then falls back
    to posting the form.
    """
    conversation = await asyncio.to_thread(find_conversation, request, conversation_id)
    if principal.name != conversation.owner:
        return _refuse(request, 403, _not_owner(conversation))
    try:
        text = _check_text(text)
    except ValueError as error:
        return _refuse(request, 400, str(error), "Not sent")
    session = await asyncio.to_thread(open_session, request, principal, conversation_id)
    if await asyncio.to_thread(session.pending) is not None:
        session.close()
        return _refuse(request, 409, _WAITING, "Not sent")
    templates = request.app.state.templates.env
    message_template = templates.get_template("chat_message.j2")
    pending_template = templates.get_template("chat_pending.j2")
    lock = conversation_lock(request, conversation_id)
    context = {"csrf_token": principal.csrf_token, "conversation": conversation}
    examples = await asyncio.to_thread(help_examples_for, session)
    learned = await asyncio.to_thread(session.outcomes_learned)
    cold_start = COLD_START if learned == 0 else ""

    def work(put: Callable[[str | None], None]) -> None:
        try:
            with lock:
                if session.pending() is not None:  # a turn that finished meanwhile made one
                    put(_sse("error", {"message": _WAITING}))
                    return
                stream = ShownStream(session.mode, conversation.owner)
                user = stream.add({"role": "user", "content": text})
                put(_sse("message", {"html": message_template.render(item=user)}))
                for message in session.stream(text):
                    item = stream.add(message)
                    if item is not None:
                        html = message_template.render(
                            item=item, examples=examples, cold_start=cold_start
                        )
                        put(_sse("message", {"html": html}))
                pending = session.pending()
                with ConversationIndex(
                    services_of(request).workspace, clock=services_of(request).clock
                ) as index:
                    index.sync(conversation_id, session.history(), pending)
                html = ""
                if pending is not None:
                    html = pending_template.render(
                        pending=_pending_view(pending),
                        is_author=principal.name == pending.get("proposed_by"),
                        error="",
                        reason="",
                        **context,
                    )
                put(_sse("done", {"pending": pending is not None, "html": html}))
        except Exception:  # the page hears about it; the details go to the log only
            reference = secrets.token_hex(4)
            log.exception("error %s in a chat turn of conversation %s", reference, conversation_id)
            put(
                _sse(
                    "error",
                    {
                        "message": (
                            f"Something went wrong on our side (reference {reference}); the "
                            "reply is "
                            "incomplete. The error was logged; please try again."
                        )
                    },
                )
            )
        finally:
            session.close()
            put(None)

    async def events() -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def put(item: str | None) -> None:
            with suppress(RuntimeError):  # the client went away and the loop closed
                loop.call_soon_threadsafe(queue.put_nowait, item)

        threading.Thread(target=work, args=(put,), name="chat-turn", daemon=True).start()
        while (item := await queue.get()) is not None:
            yield item

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


def _decide(
    request: Request,
    principal: Principal,
    conversation_id: str,
    approve: bool,
    reason: str,
) -> Response:
    conversation = find_conversation(request, conversation_id)
    reason = reason.strip()
    session = open_session(request, principal, conversation_id)
    try:
        with conversation_lock(request, conversation_id):
            pending = session.pending()
            if pending is None:
                flash(request, "Nothing awaits approval in this conversation.", "error")
                return redirect(f"/chat/{conversation_id}")
            if approve and not reason:
                return _render_conversation(
                    request,
                    principal,
                    conversation,
                    error="Say why you approve it (the reason is recorded).",
                    status_code=400,
                )
            try:
                turn = session.decide(approve, principal.name, reason)
            except PermissionError:
                _audit_self_approval(request, principal, conversation_id, reason)
                return _refuse(request, 403, _own_goal(principal.name))
            with open_index(request) as index:
                index.sync(conversation_id, session.history(), turn.pending)
    finally:
        session.close()
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


def _amend(
    request: Request, principal: Principal, conversation: Conversation, text: str
) -> tuple[list[dict[str, Any]], dict[str, Any] | None, Conversation]:
    """Amend the waiting goal change with ``text``; returns the new messages and the pending.

    Raises:
        HTTPException: 409 nothing waits, 403 not its maker, 400 empty or unclear text (the
            detail is the question to answer).
    """
    conversation_id = conversation.conversation_id
    session = open_session(request, principal, conversation_id)
    try:
        with conversation_lock(request, conversation_id):
            pending = session.pending()
            if pending is None:
                raise HTTPException(409, "Nothing awaits approval in this conversation.")
            maker = pending.get("proposed_by")
            if principal.name != maker:
                raise HTTPException(403, f"Only {maker}, who proposed this change, amends it.")
            try:
                turn = session.amend_text(_check_text(text), principal.name)
            except (ValueError, GuidedError) as error:
                raise HTTPException(400, f"Not amended: {error}") from None
            with open_index(request) as index:
                conversation = index.sync(conversation_id, session.history(), turn.pending)
    finally:
        session.close()
    return turn.messages, turn.pending, conversation


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
        messages, _, _ = _amend(request, principal, conversation, text)
    except HTTPException as error:
        if error.status_code == 400:
            return _render_conversation(
                request, principal, conversation, error=str(error.detail), status_code=400
            )
        return _refuse(request, error.status_code, str(error.detail))
    for message in messages:
        if message.get("role") == "assistant" and message.get("content"):
            flash(request, str(message["content"]), "info")
    return redirect(f"/chat/{conversation_id}#pending")


# -- JSON API --------------------------------------------------------------------------------


class ChatStartIn(BaseModel):
    """A new conversation, optionally with its first message."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The first message (optional).")


class ChatMessageIn(BaseModel):
    """A message from the conversation's owner."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_MESSAGE)


class ChatDecisionIn(BaseModel):
    """A decision on the pending goal change (the decider is the authenticated user)."""

    model_config = ConfigDict(extra="forbid")

    approve: bool
    reason: str = Field("", description="Why; required to approve. Recorded and audited.")


def _api_send(
    request: Request, principal: Principal, conversation: Conversation, text: str
) -> dict[str, Any]:
    if principal.name != conversation.owner:
        raise HTTPException(403, _not_owner(conversation))
    try:
        text = _check_text(text)
    except ValueError as error:
        raise HTTPException(400, str(error)) from None
    session = open_session(request, principal, conversation.conversation_id)
    try:
        with conversation_lock(request, conversation.conversation_id):
            try:
                turn = session.send(text)
            except RuntimeError as error:
                raise HTTPException(409, f"{error}.") from None
            with open_index(request) as index:
                conversation = index.sync(
                    conversation.conversation_id, session.history(), turn.pending
                )
    finally:
        session.close()
    return {
        "conversation": conversation.model_dump(mode="json"),
        "messages": turn.messages,
        "pending": turn.pending,
    }


@router.get("/api/chat", tags=["chat"], response_model=ConversationsOut)
def api_conversations(
    request: Request, principal: Principal = Depends(require_role(CHAT_ROLE))
) -> dict[str, list[dict[str, Any]]]:
    """My conversations and every conversation with a goal change awaiting approval."""
    with open_index(request) as index:
        mine = index.started_by(principal.name)
        waiting = index.awaiting_approval()
    return {
        "mine": [c.model_dump(mode="json") for c in mine],
        "awaiting_approval": [c.model_dump(mode="json") for c in waiting],
    }


@router.post("/api/chat", tags=["chat"], status_code=201, response_model=ChatTurnOut)
def api_start(
    request: Request,
    body: ChatStartIn | None = None,
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> dict[str, Any]:
    """Start a conversation (owned by the caller), optionally sending its first message."""
    with open_index(request) as index:
        conversation = index.create(new_conversation_id(), principal.name)
    if body is not None and body.text:
        return _api_send(request, principal, conversation, body.text)
    return {"conversation": conversation.model_dump(mode="json"), "messages": [], "pending": None}


@router.get(
    "/api/chat/{conversation_id}",
    tags=["chat"],
    response_model=ConversationDetailOut,
    responses={404: {"model": ErrorOut}},
)
def api_conversation(
    request: Request,
    conversation_id: str,
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> dict[str, Any]:
    """The conversation: every message, the mode, and the goal change awaiting approval."""
    conversation = find_conversation(request, conversation_id)
    session = open_session(request, principal, conversation_id)
    try:
        history, pending = session.history(), session.pending()
        mode = mode_label(session)
    finally:
        session.close()
    with open_index(request) as index:
        conversation = index.sync(conversation_id, history, pending)
    return {
        "conversation": conversation.model_dump(mode="json"),
        "mode": mode,
        "messages": history,
        "pending": pending,
        "may_write": principal.name == conversation.owner,
        "may_approve": pending is not None and principal.name != pending.get("proposed_by"),
    }


@router.post(
    "/api/chat/{conversation_id}/messages",
    tags=["chat"],
    response_model=ChatTurnOut,
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}},
)
def api_message(
    request: Request,
    conversation_id: str,
    body: ChatMessageIn,
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> dict[str, Any]:
    """Send a message (the owner only); returns the new messages and any pending goal change."""
    conversation = find_conversation(request, conversation_id)
    return _api_send(request, principal, conversation, body.text)


@router.post(
    "/api/chat/{conversation_id}/amend",
    tags=["chat"],
    response_model=ChatTurnOut,
    responses={
        400: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
        409: {"model": ErrorOut},
    },
)
def api_amend(
    request: Request,
    conversation_id: str,
    body: ChatMessageIn,
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> dict[str, Any]:
    """Amend the pending goal change (its maker only): a sentence or ``KEY=VALUE`` options.

    Returns the new messages and the amended proposal (a new revision awaiting the same
    approval); 400 with the question to answer when the text is unclear.
    """
    conversation = find_conversation(request, conversation_id)
    messages, pending, conversation = _amend(request, principal, conversation, body.text)
    return {
        "conversation": conversation.model_dump(mode="json"),
        "messages": messages,
        "pending": pending,
    }


@router.post(
    "/api/chat/{conversation_id}/decision",
    tags=["chat"],
    response_model=ChatDecisionOut,
    responses={400: {"model": ErrorOut}, 403: {"model": ErrorOut}, 409: {"model": ErrorOut}},
)
def api_decision(
    request: Request,
    conversation_id: str,
    body: ChatDecisionIn,
    principal: Principal = Depends(require_role(CHAT_ROLE)),
) -> dict[str, Any]:
    """Approve or reject the pending goal change; the author may not approve their own."""
    find_conversation(request, conversation_id)
    reason = body.reason.strip()
    session = open_session(request, principal, conversation_id)
    try:
        with conversation_lock(request, conversation_id):
            pending = session.pending()
            if pending is None:
                raise HTTPException(409, "Nothing awaits approval in this conversation.")
            if body.approve and not reason:
                raise HTTPException(400, "An approval needs a reason.")
            try:
                turn = session.decide(body.approve, principal.name, reason)
            except PermissionError:
                _audit_self_approval(request, principal, conversation_id, reason)
                raise HTTPException(403, _own_goal(principal.name)) from None
            with open_index(request) as index:
                conversation = index.sync(conversation_id, session.history(), turn.pending)
    finally:
        session.close()
    version = _approved_version(request, conversation_id, principal.name) if body.approve else None
    return {
        "conversation": conversation.model_dump(mode="json"),
        "messages": turn.messages,
        "pending": turn.pending,
        "goal_version": version,
    }


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
