"""The decision inspector: everything about why a customer got (or did not get) a message.

Given a decision id (or a release record id) it gathers the logged decision — chosen action,
alternatives' scores, propensity, mask reasons, policy version, holdout — the release records
of its message, the records of its batch cell's copy (every write → check attempt and the rules
evaluated), every rule's verdict, the brand pack version and hash, and how the decision later
performed (outcome events and what the policy learned). ``nextbest inspect`` and the web
workspace's decision pages both call :func:`explain`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from nextbest.app.workspace.records import ReleaseRecord
from nextbest.app.workspace.runs import Runs
from nextbest.app.workspace.runtime import NextbestRuntime

RuleStatus = Literal["pass", "warn", "block"]


class DecisionNotFoundError(KeyError):
    """No decision or release record under that id."""

    def __str__(self) -> str:
        """The message, without KeyError's quotes."""
        return str(self.args[0]) if self.args else "not found"


@dataclass(frozen=True)
class RuleVerdict:
    """One rule's verdict on one message.

    Attributes:
        rule_id: The brand pack rule (or ``judge.*`` concern).
        status: ``block`` or ``warn`` when it fired (its severity), else ``pass``.
        violations: What it found, as plain data (message, evidence, field, span, fix hint).
    """

    rule_id: str
    status: RuleStatus
    violations: list[dict[str, Any]] = field(default_factory=list)


def rule_verdicts(verdict: dict[str, Any] | None) -> list[RuleVerdict]:
    """Every rule's verdict: fired rules first (blocks, then warnings), then the passes.

    Args:
        verdict: A verdict as plain data (``violations``, ``rules_evaluated``).
    """
    if not verdict:
        return []
    fired: dict[str, list[dict[str, Any]]] = {}
    for violation in verdict.get("violations", []):
        fired.setdefault(violation["rule_id"], []).append(violation)
    out = [
        RuleVerdict(
            rule_id,
            "block" if any(v.get("severity") == "block" for v in found) else "warn",
            found,
        )
        for rule_id, found in fired.items()
    ]
    out.sort(key=lambda r: r.status != "block")
    out.extend(
        RuleVerdict(rule_id, "pass")
        for rule_id in verdict.get("rules_evaluated", [])
        if rule_id not in fired
    )
    return out


@dataclass(frozen=True)
class DecisionExplanation:
    """A decision and everything that followed from it.

    Attributes:
        decision_id: The decision (or the release record id it was looked up by).
        decision: The logged decision as plain data, or None when only records exist.
        records: The message's release records, oldest first.
        cell_records: For a batch run, the records of the cell whose copy the message used.
        performance: Outcome events and what was learned (``events``, ``learned``).
        sent: For a batch run, the released message as written to the run's outbox.
    """

    decision_id: str
    decision: dict[str, Any] | None
    records: list[ReleaseRecord]
    cell_records: list[ReleaseRecord]
    performance: dict[str, Any]
    sent: dict[str, Any] | None = None

    @property
    def alternatives(self) -> list[dict[str, Any]]:
        """The allowed actions the policy scored, with expected reward and probability."""
        return list((self.decision or {}).get("top_actions", []))

    @property
    def mask_reasons(self) -> dict[str, list[str]]:
        """Reason code → the actions it removed before scoring."""
        return dict((self.decision or {}).get("mask_reasons", {}))

    @property
    def mask_rules(self) -> dict[str, list[str]]:
        """Pack rule id → the actions it removed before scoring (quiet-hours rules)."""
        return dict((self.decision or {}).get("mask_rules", {}))

    @property
    def final(self) -> ReleaseRecord | None:
        """The latest release record of the message, if any."""
        return self.records[-1] if self.records else None

    @property
    def copy(self) -> dict[str, Any] | None:
        """The released message (subject, body, cta, links, sender), if one was released.

        For a batch run it is the customer's rendered message as the run's outbox holds it.
        """
        released = [r for r in self.records if r.outcome == "released" and r.message]
        return released[-1].message if released else self.sent

    @property
    def versions(self) -> dict[str, Any]:
        """Policy and brand pack versions behind the decision and its copy."""
        decision, final = self.decision or {}, self.final
        return {
            "policy_name": decision.get("policy_name") or (final and final.policy_name),
            "policy_version": decision.get("policy_version")
            if decision.get("policy_version") is not None
            else (final and final.policy_version),
            "pack_version": final.pack_version if final else None,
            "pack_hash": final.pack_hash if final else None,
            "send_date": final.send_date if final else None,
        }

    def rules(self, record: ReleaseRecord) -> list[RuleVerdict]:
        """Every rule's verdict on one record's final check."""
        return rule_verdicts(record.verdict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation (the logged decision, records, rules and outcomes)."""
        return {
            "decision": self.decision,
            "records": [r.model_dump(mode="json") for r in self.records],
            "cell_records": [r.model_dump(mode="json") for r in self.cell_records],
            "performance": self.performance,
            "versions": self.versions,
            "copy": self.copy,
            "rules": {
                r.record_id: [
                    {"rule_id": v.rule_id, "status": v.status, "violations": v.violations}
                    for v in self.rules(r)
                ]
                for r in [*self.records, *self.cell_records]
            },
        }


def explain(runtime: NextbestRuntime, decision_id: str) -> DecisionExplanation:
    """Everything about one decision (a release record id works too).

    Raises:
        DecisionNotFoundError: When there is neither a decision nor a release record.
    """
    from nextbest.app.workspace.feedback_store import FeedbackStore

    decision = runtime.decisions.get(decision_id)
    records = runtime.records.for_decision(decision_id)
    if decision is None and not records:
        raise DecisionNotFoundError(f"no decision or release record {decision_id}")
    cells = sorted({(r.run_id, r.cell) for r in records if r.run_id and r.cell and r.customer_id})
    cell_records = [
        record
        for run_id, cell in cells
        for record in runtime.records.for_decision(f"{run_id}:{cell}")
    ]
    feedback = FeedbackStore(runtime)
    try:
        performance = feedback.performance(decision["decision_id"] if decision else decision_id)
    finally:
        feedback.close()
    sent = None
    batch_released = [r for r in records if r.run_id and r.outcome == "released" and not r.message]
    if batch_released:
        record = batch_released[-1]
        sent = Runs(runtime.workspace).sent_message(str(record.run_id), record.record_id)
    return DecisionExplanation(decision_id, decision, records, cell_records, performance, sent)


@dataclass(frozen=True)
class DecisionSummary:
    """One line of a customer's decision history.

    Attributes:
        decision_id: The decision.
        decided_at: When.
        action_id: What was chosen (``no_message`` included).
        propensity: The policy's probability of that choice.
        holdout: Whether the customer was in the holdout.
        run_id: The batch run, if any.
        outcome: The latest release record's outcome (None when nothing was recorded yet).
    """

    decision_id: str
    decided_at: str
    action_id: str
    propensity: float | None
    holdout: bool
    run_id: str | None
    outcome: str | None


def customer_decisions(
    runtime: NextbestRuntime, customer_id: str, limit: int = 100
) -> list[DecisionSummary]:
    """A customer's decisions, newest first, each with its latest outcome."""
    out = []
    for decision in runtime.decisions.for_customer(customer_id)[:limit]:
        records = runtime.records.for_decision(decision["decision_id"])
        out.append(
            DecisionSummary(
                decision_id=decision["decision_id"],
                decided_at=str(decision.get("decided_at", "")),
                action_id=decision["action_id"],
                propensity=decision.get("propensity"),
                holdout=bool(decision.get("holdout")),
                run_id=decision.get("run_id"),
                outcome=records[-1].outcome if records else None,
            )
        )
    return out


def customer_profile(runtime: NextbestRuntime, customer_id: str) -> dict[str, Any] | None:
    """The customer as their latest decision saw them, else their row in the workspace's table.

    A decision records the recipient's consent, objection, suppression, unsubscribes, age and
    time zone as the run read them (``recipient``), so the page shows what the decision was
    based on — not today's table, which may have changed or be another table altogether.

    Returns:
        The fields (with ``seen_in`` naming the run when they come from a decision); None
        when the customer is unknown.
    """
    for decision in runtime.decisions.for_customer(customer_id):
        if decision.get("recipient"):
            seen_in = decision.get("run_id") or decision.get("decision_id")
            return {"customer_id": customer_id, **decision["recipient"], "seen_in": seen_in}
    if not runtime.customers_path.exists():
        return None
    try:
        return runtime.customer(customer_id)
    except KeyError:
        return None
