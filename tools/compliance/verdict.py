"""The guardrail's typed verdict: a decision, and every violation with its reason and place."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from nextbest.brand_context.models import Severity

Decision = Literal["pass", "warn", "block"]
"""``block`` stops the release; ``warn`` is recorded; ``pass`` means nothing was found."""

ViolationOrigin = Literal["rule", "judge"]


class Violation(BaseModel):
    """One rule broken by one message.

    Attributes:
        rule_id: The brand pack rule (or ``judge.*`` for an LLM judge concern).
        kind: The rule kind, e.g. ``banned_phrase``.
        severity: ``block`` or ``warn``, from the rule.
        message: What is wrong, in plain words.
        field: The copy field the span points into (``subject``, ``body``, ``cta``), if any.
        span: ``(start, end)`` character span in that field's original text, end exclusive.
        evidence: The offending words as written, or the fact that failed.
        fix_hint: What would make the message comply.
        source: The regulation or policy behind the rule.
        origin: ``rule`` for the deterministic engine, ``judge`` for the LLM judge.
        code: What exactly was wrong, when a rule kind tells problems apart (e.g.
            ``claim.expired``, ``claim.unapproved``, ``claim.missing_disclaimer``).
    """

    model_config = ConfigDict(frozen=True)

    rule_id: str
    kind: str
    severity: Severity
    message: str
    field: str | None = None
    span: tuple[int, int] | None = None
    evidence: str | None = None
    fix_hint: str | None = None
    source: str = ""
    origin: ViolationOrigin = "rule"
    code: str | None = None


class Verdict(BaseModel):
    """The outcome of checking one message.

    Attributes:
        decision: ``block`` if any block-severity violation, ``warn`` if only warnings, else
            ``pass``.
        violations: Every violation found.
        rules_evaluated: Ids of the rules in force that were evaluated.
        pack_version: Version label of the brand pack, when known.
        pack_hash: Content hash of the brand pack the message was checked against.
        as_of: ISO date the pack was read as of (the send date).
        elapsed_ms: Time the check took.
    """

    model_config = ConfigDict(frozen=True)

    decision: Decision
    violations: list[Violation] = Field(default_factory=list)
    rules_evaluated: list[str] = Field(default_factory=list)
    pack_version: str | None = None
    pack_hash: str = ""
    as_of: str = ""
    elapsed_ms: float = 0.0

    @property
    def blocked(self) -> bool:
        """Whether the message must not be released."""
        return self.decision == "block"

    @property
    def blocking(self) -> list[Violation]:
        """The block-severity violations."""
        return [v for v in self.violations if v.severity == "block"]

    @property
    def fired_rule_ids(self) -> list[str]:
        """Ids of the rules with at least one violation, in first-seen order."""
        return list(dict.fromkeys(v.rule_id for v in self.violations))


def decide(violations: list[Violation]) -> Decision:
    """The decision implied by a list of violations (warn-severity never blocks).

    Args:
        violations: Violations found.

    Returns:
        ``block``, ``warn`` or ``pass``.
    """
    if any(v.severity == "block" for v in violations):
        return "block"
    return "warn" if violations else "pass"
