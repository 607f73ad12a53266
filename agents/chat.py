"""The marketer chat graph: talk → tools → (approval) → answer.

Reads top to bottom as the flow::

    START → agent ─┬─ tool calls ─→ tools ─┬─ a goal proposal passed the limits → approve → END
                   │                        └─ otherwise ────────────────────────→ agent
                   └─ text ────────────────────────────────────────────────────→ END

- **agent** — the LLM with tool calling (:class:`~nextbest.agents.chat_agent.LLMChatAgent`) or,
  with no
  API key, the guided command mode (:class:`~nextbest.agents.chat_agent.GuidedAgent`), which maps
  explicit
  commands to the same tools and never pretends to be an LLM.
- **tools** — nextbest's own operations (a :class:`ChatToolbox`, given through the context): read
  goals,
  preview or propose a goal change, explain a decision, search the brand store. Nothing here can
  change claims, offers or rules, and nothing is stored.
- **approve** — the only node that changes anything. It pauses the graph with ``interrupt()``
  showing the diff; a human resumes it with ``Command(resume={"approve": ..., "by": ...,
  "reason": ...})``. Approved goals become a new version in the goal store (author = the marketer,
  approver = who resumed), audited; the next run uses them.

Conversations are LangGraph threads (``thread_id`` = the conversation id) in the workspace's
SQLite checkpointer, so a conversation resumes in another process. What the graph needs from a
workspace (its tools, the goal store behind approval, the audit log) reaches it through
:class:`ChatContext` as protocols; ``nextbest.app.workspace.chat_session.ChatSession`` wires one
workspace and is the facade the terminal (``nextbest chat``) and the web workspace both use.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Annotated, Any, Protocol, TypedDict

from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import BaseModel, ConfigDict, Field

from nextbest.agents.chat_agent import ChatAgent
from nextbest.tools.decisioning.goal import Goal

RECURSION_LIMIT = 40


class ChatState(TypedDict, total=False):
    """The conversation (JSON-like, as checkpointed).

    Attributes:
        messages: OpenAI-format messages (user, assistant with tool calls, tool results).
        user: Who is chatting: the author of any goal they propose.
        pending: A goal proposal awaiting approval (goal and diff), else None.
        approved_versions: Goal versions approved in this conversation.
    """

    messages: Annotated[list[dict[str, Any]], operator.add]
    user: str
    pending: dict[str, Any] | None
    approved_versions: Annotated[list[int], operator.add]


class ToolOutcome(Protocol):
    """What one tool call returns to the graph."""

    name: str
    data: dict[str, Any]
    proposal: dict[str, Any] | None

    def content(self) -> str:
        """The tool message's content (JSON text)."""
        ...


class ChatToolbox(Protocol):
    """nextbest's operations over one workspace, as the chat graph uses them."""

    def call(self, name: str, arguments: str | dict[str, Any] | None) -> ToolOutcome:
        """Run one tool call by name with its JSON arguments."""
        ...

    def amend_proposal(self, waiting: dict[str, Any], changes: dict[str, Any]) -> ToolOutcome:
        """The waiting goal proposal with the maker's changes, checked again like a new one."""
        ...

    def approve_goal(
        self, goal: Goal, author: str, approved_by: str, reason: str, conversation_id: str
    ) -> int:
        """Store an approved goal as a new version and return the version.

        Raises:
            ValueError: If the goal breaks a hard limit (nothing is stored).
        """
        ...


class AuditTrail(Protocol):
    """Where approvals and refusals are recorded."""

    def record(
        self,
        actor: str,
        action: str,
        target: str = "",
        reason: str = "",
        *,
        outcome: str = "ok",
        details: dict[str, Any] | None = None,
    ) -> object:
        """Append one entry."""
        ...


@dataclass
class ChatContext:
    """What the chat graph runs with.

    Attributes:
        tools: nextbest's operations for this workspace.
        agent: Who answers (LLM or guided).
        audit: The workspace audit log (approvals and rejections land there).
        conversation_id: The thread id, recorded with approved goals.
    """

    tools: ChatToolbox = field(metadata={"description": "The chat's tools over one workspace."})
    agent: ChatAgent = field(metadata={"description": "LLM with tool calling, or guided mode."})
    audit: AuditTrail = field(metadata={"description": "Where approvals are recorded."})
    conversation_id: str = field(default="", metadata={"description": "The thread id."})
    maker_checker: bool = field(
        default=False,
        metadata={"description": "Refuse approvals by the goal's own author (web workspace)."},
    )
    signed_in_only: bool = field(
        default=False,
        metadata={
            "description": "Take who proposes and who approves from the server's authenticated "
            "user (LangGraph's ``langgraph_auth_user_id``), never from the payload; refuse "
            "approvals without one."
        },
    )


def signed_in_user(config: RunnableConfig | None) -> str | None:
    """The user LangGraph's server authenticated for this run, if any."""
    configurable = (config or {}).get("configurable") or {}
    user = configurable.get("langgraph_auth_user_id")
    return str(user) if user else None


class GoalApproval(BaseModel):
    """A human's answer to a goal proposal (the ``interrupt()`` resume value)."""

    model_config = ConfigDict(extra="forbid")

    approve: bool
    by: str = Field(min_length=1, description="Who decides (the approver).")
    reason: str = Field("", description="Why; required to approve.")
    amend: dict[str, Any] | None = Field(
        None,
        description=(
            "Instead of deciding, the maker amends the waiting proposal with a goal change on "
            "top of it; the new revision waits for the same approval."
        ),
    )


# -- nodes ------------------------------------------------------------------------------------


def agent(state: ChatState, runtime: Runtime[ChatContext]) -> dict[str, Any]:
    """The next assistant message (tool calls or text)."""
    reply = runtime.context.agent.respond(state["messages"], user=state.get("user", "marketer"))
    return {"messages": [reply]}


def tools(
    state: ChatState, runtime: Runtime[ChatContext], config: RunnableConfig
) -> dict[str, Any]:
    """Run the last assistant message's tool calls; keep a valid goal proposal as pending.

    The proposal records who proposed it: the authenticated user when the context says so.
    """
    calls = state["messages"][-1].get("tool_calls") or []
    out, pending = [], None
    for call in calls:
        result = runtime.context.tools.call(call["function"]["name"], call["function"]["arguments"])
        out.append(
            {
                "role": "tool",
                "tool_call_id": call["id"],
                "name": result.name,
                "content": result.content(),
            }
        )
        if result.proposal is not None:
            pending = dict(result.proposal)
            if runtime.context.signed_in_only:
                pending["proposed_by"] = signed_in_user(config)
    return {"messages": out, "pending": pending}


def approve(
    state: ChatState, runtime: Runtime[ChatContext], config: RunnableConfig
) -> dict[str, Any]:
    """Pause for a human decision on the pending goal; store it only when approved."""
    pending = state["pending"] or {}
    author = pending.get("proposed_by") or state.get("user", "marketer")
    answer = GoalApproval.model_validate(
        interrupt(
            {
                "type": "goal_approval",
                "proposed_by": author,
                "diff": pending.get("diff", []),
                "review": pending.get("review", []),
                "goal": pending.get("goal", {}),
                "revision": pending.get("revision", 1),
            }
        )
    )
    context = runtime.context
    target = f"conversation:{context.conversation_id}"
    if context.signed_in_only:
        signed_in = signed_in_user(config)
        if signed_in is None:
            return _refused(
                context, answer, target, "no signed-in approver", "an approval needs a sign-in"
            )
        answer = answer.model_copy(update={"by": signed_in})
    if answer.amend is not None:
        return _amended(context, pending, author, answer, target)
    if answer.approve and context.maker_checker and answer.by == author:
        return _refused(
            context,
            answer,
            target,
            "maker cannot approve their own goal",
            f"{author} proposed this change, so another user must approve it",
        )
    if not answer.approve:
        context.audit.record(
            answer.by, "goal.reject", target, answer.reason, details={"goal": pending.get("goal")}
        )
        text = "Not approved" + (f" ({answer.reason})" if answer.reason else "")
        return {
            "pending": None,
            "messages": [
                {
                    "role": "assistant",
                    "content": f"{text}. Nothing was changed.",
                    "author": "nextbest",
                }
            ],
        }
    goal = Goal.model_validate(pending["goal"])
    try:
        if not answer.reason.strip():
            raise ValueError("an approval needs a reason")
        version = context.tools.approve_goal(
            goal,
            author=author,
            approved_by=answer.by,
            reason=answer.reason,
            conversation_id=context.conversation_id,
        )
    except ValueError as exc:
        return _refused(context, answer, target, str(exc), str(exc))
    context.audit.record(
        answer.by,
        "goal.approve",
        f"goal:{version}",
        answer.reason,
        details={
            "author": author,
            "conversation": context.conversation_id,
            "diff": pending.get("diff", []),
        },
    )
    when = f"from {goal.starts_on}" if goal.starts_on else "now"
    until = f" until {goal.ends_on}" if goal.ends_on else ""
    return {
        "pending": None,
        "approved_versions": [version],
        "messages": [
            {
                "role": "assistant",
                "content": (
                    f"Approved by {answer.by}: goal version {version} is in force {when}"
                    f"{until}. The next run decides with it."
                ),
                "author": "nextbest",
            }
        ],
    }


def _amended(
    context: ChatContext,
    pending: dict[str, Any],
    author: str,
    answer: GoalApproval,
    target: str,
) -> dict[str, Any]:
    """A new revision of the waiting proposal (maker only); it waits for the same approval."""

    def say(text: str) -> dict[str, Any]:
        return {"role": "assistant", "author": "nextbest", "content": text}

    if answer.by != author:
        return {"messages": [say(f"Only {author}, who proposed this change, can amend it.")]}
    result = context.tools.amend_proposal(pending.get("goal", {}), answer.amend or {})
    if result.proposal is None:
        why = "; ".join(result.data.get("problems", [])) or result.data.get(
            "error", result.data.get("message", "nothing would change")
        )
        return {"messages": [say(f"Not amended: {why}. The proposal waits unchanged.")]}
    revision = int(pending.get("revision", 1)) + 1
    amended = {**result.proposal, "proposed_by": author, "revision": revision}
    context.audit.record(
        answer.by,
        "goal.amend",
        target,
        answer.reason,
        details={"revision": revision, "diff": amended.get("diff", [])},
    )
    changed = ", ".join(c["path"] for c in amended.get("diff", [])) or "no field"
    return {
        "pending": amended,
        "messages": [
            say(
                f"Proposal amended (revision {revision}; changes {changed} against the goal in "
                "force). It waits for the same approval."
            )
        ],
    }


def _refused(
    context: ChatContext, answer: GoalApproval, target: str, error: str, why: str
) -> dict[str, Any]:
    """Audit a refused approval and tell the chat that nothing changed."""
    context.audit.record(
        answer.by,
        "goal.approve",
        target,
        answer.reason,
        outcome="refused",
        details={"error": error},
    )
    return {
        "pending": None,
        "messages": [
            {
                "role": "assistant",
                "author": "nextbest",
                "content": f"Not stored: {why}. Nothing was changed.",
            }
        ],
    }


# -- edges ------------------------------------------------------------------------------------


def route_after_agent(state: ChatState) -> str:
    """Tool calls go to the tools; text ends the turn."""
    return "tools" if state["messages"][-1].get("tool_calls") else END


def route_after_approve(state: ChatState) -> str:
    """An amended proposal waits again; a decision ends the turn."""
    return "approve" if state.get("pending") else END


def route_after_tools(state: ChatState) -> str:
    """A proposal that passed the limits waits for approval; anything else goes back."""
    return "approve" if state.get("pending") else "agent"


def build(
    context_schema: type[ChatContext] = ChatContext,
) -> StateGraph[ChatState, ChatContext, ChatState, ChatState]:
    """The chat graph's builder, for a context class (a subclass may build its own fields).

    Args:
        context_schema: :class:`ChatContext` or a subclass (LangGraph's server uses one built
            from the workspace that takes people from the authenticated user).

    Returns:
        The uncompiled graph.
    """
    builder = StateGraph(ChatState, context_schema=context_schema)
    builder.add_node("agent", agent)
    # LangGraph passes both the runtime and the config to these nodes; its typing models
    # either one but not both together.
    builder.add_node("tools", tools)  # type: ignore[call-overload]
    builder.add_node("approve", approve)  # type: ignore[call-overload]
    builder.add_edge(START, "agent")
    builder.add_conditional_edges("agent", route_after_agent, ["tools", END])
    builder.add_conditional_edges("tools", route_after_tools, ["approve", "agent"])
    builder.add_conditional_edges("approve", route_after_approve, ["approve", END])
    return builder


builder = build()
graph = builder.compile(name="chat")
