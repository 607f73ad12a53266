"""What the marketer chat can never do: requests answered with who can, instead of a command.

The chat changes goals and reads the brand store; claims, rules, offers, the guardrail, roles,
customers' contact data and the brand limits belong to other people. The topics, their trigger
words (English and German) and the one-sentence answers are data
(``agents/prompts/out_of_scope.yaml``). Guided mode answers a matching line with the sentence;
the LLM path lists the sentences in its system prompt and answers a matching request without
tools (:class:`~nextbest.agents.chat_agent.LLMChatAgent`).

Words are compared case-folded after Unicode NFKC normalisation; a one-word trigger matches any
word it begins ("claim" → "claims", "genehmig" → "genehmigen"), a trigger of several words
matches as a phrase.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

TOPICS_FILE = Path(__file__).parent / "prompts" / "out_of_scope.yaml"

_WORD = re.compile(r"[\w-]+", re.UNICODE)


class OutOfScope(BaseModel):
    """One thing the chat can never do.

    Attributes:
        id: Short id (claims, rules, offers, guardrail, roles, contact_data, brand_limits).
        thing: What it is, in a few words.
        things: Words naming it; one must occur.
        acts: Words asking to act on it; one must occur too (empty = naming it is enough).
        answer: The one-sentence refusal naming the thing and who can do it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    thing: str
    things: list[str] = Field(min_length=1)
    acts: list[str] = Field(default_factory=list)
    answer: str = Field(min_length=10)


class _Topics(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: list[OutOfScope]


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace("’", "'")


@lru_cache(maxsize=1)
def topics() -> tuple[OutOfScope, ...]:
    """The topics from ``agents/prompts/out_of_scope.yaml``."""
    data = yaml.safe_load(TOPICS_FILE.read_text(encoding="utf-8"))
    return tuple(_Topics.model_validate(data).topics)


def _mentions(text: str, words: list[str], triggers: list[str]) -> bool:
    for trigger in triggers:
        trigger = _normal(trigger)
        if " " in trigger:
            if trigger in text:
                return True
        elif any(word.startswith(trigger) for word in words):
            return True
    return False


def out_of_scope(text: str) -> OutOfScope | None:
    """The first topic ``text`` asks for, or None when it asks for nothing out of scope."""
    normal = _normal(text)
    words = _WORD.findall(normal)
    for topic in topics():
        if _mentions(normal, words, topic.things) and (
            not topic.acts or _mentions(normal, words, topic.acts)
        ):
            return topic
    return None
