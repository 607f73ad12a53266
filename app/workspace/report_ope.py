"""The run report's off-policy estimate: the latest policy scored on the run's logged decisions.

SNIPS and DR from :mod:`nextbest.tools.off_policy`, with the logged propensities, next to the
logging policy's observed value. Holdout decisions (not chosen by the policy) and message
decisions that were never sent (their outcome is not the chosen action's) are left out.
Importance weights are clipped at :data:`MAX_IMPORTANCE_WEIGHT` (decisions picked by the
exploration floor have tiny propensities), which trades a little bias towards the logging value
for a bounded variance; the report shows the effective sample size of the clipped weights and
warns when it is small.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from nextbest.app.workspace.report_model import PolicyEstimate, RunReport
from nextbest.app.workspace.runtime import POLICY_NAME, NextbestRuntime
from nextbest.tools.off_policy import BanditLog, RidgeRewardModel, bootstrap_interval, evaluate

MAX_IMPORTANCE_WEIGHT = 20.0
"""Clip of the importance weights π(a|x) / π₀(a|x) in the off-policy estimate."""


def add_off_policy_estimate(
    report: RunReport,
    runtime: NextbestRuntime,
    engine: Any,
    bodies: list[dict[str, Any]],
    rewards: np.ndarray,
    usable: np.ndarray,
    seed: int,
) -> None:
    """Score the latest saved policy on the run's usable logged decisions, into ``report``.

    Args:
        report: The report being built (its ``ope*`` fields and notes are filled in).
        runtime: The workspace runtime (the latest policy is loaded from its policy store).
        engine: The decision engine of the run's action space.
        bodies: The run's logged decisions.
        rewards: Realised reward of each decision.
        usable: Which decisions the estimate may use (chosen by the policy and sent).
        seed: Seed of the bootstrap intervals and the reward model.
    """
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
