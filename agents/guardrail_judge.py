"""The optional LLM judge: voice, tone and implied claims the rules cannot see.

The judge may only **add** violations. Its output is merged into the deterministic verdict
with :func:`merge_judgement`, which keeps every rule violation and recomputes the decision
from the union, so a judge that says "pass" cannot turn a block into a pass. Any failure
(no key, timeout, API error, refusal, malformed output) leaves the deterministic verdict as it
is and is reported as the judgement's ``error``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from openai import OpenAI
from pydantic import BaseModel, Field

from nextbest.agents.llm import LLMSettings, render_prompt
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.message import TEXT_FIELDS, Message
from nextbest.tools.compliance.verdict import Verdict, Violation, decide

logger = logging.getLogger(__name__)

JUDGE_KIND = "llm_judge"
"""The ``kind`` recorded on violations the judge adds."""


class JudgeConcern(BaseModel):
    """One concern raised by the judge (structured output)."""

    aspect: Literal["implied_claim", "voice", "tone", "misleading"] = Field(
        description="What kind of problem it is."
    )
    severity: Literal["block", "warn"] = Field(
        description="block for implied claims or misleading content, warn for voice and tone."
    )
    quote: str = Field(description="The exact words from the message.")
    explanation: str = Field(description="Why this is a problem.")
    fix_hint: str = Field(description="How to rewrite it.")


class JudgeOutput(BaseModel):
    """The judge's structured answer."""

    decision: Literal["pass", "concerns"]
    concerns: list[JudgeConcern] = Field(default_factory=list)


@dataclass(frozen=True)
class Judgement:
    """What the judge added to a verdict.

    Attributes:
        status: ``off`` (no client), ``ok`` or ``failed``.
        violations: Violations the judge adds (empty unless ``ok``).
        error: Why the judge failed, when it did.
        model: The model asked.
    """

    status: Literal["off", "ok", "failed"]
    violations: list[Violation] = field(default_factory=list)
    error: str | None = None
    model: str | None = None


def _locate(message: Message, quote: str) -> tuple[str | None, tuple[int, int] | None]:
    """The field and span of ``quote`` in the message, when it can be found."""
    needle = quote.strip().strip("\"'")
    if not needle:
        return None, None
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    for name in TEXT_FIELDS:
        match = pattern.search(message.text_of(name))
        if match:
            return name, match.span()
    return None, None


class GuardrailJudge:
    """Asks an LLM, with structured output, for concerns about voice, tone and implied claims."""

    def __init__(self, client: OpenAI | None, settings: LLMSettings, pack: BrandPack) -> None:
        """Create a judge.

        Args:
            client: An OpenAI client, or None for "judge off".
            settings: Model, temperature and timeout to use.
            pack: The brand pack (voice and approved claims go into the prompt).
        """
        self.client = client
        self.settings = settings
        self.pack = pack

    @property
    def enabled(self) -> bool:
        """Whether the judge will call the LLM."""
        return self.client is not None

    def review(self, message: Message, verdict: Verdict) -> Judgement:
        """Ask the judge about ``message``; never raises.

        Args:
            message: The message.
            verdict: The deterministic verdict (its findings are shown to the judge).

        Returns:
            The judgement: added violations, or the reason the judge failed.
        """
        if self.client is None:
            return Judgement(status="off")
        day = date.fromisoformat(verdict.as_of) if verdict.as_of else date.today()
        claims = [
            c for c in self.pack.claims if c.is_valid_on(day) and message.channel in c.channels
        ]
        system = render_prompt(
            "guardrail_judge", brand=self.pack.brand, voice=self.pack.voice, claims=claims
        )
        user = render_prompt("guardrail_judge_user", message=message, findings=verdict.violations)
        try:
            completion = self.client.chat.completions.parse(
                model=self.settings.model,
                messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
                response_format=JudgeOutput,
                temperature=self.settings.temperature,
                timeout=self.settings.timeout_s,
            )
            choice = completion.choices[0].message
            output = choice.parsed
            if output is None:
                reason = getattr(choice, "refusal", None) or "no parsed output"
                return Judgement(status="failed", error=reason, model=self.settings.model)
        except Exception as exc:  # noqa: BLE001 - any judge failure leaves the verdict alone
            logger.warning("guardrail judge failed: %s", exc)
            return Judgement(
                status="failed", error=f"{type(exc).__name__}: {exc}", model=self.settings.model
            )
        return Judgement(
            status="ok",
            violations=[self._violation(message, c) for c in output.concerns],
            model=self.settings.model,
        )

    def _violation(self, message: Message, concern: JudgeConcern) -> Violation:
        where, span = _locate(message, concern.quote)
        return Violation(
            rule_id=f"judge.{concern.aspect}",
            kind=JUDGE_KIND,
            severity=concern.severity,
            message=concern.explanation,
            field=where,
            span=span,
            evidence=concern.quote,
            fix_hint=concern.fix_hint,
            source=f"LLM judge ({self.settings.model})",
            origin="judge",
        )


def merge_judgement(verdict: Verdict, judgement: Judgement) -> Verdict:
    """The verdict with the judge's violations added; the decision can only get stricter.

    Args:
        verdict: The deterministic verdict.
        judgement: The judge's result.

    Returns:
        A new verdict whose violations are the rule violations followed by the judge's, and
        whose decision is recomputed from all of them (a block stays a block).
    """
    if not judgement.violations:
        return verdict
    violations = [*verdict.violations, *judgement.violations]
    decision = decide(violations)
    if verdict.decision == "block":
        decision = "block"
    return verdict.model_copy(update={"violations": violations, "decision": decision})
