"""The chat's JSON API under ``/api/chat``: the same conversations and turns as the pages.

Every call goes through :mod:`nextbest.app.web.chat_turns` (the conversation's lock, the index,
maker–checker with the authenticated user as the decider); a refusal is a JSON error with its
status.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from nextbest.app.web.api_models import (
    ChatDecisionOut,
    ChatTurnOut,
    ConversationDetailOut,
    ConversationsOut,
    ErrorOut,
)
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.chat_turns import (
    CHAT_ROLE,
    MAX_MESSAGE,
    amend_turn,
    approved_version,
    decide_turn,
    find_conversation,
    mode_label,
    open_index,
    open_session,
    send_turn,
)
from nextbest.app.workspace.chat_session import ChatTurn, new_conversation_id
from nextbest.app.workspace.conversations import Conversation

router = APIRouter()


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


def _turn_out(turn: ChatTurn, conversation: Conversation) -> dict[str, Any]:
    """A turn as the API returns it: the conversation, the new messages and the pending."""
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
        return _turn_out(*send_turn(request, principal, conversation, body.text))
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
    return _turn_out(*send_turn(request, principal, conversation, body.text))


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
    return _turn_out(*amend_turn(request, principal, conversation, body.text))


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
    turn, conversation = decide_turn(request, principal, conversation_id, body.approve, body.reason)
    version = approved_version(request, conversation_id, principal.name) if body.approve else None
    return {**_turn_out(turn, conversation), "goal_version": version}
