"""Writers turn a brief into draft copy: the LLM writer here, the composer in ``composer.py``.

:class:`LLMWriter` asks an OpenAI-compatible model for structured output (subject or title,
body, call to action, ids of the claims used). Timeouts, rate limits, server errors, refusals
and malformed answers are retried by the client and then raised as :class:`WriterError`, which
the release graph turns into the fallback path — a writer failure never crashes a run and
never skips the guardrail.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

import openai
from openai import OpenAI
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agents.brief import WritingBrief
from agents.llm import PROMPTS_DIR, LLMSettings, render_prompt

WRITER_PROMPTS = ("writer_system", "writer_user")


class DraftCopy(BaseModel):
    """The copy a writer returns (also the LLM's structured-output schema)."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(None, description="Email subject line or push title; null for SMS.")
    body: str = Field(description="The message body, plain text.")
    cta: str | None = Field(None, description="Call-to-action button label; null for SMS.")
    claim_ids: list[str] = Field(
        default_factory=list, description="Ids of the approved claims quoted in the copy."
    )


class WriterError(RuntimeError):
    """The writer could not produce a usable draft (after its retries)."""


class Writer(Protocol):
    """Anything that writes a draft from a brief."""

    name: str
    prompt_hash: str

    def write(
        self, brief: WritingBrief, revision: str | None = None, previous: DraftCopy | None = None
    ) -> DraftCopy:
        """Write (or revise) a draft."""
        ...


def prompts_hash(names: tuple[str, ...] = WRITER_PROMPTS) -> str:
    """SHA-256 over prompt template files, recorded with every LLM-written message."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0" + (PROMPTS_DIR / f"{name}.j2").read_bytes())
    return "sha256:" + digest.hexdigest()


class LLMWriter:
    """Writes copy with an OpenAI-compatible chat model and structured output.

    Args:
        client: A configured OpenAI client (timeouts and retries set on it).
        settings: Model name and temperature.
    """

    def __init__(self, client: OpenAI, settings: LLMSettings) -> None:
        self.client = client
        self.settings = settings
        self.name = settings.model
        self.prompt_hash = prompts_hash()

    def write(
        self,
        brief: WritingBrief,
        revision: str | None = None,
        previous: DraftCopy | None = None,
    ) -> DraftCopy:
        """Ask the model for a draft (or a revision of ``previous``).

        Args:
            brief: The writing brief.
            revision: The guardrail's revision instructions, when revising.
            previous: The blocked draft being revised.

        Returns:
            The parsed draft.

        Raises:
            WriterError: On timeouts, rate limits, API errors, refusals or malformed output.
        """
        messages = [
            {"role": "system", "content": render_prompt("writer_system", brief=brief)},
            {
                "role": "user",
                "content": render_prompt(
                    "writer_user",
                    brief=brief,
                    revision=revision,
                    previous=previous.model_dump() if previous else None,
                ),
            },
        ]
        try:
            completion = self.client.chat.completions.parse(
                model=self.settings.model,
                messages=messages,  # type: ignore[arg-type]
                response_format=DraftCopy,
                temperature=self.settings.temperature,
            )
        except (openai.OpenAIError, ValidationError, ValueError) as exc:
            raise WriterError(f"{type(exc).__name__}: {exc}") from exc
        choice = completion.choices[0]
        if choice.message.refusal:
            raise WriterError(f"the model refused: {choice.message.refusal}")
        if choice.message.parsed is None:
            raise WriterError("the model returned no parsable draft")
        return choice.message.parsed
