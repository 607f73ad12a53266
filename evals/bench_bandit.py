"""Benchmark: nextbest's bandits against MABWiser (and Vowpal Wabbit) on the simulator.

Every policy sees the same stream (same customers, masks and outcome uniforms per seed: common
random numbers), in batches: decide for the batch, observe rewards, update. Reported per policy,
as means over seeds:

- gap closed over the whole run and over its last 20 % (1.0 = always the optimal allowed action,
  0.0 = uniform among allowed actions), from the simulator's true expected rewards;
- decisions per second (decide + update, the learning loop, excluding the simulator itself);
- customers scored per second with the trained model (decide only, every allowed action);
- peak memory traced during a short separate pass (tracemalloc; numpy buffers included);
- the ratio of each to MABWiser LinTS.

BLAS is pinned to one thread before numpy is imported. Run::

    python -m nextbest.evals.bench_bandit                       # T=200,000, batches of 1,000, 3
    seeds
    python -m nextbest.evals.bench_bandit --quick               # small T, for a smoke test
    python -m nextbest.evals.bench_bandit --variant nonlinear   # the simulator's non-linear reward
    python -m nextbest.evals.bench_bandit --ceilings-only       # each model class's ceiling

nextbest policies use the library's defaults (``α`` relative to the rewards' standard deviation)
unless ``--alpha`` is given; MABWiser's ``α`` is in reward units (``--mabwiser-alpha``, 2 as in
the earlier runs). The *ceiling* of a model class is the gap closed by acting greedily on a model
of that class fitted with full information (the true expected reward of every allowed action of
20,000 customers), on 5,000 fresh customers: what no amount of exploration can beat.
"""

from __future__ import annotations

import os

if __name__ == "__main__":  # pin BLAS to one thread before numpy is imported (not on import)
    for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from nextbest.evals.bandit_agents import (  # noqa: E402
    Agent,
    MabwiserAgent,
    NextbestAgent,
    VowpalAgent,
)
from nextbest.evals.simulator import MarketingSimulator, SimBatch  # noqa: E402
from nextbest.tools.decisioning.features import NumericFeature  # noqa: E402
from nextbest.tools.decisioning.policies import (  # noqa: E402
    EmpiricalBayes,
    LinTS,
    LinUCB,
    PairwiseProducts,
    Policy,
    PolicySettings,
    RandomFourier,
)

FOURIER = RandomFourier(components=64, bandwidth=2.0)
"""Random Fourier features of the benchmark's non-linear policy (chosen by ceiling and speed)."""

LEARNED_PRIORS = EmpiricalBayes()
"""Block-wise priors of the linear features: one precision per factor × column group."""

PRODUCT_PRIORS = EmpiricalBayes(blocks="column", iterations=2)
"""Priors of the product features' policy: one per factor × context column, 2 steps a refit."""

PRODUCT_SCREEN = EmpiricalBayes(
    blocks="column", iterations=2, screen_after=8000, screen_until=64000, screen_z=2.5
)
"""Priors of the screened product features' policy: products wait until 8,000 rows, enter when
they pass the score test (z 2.5) at 8k, 32k or 64k rows, and are dropped otherwise (seeds 0–2)."""

PRODUCT_SCREEN_ONE_STEP = PRODUCT_SCREEN.model_copy(update={"iterations": 1})
"""The screened products' priors with one evidence step per refit instead of two (seeds 0–2)."""

LAGGING_MEAN = {"mean_lag_rows": 1_000_000, "mean_lag_share": 0.05, "refresh_growth": 1.0}
"""Fewer refreshes: the posterior mean waits until the rows since it exceed 5 % of all rows, and
the factor is renewed when the data has doubled (chosen on seeds 0–2)."""

PRODUCT_LEARNING = LinTS(alpha=0.3)
"""LinTS of the product features' policy (α and the priors chosen on seeds 0–2, T = 200k)."""


def products_of_numeric_features(sim: MarketingSimulator) -> PairwiseProducts:
    """Pairwise products (and squares) of the spec's numeric features, read from the spec."""
    spec = sim.feature_spec()
    return PairwiseProducts(
        columns=tuple(f.name for f in spec.features if isinstance(f, NumericFeature))
    )


@dataclass
class RunResult:
    """One policy on one seed."""

    policy: str
    seed: int
    rounds: int
    gap_closed: float
    gap_closed_last20: float
    decisions_per_sec: float
    scored_per_sec: float
    peak_memory_mb: float


def agent_factories(
    alpha: float | None = None, mabwiser_alpha: float = 2.0
) -> dict[str, Callable[[MarketingSimulator, int], Agent]]:
    """The policies compared, by name.

    "nextbest LinTS shared" is the library's default settings; every other nextbest label
    changes the *linear* shared model (:meth:`PolicySettings.linear`, the default before issue
    22), so labels keep the meaning they had in earlier runs.

    Args:
        alpha: ``α`` of the nextbest policies (relative to the rewards' spread); each
            policy's own default when None.
        mabwiser_alpha: ``α`` of MABWiser's policies, in reward units.
    """
    lints = LinTS(alpha=0.2) if alpha is None else LinTS(alpha=alpha)
    linucb = LinUCB() if alpha is None else LinUCB(alpha=alpha)

    def default(sim: MarketingSimulator, seed: int) -> Agent:
        settings = PolicySettings(name="bench", seed=seed)
        if alpha is not None:
            settings = settings.model_copy(update={"learning": LinTS(alpha=alpha)})
        return NextbestAgent(sim, settings)

    def nb(
        learning: LinTS | LinUCB, model: str, nonlinear: RandomFourier | None = None
    ) -> Callable[[MarketingSimulator, int], Agent]:
        def make(sim: MarketingSimulator, seed: int) -> Agent:
            settings = PolicySettings.linear(
                name="bench",
                learning=learning,
                model=model,
                nonlinear=nonlinear,
                exploration_floor=0.01,
                seed=seed,
            )
            return NextbestAgent(sim, settings)

        return make

    def unscaled(learning: LinTS) -> Callable[[MarketingSimulator, int], Agent]:
        """The settings benchmarked before rewards were scaled (α in reward units)."""

        def make(sim: MarketingSimulator, seed: int) -> Agent:
            settings = PolicySettings.linear(
                name="bench", learning=learning, reward_scaling="none", seed=seed
            )
            return NextbestAgent(sim, settings)

        return make

    def shared_with(
        products: bool = False, **changes: object
    ) -> Callable[[MarketingSimulator, int], Agent]:
        """The linear shared LinTS with some settings changed (and product features)."""

        def make(sim: MarketingSimulator, seed: int) -> Agent:
            settings = PolicySettings.linear(name="bench", learning=lints, seed=seed)
            update = dict(changes)
            if products:
                update["nonlinear"] = products_of_numeric_features(sim)
            return NextbestAgent(sim, settings.model_copy(update=update))

        return make

    return {
        "nextbest LinTS shared": default,
        "nextbest LinTS shared, linear (default before issue 22)": nb(lints, "shared"),
        "nextbest LinTS shared, λ=100": shared_with(
            learning=lints.model_copy(update={"l2": 100.0})
        ),
        "nextbest LinTS shared, mean after every row": shared_with(mean_lag_rows=0),
        "nextbest LinTS shared, learned priors": shared_with(empirical_bayes=LEARNED_PRIORS),
        "nextbest LinTS shared + products, learned priors": shared_with(
            products=True, learning=PRODUCT_LEARNING, empirical_bayes=PRODUCT_PRIORS
        ),
        "nextbest LinTS shared + products, screened": shared_with(
            products=True, learning=PRODUCT_LEARNING, empirical_bayes=PRODUCT_SCREEN
        ),
        "nextbest LinTS shared + products, screened, lagging mean": shared_with(
            products=True,
            learning=PRODUCT_LEARNING,
            empirical_bayes=PRODUCT_SCREEN,
            **LAGGING_MEAN,
        ),
        "nextbest LinTS shared + products, screened, 1 step, lagging mean": shared_with(
            products=True,
            learning=PRODUCT_LEARNING,
            empirical_bayes=PRODUCT_SCREEN_ONE_STEP,
            **LAGGING_MEAN,
        ),
        "nextbest LinTS shared, lagging mean": shared_with(**LAGGING_MEAN),
        "nextbest LinTS shared + Fourier": nb(lints, "shared", FOURIER),
        "nextbest LinTS shared, α=2 in reward units": unscaled(LinTS(alpha=2.0)),
        "nextbest LinUCB shared": nb(linucb, "shared"),
        "nextbest LinTS per-action": nb(lints, "disjoint"),
        "MABWiser LinTS": lambda sim, seed: MabwiserAgent(sim, "lints", mabwiser_alpha, seed),
        "MABWiser LinUCB": lambda sim, seed: MabwiserAgent(sim, "linucb", mabwiser_alpha, seed),
        "VW squarecb": lambda sim, seed: VowpalAgent(sim, seed),
    }


def ceiling(
    settings: PolicySettings,
    variant: str = "base",
    seed: int = 100,
    n_train: int = 20_000,
    n_eval: int = 5_000,
    batch_size: int = 1_000,
) -> float:
    """Gap closed by a model class fitted with full information (see the module docstring).

    Args:
        settings: The model class (shape, features); exploration plays no part.
        variant: The simulator's reward variant.
        seed: Simulator seed of the training and evaluation customers.
        n_train: Customers whose every allowed action's true expected reward is learned.
        n_eval: Fresh customers the greedy choice is scored on.
        batch_size: Customers per batch.

    Returns:
        ``(V_greedy − V_random) / (V_optimal − V_random)`` on the evaluation customers.
    """
    sim = MarketingSimulator(seed, variant=variant)  # type: ignore[arg-type]
    policy = Policy.for_space(settings, sim.space, sim.feature_spec().names)
    for index in range(max(1, n_train // batch_size)):
        batch = sim.batch(index, batch_size)
        rows, acts = np.nonzero(batch.allowed)
        policy.partial_fit(batch.X[rows], acts, batch.expected[rows, acts])
    value = optimal = random = 0.0
    for index in range(max(1, n_eval // batch_size)):
        batch = sim.batch(50_000 + index, batch_size)
        greedy = np.where(batch.allowed, policy.expected_rewards(batch.X), -np.inf).argmax(axis=1)
        value += float(batch.expected[np.arange(len(batch)), greedy].sum())
        optimal += float(batch.optimal_value().sum())
        random += float(batch.random_value().sum())
    return (value - random) / (optimal - random)


CEILING_CLASSES = {
    "linear (shared action ⊗ context)": PolicySettings.linear(),
    "linear per action": PolicySettings.linear(model="disjoint"),
    "shared + Fourier R=64": PolicySettings.linear(nonlinear=FOURIER),
    "shared + Fourier R=128": PolicySettings.linear(
        nonlinear=RandomFourier(components=128, bandwidth=2.0)
    ),
}
"""Model classes whose ceilings are reported."""


def _batches(sim: MarketingSimulator, rounds: int, size: int) -> Iterator[SimBatch]:
    for index in range(max(1, rounds // size)):
        yield sim.batch(index, size)


def _learning_loop(
    name: str,
    sim: MarketingSimulator,
    agent: Agent,
    rounds: int,
    batch_size: int,
    noise_free: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Decide, observe, update over the stream; true values and the time spent in the agent.

    With ``noise_free`` the agent learns from the chosen actions' true expected rewards instead
    of realised ones (a diagnostic: how much of the shortfall is reward noise).
    """
    chosen, optimal, random, elapsed = [], [], [], 0.0
    for batch in _batches(sim, rounds, batch_size):
        start = time.perf_counter()
        actions = agent.decide(batch)
        decide_time = time.perf_counter() - start
        if not batch.allowed[np.arange(len(batch)), actions].all():
            raise AssertionError(f"{name} chose a masked action")
        rows = np.arange(len(batch))
        rewards = batch.expected[rows, actions] if noise_free else sim.reward(batch, actions)
        start = time.perf_counter()
        agent.learn(batch, actions, rewards)
        elapsed += decide_time + time.perf_counter() - start
        chosen.append(batch.expected[np.arange(len(batch)), actions])
        optimal.append(batch.optimal_value())
        random.append(batch.random_value())
    v, o, r = (np.concatenate(a) for a in (chosen, optimal, random))
    return v, o, r, elapsed


def run_one(
    name: str,
    make: Callable[[MarketingSimulator, int], Agent],
    seed: int,
    rounds: int,
    batch_size: int,
    score_batches: int = 5,
    memory_batches: int = 10,
    repeat: int = 1,
    variant: str = "base",
    noise_free: bool = False,
) -> RunResult:
    """Run one policy on one seed's stream and measure it.

    With ``repeat > 1`` the whole (seeded, hence identical) run is repeated and the fastest time
    is kept, as ``timeit`` does: the minimum is the estimate least disturbed by other work on the
    machine. Gap closed comes from the first run (every repetition makes the same decisions).
    ``variant`` selects the simulator's reward (``"base"`` or ``"nonlinear"``). Scoring speed is
    timed on ``score_batches`` fresh batches, and on at least 1,000 customers when batches are
    small (``--batch 1`` times one-at-a-time decisions).
    """
    sim = MarketingSimulator(seed, variant=variant)  # type: ignore[arg-type]
    agent = make(sim, seed)
    v, o, r, elapsed = _learning_loop(name, sim, agent, rounds, batch_size, noise_free)
    for _ in range(repeat - 1):
        again = make(sim, seed)
        v2, _, _, seconds = _learning_loop(name, sim, again, rounds, batch_size, noise_free)
        if not np.array_equal(v, v2):
            raise AssertionError(f"{name}: a repeated run made different decisions")
        elapsed = min(elapsed, seconds)
    tail = slice(int(0.8 * len(v)), None)
    gap = float((v.mean() - r.mean()) / (o.mean() - r.mean()))
    gap_tail = float((v[tail].mean() - r[tail].mean()) / (o[tail].mean() - r[tail].mean()))
    score_batches = max(score_batches, 1000 // batch_size)  # at least 1,000 customers scored
    scoring = [sim.batch(10_000 + i, batch_size) for i in range(score_batches)]
    scored = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for batch in scoring:
            agent.decide(batch)
        scored = max(scored, score_batches * batch_size / (time.perf_counter() - start))
    peak = _peak_memory(make, seed, batch_size, memory_batches, variant)
    return RunResult(name, seed, len(v), gap, gap_tail, len(v) / elapsed, scored, peak)


def _peak_memory(
    make: Callable[[MarketingSimulator, int], Agent],
    seed: int,
    batch_size: int,
    batches: int,
    variant: str = "base",
) -> float:
    sim = MarketingSimulator(seed, variant=variant)  # type: ignore[arg-type]
    stream = [sim.batch(i, batch_size) for i in range(batches)]
    tracemalloc.start()
    agent = make(sim, seed)
    for batch in stream:
        actions = agent.decide(batch)
        agent.learn(batch, actions, sim.reward(batch, actions))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def summarise(results: list[RunResult]) -> list[dict[str, float | str]]:
    """Means over seeds per policy, with ratios to MABWiser LinTS."""
    names = list(dict.fromkeys(r.policy for r in results))
    rows: list[dict[str, float | str]] = []
    for name in names:
        mine = [r for r in results if r.policy == name]
        row: dict[str, float | str] = {"policy": name, "seeds": len(mine)}
        for key in (
            "gap_closed",
            "gap_closed_last20",
            "decisions_per_sec",
            "scored_per_sec",
            "peak_memory_mb",
        ):
            row[key] = float(np.mean([getattr(r, key) for r in mine]))
        rows.append(row)
    base = next((r for r in rows if r["policy"] == "MABWiser LinTS"), None)
    for row in rows:
        for key in ("gap_closed_last20", "decisions_per_sec", "scored_per_sec", "peak_memory_mb"):
            row[f"{key}_vs_mabwiser"] = (
                float(row[key]) / float(base[key]) if base and float(base[key]) else float("nan")
            )
    return rows


def markdown_table(rows: list[dict[str, float | str]]) -> str:
    """The summary as a Markdown table."""
    head = (
        "| policy | gap closed (all) | gap closed (last 20 %) | decisions/s | × MABWiser LinTS "
        "| scored/s | × MABWiser LinTS | peak MB |\n|---|---|---|---|---|---|---|---|\n"
    )
    body = "".join(
        f"| {r['policy']} | {float(r['gap_closed']):.1%} | {float(r['gap_closed_last20']):.1%} "
        f"| {float(r['decisions_per_sec']):,.0f} "
        f"| {float(r['decisions_per_sec_vs_mabwiser']):.1f}× "
        f"| {float(r['scored_per_sec']):,.0f} | {float(r['scored_per_sec_vs_mabwiser']):.1f}× "
        f"| {float(r['peak_memory_mb']):.1f} |\n"
        for r in rows
    )
    return head + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", "-T", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument(
        "--alpha", type=float, help="α of the nextbest policies (default: the library's)."
    )
    parser.add_argument(
        "--mabwiser-alpha", type=float, default=2.0, help="α of MABWiser (reward units)."
    )
    parser.add_argument("--variant", choices=["base", "nonlinear"], default="base")
    parser.add_argument(
        "--ceilings", action="store_true", help="Also report each model class's ceiling."
    )
    parser.add_argument(
        "--ceilings-only", action="store_true", help="Only report the model classes' ceilings."
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="Timed repetitions per run (fastest kept)."
    )
    parser.add_argument(
        "--noise-free",
        action="store_true",
        help="Diagnostic: learn from the true expected rewards of the chosen actions.",
    )
    parser.add_argument("--quick", action="store_true", help="T=20,000, one seed, no VW.")
    parser.add_argument("--policies", nargs="*", help="Subset of policy names to run.")
    parser.add_argument("--no-vw", action="store_true", help="Skip Vowpal Wabbit.")
    parser.add_argument("--out", type=Path, help="Write results as JSON here.")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.seeds, args.no_vw, args.repeat = 20_000, [0], True, 1
    if args.ceilings or args.ceilings_only:
        print(f"Ceilings on the {args.variant} simulator (full-information fit, seed 100):")
        classes = dict(CEILING_CLASSES)
        products = products_of_numeric_features(MarketingSimulator())
        classes["shared + pairwise products"] = PolicySettings.linear(nonlinear=products)
        for label, settings in classes.items():
            print(f"  {label}: {ceiling(settings, args.variant):.1%}", flush=True)
        if args.ceilings_only:
            return 0
    factories = agent_factories(args.alpha, args.mabwiser_alpha)
    if args.no_vw:
        factories.pop("VW squarecb")
    else:
        try:
            import vowpalwabbit  # noqa: F401
        except ImportError:
            print("vowpalwabbit is not installed; skipping it")
            factories.pop("VW squarecb")
    if args.policies:
        factories = {k: v for k, v in factories.items() if k in args.policies}
    results = []
    for seed in args.seeds:
        for name, make in factories.items():
            result = run_one(
                name,
                make,
                seed,
                args.rounds,
                args.batch,
                repeat=args.repeat,
                variant=args.variant,
                noise_free=args.noise_free,
            )
            results.append(result)
            print(json.dumps(asdict(result)), flush=True)
    rows = summarise(results)
    print()
    print(
        f"{args.variant} simulator, T={args.rounds:,} rounds, batches of {args.batch:,}, "
        f"seeds {args.seeds}, nextbest alpha={args.alpha or 'default'}, MABWiser alpha="
        f"{args.mabwiser_alpha}, BLAS threads=1, fastest of {args.repeat} timed runs"
        + (", learning from noise-free rewards" if args.noise_free else "")
    )
    print(markdown_table(rows))
    if args.out:
        args.out.write_text(
            json.dumps({"runs": [asdict(r) for r in results], "summary": rows}, indent=2)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
