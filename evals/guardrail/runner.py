"""Run the rule engine over labelled guardrail cases and score it.

A case is one message with its expected decision and the rule ids that should fire (see
``cases.jsonl``). Blocking is the positive class: precision is the share of blocked messages
that should have been blocked, recall the share of should-block messages that were. The same
scores are given per channel and per rule kind (a case is positive for a kind when a
block-severity rule of that kind is expected to fire), with the decision confusion matrix,
rule-id agreement and check latency.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypedDict

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.verdict import Decision, Verdict

DECISIONS: tuple[Decision, ...] = ("pass", "warn", "block")


def default_cases_path() -> Path:
    """The bundled evaluation set (written against the sample brand)."""
    return Path(__file__).parent / "cases.jsonl"


_ALIASES: dict[str, tuple[str, ...]] = {
    "expected": ("expected_decision", "decision", "label"),
    "rule_ids": ("rules", "expected_rules", "expected_rule_ids", "fired_rules"),
}
_MESSAGE_FIELDS = frozenset(Message.model_fields)


class Case(BaseModel):
    """One labelled evaluation case.

    Files written by other teams load too: unknown keys are ignored, ``expected`` may be spelled
    ``expected_decision`` / ``decision``, ``rule_ids`` may be ``rules`` / ``expected_rules``, and
    the message fields may sit at the top level instead of under ``message``. ``as_of``
    defaults to the send time's date, ``channel`` to the message's.

    Attributes:
        id: Unique case id.
        channel: The message's channel (repeated for filtering).
        category: What the case exercises, e.g. ``obfuscation`` or ``tricky_compliant``.
        as_of: The send date the pack is read as of (None: the send time's date, else today).
        message: The message.
        expected: The decision a correct engine returns.
        rule_ids: Every rule id (block or warn) that should fire.
        note: Why the label is what it is, when not obvious.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    channel: str = ""
    category: str = ""
    as_of: date | None = None
    message: Message
    expected: Decision
    rule_ids: list[str] = Field(default_factory=list)
    note: str = ""

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for name, aliases in _ALIASES.items():
            for alias in aliases:
                if name not in data and alias in data:
                    data[name] = data.pop(alias)
        if "message" not in data:
            data["message"] = {k: v for k, v in data.items() if k in _MESSAGE_FIELDS}
        if isinstance(data.get("message"), dict) and not data.get("channel"):
            data["channel"] = data["message"].get("channel", "")
        if isinstance(data.get("expected"), str):
            data["expected"] = data["expected"].strip().lower()
        return data

    @property
    def send_day(self) -> date | None:
        """The day to read the pack as of: ``as_of``, else the send time's date."""
        if self.as_of is not None:
            return self.as_of
        return self.message.send_time.date() if self.message.send_time else None


class Mismatch(TypedDict):
    """A case whose decision or fired rule ids differ from its label."""

    id: str
    expected: str
    decision: str
    expected_rules: list[str]
    fired_rules: list[str]


class CaseFileError(ValueError):
    """A case file line is not valid JSON or not a valid case."""


def load_cases(path: str | Path) -> list[Case]:
    """Read and validate a JSONL case file.

    Args:
        path: The file.

    Returns:
        The cases in file order.

    Raises:
        CaseFileError: Naming the line and the problem.
    """
    cases: list[Case] = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cases.append(Case.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise CaseFileError(f"{path}:{number}: {exc}") from None
    return cases


@dataclass
class Scores:
    """Binary counts with precision, recall and F1 (blocking is positive)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        """Count one case."""
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted positive."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected positive."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Plain data for JSON output."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class CaseResult:
    """A case and the engine's verdict on it."""

    case: Case
    verdict: Verdict

    @property
    def decision_ok(self) -> bool:
        """Whether the engine's decision equals the expected one."""
        return self.verdict.decision == self.case.expected

    @property
    def rules_ok(self) -> bool:
        """Whether exactly the expected rule ids fired."""
        return set(self.verdict.fired_rule_ids) == set(self.case.rule_ids)


@dataclass
class Report:
    """Scores of one evaluation run."""

    cases: int
    overall: Scores
    per_channel: dict[str, Scores]
    per_kind: dict[str, Scores]
    confusion: dict[str, dict[str, int]]
    decision_accuracy: float
    rule_id_agreement: float
    latency_p50_ms: float
    latency_p95_ms: float
    mismatches: list[Mismatch] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """Plain data for ``--json``."""
        return {
            "cases": self.cases,
            "blocking": self.overall.as_dict(),
            "per_channel": {k: v.as_dict() for k, v in self.per_channel.items()},
            "per_rule_kind": {k: v.as_dict() for k, v in self.per_kind.items()},
            "confusion": self.confusion,
            "decision_accuracy": round(self.decision_accuracy, 4),
            "rule_id_agreement": round(self.rule_id_agreement, 4),
            "latency_ms": {
                "p50": round(self.latency_p50_ms, 3),
                "p95": round(self.latency_p95_ms, 3),
            },
            "mismatches": self.mismatches,
        }


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[max(0, min(98, round(q) - 1))]


def run_cases(engine: RuleEngine, cases: Iterable[Case]) -> list[CaseResult]:
    """Check every case's message as of its send date.

    Args:
        engine: The rule engine (built from the pack the cases were written for).
        cases: The cases.

    Returns:
        One result per case.
    """
    return [CaseResult(case, engine.check(case.message, as_of=case.send_day)) for case in cases]


def score(results: list[CaseResult], pack: BrandPack) -> Report:
    """Score results: blocking P/R/F1 overall, per channel and per rule kind, and more.

    Args:
        results: Results from :func:`run_cases`.
        pack: The brand pack (to know each rule's kind and severity).

    Returns:
        The report.
    """
    rules = {rule.id: rule for rule in pack.rules}

    def blocking_kinds(rule_ids: Iterable[str]) -> set[str]:
        return {rules[r].kind for r in rule_ids if r in rules and rules[r].severity == "block"}

    overall = Scores()
    per_channel: dict[str, Scores] = {}
    per_kind: dict[str, Scores] = {rule.kind: Scores() for rule in pack.rules}
    confusion = {e: {p: 0 for p in DECISIONS} for e in DECISIONS}
    mismatches: list[Mismatch] = []
    for result in results:
        case, verdict = result.case, result.verdict
        expected, predicted = case.expected == "block", verdict.decision == "block"
        overall.add(expected, predicted)
        per_channel.setdefault(case.channel, Scores()).add(expected, predicted)
        confusion[case.expected][verdict.decision] += 1
        want, got = blocking_kinds(case.rule_ids), blocking_kinds(verdict.fired_rule_ids)
        for kind, scores in per_kind.items():
            scores.add(kind in want, kind in got)
        if not (result.decision_ok and result.rules_ok):
            mismatches.append(
                Mismatch(
                    id=case.id,
                    expected=case.expected,
                    decision=verdict.decision,
                    expected_rules=sorted(case.rule_ids),
                    fired_rules=sorted(verdict.fired_rule_ids),
                )
            )
    total = len(results) or 1
    latencies = [r.verdict.elapsed_ms for r in results]
    return Report(
        cases=len(results),
        overall=overall,
        per_channel=dict(sorted(per_channel.items())),
        per_kind=dict(sorted(per_kind.items())),
        confusion=confusion,
        decision_accuracy=sum(r.decision_ok for r in results) / total,
        rule_id_agreement=sum(r.rules_ok for r in results) / total,
        latency_p50_ms=percentile(latencies, 50),
        latency_p95_ms=percentile(latencies, 95),
        mismatches=mismatches,
    )


def evaluate(pack: BrandPack, cases_path: str | Path | None = None) -> Report:
    """Build an engine for ``pack``, run the case file and score it.

    Args:
        pack: The brand pack the cases were written for.
        cases_path: The JSONL case file (the bundled set by default).

    Returns:
        The report.
    """
    cases = load_cases(cases_path or default_cases_path())
    engine = RuleEngine(pack)
    return score(run_cases(engine, cases), pack)
