"""The run report: lift against the holdout, guardrail counts, exploration and an OPE estimate.

``nextbest report --run ID`` reads the run's decisions, release records, cell results and the
feedback events stored by ``nextbest feedback``, and writes a self-contained HTML report
(jinja2 template ``report_templates/report.html.j2``, matplotlib plots embedded as base64 PNG).

Lift is intent-to-treat: every decision of the run that is not in the holdout is *treated*
(including customers the policy chose to send nothing, masked ones and messages blocked at the
re-check), the sticky-hash holdout is the control. Differences of proportions (conversion,
unsubscribe, complaint rates) get Newcombe's hybrid score interval built from the two Wilson
intervals; revenue per customer gets the Welch normal interval of a difference of means.

The off-policy estimate scores the latest saved policy on the run's logged decisions (SNIPS and
DR from :mod:`nextbest.evals.ope`, with the logged propensities) next to the logging policy's
observed
value. Holdout decisions (not chosen by the policy) and message decisions that were never sent
(their outcome is not the chosen action's) are left out of it. Importance weights are clipped at
:data:`MAX_IMPORTANCE_WEIGHT` (decisions picked by the exploration floor have tiny propensities),
which trades a little bias towards the logging value for a bounded variance; the report shows the
effective sample size of the clipped weights and warns when it is small. When the latest policy
has already learned from this run, its estimate on the same data is in-sample and optimistic, and
the report says so.
"""

from __future__ import annotations

import base64
import io
import json
import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer
from jinja2 import Environment, FileSystemLoader, select_autoescape
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nextbest.app.cli.options import HomeOption, JsonOption
from nextbest.app.workspace.feedback_learning import DEFAULT_ATTRIBUTION_DAYS, outcomes_array
from nextbest.app.workspace.feedback_store import DecisionOutcome, FeedbackStore
from nextbest.app.workspace.runtime import POLICY_NAME, NextbestRuntime
from nextbest.tools.decisioning import NO_MESSAGE

TEMPLATES = Path(__file__).parent / "report_templates"
MAX_IMPORTANCE_WEIGHT = 20.0
"""Clip of the importance weights π(a|x) / π₀(a|x) in the off-policy estimate."""
Z95 = 1.959963984540054
"""Two-sided 95 % normal quantile."""

console = Console(emoji=False)


# --------------------------------------------------------------------------- statistics
def wilson(successes: float, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion (``(0, 1)`` when ``n`` is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Lift:
    """Treated minus holdout for one metric, with a 95 % interval.

    Attributes:
        metric: Metric name.
        treated: Treated group's value.
        holdout: Holdout group's value.
        treated_ci: Interval of the treated value.
        holdout_ci: Interval of the holdout value.
        diff: ``treated − holdout``.
        low: Lower end of the difference's interval.
        high: Upper end.
        relative: ``diff / holdout`` (None when the holdout value is 0).
        method: How the interval was computed.
    """

    metric: str
    treated: float
    holdout: float
    treated_ci: tuple[float, float]
    holdout_ci: tuple[float, float]
    diff: float
    low: float
    high: float
    relative: float | None
    method: str

    @property
    def significant(self) -> bool:
        """Whether the interval excludes zero."""
        return self.low > 0 or self.high < 0


def proportion_lift(
    metric: str, treated: np.ndarray, holdout: np.ndarray, structural_zero: bool = False
) -> Lift:
    """Difference of two proportions with Newcombe's hybrid score (Wilson) interval.

    Args:
        metric: Metric name.
        treated: 0/1 outcomes of the treated group.
        holdout: 0/1 outcomes of the holdout.
        structural_zero: The holdout's rate is 0 by construction (nobody in it was sent a
            message, so nobody could unsubscribe or complain): the lift is the treated rate and
            its interval the treated group's Wilson interval.
    """
    n1, n0 = len(treated), len(holdout)
    x1, x0 = float(np.sum(treated)), float(np.sum(holdout))
    p1, p0 = (x1 / n1 if n1 else 0.0), (x0 / n0 if n0 else 0.0)
    l1, u1 = wilson(x1, n1)
    l0, u0 = wilson(x0, n0)
    diff = p1 - p0
    if structural_zero and x0 == 0:
        return Lift(
            metric=metric,
            treated=p1,
            holdout=0.0,
            treated_ci=(l1, u1),
            holdout_ci=(0.0, 0.0),
            diff=p1,
            low=l1,
            high=u1,
            relative=None,
            method="holdout sent nothing (rate 0 by construction): Wilson interval of the treated",
        )
    return Lift(
        metric=metric,
        treated=p1,
        holdout=p0,
        treated_ci=(l1, u1),
        holdout_ci=(l0, u0),
        diff=diff,
        low=diff - math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2),
        high=diff + math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2),
        relative=diff / p0 if p0 > 0 else None,
        method="Newcombe hybrid score (Wilson)",
    )


def mean_lift(metric: str, treated: np.ndarray, holdout: np.ndarray) -> Lift:
    """Difference of two means with the Welch normal-approximation interval."""
    m1 = float(np.mean(treated)) if len(treated) else 0.0
    m0 = float(np.mean(holdout)) if len(holdout) else 0.0
    v1 = float(np.var(treated, ddof=1)) / len(treated) if len(treated) > 1 else 0.0
    v0 = float(np.var(holdout, ddof=1)) / len(holdout) if len(holdout) > 1 else 0.0
    diff, se = m1 - m0, math.sqrt(v1 + v0)
    return Lift(
        metric=metric,
        treated=m1,
        holdout=m0,
        treated_ci=(m1 - Z95 * math.sqrt(v1), m1 + Z95 * math.sqrt(v1)),
        holdout_ci=(m0 - Z95 * math.sqrt(v0), m0 + Z95 * math.sqrt(v0)),
        diff=diff,
        low=diff - Z95 * se,
        high=diff + Z95 * se,
        relative=diff / m0 if m0 > 0 else None,
        method="Welch normal approximation",
    )


# ------------------------------------------------------------------------------ the report
@dataclass
class Breakdown:
    """Outcome rates of one group of treated decisions (an offer or a channel)."""

    group: str
    decisions: int
    delivered: int
    conversion_rate: float
    conversion_ci: tuple[float, float]
    revenue_per_customer: float
    unsubscribe_rate: float
    complaint_rate: float
    mean_reward: float


@dataclass
class PolicyEstimate:
    """Value per decision of a policy on the run's logged decisions, with a 95 % interval."""

    policy: str
    estimator: str
    value: float
    low: float
    high: float


@dataclass
class RunReport:
    """Everything the HTML report and the terminal summary show.

    Attributes:
        run_id: The run.
        created_at: When the report was built.
        decisions: Decisions in the run.
        treated: Decisions outside the holdout.
        holdout: Holdout decisions.
        delivered: Messages released (sent).
        events: Feedback events stored for the run, by type.
        lifts: Lift against holdout per metric.
        mean_reward: Realised mean reward (value model) overall, treated and holdout.
        by_offer: Breakdown of treated decisions by offer (``no message`` when none was sent).
        by_channel: Breakdown by channel.
        guardrail: Cells by guardrail outcome (passed first time, revised, fallback, escalated,
            rejected).
        guardrail_customers: Customers by the guardrail outcome of their cell.
        rules_fired: Rules that fired while writing the cells' copy (attempts that failed).
        blocked_at_recheck: Messages blocked at the per-customer re-check, by rule.
        exploration_share: Share of treated decisions chosen by the exploration floor.
        cold_start_share: Share scored by the cold-start fallback.
        logging_policy: Policy name and versions that decided the run.
        target_policy: The latest saved policy the OPE evaluates.
        ope: Off-policy estimates (logging policy observed, target policy SNIPS and DR).
        ope_rows: Rows used by the off-policy estimate.
        ope_effective_sample: Effective sample size ``(Σw)² / Σw²`` of the clipped weights.
        ope_in_sample: The latest policy already learned from this run's outcomes.
        learning: How the run's decisions were handled by learning, by status.
        notes: Caveats worth reading.
        plots: Plot name → base64 PNG.
    """

    run_id: str
    created_at: str
    decisions: int = 0
    treated: int = 0
    holdout: int = 0
    delivered: int = 0
    events: dict[str, int] = field(default_factory=dict)
    lifts: list[Lift] = field(default_factory=list)
    mean_reward: dict[str, float] = field(default_factory=dict)
    by_offer: list[Breakdown] = field(default_factory=list)
    by_channel: list[Breakdown] = field(default_factory=list)
    guardrail: dict[str, int] = field(default_factory=dict)
    guardrail_customers: dict[str, int] = field(default_factory=dict)
    rules_fired: dict[str, int] = field(default_factory=dict)
    blocked_at_recheck: dict[str, int] = field(default_factory=dict)
    exploration_share: float = 0.0
    cold_start_share: float = 0.0
    logging_policy: str = ""
    target_policy: str = ""
    ope: list[PolicyEstimate] = field(default_factory=list)
    ope_rows: int = 0
    ope_effective_sample: float = 0.0
    ope_in_sample: bool = False
    learning: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    plots: dict[str, str] = field(default_factory=dict, repr=False)

    def lift(self, metric: str) -> Lift:
        """The lift of one metric.

        Raises:
            KeyError: No such metric.
        """
        for lift in self.lifts:
            if lift.metric == metric:
                return lift
        raise KeyError(metric)

    def to_dict(self, plots: bool = False) -> dict[str, Any]:
        """JSON-safe representation (plots left out unless asked)."""
        data = asdict(self)
        if not plots:
            data.pop("plots")
        return data


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


def _ope(
    report: RunReport,
    runtime: NextbestRuntime,
    engine: Any,
    bodies: list[dict[str, Any]],
    rewards: np.ndarray,
    usable: np.ndarray,
    seed: int,
) -> None:
    from nextbest.evals.ope import BanditLog, RidgeRewardModel, bootstrap_interval, evaluate

    space = engine.space
    index = {a: i for i, a in enumerate(space.ids)}
    rows = [
        i
        for i in np.flatnonzero(usable)
        if bodies[i]["action_id"] in index and bodies[i].get("features")
    ]
    if len(rows) < 50:
        report.notes.append(
            f"off-policy estimate skipped: only {len(rows)} usable logged decisions"
        )
        return
    K = len(space)
    X = np.asarray([bodies[i]["features"] for i in rows], dtype=np.float64)
    allowed = np.ones((len(rows), K), dtype=bool)
    for r, i in enumerate(rows):
        for blocked in (bodies[i].get("mask_reasons") or {}).values():
            for action in blocked:
                if action in index:
                    allowed[r, index[action]] = False
        allowed[r, index[bodies[i]["action_id"]]] = True
    policy = runtime.policies.load(POLICY_NAME)
    report.target_policy = f"{policy.name} v{policy.version}"
    fallback = (
        engine.value.prior_scores(len(rows))
        if policy.settings.cold_start.min_observations > 0
        else None
    )
    target = policy.predict_proba(X, allowed, fallback)
    actions = np.asarray([index[bodies[i]["action_id"]] for i in rows], dtype=np.int64)
    logged = np.asarray([bodies[i]["propensity"] for i in rows], dtype=np.float64)
    chosen = target[np.arange(len(rows)), actions]
    weights = np.minimum(chosen / logged, MAX_IMPORTANCE_WEIGHT)
    report.ope_effective_sample = float(weights.sum() ** 2 / max((weights**2).sum(), 1e-12))
    if report.ope_effective_sample < 0.1 * len(rows):
        report.notes.append(
            f"the latest policy chooses differently from the logging one: the clipped importance "
            f"weights leave an effective sample of {report.ope_effective_sample:.0f} of "
            f"{len(rows):,} decisions, so SNIPS is noisy and DR leans on its reward model "
            "(which shares the policy's linear form and can be optimistic); more exploration "
            "in the logging policy narrows this"
        )
    log = BanditLog(
        actions=actions,
        rewards=rewards[rows],
        # clipped importance weights: flooring p at π(a|x) / W caps every weight at W
        propensities=np.clip(np.maximum(logged, chosen / MAX_IMPORTANCE_WEIGHT), 1e-12, 1.0),
        n_actions=K,
        contexts=X,
        allowed=allowed,
        factors=space.factors(),
        source=report.run_id,
    )
    observed = log.rewards
    low, high = bootstrap_interval(observed, np.ones(len(observed)), 500, 0.95, seed)
    report.ope = [
        PolicyEstimate(report.logging_policy, "observed", float(observed.mean()), low, high)
    ]
    # ridge prior precision on the scale of the reward noise (currency units), so the reward
    # model of DR does not extrapolate wildly from a few thousand noisy rewards
    model = RidgeRewardModel(l2=max(1.0, float(np.var(observed))), factors=log.factors, seed=seed)
    for estimate in evaluate(
        log, target, ["snips", "dr"], reward_model=model, n_bootstrap=500, seed=seed
    ):
        report.ope.append(
            PolicyEstimate(
                report.target_policy,
                estimate.estimator,
                estimate.value,
                estimate.low,
                estimate.high,
            )
        )
    report.ope_rows = len(rows)


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
    _ope(report, runtime, engine, bodies, rewards, usable, seed)
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
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


# ---------------------------------------------------------------------------------- plots
def _png(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def draw_plots(report: RunReport) -> dict[str, str]:
    """The report's plots as base64 PNG: lift, breakdowns, guardrail and OPE."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colours = {"holdout": "#9aa5b1", "treated": "#2f6f9f"}
    out: dict[str, str] = {}
    fig, axes = plt.subplots(1, len(report.lifts), figsize=(12, 3.2))
    for ax, lift in zip(np.atleast_1d(axes), report.lifts, strict=True):
        scale = 1.0 if lift.metric.startswith("revenue") else 100.0
        values = [lift.holdout * scale, lift.treated * scale]
        errors = np.array(
            [
                [v - lo * scale, hi * scale - v]
                for v, (lo, hi) in zip(values, [lift.holdout_ci, lift.treated_ci], strict=True)
            ]
        ).T
        ax.bar(
            ["holdout", "treated"],
            values,
            yerr=np.maximum(errors, 0),
            capsize=6,
            color=[colours["holdout"], colours["treated"]],
        )
        unit = "" if scale == 1.0 else " pp"
        ax.set_title(
            f"{lift.metric}\nlift {lift.diff * scale:+.2f}{unit} "
            f"[{lift.low * scale:+.2f}, {lift.high * scale:+.2f}]",
            fontsize=9,
        )
        ax.set_ylabel("$ per customer" if scale == 1.0 else "% of customers", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle("Treated vs holdout (95 % intervals)", fontsize=11)
    fig.tight_layout()
    out["lift"] = _png(fig)

    fig, axes = plt.subplots(1, 2, figsize=(12, 3.6), gridspec_kw={"width_ratios": [3, 2]})
    baseline = report.lift("conversion rate").holdout * 100
    for ax, rows, title in (
        (axes[0], report.by_offer, "Conversion rate by offer (treated)"),
        (axes[1], report.by_channel, "Conversion rate by channel (treated)"),
    ):
        names = [f"{r.group} (n={r.decisions:,})" for r in rows][::-1]
        values = np.array([r.conversion_rate * 100 for r in rows][::-1])
        cis = np.array([[r.conversion_ci[0] * 100, r.conversion_ci[1] * 100] for r in rows][::-1])
        err = np.maximum(np.vstack([values - cis[:, 0], cis[:, 1] - values]), 0)
        ax.barh(names, values, xerr=err, capsize=3, color=colours["treated"])
        ax.axvline(
            baseline, color="#c0392b", linestyle="--", linewidth=1, label=f"holdout {baseline:.1f}%"
        )
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("% converted", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.legend(fontsize=7, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out["breakdown"] = _png(fig)

    fig, axes = plt.subplots(1, 2, figsize=(12, 3.2))
    names = list(report.guardrail)
    axes[0].barh(names[::-1], [report.guardrail[k] for k in names][::-1], color="#4a8c5c")
    axes[0].set_title("Cells by guardrail outcome", fontsize=10)
    axes[0].set_xlabel("cells", fontsize=8)
    blocked = report.blocked_at_recheck or {"(none)": 0}
    axes[1].barh(list(blocked)[::-1], list(blocked.values())[::-1], color="#b9770e")
    axes[1].set_title("Blocked at the per-customer re-check, by rule", fontsize=10)
    axes[1].set_xlabel("messages", fontsize=8)
    for ax in axes:
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out["guardrail"] = _png(fig)

    if report.ope:
        fig, ax = plt.subplots(figsize=(7, 2.6))
        labels = [f"{e.policy}\n{e.estimator}" for e in report.ope]
        values = np.array([e.value for e in report.ope])
        err = np.maximum(
            np.vstack(
                [values - [e.low for e in report.ope], [e.high for e in report.ope] - values]
            ),
            0,
        )
        ax.errorbar(values, range(len(values)), xerr=err, fmt="o", capsize=5, color="#2f6f9f")
        ax.set_yticks(range(len(values)), labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel("reward per decision (value model)", fontsize=8)
        ax.set_title("Logging policy (observed) vs latest policy (off-policy)", fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        out["ope"] = _png(fig)
    return out


# ----------------------------------------------------------------------------------- HTML
def render_html(report: RunReport) -> str:
    """The self-contained HTML report."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda v, digits=2: f"{v * 100:.{digits}f}%"
    env.filters["signed_pct"] = lambda v, digits=2: f"{v * 100:+.{digits}f}"
    return env.get_template("report.html.j2").render(report=report)


def write_report(report: RunReport, path: Path) -> Path:
    """Write the HTML report to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------ CLI
def report_command(
    run: Annotated[str, typer.Option("--run", help="The run to report on.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="HTML file (default runs/RUN/report.html)."),
    ] = None,
    attribution_days: Annotated[
        float, typer.Option(help="Only events this many days after a decision count.", min=0.0)
    ] = DEFAULT_ATTRIBUTION_DAYS,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap intervals.")] = 0,
    home: HomeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the run's HTML report: lift against holdout, guardrail, exploration, OPE.

    Lift against holdout with 95 % intervals (conversion, revenue per customer, unsubscribe and
    complaint rates), breakdowns by offer and channel, guardrail counts, exploration share and
    an off-policy estimate of the latest policy, with matplotlib plots embedded.
    """
    runtime = NextbestRuntime(home)
    try:
        try:
            report = build_report(runtime, run, attribution_days=attribution_days, seed=seed)
        except KeyError as exc:
            console.print(f"[red]error:[/] {escape(str(exc.args[0]))}")
            raise typer.Exit(2) from None
        path = write_report(report, out or runtime.workspace.home / "runs" / run / "report.html")
    finally:
        runtime.close()
    if as_json:
        typer.echo(json.dumps({**report.to_dict(), "html": str(path)}, indent=2))
        return
    _print_report(report, path)


def _print_report(report: RunReport, path: Path) -> None:
    table = Table(
        title=f"run {report.run_id}: {report.treated:,} treated vs {report.holdout:,} holdout "
        f"· {report.delivered:,} messages sent"
    )
    for column in ("metric", "treated", "holdout", "lift", "95 % interval"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for lift in report.lifts:
        money = lift.metric.startswith("revenue")

        def fmt(v: float, signed: bool = False, money: bool = money) -> str:
            if money:
                return f"{v:+.2f}" if signed else f"{v:.2f}"
            return f"{v * 100:+.2f} pp" if signed else f"{v * 100:.2f}%"

        style = "green" if lift.significant and lift.diff > 0 else ""
        table.add_row(
            lift.metric,
            fmt(lift.treated),
            fmt(lift.holdout),
            f"[{style}]{fmt(lift.diff, True)}[/]" if style else fmt(lift.diff, True),
            f"[{fmt(lift.low, True)}, {fmt(lift.high, True)}]",
        )
    console.print(table)
    console.print(
        f"realised mean reward {report.mean_reward['all']:.3f} (treated "
        f"{report.mean_reward['treated']:.3f}, holdout {report.mean_reward['holdout']:.3f}) · "
        f"exploration {report.exploration_share:.1%} · guardrail cells "
        + ", ".join(f"{k} {v}" for k, v in report.guardrail.items() if v)
    )
    for e in report.ope:
        console.print(f"  {e.policy} {e.estimator}: {e.value:.3f} [{e.low:.3f}, {e.high:.3f}]")
    for note in report.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    console.print(f"[green]✓[/] report {path}")
