"""The marketer chat graph: talk → tools → (approval) → answer.

Reads top to bottom as the flow::

    START → agent ─┬─ tool calls ─→ tools ─┬─ a goal proposal passed the limits → approve → END
                   │                        └─ otherwise ────────────────────────→ agent
                   └─ text ────────────────────────────────────────────────────→ END

- **agent** — the LLM with tool calling (:class:`~agents.chat_agent.LLMChatAgent`) or, with no
  API key, the guided command mode (:class:`~agents.chat_agent.GuidedAgent`), which maps explicit
  commands to the same tools and never pretends to be an LLM.
- **tools** — nextbest's own operations (:class:`~agents.chat_tools.ChatTools`): read goals,
  preview or propose a goal change, explain a decision, search the brand store. Nothing here can
  change claims, offers or rules, and nothing is stored.
- **approve** — the only node that changes anything. It pauses the graph with ``interrupt()``
  showing the diff; a human resumes it with ``Command(resume={"approve": ..., "by": ...,
  "reason": ...})``. Approved goals become a new version in the goal store (author = the marketer,
  approver = who resumed), audited; the next run uses them.

Conversations are LangGraph threads (``thread_id`` = the conversation id) in the workspace's
SQLite checkpointer, so a conversation resumes in another process. :class:`ChatSession` is the
facade the terminal (``nextbest chat``) and the web workspace both use.
"""

from __future__ import annotations

import operator
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt
from pydantic import BaseModel, ConfigDict, Field

from agents.audit import AuditLog
from agents.chat_agent import ChatAgent, GuidedAgent, LLMChatAgent
from agents.chat_tools import ChatTools
from agents.goal_store import GoalRefused
from agents.llm import make_client
from agents.runtime import NextbestRuntime
from tools.decisioning.goal import Goal

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


@dataclass
class ChatContext:
    """What the chat graph runs with.

    Attributes:
        tools: nextbest's operations for this workspace.
        agent: Who answers (LLM or guided).
        audit: The workspace audit log (approvals and rejections land there).
        conversation_id: The thread id, recorded with approved goals.
    """

    tools: ChatTools = field(metadata={"description": "The chat's tools over one workspace."})
    agent: ChatAgent = field(metadata={"description": "LLM with tool calling, or guided mode."})
    audit: AuditLog = field(metadata={"description": "Where approvals are recorded."})
    conversation_id: str = field(default="", metadata={"description": "The thread id."})
    maker_checker: bool = field(
        default=False,
        metadata={"description": "Refuse approvals by the goal's own author (web workspace)."},
    )


class GoalApproval(BaseModel):
    """A human's answer to a goal proposal (the ``interrupt()`` resume value)."""

    model_config = ConfigDict(extra="forbid")

    approve: bool
    by: str = Field(min_length=1, description="Who decides (the approver).")
    reason: str = Field("", description="Why; required to approve.")


# -- nodes ------------------------------------------------------------------------------------


def agent(state: ChatState, runtime: Runtime[ChatContext]) -> dict[str, Any]:
    """The next assistant message (tool calls or text)."""
    reply = runtime.context.agent.respond(state["messages"], user=state.get("user", "marketer"))
    return {"messages": [reply]}


def tools(state: ChatState, runtime: Runtime[ChatContext]) -> dict[str, Any]:
    """Run the last assistant message's tool calls; keep a valid goal proposal as pending."""
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
            pending = result.proposal
    return {"messages": out, "pending": pending}


def approve(state: ChatState, runtime: Runtime[ChatContext]) -> dict[str, Any]:
    """Pause for a human decision on the pending goal; store it only when approved."""
    pending = state["pending"] or {}
    author = state.get("user", "marketer")
    answer = GoalApproval.model_validate(
        interrupt(
            {
                "type": "goal_approval",
                "proposed_by": author,
                "diff": pending.get("diff", []),
                "goal": pending.get("goal", {}),
            }
        )
    )
    context = runtime.context
    target = f"conversation:{context.conversation_id}"
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
    nextbest = context.tools.runtime
    goal = Goal.model_validate(pending["goal"])
    try:
        if not answer.reason.strip():
            raise ValueError("an approval needs a reason")
        saved = nextbest.goals.save(
            goal,
            pack=nextbest.store.as_of(context.tools.now),
            author=author,
            approved_by=answer.by,
            reason=answer.reason,
            conversation_id=context.conversation_id,
            today=context.tools.now.date(),
        )
    except (GoalRefused, ValueError) as exc:
        return _refused(context, answer, target, str(exc), str(exc))
    context.audit.record(
        answer.by,
        "goal.approve",
        f"goal:{saved.version}",
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
        "approved_versions": [saved.version],
        "messages": [
            {
                "role": "assistant",
                "content": (
                    f"Approved by {answer.by}: goal version {saved.version} is in force {when}"
                    f"{until}. The next run decides with it."
                ),
                "author": "nextbest",
            }
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


def route_after_tools(state: ChatState) -> str:
    """A proposal that passed the limits waits for approval; anything else goes back."""
    return "approve" if state.get("pending") else "agent"


builder = StateGraph(ChatState, context_schema=ChatContext)
builder.add_node("agent", agent)
builder.add_node("tools", tools)
builder.add_node("approve", approve)
builder.add_edge(START, "agent")
builder.add_conditional_edges("agent", route_after_agent, ["tools", END])
builder.add_conditional_edges("tools", route_after_tools, ["approve", "agent"])
builder.add_edge("approve", END)

graph = builder.compile(name="chat")


# -- the facade the terminal and the web use ---------------------------------------------------


@dataclass(frozen=True)
class ChatTurn:
    """What one call to the chat produced.

    Attributes:
        messages: The new messages of this turn (assistant replies and tool results).
        pending: The goal proposal awaiting approval (``diff``, ``goal``, ``proposed_by``).
    """

    messages: list[dict[str, Any]]
    pending: dict[str, Any] | None


def new_conversation_id() -> str:
    """A fresh conversation id."""
    return secrets.token_hex(6)


class ChatSession:
    """One conversation over a workspace, resumable by its id.

    Args:
        runtime: The workspace runtime (its checkpointer keeps the conversation).
        user: Who is chatting.
        conversation_id: Resume this conversation (a new one when None).
        now: The moment the chat acts at (default: the current time).
        guided: Force the guided command mode even when an LLM is configured.
        customers: The customer table previews score.
        maker_checker: A goal's author may not approve it (the web workspace's rule); in the
            terminal the marketer approves their own change by default.
    """

    def __init__(
        self,
        runtime: NextbestRuntime,
        user: str,
        conversation_id: str | None = None,
        now: datetime | None = None,
        guided: bool = False,
        customers: Path | None = None,
        maker_checker: bool = False,
    ) -> None:
        self.runtime = runtime
        self.maker_checker = maker_checker
        self.user = user
        self.conversation_id = conversation_id or new_conversation_id()
        self.now = now or datetime.now(UTC)
        self.tools = ChatTools(runtime, self.now, customers=customers)
        client = None if guided else make_client(runtime.llm)
        if client is None:
            self.agent: ChatAgent = GuidedAgent()
        else:
            brand = runtime.store.as_of(self.now).brand.name
            self.agent = LLMChatAgent(
                client, runtime.llm, self.tools.specs(), brand, self.now.date()
            )
        self.audit = AuditLog(runtime.workspace)
        self._checkpointer = runtime.checkpointer()
        self._app = builder.compile(checkpointer=self._checkpointer)

    @property
    def mode(self) -> str:
        """``llm`` or ``guided``."""
        return self.agent.kind

    @property
    def _config(self) -> dict[str, Any]:
        return {
            "configurable": {"thread_id": f"chat:{self.conversation_id}"},
            "recursion_limit": RECURSION_LIMIT,
        }

    def _context(self) -> ChatContext:
        return ChatContext(
            self.tools, self.agent, self.audit, self.conversation_id, self.maker_checker
        )

    def history(self) -> list[dict[str, Any]]:
        """Every message of the conversation so far."""
        values = self._app.get_state(self._config).values
        return list(values.get("messages", []))

    def pending(self) -> dict[str, Any] | None:
        """The goal proposal awaiting approval, if the conversation is paused on one."""
        state = self._app.get_state(self._config)
        for task in state.tasks:
            for pending in task.interrupts:
                return dict(pending.value)
        return None

    def _run(self, payload: Any) -> ChatTurn:
        before = len(self.history())
        self._app.invoke(payload, config=self._config, context=self._context())
        messages = self.history()[before:]
        return ChatTurn(messages=messages, pending=self.pending())

    def stream(self, text: str) -> Iterator[dict[str, Any]]:
        """Like :meth:`send`, yielding each new message as soon as its node finishes.

        After the last message, a proposal awaiting approval is available from :meth:`pending`.

        Raises:
            RuntimeError: If a proposal is still waiting for approval.
        """
        if self.pending() is not None:
            raise RuntimeError(
                "a goal proposal is waiting for approval: approve or reject it first"
            )
        payload = {"messages": [{"role": "user", "content": text}], "user": self.user}
        for update in self._app.stream(
            payload, config=self._config, context=self._context(), stream_mode="updates"
        ):
            for node_update in update.values():
                if isinstance(node_update, dict):
                    yield from node_update.get("messages", [])

    def send(self, text: str) -> ChatTurn:
        """The marketer says ``text``; returns the replies (and a proposal awaiting approval).

        Raises:
            RuntimeError: If a proposal is still waiting for approval.
        """
        if self.pending() is not None:
            raise RuntimeError(
                "a goal proposal is waiting for approval: approve or reject it first"
            )
        return self._run({"messages": [{"role": "user", "content": text}], "user": self.user})

    def decide(self, approve: bool, by: str, reason: str = "") -> ChatTurn:
        """Approve or reject the pending proposal.

        Raises:
            RuntimeError: If nothing is waiting for approval.
            PermissionError: With maker–checker on, when the author tries to approve.
        """
        pending = self.pending()
        if pending is None:
            raise RuntimeError("nothing is waiting for approval in this conversation")
        if approve and self.maker_checker and by == pending.get("proposed_by"):
            raise PermissionError("you proposed this goal change: another user must approve it")
        answer = GoalApproval(approve=approve, by=by, reason=reason).model_dump()
        return self._run(Command(resume=answer))

    def close(self) -> None:
        """Close the audit log and checkpoint connections (the runtime is the caller's)."""
        self.audit.close()
        self._checkpointer.conn.close()
