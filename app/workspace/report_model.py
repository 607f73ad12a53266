"""What a run report holds: lifts, breakdowns, guardrail counts, off-policy estimates, notes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from nextbest.app.workspace.report_statistics import Lift


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
