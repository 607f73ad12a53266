"""The release and chat graphs as LangGraph's own server runs them (``langgraph.json``).

``langgraph dev`` (LangGraph Studio, the SDK, LangGraph Platform) loads graphs by path and calls
them with whatever context the caller sends — usually none. nextbest's graphs need live objects
(the brand store, a writer, where records go; the chat's tools, goal store and audit log), which
nextbest's own entry points pass in. Here each graph gets a context class that builds what the
caller leaves out from the workspace: ``NEXTBEST_HOME`` (default ``./.nextbest``) and the usual
``OPENAI_*`` / ``NEXTBEST_LLM`` settings. Unknown keys the server mirrors into the context
(``thread_id``, ``langgraph_auth_user``, …) are ignored. Runs and the web keep passing their own
context, unchanged.

The chat graph here is strict about people: who proposes and who approves a goal are the
users the server authenticated (``auth`` in ``langgraph.json``: nextbest API tokens), never
names in the payload; a goal's author cannot approve it, and an approval without a signed-in
user is refused.
"""

from __future__ import annotations

import threading
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nextbest.agents.chat import ChatContext
from nextbest.agents.chat import build as build_chat
from nextbest.agents.context import ReleaseContext
from nextbest.agents.graph import build as build_release
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.chat_session import chat_agent
from nextbest.app.workspace.chat_tools import ChatTools
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace

_lock = threading.Lock()
_runtimes: dict[Path, NextbestRuntime] = {}


def workspace_runtime() -> NextbestRuntime:
    """The runtime of the workspace in ``NEXTBEST_HOME``, opened once per server process."""
    home = Workspace.resolve().home
    with _lock:
        if home not in _runtimes:
            _runtimes[home] = NextbestRuntime(home)
        return _runtimes[home]


def _given(schema: type, values: dict[str, Any]) -> dict[str, Any]:
    """The values a caller gave for the schema's own fields (None counts as not given)."""
    names = {f.name for f in fields(schema) if f.init}
    return {name: value for name, value in values.items() if name in names and value is not None}


class WorkspaceReleaseContext(ReleaseContext):
    """A :class:`ReleaseContext` whose missing fields come from the workspace.

    Args:
        **values: Any of :class:`ReleaseContext`'s fields; other keys are ignored.
    """

    def __init__(self, **values: Any) -> None:
        given = _given(ReleaseContext, values)
        missing = {f.name for f in fields(ReleaseContext) if f.init} - given.keys()
        defaults = workspace_runtime().context() if missing else None
        for f in fields(ReleaseContext):
            if f.init:
                setattr(
                    self, f.name, given[f.name] if f.name in given else getattr(defaults, f.name)
                )
        self._guardrails = {}


class WorkspaceChatContext(ChatContext):
    """A :class:`ChatContext` built from the workspace, with signed-in users only.

    Args:
        **values: ``thread_id`` (the conversation id); any of :class:`ChatContext`'s fields
            except the sign-in rules; other keys are ignored.
    """

    def __init__(self, **values: Any) -> None:
        given = _given(ChatContext, values)
        runtime = workspace_runtime()
        now = datetime.now(UTC)
        tools = given.get("tools") or ChatTools(runtime, now)
        self.tools = tools
        self.agent = given.get("agent") or chat_agent(runtime, tools, now, guided=False)
        self.audit = given.get("audit") or AuditLog(runtime.workspace)
        self.conversation_id = str(given.get("conversation_id") or values.get("thread_id") or "")
        self.maker_checker = True
        self.signed_in_only = True


release = build_release(WorkspaceReleaseContext).compile(name="release")
"""The release graph for LangGraph's server (``langgraph.json`` → ``release``)."""

chat = build_chat(WorkspaceChatContext).compile(name="chat")
"""The chat graph for LangGraph's server (``langgraph.json`` → ``chat``)."""
