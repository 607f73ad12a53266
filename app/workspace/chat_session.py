"""One marketer conversation over one workspace: the chat graph wired to the workspace.

The terminal (``nextbest chat``) and the web workspace both use :class:`ChatSession`. It builds
the graph's context from the workspace — the chat tools, the goal store behind approval, the
audit log, the LLM or guided agent — and keeps the conversation in the workspace's checkpointer.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langgraph.types import Command

from nextbest.agents.chat import RECURSION_LIMIT, ChatContext, GoalApproval, builder
from nextbest.agents.chat_agent import ChatAgent, GuidedAgent, LLMChatAgent
from nextbest.agents.goal_phrases import OfferName
from nextbest.agents.goal_segments import SegmentCatalog, segments_from_schema
from nextbest.agents.guided import parse_amendment
from nextbest.agents.llm import make_client
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.chat_tools import ChatTools, outcomes_learned
from nextbest.app.workspace.runtime import POLICY_NAME, NextbestRuntime
from nextbest.brand_context.store import NoVersionError


@dataclass(frozen=True)
class ChatTurn:
    """What one call to the chat produced.

    Attributes:
        messages: The new messages of this turn (assistant replies and tool results).
        pending: The goal proposal awaiting approval (``diff``, ``goal``, ``proposed_by``).
    """

    messages: list[dict[str, Any]]
    pending: dict[str, Any] | None


def offer_names(runtime: NextbestRuntime, now: datetime) -> list[OfferName]:
    """The offers of the pack in force, as plain sentences may name them (none before a pack)."""
    try:
        pack_offers = runtime.store.as_of(now).offers
    except NoVersionError:  # no pack in force yet: offers named in a sentence are asked about
        pack_offers = []
    return [OfferName(id=offer.id, name=offer.name) for offer in pack_offers]


def segment_catalog(runtime: NextbestRuntime) -> SegmentCatalog:
    """The segments the workspace's customer schema lets a sentence name."""
    try:
        return segments_from_schema(runtime.customer_schema())
    except (OSError, ValueError):  # an unreadable schema: segments are asked about, not guessed
        return SegmentCatalog()


def chat_agent(
    runtime: NextbestRuntime, tools: ChatTools, now: datetime, guided: bool
) -> ChatAgent:
    """Who answers: the workspace's LLM with the tools, or guided mode (no API key / asked for).

    Args:
        runtime: The workspace.
        tools: The chat tools the LLM may call.
        now: The moment the chat acts at.
        guided: Use guided mode even when an LLM is configured.

    Returns:
        The agent.
    """
    client = None if guided else make_client(runtime.llm)
    if client is None:
        return GuidedAgent(
            offers=offer_names(runtime, now), today=now.date(), segments=segment_catalog(runtime)
        )
    brand = runtime.store.as_of(now).brand.name
    return LLMChatAgent(
        client, runtime.llm, tools.specs(), brand, now.date(), segments=segment_catalog(runtime)
    )


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
        self.agent = chat_agent(runtime, self.tools, self.now, guided)
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

    def amend(self, changes: dict[str, Any], by: str, reason: str = "") -> ChatTurn:
        """Amend the waiting proposal with a goal change on top of it (its maker only).

        The amended proposal is a new revision, checked against the limits and reviewed against
        the goal in force like any proposal; it waits for the same approval.

        Raises:
            RuntimeError: If nothing is waiting for approval.
        """
        if self.pending() is None:
            raise RuntimeError("nothing is waiting for approval in this conversation")
        answer = GoalApproval(approve=False, by=by, reason=reason, amend=changes).model_dump()
        return self._run(Command(resume=answer))

    def outcomes_learned(self) -> int:
        """Outcomes the workspace's decision policy has learned from (0: cold start)."""
        try:
            policy = self.runtime.policies.load(POLICY_NAME)
        except (FileNotFoundError, ValueError):  # no policy yet, or one a new run replaces
            return 0
        return outcomes_learned(policy) or 0

    def read_amendment(self, text: str) -> dict[str, Any]:
        """What the maker typed to amend the waiting proposal → the change to lay on top of it.

        ``KEY=VALUE`` options as ``propose`` takes them, or a plain sentence (read offline with
        the pack's offers and the customer schema's segments, in LLM mode too).

        Raises:
            GuidedError: With the question to answer when the text is unclear.
        """
        return parse_amendment(
            text,
            today=self.now.date(),
            offers=offer_names(self.runtime, self.now),
            segments=segment_catalog(self.runtime),
        )

    def amend_text(self, text: str, by: str, reason: str = "") -> ChatTurn:
        """Amend the waiting proposal with what the maker typed (see :meth:`read_amendment`).

        Raises:
            RuntimeError: If nothing is waiting for approval.
            GuidedError: When the text is unclear (nothing is amended).
        """
        if self.pending() is None:
            raise RuntimeError("nothing is waiting for approval in this conversation")
        return self.amend(self.read_amendment(text), by, reason or text.strip())

    def close(self) -> None:
        """Close the audit log and checkpoint connections (the runtime is the caller's)."""
        self.audit.close()
        self._checkpointer.conn.close()
