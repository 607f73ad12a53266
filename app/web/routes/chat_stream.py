"""The chat's streamed replies: ``POST /chat/{id}/stream`` answers as server-sent events.

``static/chat.js`` renders each event as it comes; ``POST /chat/{id}/messages``
(:mod:`nextbest.app.web.routes.chat`) is the same turn as a plain form post, for browsers without
JavaScript. The turn runs in a thread holding the conversation's lock.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response, StreamingResponse

from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.chat_transcript import ShownStream, pending_view
from nextbest.app.web.chat_turns import (
    CHAT_ROLE,
    check_text,
    conversation_lock,
    find_conversation,
    help_examples_for,
    not_owner,
    open_index,
    open_session,
)
from nextbest.app.web.chat_views import COLD_START
from nextbest.app.web.pages import error_page

router = APIRouter()
log = logging.getLogger("nextbest.web.chat")

_WAITING = "A goal change awaits approval: it must be decided first."


def _sse(event: str, data: dict[str, Any]) -> str:
    """One server-sent event."""
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
        return error_page(request, 403, not_owner(conversation))
    try:
        text = check_text(text)
    except ValueError as error:
        return error_page(request, 400, str(error), "Not sent")
    session = await asyncio.to_thread(open_session, request, principal, conversation_id)
    if await asyncio.to_thread(session.pending) is not None:
        session.close()
        return error_page(request, 409, _WAITING, "Not sent")
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
                with open_index(request) as index:
                    index.sync(conversation_id, session.history(), pending)
                html = ""
                if pending is not None:
                    html = pending_template.render(
                        pending=pending_view(pending),
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
