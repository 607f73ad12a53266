"""Writers turn a brief into draft copy: the LLM writer here, the composer in ``composer.py``.

:class:`LLMWriter` asks an OpenAI-compatible model for the **creative part only**
(:class:`~nextbest.agents.frame.CreativeCopy`: headline, a few sentences, ids of the claims it
wants); the message frame (:mod:`nextbest.agents.frame`) assembles the message around it from the
brand pack — terms, verbatim claims, footer, STOP/HELP. Servers differ in what they support, so the
writer walks a chain of structured-output modes (:data:`MODES`): JSON-schema structured output
(``chat.completions.parse``), then JSON mode with the schema (``{"type": "json_object",
"schema": ...}``, what llama.cpp's server takes), then plain JSON asked for in the prompt. A
server that rejects a mode's request (HTTP 400, 422 or 500) moves the writer to the next mode,
and the mode that worked is kept for the writer's next calls and recorded with each release.
Every answer is validated with :class:`CreativeCopy`; invalid JSON is retried once. Timeouts, rate
limits, server errors, refusals and malformed answers end as :class:`WriterError`, which the
release graph turns into the fallback path — a writer failure never crashes a run and never
skips the guardrail.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any, Literal, Protocol

import openai
from openai import OpenAI
from pydantic import ValidationError

from nextbest.agents.brief import WritingBrief
from nextbest.agents.frame import CreativeCopy, DraftCopy, framed
from nextbest.agents.llm import PROMPTS_DIR, LLMSettings, render_prompt

__all__ = ["MODES", "CreativeCopy", "DraftCopy", "LLMWriter", "Writer", "WriterError"]

WRITER_PROMPTS = ("writer_system", "writer_user", "writer_json")

LLMMode = Literal["json_schema", "json_object", "prompt_json"]
MODES: tuple[LLMMode, ...] = ("json_schema", "json_object", "prompt_json")
"""Structured-output modes, most to least strict; the writer moves down on rejection."""

UNSUPPORTED_ERRORS = (
    openai.BadRequestError,
    openai.UnprocessableEntityError,
    openai.InternalServerError,
)
"""API errors (HTTP 400, 422, 500) that mean "try the next structured-output mode"."""


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


class ModeRejectedError(WriterError):
    """The server rejected the request of one structured-output mode."""


class InvalidJSONError(WriterError):
    """The model's answer was not a JSON object matching :class:`CreativeCopy`."""


def extract_json(text: str) -> str:
    """The JSON object in a model's free-text answer (code fences and prose around it removed).

    Args:
        text: The answer.

    Returns:
        The text from the first ``{`` to the last ``}`` (the whole text when there is none).
    """
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def request_draft(
    client: OpenAI,
    model: str,
    messages: list[dict[str, str]],
    mode: LLMMode,
    temperature: float = 0.0,
    max_tokens: int | None = None,
) -> CreativeCopy:
    """One chat request in one structured-output mode, validated as :class:`CreativeCopy`.

    Args:
        client: The OpenAI client.
        model: Model name.
        messages: Chat messages (the JSON instruction is added here in ``prompt_json`` mode).
        mode: The structured-output mode.
        temperature: Sampling temperature.
        max_tokens: Completion token limit (not sent when None).

    Returns:
        The validated creative part.

    Raises:
        ModeRejectedError: The server answered HTTP 400, 422 or 500 to the request.
        InvalidJSONError: The answer was not valid JSON for :class:`CreativeCopy`.
        WriterError: Any other API error, or a refusal.
    """
    extra: dict[str, Any] = {} if max_tokens is None else {"max_tokens": max_tokens}
    schema = CreativeCopy.model_json_schema()
    try:
        if mode == "json_schema":
            completion = client.chat.completions.parse(
                model=model,
                messages=messages,  # type: ignore[arg-type]
                response_format=CreativeCopy,
                temperature=temperature,
                **extra,
            )
            choice = completion.choices[0]
            if choice.message.refusal:
                raise WriterError(f"the model refused: {choice.message.refusal}")
            if choice.message.parsed is None:
                raise InvalidJSONError("the model returned no parsable draft")
            return choice.message.parsed
        if mode == "json_object":
            response_format: Any = {"type": "json_object", "schema": schema}
            extra["response_format"] = response_format
        else:
            instruction = render_prompt("writer_json", schema=json.dumps(schema))
            messages = [
                {**messages[0], "content": messages[0]["content"] + "\n\n" + instruction},
                *messages[1:],
            ]
        raw = client.chat.completions.create(
            model=model,
            messages=messages,  # type: ignore[arg-type]
            temperature=temperature,
            **extra,
        )
    except UNSUPPORTED_ERRORS as exc:
        raise ModeRejectedError(f"{mode} rejected: {type(exc).__name__}: {exc}") from exc
    except (ValidationError, ValueError) as exc:
        raise InvalidJSONError(f"{type(exc).__name__}: {exc}") from exc
    except openai.OpenAIError as exc:
        raise WriterError(f"{type(exc).__name__}: {exc}") from exc
    message = raw.choices[0].message
    if getattr(message, "refusal", None):
        raise WriterError(f"the model refused: {message.refusal}")
    content = message.content or ""
    try:
        return CreativeCopy.model_validate_json(extract_json(content))
    except ValidationError as exc:
        raise InvalidJSONError(f"invalid draft JSON: {exc.error_count()} error(s)") from exc


class LLMWriter:
    """Writes copy with an OpenAI-compatible chat model and structured output.

    Args:
        client: A configured OpenAI client (timeouts and retries set on it).
        settings: Model name and temperature.
        mode: The structured-output mode to start with (the first of :data:`MODES` by
            default); the writer moves down the chain when the server rejects a mode and keeps
            the mode that worked in :attr:`mode`.
        max_tokens: Completion token limit per request (not sent when None).

    Attributes:
        mode: The structured-output mode in use (recorded in each release record).
        stats: Counters: ``requests``, ``invalid_json``, ``retries``, ``mode_rejected``,
            ``errors``.
    """

    def __init__(
        self,
        client: OpenAI,
        settings: LLMSettings,
        mode: LLMMode = "json_schema",
        max_tokens: int | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.name = settings.model
        self.prompt_hash = prompts_hash()
        self.mode: LLMMode = mode
        self.max_tokens = max_tokens
        self.stats: Counter[str] = Counter()

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
            The message framed around the model's creative part.

        Raises:
            WriterError: On timeouts, rate limits, API errors, refusals, a server that rejects
                every mode, or invalid JSON twice in a row.
        """
        messages = [
            {"role": "system", "content": render_prompt("writer_system", brief=brief)},
            {
                "role": "user",
                "content": render_prompt(
                    "writer_user",
                    brief=brief,
                    revision=revision,
                    previous=previous.creative.model_dump()
                    if previous and previous.creative
                    else None,
                ),
            },
        ]
        invalid = 0
        while True:
            self.stats["requests"] += 1
            try:
                creative = request_draft(
                    self.client,
                    self.settings.model,
                    messages,
                    self.mode,
                    self.settings.temperature,
                    self.max_tokens,
                )
                return framed(brief, creative)
            except ModeRejectedError:
                self.stats["mode_rejected"] += 1
                position = MODES.index(self.mode)
                if position + 1 == len(MODES):
                    self.stats["errors"] += 1
                    raise
                self.mode = MODES[position + 1]
            except InvalidJSONError:
                self.stats["invalid_json"] += 1
                invalid += 1
                if invalid > 1:
                    raise
                self.stats["retries"] += 1
            except WriterError:
                self.stats["errors"] += 1
                raise


def probe_mode(client: OpenAI, model: str, max_tokens: int = 200) -> dict[str, str]:
    """Which structured-output modes an endpoint supports, tried with a tiny request each.

    Args:
        client: The OpenAI client.
        model: Model name.
        max_tokens: Completion token limit of each probe.

    Returns:
        Mode → ``"ok"``, ``"rejected: …"``, ``"invalid JSON: …"`` or ``"error: …"``.
    """
    messages = [{"role": "user", "content": render_prompt("llm_check")}]
    results: dict[str, str] = {}
    for mode in MODES:
        try:
            request_draft(client, model, messages, mode, 0.0, max_tokens)
            results[mode] = "ok"
        except ModeRejectedError as exc:
            results[mode] = f"rejected: {str(exc)[:120]}"
        except InvalidJSONError as exc:
            results[mode] = f"invalid JSON: {str(exc)[:120]}"
        except WriterError as exc:
            results[mode] = f"error: {str(exc)[:120]}"
    return results
