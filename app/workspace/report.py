"""The run report: lift against the holdout, guardrail counts, exploration and an OPE estimate.

``nextbest report --run ID`` reads the run's decisions, release records, cell results and the
feedback events stored by ``nextbest feedback``, and writes a self-contained HTML report
(jinja2 template ``report_templates/report.html.j2``, matplotlib plots embedded as base64 PNG).

Lift is intent-to-treat: every decision of the run that is not in the holdout is *treated*
(including customers the policy chose to send nothing, masked ones and messages blocked at the
re-check), the sticky-hash holdout is the control. Differences of proportions (conversion,
unsubscribe, complaint rates) get Newcombe's hybrid score interval built from the two Wilson
intervals; revenue per customer gets the Welch normal interval of a difference of means.

The statistics are in :mod:`~nextbest.app.workspace.report_statistics`, the report's fields in
:mod:`~nextbest.app.workspace.report_model`, the off-policy estimate of the latest saved policy
in :mod:`~nextbest.app.workspace.report_ope` (when that policy has already learned from this
run, its estimate on the same data is in-sample and optimistic, and the report says so), plots
and HTML in :mod:`~nextbest.app.workspace.report_render`, the command in
:mod:`nextbest.app.cli.report`.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import numpy as np

from nextbest.app.workspace.feedback_learning import DEFAULT_ATTRIBUTION_DAYS, outcomes_array
from nextbest.app.workspace.feedback_store import DecisionOutcome, FeedbackStore
from nextbest.app.workspace.report_model import Breakdown, RunReport
from nextbest.app.workspace.report_ope import add_off_policy_estimate
from nextbest.app.workspace.report_render import draw_plots
from nextbest.app.workspace.report_statistics import mean_lift, proportion_lift, wilson
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.tools.decisioning import NO_MESSAGE


def _breakdown(
    name: str,
    idx: np.ndarray,
    results: list[DecisionOutcome],
    delivered: np.ndarray,
    revenue: np.ndarray,
    rewards: np.ndarray,
) -> Breakdown:
    conv = np.array([results[i].converted for i in idx], dtype=float)
    unsub = np.array([results[i].unsubscribed for i in idx], dtype=float)
    compl = np.array([results[i].complained for i in idx], dtype=float)
    return Breakdown(
        group=name,
        decisions=len(idx),
        delivered=int(delivered[idx].sum()),
        conversion_rate=float(conv.mean()),
        conversion_ci=wilson(conv.sum(), len(idx)),
        revenue_per_customer=float(revenue[idx].mean()),
        unsubscribe_rate=float(unsub.mean()),
        complaint_rate=float(compl.mean()),
        mean_reward=float(rewards[idx].mean()),
    )


def _guardrail(
    report: RunReport,
    cells: list[dict[str, Any]],
    runtime: NextbestRuntime,
    customers_per_cell: Counter[str],
) -> None:
    by_cell: Counter[str] = Counter()
    by_customer: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for cell in cells:
        outcome = cell["outcome"]
        category = outcome
        record_id = cell["body"].get("record_id")
        records = runtime.records.for_decision(record_id) if record_id else []
        record = records[-1] if records else None
        if outcome == "released":
            attempts = record.attempts if record else []
            if record is not None and (record.author or "").startswith("fallback"):
                category = "fallback"
            elif len(attempts) > 1:
                category = "revised"
            else:
                category = "passed first time"
        if record is not None:
            for attempt in record.attempts:
                if attempt.get("decision") not in ("pass", "pass_with_warnings"):
                    fired.update(attempt.get("fired_rules") or [])
        by_cell[category] += 1
        by_customer[category] += customers_per_cell.get(cell["cell"], 0)
    order = ["passed first time", "revised", "fallback", "escalated", "rejected"]
    report.guardrail = {k: by_cell.get(k, 0) for k in order} | {
        k: v for k, v in by_cell.items() if k not in order
    }
    report.guardrail_customers = {k: by_customer.get(k, 0) for k in report.guardrail}
    report.rules_fired = dict(fired.most_common())


def build_report(
    runtime: NextbestRuntime,
    run_id: str,
    now: datetime | None = None,
    attribution_days: float | None = DEFAULT_ATTRIBUTION_DAYS,
    seed: int = 0,
    plots: bool = True,
) -> RunReport:
    """Build the report of one run.

    Args:
        runtime: The workspace runtime.
        run_id: The run.
        now: The moment whose brand pack defines the action space (default: now).
        attribution_days: Only events this many days after a decision count (None: all).
        seed: Seed of the bootstrap intervals.
        plots: Draw the plots (needed for HTML).

    Returns:
        The report.

    Raises:
        KeyError: The run has no logged decisions.
    """
    now = now or datetime.now(UTC)
    report = RunReport(run_id=run_id, created_at=datetime.now(UTC).isoformat(timespec="seconds"))
    store = FeedbackStore(runtime)
    try:
        bodies = store.decisions(run_id)
        if not bodies:
            raise KeyError(f"no decisions logged for run {run_id!r}")
        results = store.outcomes(bodies, attribution_days)
        report.learning = store.learned_counts(run_id)
        store_versions = store.learned_versions(run_id)
        conn = store._conn  # noqa: SLF001 - same module family, one connection
        report.events = {
            r[0]: r[1]
            for r in conn.execute(
                "SELECT event, COUNT(*) FROM feedback WHERE run_id = ? GROUP BY event "
                "ORDER BY event",
                (run_id,),
            )
        }
        cells = (
            [
                {"cell": r["cell"], "outcome": r["outcome"], "body": json.loads(r["body"])}
                for r in conn.execute(
                    "SELECT cell, outcome, body FROM run_cells WHERE run_id = ? ORDER BY cell",
                    (run_id,),
                )
            ]
            if _has_table(conn, "run_cells")
            else []
        )
        summary_row = (
            conn.execute("SELECT summary FROM runs WHERE run_id = ?", (run_id,)).fetchone()
            if _has_table(conn, "runs")
            else None
        )
    finally:
        store.close()
    n = len(bodies)
    holdout = np.array([bool(b.get("holdout")) for b in bodies])
    is_message = np.array([b["action_id"] != NO_MESSAGE for b in bodies])
    delivered = np.array([r.delivered for r in results]) & is_message
    report.decisions, report.holdout = n, int(holdout.sum())
    report.treated, report.delivered = n - report.holdout, int(delivered.sum())
    if not report.events:
        report.notes.append("no feedback events stored for this run yet: all rates are 0")
    # realised rewards with the value model; a message never sent earned what no message earns
    engine = runtime.engine(now)
    index = {a: i for i, a in enumerate(engine.space.ids)}
    effective = [
        index.get(b["action_id"], index[NO_MESSAGE])
        if sent or b["action_id"] == NO_MESSAGE
        else index[NO_MESSAGE]
        for b, sent in zip(bodies, delivered, strict=True)
    ]
    outcomes = outcomes_array(results)
    rewards = engine.value.reward(np.asarray(effective), outcomes)
    revenue = np.nan_to_num(np.asarray(outcomes.order_value, dtype=float))
    revenue = np.where(outcomes.converted, revenue, 0.0)
    t, h = ~holdout, holdout
    report.lifts = [
        proportion_lift("conversion rate", outcomes.converted[t], outcomes.converted[h]),
        mean_lift("revenue per customer", revenue[t], revenue[h]),
        proportion_lift(
            "unsubscribe rate",
            outcomes.unsubscribed[t],
            outcomes.unsubscribed[h],
            structural_zero=not delivered[h].any(),
        ),
        proportion_lift(
            "complaint rate",
            outcomes.complained[t],
            outcomes.complained[h],
            structural_zero=not delivered[h].any(),
        ),
    ]
    report.mean_reward = {
        "all": float(rewards.mean()),
        "treated": float(rewards[t].mean()) if t.any() else 0.0,
        "holdout": float(rewards[h].mean()) if h.any() else 0.0,
    }
    if report.holdout < 100:
        report.notes.append(f"only {report.holdout} holdout customers: the lift intervals are wide")
    treated_idx = np.flatnonzero(t)
    offers = np.array(
        [b.get("offer_id") if d else None for b, d in zip(bodies, delivered, strict=True)],
        dtype=object,
    )
    channels = np.array(
        [b.get("channel") if d else None for b, d in zip(bodies, delivered, strict=True)],
        dtype=object,
    )
    for target, labels in ((report.by_offer, offers), (report.by_channel, channels)):
        groups: dict[str, list[int]] = {}
        for i in treated_idx:
            groups.setdefault(labels[i] or "no message sent", []).append(int(i))
        for name in sorted(groups, key=lambda g: (g == "no message sent", g)):
            target.append(
                _breakdown(name, np.asarray(groups[name]), results, delivered, revenue, rewards)
            )
    # customers per cell: released messages for released cells, decided customers otherwise
    decided: Counter[str] = Counter(
        f"{b['offer_id']}|{b['channel']}" for b in bodies if b["action_id"] != NO_MESSAGE
    )
    released_from: Counter[str] = Counter(
        r.cell
        for r in runtime.records.for_run(run_id)
        if r.customer_id is not None and r.outcome == "released" and r.cell
    )
    customers_per_cell: Counter[str] = Counter()
    for cell in cells:
        offer_channel = "|".join(cell["cell"].split("|")[:2])
        customers_per_cell[cell["cell"]] = (
            released_from[cell["cell"]] if cell["outcome"] == "released" else decided[offer_channel]
        )
    _guardrail(report, cells, runtime, customers_per_cell)
    if summary_row and summary_row[0]:
        report.blocked_at_recheck = json.loads(summary_row[0]).get("blocked", {})
    report.exploration_share = float(
        np.mean([bool(bodies[i].get("explored")) for i in treated_idx]) if len(treated_idx) else 0
    )
    report.cold_start_share = float(
        np.mean([bool(bodies[i].get("cold_start")) for i in treated_idx]) if len(treated_idx) else 0
    )
    versions = sorted({(b["policy_name"], int(b["policy_version"])) for b in bodies})
    report.logging_policy = ", ".join(f"{name} v{v}" for name, v in versions)
    usable = t & (delivered | ~is_message)
    add_off_policy_estimate(report, runtime, engine, bodies, rewards, usable, seed)
    learned_by = store_versions
    if report.ope and learned_by and min(learned_by) <= int(report.target_policy.split("v")[-1]):
        report.ope_in_sample = True
        report.notes.append(
            f"{report.target_policy} already learned from this run's outcomes (in version "
            f"{min(learned_by)}): its off-policy estimate on the same data is in-sample and "
            "optimistic; judge it on the next run's log"
        )
    if report.target_policy and report.target_policy == report.logging_policy:
        report.notes.append(
            "the latest policy is the one that logged this run (no feedback learned since): "
            "its off-policy estimate should match the observed value"
        )
    if plots:
        report.plots = draw_plots(report)
    return report


def _has_table(conn: Any, name: str) -> bool:
    return bool(conn.has_table(name))
