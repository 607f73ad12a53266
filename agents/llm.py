"""LLM clients and prompts: an OpenAI client built from explicit settings, jinja2 prompts.

Every LLM feature in nextbest is optional. :func:`make_client` returns None when no API key
is configured, and callers treat None as "LLM off" (the deterministic path still runs).
Prompts live beside the code as ``agents/prompts/*.j2`` and are rendered with
:func:`render_prompt`; no prompt text is written inline in Python.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from openai import OpenAI

PROMPTS_DIR = Path(__file__).parent / "prompts"
"""Where the jinja2 prompt templates live."""

DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class LLMSettings:
    """How to reach the LLM; every field is explicit so runs are reproducible.

    Attributes:
        model: Model name sent with each request.
        api_key: API key; None turns the LLM off.
        base_url: API base URL (an OpenAI-compatible server), None for the default.
        temperature: Sampling temperature.
        timeout_s: Per-request timeout in seconds.
        max_retries: Retries on connection errors, 429 and 5xx.
    """

    model: str = DEFAULT_MODEL
    api_key: str | None = None
    base_url: str | None = None
    temperature: float = 0.0
    timeout_s: float = 30.0
    max_retries: int = 2

    @property
    def enabled(self) -> bool:
        """Whether an API key is configured."""
        return bool(self.api_key)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> LLMSettings:
        """Settings from the environment.

        Reads ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, and ``NEXTBEST_LLM_MODEL``,
        ``NEXTBEST_LLM_TEMPERATURE``, ``NEXTBEST_LLM_TIMEOUT``, ``NEXTBEST_LLM_MAX_RETRIES``.

        Args:
            environ: The environment (``os.environ`` by default).

        Returns:
            The settings.

        Raises:
            ValueError: When a numeric variable is not a number.
        """
        env = os.environ if environ is None else environ
        return cls(
            model=env.get("NEXTBEST_LLM_MODEL") or DEFAULT_MODEL,
            api_key=env.get("OPENAI_API_KEY") or None,
            base_url=env.get("OPENAI_BASE_URL") or None,
            temperature=float(env.get("NEXTBEST_LLM_TEMPERATURE") or 0.0),
            timeout_s=float(env.get("NEXTBEST_LLM_TIMEOUT") or 30.0),
            max_retries=int(env.get("NEXTBEST_LLM_MAX_RETRIES") or 2),
        )


def make_client(settings: LLMSettings) -> OpenAI | None:
    """An OpenAI client for ``settings``, or None when the LLM is off (no API key).

    Args:
        settings: The LLM settings.

    Returns:
        A configured client with explicit timeout and retries, or None.
    """
    if not settings.enabled:
        return None
    return OpenAI(
        api_key=settings.api_key,
        base_url=settings.base_url,
        timeout=settings.timeout_s,
        max_retries=settings.max_retries,
    )


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(PROMPTS_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render_prompt(name: str, **variables: Any) -> str:
    """Render ``agents/prompts/<name>.j2``.

    Args:
        name: Template name without the ``.j2`` suffix.
        **variables: Template variables (a missing one is an error).

    Returns:
        The rendered prompt, stripped.
    """
    return _environment().get_template(f"{name}.j2").render(**variables).strip()
