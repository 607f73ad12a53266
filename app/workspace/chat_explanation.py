"""A logged decision explained for the chat: scores, blocked actions, copy, verdict, rules.

The chat's ``explain_decision`` tool answers with this JSON-like view of the decision
inspector's :class:`~nextbest.app.workspace.inspector.DecisionExplanation`.
"""

from __future__ import annotations

from typing import Any

from nextbest.app.workspace.inspector import DecisionExplanation


def explanation_data(explanation: DecisionExplanation, decision_id: str) -> dict[str, Any]:
    """What the chat shows of one decision.

    Args:
        explanation: The decision inspector's explanation.
        decision_id: The decision explained.

    Returns:
        The decision (action, propensity, holdout, versions), its alternatives, the actions
        blocked and why, how it performed and, once released, the copy, author, claims and
        every rule that did not pass.
    """
    decision = explanation.decision or {}
    data: dict[str, Any] = {
        "decision_id": decision_id,
        "customer_id": decision.get("customer_id"),
        "decided_at": decision.get("decided_at"),
        "action": decision.get("action_id"),
        "propensity": decision.get("propensity"),
        "holdout": decision.get("holdout", False),
        "explored": decision.get("explored", False),
        "goal_version": decision.get("goal_version"),
        "versions": explanation.versions,
        "alternatives": [
            {
                "action": a["action_id"],
                "expected_reward": round(a["expected_reward"], 4),
                "probability": round(a["probability"], 4),
                "goal_boost": a.get("goal_boost", 0.0),
            }
            for a in explanation.alternatives
        ],
        "blocked": {
            reason: {"actions": len(ids), "examples": ids[:3]}
            for reason, ids in explanation.mask_reasons.items()
        },
        "performance": explanation.performance,
    }
    final = explanation.final
    if final is not None:
        cell = explanation.cell_records[-1] if explanation.cell_records else None
        rules = explanation.rules(final)
        if cell is not None:  # a batch message: the cell's copy was checked on every rule
            seen = {r.rule_id for r in rules}
            rules += [r for r in explanation.rules(cell) if r.rule_id not in seen]
        data["release"] = {
            "outcome": final.outcome,
            "reason": final.reason,
            "released_message": explanation.copy,
            "author": final.author or (cell.author if cell else None),
            "claims_cited": final.claims_cited or (cell.claims_cited if cell else []),
            "verdict": (final.verdict or {}).get("decision"),
            "rules_fired": [
                {
                    "rule": r.rule_id,
                    "status": r.status,
                    "messages": [v.get("message") for v in r.violations],
                }
                for r in rules
                if r.status != "pass"
            ],
            "rules_passed": [r.rule_id for r in rules if r.status == "pass"],
        }
    return data
