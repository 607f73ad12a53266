"""A chat conversation as the web reaches it: opened for a request, one turn at a time.

The chat pages, the streamed replies and the JSON API all open a conversation here — as the
signed-in user, at the app's clock, with ``maker_checker=True`` — and take their turns through
:func:`send_turn`, :func:`decide_turn` and :func:`amend_turn`: each holds the conversation's
lock, so two turns never interleave, and updates the conversation index afterwards. A refusal is
an :class:`~fastapi.HTTPException` with the status and message the API returns; the pages turn
it into a page.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException, Request

from nextbest.agents.guided import GuidedError
from nextbest.app.web.auth import Principal
from nextbest.app.web.chat_views import Example, help_examples
from nextbest.app.web.services import services_of
from nextbest.app.workspace.chat_session import (
    ChatSession,
    ChatTurn,
    offer_names,
    segment_catalog,
)
from nextbest.app.workspace.conversations import Conversation, ConversationIndex
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.roles import Role

CHAT_ROLE = Role.MARKETER
"""Least role of every chat page and API call (viewers get 403)."""
MAX_MESSAGE = 4000
"""Longest message accepted, in characters."""
_LOCKS_GUARD = threading.Lock()


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


def chat_runtime(request: Request) -> NextbestRuntime:
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
        chat_runtime(request),
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


def help_examples_for(session: ChatSession) -> list[Example]:
    """Help examples naming the workspace's own offers and customer segments."""
    offers = [o.name for o in offer_names(session.runtime, session.now)]
    segments = [
        phrase
        for segment in segment_catalog(session.runtime).segments
        for phrase in segment.phrases[-1:]
    ]
    return help_examples(offers, segments)


def check_text(text: str) -> str:
    """The message stripped.

    Raises:
        ValueError: Empty, or longer than :data:`MAX_MESSAGE`.
    """
    text = text.strip()
    if not text:
        raise ValueError("Type a message first.")
    if len(text) > MAX_MESSAGE:
        raise ValueError(f"A message has at most {MAX_MESSAGE} characters.")
    return text


def not_owner(conversation: Conversation) -> str:
    """Why someone other than the owner may not write in the conversation."""
    return (
        f"Only {conversation.owner}, who started this conversation, writes in it. You may read "
        "it and decide a goal change awaiting approval."
    )


def own_goal(author: str) -> str:
    """Why the author of a goal change may not approve it."""
    return (
        f"You ({author}) proposed this goal change: it awaits approval by another user. "
        "Nothing was changed."
    )


def audit_self_approval(
    request: Request, principal: Principal, conversation_id: str, reason: str
) -> None:
    """Audit a refused self-approval of a goal change."""
    services_of(request).audit.record(
        principal.name,
        "goal.approve",
        f"conversation:{conversation_id}",
        reason,
        outcome="refused",
        details={"error": "maker cannot approve their own goal"},
    )


def approved_version(request: Request, conversation_id: str, approver: str) -> int | None:
    """The goal version ``approver`` approved from this conversation, newest (None if none)."""
    goals = services_of(request).runtime().goals
    found = [
        v
        for v in goals.history()
        if v.conversation_id == conversation_id and v.approved_by == approver
    ]
    return found[-1].version if found else None


NOTHING_PENDING = "Nothing awaits approval in this conversation."


@contextmanager
def _turn(request: Request, principal: Principal, conversation_id: str) -> Iterator[ChatSession]:
    """The conversation as the signed-in user, held under its lock; closed afterwards."""
    session = open_session(request, principal, conversation_id)
    try:
        with conversation_lock(request, conversation_id):
            yield session
    finally:
        session.close()


def _synced(
    request: Request, conversation_id: str, session: ChatSession, turn: ChatTurn
) -> Conversation:
    """The conversation's index entry brought up to date after a turn."""
    with open_index(request) as index:
        return index.sync(conversation_id, session.history(), turn.pending)


def send_turn(
    request: Request, principal: Principal, conversation: Conversation, text: str
) -> tuple[ChatTurn, Conversation]:
    """Send the owner's message and wait for the whole reply.

    Returns:
        The turn (new messages, pending goal change) and the updated conversation.

    Raises:
        HTTPException: 403 not the owner, 400 empty or too long, 409 a goal change waits.
    """
    if principal.name != conversation.owner:
        raise HTTPException(403, not_owner(conversation))
    try:
        text = check_text(text)
    except ValueError as error:
        raise HTTPException(400, str(error)) from None
    conversation_id = conversation.conversation_id
    with _turn(request, principal, conversation_id) as session:
        try:
            turn = session.send(text)
        except RuntimeError as error:
            raise HTTPException(409, f"{error}.") from None
        conversation = _synced(request, conversation_id, session, turn)
    return turn, conversation


def decide_turn(
    request: Request, principal: Principal, conversation_id: str, approve: bool, reason: str
) -> tuple[ChatTurn, Conversation]:
    """Approve or reject the pending goal change as the signed-in user.

    A refused self-approval is audited.

    Returns:
        The turn and the updated conversation.

    Raises:
        HTTPException: 409 nothing waits, 400 an approval without a reason, 403 the author
            approving their own change.
    """
    reason = reason.strip()
    with _turn(request, principal, conversation_id) as session:
        if session.pending() is None:
            raise HTTPException(409, NOTHING_PENDING)
        if approve and not reason:
            raise HTTPException(400, "An approval needs a reason.")
        try:
            turn = session.decide(approve, principal.name, reason)
        except PermissionError:
            audit_self_approval(request, principal, conversation_id, reason)
            raise HTTPException(403, own_goal(principal.name)) from None
        conversation = _synced(request, conversation_id, session, turn)
    return turn, conversation


def amend_turn(
    request: Request, principal: Principal, conversation: Conversation, text: str
) -> tuple[ChatTurn, Conversation]:
    """Amend the waiting goal change with ``text`` (its maker only); a new revision waits.

    Returns:
        The turn (new messages, amended proposal) and the updated conversation.

    Raises:
        HTTPException: 409 nothing waits, 403 not its maker, 400 empty or unclear text (the
            detail is the question to answer).
    """
    conversation_id = conversation.conversation_id
    with _turn(request, principal, conversation_id) as session:
        pending = session.pending()
        if pending is None:
            raise HTTPException(409, NOTHING_PENDING)
        maker = pending.get("proposed_by")
        if principal.name != maker:
            raise HTTPException(403, f"Only {maker}, who proposed this change, amends it.")
        try:
            turn = session.amend_text(check_text(text), principal.name)
        except (ValueError, GuidedError) as error:
            raise HTTPException(400, f"Not amended: {error}") from None
        conversation = _synced(request, conversation_id, session, turn)
    return turn, conversation
