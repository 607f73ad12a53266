"""Immutable, validated policy settings (pydantic, frozen), MABWiser style.

A policy is configured by *what it learns with* (:class:`LinTS` or :class:`LinUCB`), *how the
model is shaped* (``disjoint`` per action, or ``shared`` action ⊗ context), *what it sees of the
context* (the features as given, or with :class:`RandomFourier` features added for non-linear
rewards), *how rewards are scaled* and the safety rails (exploration floor, cold start, importance
weighting, seed).

With ``reward_scaling="std"`` (the default) the exploration strength ``α`` of LinTS and LinUCB is
in units of the standard deviation of the rewards seen so far, so the same settings behave the same
whether rewards are logged in cents or in dollars.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LinTS(_Frozen):
    """Linear Thompson sampling: score with a draw ``w ~ N(μ, α² A⁻¹)`` per posterior sample.

    The chosen action's propensity is the share of the ``samples`` posterior draws whose argmax
    (over allowed actions) is that action; each customer acts on one of those draws, picked
    uniformly, so the logged propensity is exact given the draws.
    """

    kind: Literal["lints"] = "lints"
    alpha: float = Field(
        0.3,
        gt=0,
        description="Posterior scale (exploration strength), in reward standard deviations when "
        "rewards are scaled.",
    )
    l2: float = Field(1.0, gt=0, description="Ridge prior precision λ.")
    samples: int = Field(8, ge=1, le=4096, description="Posterior draws per call (Monte-Carlo).")


class LinUCB(_Frozen):
    """LinUCB: score ``x·μ_a + α √(xᵀ Σ_a x)``; deterministic, so propensities are exact."""

    kind: Literal["linucb"] = "linucb"
    alpha: float = Field(
        0.2,
        ge=0,
        description="Width of the confidence bonus (0 = greedy), in reward standard deviations "
        "when rewards are scaled.",
    )
    l2: float = Field(1.0, gt=0, description="Ridge prior precision λ.")


Learning = Annotated[LinTS | LinUCB, Field(discriminator="kind")]
"""A learning rule; ``kind`` selects it."""


class RandomFourier(_Frozen):
    """Random Fourier features appended to the context (a Gaussian-kernel approximation).

    ``z_j(x) = √(2/R) cos(ω_jᵀ x / (bandwidth · √d) + b_j)`` with ``ω_j ~ N(0, I)`` and
    ``b_j ~ U(0, 2π)``, drawn once from ``seed``; the linear model then sees ``[1, x, z(x)]``, so
    its Bayesian head stays exact (closed-form posterior, exact propensities) while the reward can
    be a non-linear function of ``x``.
    """

    kind: Literal["fourier"] = "fourier"
    components: int = Field(64, ge=1, le=4096, description="Number of random features R.")
    bandwidth: float = Field(1.0, gt=0, description="Kernel length scale, in units of √d.")
    seed: int = Field(0, description="Seed of the random projection (not of the policy).")


class PairwiseProducts(_Frozen):
    """Products of pairs of context columns appended to the context (interactions).

    For the columns ``c_1 … c_m`` (named, or every numeric one) the model sees
    ``[1, x, (x_ci · x_cj)_{i<j}]`` (and the
    squares ``x_ci²`` with ``squares``), crossed with every factor level like the rest of the
    context. Name numeric, scaled columns: products of indicator columns add little. With
    :class:`EmpiricalBayes` the products get their own prior precision per factor, so they are
    shrunk hard until the data support them.
    """

    kind: Literal["products"] = "products"
    columns: tuple[str, ...] | Literal["numeric"] = Field(
        "numeric",
        description="Context columns to multiply (at least 2), or 'numeric': every column that "
        "is not an indicator, i.e. takes a value other than 0 and 1 in the first contexts the "
        "policy sees (the policy then records the names it found in its settings).",
    )
    squares: bool = Field(True, description="Also add each column's square.")

    @field_validator("columns")
    @classmethod
    def _two_or_more(cls, value: tuple[str, ...] | str) -> tuple[str, ...] | str:
        if not isinstance(value, str) and len(value) < 2:
            raise ValueError("name at least 2 columns to multiply, or 'numeric'")
        return value


Nonlinear = Annotated[RandomFourier | PairwiseProducts, Field(discriminator="kind")]
"""Extra context features; ``kind`` selects them."""


class EmpiricalBayes(_Frozen):
    """Learn one prior precision per block of the shared model's weights from the data.

    Blocks are a factor (offer, channel, …) × a group of context columns (the intercept column,
    the features as given, the extra non-linear features), plus the per-action intercepts; with
    ``blocks="column"`` every context column is its own group. Each block's precision maximises
    the marginal likelihood (MacKay's fixed-point updates, refitted from the sufficient
    statistics whenever the data has grown by ``refit_growth``); the learning rule's ``l2`` is
    the starting value. Posterior draws stay exact, so logged propensities are too.

    With ``screen_after`` the extra features' blocks first wait outside the model (the rows seen
    are kept meanwhile); at the refits from that weight on (every ``screen_growth``-fold growth,
    and once more at ``screen_until``) each waiting block enters if a score test against the
    model so far passes ``screen_z``; at ``screen_until`` the rest are dropped for good. The
    model then carries only the extra columns the data supports, which keeps it fast.
    """

    blocks: Literal["factor", "column"] = "factor"
    refit_growth: float = Field(1.0, gt=0, description="Refit when the data grew by this factor.")
    iterations: int = Field(1, ge=1, le=50, description="Fixed-point steps per refit.")
    floor: float = Field(1e-2, gt=0, description="Smallest precision of a block.")
    ceiling: float = Field(
        1e6, gt=0, description="Precision at which a block is pruned (its weights held at 0)."
    )
    screen_after: float | None = Field(
        None,
        gt=0,
        description="Blocks of the extra (non-linear) features wait outside the model until "
        "the data has this weight; then only those that pass a score test against the model so "
        "far enter, and columns no block uses are dropped (None: all enter from the start).",
    )
    screen_until: float | None = Field(
        None,
        gt=0,
        description="Blocks still waiting when the data reaches this weight are dropped for good "
        "(None: they keep waiting, and their columns' statistics are kept).",
    )
    screen_growth: float = Field(
        4.0, gt=1, description="Test waiting blocks again once the data has grown this many times."
    )
    screen_z: float = Field(
        3.7, description="Score-test threshold of the screen (standardised χ² per block)."
    )


class ColdStart(_Frozen):
    """Business-rule fallback for actions the policy has not seen enough of.

    Until an action has ``min_observations`` observations, its score is the fallback score the
    caller provides (the value model's prior expected value); with no fallback given, the model's
    own score is used.
    """

    min_observations: int = Field(0, ge=0)


DEFAULT_SCREEN = EmpiricalBayes(
    blocks="column", iterations=1, screen_after=8000, screen_until=64000, screen_z=2.5
)
"""The default's learned priors: one precision per factor × context column, one evidence step a
refit; pairwise products wait outside the model until 8,000 rows and enter block by block when
a score test passes (z 2.5), the rest being dropped at 64,000 rows (chosen on the benchmark's
tuning seeds 0–2)."""


LINEAR_FIELDS: dict[str, object] = {
    "nonlinear": None,
    "empirical_bayes": None,
    "refresh_growth": 0.25,
    "mean_lag_rows": 16,
    "mean_lag_share": 0.005,
}
"""The fields whose defaults changed with the non-linear default (issue 22), at their earlier
values (with LinTS α = 0.2 they make :meth:`PolicySettings.linear`)."""


class PolicySettings(_Frozen):
    """Everything that defines a policy's behaviour, persisted with it.

    The defaults are the shared model with pairwise products of the numeric context columns,
    screened in by a score test, learned priors and a lagging posterior mean (chosen on the
    bandit benchmark's non-linear and base simulators, tuning seeds 0–2, and checked on held-out
    seeds 3–5). :meth:`linear` gives the linear shared model that was the default before.
    With ``model="disjoint"`` the products and learned priors default to off (they belong to
    the shared model).
    """

    name: str = Field("nba", pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")
    learning: Learning = Field(default_factory=LinTS)
    model: Literal["disjoint", "shared"] = Field(
        "shared", description="One model per action, or the shared action ⊗ context model."
    )
    exploration_floor: float = Field(
        0.01, ge=0.0, lt=1.0, description="Share of decisions drawn uniformly from allowed actions."
    )
    reward_scaling: Literal["std", "none"] = Field(
        "std",
        description="'std': α is relative to the running standard deviation of the rewards "
        "(scale-invariant); 'none': α is in reward units.",
    )
    nonlinear: Nonlinear | None = Field(
        default_factory=PairwiseProducts,
        description="Extra non-linear context features (None: the features as given). The "
        "default multiplies every pair of numeric context columns.",
    )
    empirical_bayes: EmpiricalBayes | None = Field(
        DEFAULT_SCREEN,
        description="Shared model: prior precision per block learned from the data (None: "
        "the learning rule's l2 for every weight).",
    )
    cold_start: ColdStart = Field(default_factory=ColdStart)
    importance_weighting: bool = Field(
        False, description="Weight updates by 1/propensity (clipped), for off-policy data."
    )
    max_importance_weight: float = Field(20.0, ge=1.0)
    refresh_growth: float = Field(
        1.0, ge=0.0, description="Shared model: refresh the exact factorisation at this growth."
    )
    mean_lag_rows: int = Field(
        1_000_000,
        ge=0,
        description="Shared model: rows learned may wait until this many (at most "
        "mean_lag_share of all rows) have arrived before the posterior mean is recomputed; "
        "0 recomputes it after every update.",
    )
    mean_lag_share: float = Field(
        0.05,
        ge=0.0,
        le=0.25,
        description="Shared model: the rows the posterior mean may lag by, as a share of all "
        "rows so far (the cap on mean_lag_rows). Batch learning recomputes the mean after a "
        "batch only once the rows added since the last mean exceed this share.",
    )
    seed: int = Field(0, description="Seed of the policy's numpy Generator.")

    @model_validator(mode="before")
    @classmethod
    def _disjoint_without_shared_extras(cls, data: object) -> object:
        """A per-action model gets the features as given and λ unless told otherwise."""
        if isinstance(data, dict) and data.get("model") == "disjoint":
            data = {"nonlinear": None, "empirical_bayes": None, **data}
        return data

    @classmethod
    def linear(cls, **changes: object) -> PolicySettings:
        """The linear shared model, the default before non-linear products (issue 22).

        LinTS with ``α`` = 0.2, the features as given, ``λ`` for every weight, the factor
        refreshed at 25 % growth and the mean recomputed after every batch of more than 0.5 %
        of the rows so far.

        Args:
            changes: Other fields to set (``name``, ``seed``, …).
        """
        return cls.model_validate({"learning": LinTS(alpha=0.2), **LINEAR_FIELDS, **changes})
