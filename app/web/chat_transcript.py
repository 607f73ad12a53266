"""How a chat conversation appears on the page: its messages and the goal change to decide.

Bare tool calls and tool results without a view are hidden; a tool result with a view
(:mod:`nextbest.app.web.chat_views`) is shown as UI, and guided mode's text rendering of it is
then hidden.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from nextbest.agents.guided import help_text
from nextbest.app.web.chat_views import tool_view


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


def _changes(diff: list[dict[str, Any]]) -> tuple[tuple[str, str, str], ...]:
    """Each field change as (path, before as JSON, after as JSON)."""
    return tuple(
        (str(c.get("path", "")), json.dumps(c.get("before")), json.dumps(c.get("after")))
        for c in diff
    )


def pending_view(pending: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the pending-change panel shows: author, revision, summary, diff and review notes."""
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
