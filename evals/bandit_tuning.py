"""Exploratory tuning of nextbest policies on the simulator's *tuning* seeds (0–2 by default).

The harness drives :class:`~nextbest.tools.decisioning.policies.Policy` over cached simulator
streams (batches of 1,000: decide with the mask, observe realised rewards, ``partial_fit`` with
the propensities) and prints the gap closed in the last 20 % and overall, the time spent in the
policy and, for policies with learned priors, the estimated noise variance and the share of
parameters pruned. It does no timing comparison and no held-out evaluation: held-out figures come
from ``python -m nextbest.evals.bench_bandit`` on seeds the tuning never saw. Run::

    python -m nextbest.evals.bandit_tuning --variant nonlinear --configs default learned-priors

Every configuration uses the policy seed 0 on every stream seed (so figures differ from the
benchmark's, which seeds each policy with the stream's seed).
"""

from __future__ import annotations

import os

if __name__ == "__main__":  # pin BLAS to one thread before numpy is imported (not on import)
    for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = "1"

import argparse  # noqa: E402
import pickle  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import typer  # noqa: E402

from nextbest.evals.bench_bandit import products_of_numeric_features  # noqa: E402
from nextbest.evals.simulator import MarketingSimulator, SimBatch  # noqa: E402
from nextbest.tools.decisioning.policies import (  # noqa: E402
    EmpiricalBayes,
    LinTS,
    Policy,
    PolicySettings,
)
from nextbest.tools.decisioning.policies.ridge import SharedRidge  # noqa: E402


def _products(sim: MarketingSimulator, alpha: float = 0.2, **priors: object) -> PolicySettings:
    return PolicySettings.linear(
        learning=LinTS(alpha=alpha),
        nonlinear=products_of_numeric_features(sim),
        empirical_bayes=EmpiricalBayes.model_validate({"blocks": "column", **priors}),
    )


CONFIGS: dict[str, Callable[[MarketingSimulator], PolicySettings]] = {
    "default": lambda sim: PolicySettings(),
    "linear": lambda sim: PolicySettings.linear(),
    "l2=100": lambda sim: PolicySettings.linear(learning=LinTS(l2=100)),
    "learned-priors": lambda sim: PolicySettings.linear(empirical_bayes=EmpiricalBayes()),
    "learned-priors-a0.1": lambda sim: PolicySettings.linear(
        learning=LinTS(alpha=0.1), empirical_bayes=EmpiricalBayes()
    ),
    "learned-priors-a0.3": lambda sim: PolicySettings.linear(
        learning=LinTS(alpha=0.3), empirical_bayes=EmpiricalBayes()
    ),
    "learned-priors-2steps": lambda sim: PolicySettings.linear(
        empirical_bayes=EmpiricalBayes(iterations=2)
    ),
    "learned-priors-refit0.5": lambda sim: PolicySettings.linear(
        empirical_bayes=EmpiricalBayes(refit_growth=0.5)
    ),
    "products-fixed-prior": lambda sim: PolicySettings.linear(
        nonlinear=products_of_numeric_features(sim)
    ),
    "products-1step": lambda sim: _products(sim),
    "products-2steps": lambda sim: _products(sim, iterations=2),
    "products-2steps-a0.1": lambda sim: _products(sim, 0.1, iterations=2),
    "products-2steps-a0.3": lambda sim: _products(sim, 0.3, iterations=2),
    "products-2steps-a0.4": lambda sim: _products(sim, 0.4, iterations=2),
    "products-2steps-a0.5": lambda sim: _products(sim, 0.5, iterations=2),
    "products-3steps": lambda sim: _products(sim, iterations=3),
    "products-2steps-refit0.5": lambda sim: _products(sim, iterations=2, refit_growth=0.5),
    "products-2steps-refresh1.0": lambda sim: _products(sim, iterations=2).model_copy(
        update={"refresh_growth": 1.0}
    ),
    "products-screen8k": lambda sim: _products(sim, 0.3, iterations=2, screen_after=8000),
    "products-screen16k": lambda sim: _products(sim, 0.3, iterations=2, screen_after=16000),
    "products-screen32k": lambda sim: _products(sim, 0.3, iterations=2, screen_after=32000),
    "products-screen8k-64k": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000
    ),
    "products-screen8k-128k": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=128000
    ),
    "products-screen8k-64k-x2": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_growth=2.0
    ),
    "products-screen8k-64k-z2.5": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_z=2.5
    ),
    "products-screen8k-64k-z1.5": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_z=1.5
    ),
    "products-screen8k-128k-z2.5": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=128000, screen_z=2.5
    ),
    "products-screen4k-32k": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=4000, screen_until=32000
    ),
    "products-screen8k-64k-z2.5-lag2": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_z=2.5
    ).model_copy(update={"mean_lag_rows": 1_000_000, "mean_lag_share": 0.02}),
    "products-screen8k-64k-z2.5-lag5": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_z=2.5
    ).model_copy(update={"mean_lag_rows": 1_000_000, "mean_lag_share": 0.05}),
    "products-screen8k-64k-z2.5-refresh1.0": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_z=2.5
    ).model_copy(update={"refresh_growth": 1.0}),
    "products-screen8k-64k-z2.5-lag5-refresh1.0": lambda sim: _products(
        sim, 0.3, iterations=2, screen_after=8000, screen_until=64000, screen_z=2.5
    ).model_copy(
        update={"mean_lag_rows": 1_000_000, "mean_lag_share": 0.05, "refresh_growth": 1.0}
    ),
    "default-lag5": lambda sim: PolicySettings.linear(mean_lag_rows=1_000_000, mean_lag_share=0.05),
}
"""Configurations by name (``products-*``: pairwise products of the numeric features, priors per
factor × column)."""


def stream(sim: MarketingSimulator, rounds: int, cache: Path) -> list[SimBatch]:
    """The seed's batches of 1,000 (customer columns dropped), cached on disk between runs."""
    path = cache / f"stream_{sim.variant}_{sim.seed}_{rounds}.pkl"
    if path.exists():
        with path.open("rb") as f:
            batches: list[SimBatch] = pickle.load(f)  # noqa: S301 - written by this function
        return batches
    batches = [replace(sim.batch(i, 1000), customers=None) for i in range(rounds // 1000)]  # type: ignore[arg-type]
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(batches, f, protocol=5)
    return batches


def run(
    settings: PolicySettings, sim: MarketingSimulator, batches: list[SimBatch]
) -> tuple[float, float, float, float, Policy]:
    """Learn online over the batches.

    Returns:
        Gap closed in the last 20 % and overall, seconds in the policy (wall clock) and the
        same in CPU time of this process (less moved by other jobs), and the policy.
    """
    policy = Policy.for_space(settings, sim.space, sim.feature_spec().names)
    chosen, optimal, random = [], [], []
    elapsed = cpu = 0.0
    for batch in batches:
        start, start_cpu = time.perf_counter(), time.process_time()
        d = policy.predict(batch.X, batch.allowed)
        decided = time.perf_counter() - start
        decided_cpu = time.process_time() - start_cpu
        rewards = sim.value.reward(d.actions, batch.outcomes(d.actions))
        start, start_cpu = time.perf_counter(), time.process_time()
        policy.partial_fit(batch.X, d.actions, rewards, d.propensities)
        elapsed += decided + time.perf_counter() - start
        cpu += decided_cpu + time.process_time() - start_cpu
        chosen.append(batch.expected[np.arange(len(batch)), d.actions])
        optimal.append(batch.optimal_value())
        random.append(batch.random_value())
    v, o, r = (np.concatenate(a) for a in (chosen, optimal, random))
    tail = slice(int(0.8 * len(v)), None)
    last = float((v[tail].mean() - r[tail].mean()) / (o[tail].mean() - r[tail].mean()))
    overall = float((v.mean() - r.mean()) / (o.mean() - r.mean()))
    return last, overall, elapsed, cpu, policy


def main(argv: list[str] | None = None) -> int:
    """Run the named configurations on the given seeds and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", "-T", type=int, default=200_000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--variant", choices=["base", "nonlinear"], default="nonlinear")
    parser.add_argument("--configs", nargs="+", default=["default"], choices=sorted(CONFIGS))
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "nextbest-bandit-streams"
    )
    args = parser.parse_args(argv)
    if set(args.seeds) & {3, 4, 5}:
        print("note: seeds 3–5 are the benchmark's held-out seeds; do not tune on them")
    for name in args.configs:
        gaps = []
        for seed in args.seeds:
            sim = MarketingSimulator(seed, variant=args.variant)
            last, overall, seconds, cpu, policy = run(
                CONFIGS[name](sim), sim, stream(sim, args.rounds, args.cache)
            )
            gaps.append(last)
            extra = ""
            model = policy.model
            if isinstance(model, SharedRidge) and model.evidence is not None:
                pruned = 1.0 - len(model.active) / model.size
                extra = f" σ²={model.evidence.noise_variance:.1f} pruned={pruned:.0%}"
            typer.echo(
                f"{name} {args.variant} seed={seed} T={args.rounds:,} last20={last:.1%} "
                f"all={overall:.1%} policy_seconds={seconds:.1f} cpu_seconds={cpu:.1f} "
                f"load={os.getloadavg()[0]:.1f}{extra}"
            )
        typer.echo(f"{name} {args.variant} mean last20={np.mean(gaps):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
