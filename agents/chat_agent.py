"""Who answers in the marketer chat: the LLM with tool calling, or the guided command mode.

Both take the conversation so far (OpenAI chat messages as plain dicts) and return the next
assistant message — either with ``tool_calls`` (the graph runs them) or with text (the turn
ends). The LLM sees the system prompt ``agents/prompts/chat_system.j2``; tool results reach it
as ``tool`` messages holding JSON, which the prompt declares to be data, not instructions.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from typing import Any, Protocol, cast

import openai
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

from nextbest.agents.goal_phrases import OfferName, interpret
from nextbest.agents.goal_segments import SegmentCatalog
from nextbest.agents.guided import (
    COMMANDS,
    GuidedError,
    help_text,
    parse_command,
    render,
    render_result,
    split_line,
)
from nextbest.agents.llm import LLMSettings, render_prompt
from nextbest.agents.scope import out_of_scope, topics
from nextbest.tools.decisioning.goal import OBJECTIVES

MAX_TOOL_ROUNDS = 6
"""Tool rounds the LLM may take in one turn before it must answer."""


class ChatAgent(Protocol):
    """Produces the next assistant message."""

    kind: str

    def respond(self, messages: list[dict[str, Any]], *, user: str) -> dict[str, Any]:
        """The next assistant message for ``messages``."""
        ...


def _rounds_this_turn(messages: list[dict[str, Any]]) -> int:
    rounds = 0
    for message in reversed(messages):
        if message["role"] == "user":
            break
        if message["role"] == "assistant" and message.get("tool_calls"):
            rounds += 1
    return rounds


def _for_openai(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conversation as the API takes it; tool calls left without results are dropped."""
    answered = {m.get("tool_call_id") for m in messages if m["role"] == "tool"}
    keep = ("role", "content", "tool_calls", "tool_call_id")
    out = []
    for message in messages:
        calls = message.get("tool_calls") or []
        if any(call["id"] not in answered for call in calls):
            continue  # a turn that failed half-way: the API refuses unanswered calls
        out.append({k: v for k, v in message.items() if k in keep and v is not None})
    return out


class LLMChatAgent:
    """The chat answered by an OpenAI-compatible model with tool calling.

    Args:
        client: The OpenAI client.
        settings: Model, temperature.
        tools: The tool definitions (:meth:`nextbest.app.workspace.chat_tools.ChatTools.specs`).
        brand_name: The brand, for the system prompt.
        today: The chat's date.
        segments: The customer segments the customer schema names, listed in the system prompt
            with their conditions (so "only loyalty members" maps to the table's own column).
    """

    kind = "llm"

    def __init__(
        self,
        client: openai.OpenAI,
        settings: LLMSettings,
        tools: list[dict[str, Any]],
        brand_name: str,
        today: date,
        segments: SegmentCatalog | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.tools = tools
        self.brand_name = brand_name
        self.today = today
        self.segments = segments or SegmentCatalog()

    def system_prompt(self, user: str) -> str:
        """The system prompt for ``user``."""
        return render_prompt(
            "chat_system",
            brand_name=self.brand_name,
            user=user,
            today=self.today.isoformat(),
            objectives=OBJECTIVES,
            out_of_scope=topics(),
            segments=[
                {
                    "name": s.name,
                    "phrases": s.phrases or [f"{q} customers" for q in s.qualifiers],
                    "conditions": s.conditions,
                }
                for s in self.segments.segments
            ],
            age_field=self.segments.age_field,
        )

    def respond(self, messages: list[dict[str, Any]], *, user: str) -> dict[str, Any]:
        """Ask the model; on API errors say so plainly (never invent an answer)."""
        over = _rounds_this_turn(messages) >= MAX_TOOL_ROUNDS
        payload = [{"role": "system", "content": self.system_prompt(user)}]
        payload += _for_openai(messages)
        last = messages[-1] if messages else {}
        topic = out_of_scope(str(last.get("content") or "")) if last.get("role") == "user" else None
        if topic is not None:  # the tool-less answer path: say who can, change nothing
            payload.append(
                {
                    "role": "system",
                    "content": render_prompt(
                        "chat_out_of_scope", thing=topic.thing, answer=topic.answer
                    ),
                }
            )
        try:
            response = self.client.chat.completions.create(
                model=self.settings.model,
                messages=cast("list[ChatCompletionMessageParam]", payload),
                tools=cast("list[ChatCompletionToolParam]", self.tools),
                tool_choice="none" if over or topic is not None else "auto",
                temperature=self.settings.temperature,
            )
        except openai.OpenAIError as exc:
            return {
                "role": "assistant",
                "content": (
                    f"The language model could not be reached ({type(exc).__name__}). Nothing "
                    "was changed. Try again, or restart the chat with --guided to use commands."
                ),
                "author": "nextbest",
            }
        message = response.choices[0].message
        out: dict[str, Any] = {
            "role": "assistant",
            "content": message.content or "",
            "author": self.settings.model,
        }
        if message.tool_calls and not over and topic is None:
            out["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {
                        "name": call.function.name,
                        "arguments": call.function.arguments,
                    },
                }
                for call in message.tool_calls
                if call.type == "function"  # the chat offers function tools only
            ]
        elif not out["content"]:
            out["content"] = message.refusal or "(the model gave no answer)"
        return out


_GOAL_TOOLS = ("propose_goal_change", "preview_goal_change")


class GuidedAgent:
    """The offline chat: explicit commands mapped to the same tools, replies from templates.

    A line that is not a command is read as a plain-language goal change
    (:func:`nextbest.agents.goal_phrases.interpret`): it becomes the same proposal the explicit
    command would make, with its assumptions stated, or one question back.

    Args:
        offers: The brand pack's offers, for matching offers named in plain sentences.
        today: The chat's day, for relative dates ("next month"); default: the system's day.
        segments: The customer segments the customer schema makes nameable ("lapsed
            customers", "loyalty members", "under 25").
    """

    kind = "guided"

    def __init__(
        self,
        offers: list[OfferName] | None = None,
        today: date | None = None,
        segments: SegmentCatalog | None = None,
    ) -> None:
        self._ids = itertools.count(1)
        self.offers = list(offers or [])
        self.today = today
        self.segments = segments or SegmentCatalog()

    def _call(
        self,
        messages: list[dict[str, Any]],
        tool: str,
        arguments: dict[str, Any],
        content: str = "",
    ) -> dict[str, Any]:
        call_id = f"guided-{len(messages)}-{next(self._ids)}"
        return {
            "role": "assistant",
            "content": content,
            "author": "guided",
            "tool_calls": [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {
                        "name": tool,
                        "arguments": json.dumps(arguments, sort_keys=True),
                    },
                }
            ],
        }

    def _plain(self, messages: list[dict[str, Any]], text: str) -> dict[str, Any]:
        """A sentence read as a goal change: a proposal (stating assumptions) or a question."""
        reading = interpret(
            text, today=self.today or date.today(), offers=self.offers, segments=self.segments
        )
        reply = render("guided_reading", reading=reading)
        if reading.arguments is None:
            return {"role": "assistant", "content": reply, "author": "guided"}
        arguments = {**reading.arguments, "summary": text.strip()}
        return self._call(messages, "propose_goal_change", arguments, reply)

    def respond(self, messages: list[dict[str, Any]], *, user: str) -> dict[str, Any]:
        """Turn the user's command into a tool call, or the tool results into a reply."""
        last = messages[-1]
        if last["role"] == "tool":
            replies = []
            for message in reversed(messages):
                if message["role"] != "tool":
                    break
                replies.append(render_result(message.get("name", ""), message["content"]))
            return {
                "role": "assistant",
                "content": "\n\n".join(reversed(replies)),
                "author": "guided",
            }
        text = str(last.get("content") or "")
        try:
            command = parse_command(text)
        except GuidedError as exc:
            topic = out_of_scope(text)
            if topic is not None:
                return {"role": "assistant", "content": topic.answer, "author": "guided"}
            words = split_line(text)
            if words and words[0].lower() not in COMMANDS:
                return self._plain(messages, text)
            return {"role": "assistant", "content": str(exc), "author": "guided"}
        arguments = command.arguments or {}
        if command.tool in _GOAL_TOOLS and set(arguments) <= {"summary", "reset"}:
            topic = out_of_scope(str(arguments.get("summary", "")))
            if topic is not None:  # never carry such a request to an approver as a "goal"
                return {"role": "assistant", "content": topic.answer, "author": "guided"}
        if command.kind == "help":
            return {"role": "assistant", "content": help_text(), "author": "guided"}
        if command.kind == "quit":
            return {"role": "assistant", "content": "Bye.", "author": "guided"}
        return self._call(messages, str(command.tool), command.arguments or {})
