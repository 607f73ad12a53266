"""The guardrail: check a draft, return the verdict and revision instructions.

:class:`ComplianceGuardrail` is the typed guardrail (openai-agents style): ``run`` returns a
:class:`GuardrailOutcome` whose ``tripwire_triggered`` says whether the draft is blocked and
whose ``reason`` says why. The deterministic rule engine always runs; the optional LLM judge
can only add violations. The release graph's ``check`` node (``nodes/verify.py``) runs it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from nextbest.tools.compliance.engine import RuleEngine, Scope
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.verdict import Verdict, Violation

if TYPE_CHECKING:  # the judge and the prompt renderer (openai, jinja2) load only when used
    from nextbest.agents.guardrail_judge import GuardrailJudge


class RevisionInstruction(BaseModel):
    """One thing the writer must change, built from a violation.

    Attributes:
        rule_id: The rule (or judge concern) behind it.
        severity: ``block`` (must fix) or ``warn`` (should fix).
        field: The copy field concerned, if any.
        quote: The words concerned, as written.
        problem: What is wrong.
        instruction: What to do.
    """

    model_config = ConfigDict(frozen=True)

    rule_id: str
    severity: Literal["block", "warn"]
    field: str | None = None
    quote: str | None = None
    problem: str
    instruction: str


class GuardrailOutcome(BaseModel):
    """The result of running the guardrail on one draft.

    Attributes:
        tripwire_triggered: True when the draft must not be released (decision ``block``).
        reason: One line saying why (or that the draft passed).
        verdict: The full verdict, judge violations included.
        revision_instructions: What the writer must change, blocking items first.
        judge_status: ``off``, ``ok`` or ``failed``.
        judge_error: Why the judge failed, when it did.
    """

    model_config = ConfigDict(frozen=True)

    tripwire_triggered: bool
    reason: str
    verdict: Verdict
    revision_instructions: list[RevisionInstruction]
    judge_status: Literal["off", "ok", "failed"] = "off"
    judge_error: str | None = None

    def revision_prompt(self) -> str:
        """The instructions rendered for the writer's prompt ('' when there is nothing to fix)."""
        if not self.revision_instructions:
            return ""
        from nextbest.agents.llm import render_prompt

        return render_prompt(
            "revision_instructions", verdict=self.verdict, instructions=self.revision_instructions
        )


def revision_instructions(violations: list[Violation]) -> list[RevisionInstruction]:
    """Instructions for the writer, one per distinct problem, blocking problems first.

    Args:
        violations: The verdict's violations.

    Returns:
        The instructions.
    """
    seen: set[tuple[str, str | None, str]] = set()
    out: list[RevisionInstruction] = []
    for v in sorted(violations, key=lambda v: v.severity != "block"):
        key = (v.rule_id, v.evidence, v.message)
        if key in seen:
            continue
        seen.add(key)
        quote = v.evidence if v.span is not None else None
        out.append(
            RevisionInstruction(
                rule_id=v.rule_id,
                severity=v.severity,
                field=v.field,
                quote=quote,
                problem=v.message,
                instruction=v.fix_hint or f"Comply with {v.rule_id} ({v.source}).",
            )
        )
    return out


def _reason(verdict: Verdict) -> str:
    if verdict.decision == "pass":
        return "No rule was broken."
    relevant = verdict.blocking if verdict.decision == "block" else verdict.violations
    rules = list(dict.fromkeys(v.rule_id for v in relevant))
    verb = "Blocked by" if verdict.decision == "block" else "Warnings from"
    return f"{verb} {', '.join(rules)}: {relevant[0].message}"


class ComplianceGuardrail:
    """Deterministic rules first, then the optional judge, which can only add violations."""

    def __init__(self, engine: RuleEngine, judge: GuardrailJudge | None = None) -> None:
        """Create the guardrail.

        Args:
            engine: The rule engine for the brand pack in force.
            judge: The LLM judge, or None to run the rules alone.
        """
        self.engine = engine
        self.judge = judge

    def run(
        self,
        draft: Message | Mapping[str, Any],
        *,
        as_of: date | datetime | None = None,
        scope: Scope = "full",
    ) -> GuardrailOutcome:
        """Check a draft.

        Args:
            draft: A :class:`Message` or its fields as a mapping.
            as_of: The send date (defaults to the message's send time, else now).
            scope: ``full`` or ``copy`` (see :meth:`RuleEngine.check`).

        Returns:
            The outcome: tripwire, reason, verdict and revision instructions.

        Raises:
            pydantic.ValidationError: When ``draft`` is not a valid message.
        """
        message = draft if isinstance(draft, Message) else Message.model_validate(dict(draft))
        verdict = self.engine.check(message, as_of=as_of, scope=scope)
        judge_status: Literal["off", "ok", "failed"] = "off"
        judge_error: str | None = None
        if self.judge is not None and self.judge.enabled:
            from nextbest.agents.guardrail_judge import merge_judgement

            judgement = self.judge.review(message, verdict)
            verdict = merge_judgement(verdict, judgement)
            judge_status, judge_error = judgement.status, judgement.error
        return GuardrailOutcome(
            tripwire_triggered=verdict.decision == "block",
            reason=_reason(verdict),
            verdict=verdict,
            revision_instructions=revision_instructions(verdict.violations),
            judge_status=judge_status,
            judge_error=judge_error,
        )
