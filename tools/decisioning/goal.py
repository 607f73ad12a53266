"""Marketer goals: what a marketer asks for, as typed configuration with hard limits.

"Push the loyalty offer to lapsed customers this month, but no more than two SMS a week" becomes
a :class:`Goal`::

    Goal(
        objective="retention",
        favour=[OfferPreference(offer_id="loyalty-double-points", boost=2.0,
                                segment=[{"field": "days_since_last_order", "op": "gte",
                                          "value": 90}])],
        channel_caps={"sms": FrequencyCap(max_sends=2, days=7)},
        starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 31),
    )

A goal compiles into the :class:`~nextbest.tools.decisioning.engine.RunConfig` the next run decides
with
(:meth:`Goal.run_config`). :func:`goal_problems` refuses what no goal may do — a holdout below the
minimum that still measures lift, caps, send windows or budgets beyond the brand limits in force
(:mod:`~nextbest.tools.decisioning.brand_limits`), offers that are unknown or not valid while the
goal is in force, a favoured offer its audience may not receive
(:mod:`~nextbest.tools.decisioning.reach`) — each with the field at fault and the reason.

Objectives change what an outcome is worth
(:class:`~nextbest.tools.decisioning.value.ValueWeights`):

- ``revenue`` (default): a conversion is worth its order value × margin;
- ``conversions``: every conversion is worth the same (the mean offer margin), so the policy
  counts conversions instead of chasing large baskets;
- ``retention``: unsubscribes and complaints weigh :data:`RETENTION_PENALTY_FACTOR` × more.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, model_validator

from nextbest.brand_context.models import (
    CHANNELS,
    BrandPack,
    Channel,
    EligibilityCondition,
    EntryStatus,
)
from nextbest.tools.decisioning.brand_limits import DEFAULT_LIMITS, BrandLimits, LocalWindow
from nextbest.tools.decisioning.contact_policy import FrequencyCap
from nextbest.tools.decisioning.engine import RunConfig
from nextbest.tools.decisioning.reach import unreachable
from nextbest.tools.decisioning.setting_problems import ProblemList, SettingProblem
from nextbest.tools.decisioning.targeting import OfferPreference, Targeting

Objective = Literal["revenue", "conversions", "retention"]
OBJECTIVES: tuple[str, ...] = ("revenue", "conversions", "retention")
RETENTION_PENALTY_FACTOR = 4.0


class Goal(BaseModel):
    """A marketer's goal, the reviewable configuration of the next runs.

    Attributes:
        objective: What the policy optimises: revenue, conversions or retention.
        summary: The request in the marketer's own words.
        audience: Only customers meeting all conditions get messages (empty = everyone).
        favour: Offers to favour, each with a boost and an optional segment.
        exclude_offers: Offers never promoted while the goal is in force.
        channel_caps: Per-channel frequency caps replacing the defaults.
        daily_caps: Per channel, at most this many messages a day.
        send_window: The local hours messages may go out in (every channel).
        overall_cap: Cap over all channels replacing the default.
        channel_budgets: At most this many messages per channel in one run.
        holdout_share: Share of customers held out to measure lift (default: the run's).
        starts_on: First day the goal is in force (None = from approval).
        ends_on: Last day the goal is in force (None = until replaced).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    objective: Objective = "revenue"
    summary: str = Field("", max_length=500)
    audience: list[EligibilityCondition] = Field(default_factory=list)
    favour: list[OfferPreference] = Field(default_factory=list)
    exclude_offers: list[str] = Field(default_factory=list)
    channel_caps: dict[Channel, FrequencyCap] = Field(default_factory=dict)
    daily_caps: dict[Channel, NonNegativeInt] = Field(default_factory=dict)
    send_window: LocalWindow | None = None
    overall_cap: FrequencyCap | None = None
    channel_budgets: dict[Channel, NonNegativeInt] = Field(default_factory=dict)
    holdout_share: float | None = Field(None, ge=0.0, lt=1.0)
    starts_on: date | None = None
    ends_on: date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Goal:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self

    def covers(self, day: date) -> bool:
        """Whether the goal is in force on ``day``."""
        if self.starts_on and day < self.starts_on:
            return False
        return not (self.ends_on and day > self.ends_on)

    def run_config(
        self, pack: BrandPack, base: RunConfig | None = None, version: int | None = None
    ) -> RunConfig:
        """The run configuration this goal asks for, on top of ``base``.

        Args:
            pack: The brand pack (the mean offer margin for the ``conversions`` objective).
            base: Settings the goal does not touch (send windows, columns, …).
            version: The approved goal version, logged in every decision.
        """
        base = base or RunConfig()
        contact = base.contact
        if self.channel_caps or self.overall_cap is not None:
            caps = {**contact.channel_caps, **self.channel_caps}
            overall = self.overall_cap if self.overall_cap is not None else contact.overall_cap
            contact = contact.model_copy(update={"channel_caps": caps, "overall_cap": overall})
        if self.daily_caps:
            contact = contact.model_copy(
                update={"daily_caps": {**contact.daily_caps, **self.daily_caps}}
            )
        if self.send_window is not None:
            window = (self.send_window.start_hour, self.send_window.end_hour)
            contact = contact.model_copy(update={"send_hours": dict.fromkeys(CHANNELS, window)})
        holdout = base.holdout
        if self.holdout_share is not None:
            holdout = holdout.model_copy(update={"share": self.holdout_share})
        value = base.value
        if self.objective == "conversions":
            margins = [o.unit_value * o.margin for o in pack.offers] or [1.0]
            value = value.model_copy(
                update={"conversion_value": max(sum(margins) / len(margins), 1e-6)}
            )
        elif self.objective == "retention":
            value = value.model_copy(
                update={
                    "unsubscribe_weight": value.unsubscribe_weight * RETENTION_PENALTY_FACTOR,
                    "complaint_weight": value.complaint_weight * RETENTION_PENALTY_FACTOR,
                }
            )
        targeting = Targeting(
            audience=list(self.audience),
            exclude_offers=list(self.exclude_offers),
            favour=list(self.favour),
            channel_budgets=dict(self.channel_budgets),
            goal_version=version,
        )
        return base.model_copy(
            update={"contact": contact, "holdout": holdout, "value": value, "targeting": targeting}
        )


GoalProblem = SettingProblem
"""Why a goal is refused: the field at fault and the reason."""


def _per_week(cap: FrequencyCap) -> float:
    return cap.max_sends * 7.0 / cap.days


def _limit_problems(goal: Goal, limits: BrandLimits) -> ProblemList:
    """The brand limits (and the ceilings in code) ``goal`` breaks, with the brand's reason."""
    why = limits.because()
    problems = ProblemList()
    minimum = limits.holdout_minimum()
    if goal.holdout_share is not None and goal.holdout_share < minimum - 1e-12:
        problems.add(
            "holdout_share",
            f"{goal.holdout_share:.3f} is below the minimum holdout {minimum:.3f}: "
            f"lift could no longer be measured{why}",
        )
    for channel, cap in goal.channel_caps.items():
        ceiling = limits.weekly_cap(channel)
        if ceiling is not None and _per_week(cap) > ceiling + 1e-9:
            problems.add(
                f"channel_caps.{channel}",
                f"{cap.max_sends} per {cap.days} days is {_per_week(cap):.1f} per week, "
                f"above the {channel} limit of {ceiling:g} per week{why}",
            )
    overall = limits.overall_weekly_cap()
    if goal.overall_cap is not None and _per_week(goal.overall_cap) > overall + 1e-9:
        problems.add(
            "overall_cap",
            f"{_per_week(goal.overall_cap):.1f} per week is above the limit of "
            f"{overall:g} per week over all channels{why}",
        )
    for channel, most in goal.daily_caps.items():
        daily = limits.max_sends_per_day.get(channel)
        if daily is not None and most > daily:
            problems.add(
                f"daily_caps.{channel}",
                f"{most} a day is above the {channel} limit of {daily} a day{why}",
            )
    if goal.send_window is not None:
        for channel in CHANNELS:
            allowed = limits.window(channel)
            if allowed is None:
                continue
            start, end = allowed
            if goal.send_window.start_hour < start or goal.send_window.end_hour > end:
                shown = f"{start:02d}:00–{end:02d}:00" if end > start else "no hour"
                problems.add(
                    "send_window",
                    f"{goal.send_window} reaches outside the allowed {channel} hours "
                    f"{shown} (customer's local time){why}",
                )
                break
    for channel, budget in goal.channel_budgets.items():
        most = limits.max_budget_per_run.get(channel)
        if most is not None and budget > most:
            problems.add(
                f"channel_budgets.{channel}",
                f"{budget} per run is above the {channel} limit of {most}{why}",
            )
    return problems


def goal_problems(
    goal: Goal, pack: BrandPack, today: date, limits: BrandLimits | None = None
) -> list[GoalProblem]:
    """Every hard limit ``goal`` breaks (empty = the goal may be approved).

    Args:
        goal: The proposed goal.
        pack: The brand pack in force (offers and their validity).
        today: The day the goal would be approved (its start when ``starts_on`` is None).
        limits: The brand limits in force (the ceilings in code when None).
    """
    problems = _limit_problems(goal, limits or DEFAULT_LIMITS)
    if goal.ends_on and goal.ends_on < today:
        problems.add("ends_on", f"{goal.ends_on} is in the past")
    offers = {offer.id: offer for offer in pack.offers}
    start = goal.starts_on or today
    favoured = {p.offer_id for p in goal.favour}
    for i, preference in enumerate(goal.favour):
        offer = offers.get(preference.offer_id)
        where = f"favour[{i}].offer_id"
        if offer is None:
            known = ", ".join(sorted(offers))
            problems.add(where, f"no offer {preference.offer_id!r}; offers: {known}")
            continue
        contradiction = unreachable([*goal.audience, *preference.segment], offer.eligibility)
        if contradiction is not None:
            problems.add(where, contradiction.reason(offer.id))
        if offer.status != EntryStatus.ACTIVE:
            status = EntryStatus(offer.status).value
            problems.add(where, f"offer {offer.id!r} is {status}")
        elif offer.valid_until and offer.valid_until < start:
            problems.add(where, f"offer {offer.id!r} ended on {offer.valid_until}, before {start}")
        elif offer.valid_from and goal.ends_on and offer.valid_from > goal.ends_on:
            problems.add(
                where,
                f"offer {offer.id!r} starts on {offer.valid_from}, after the goal ends "
                f"on {goal.ends_on}",
            )
        elif offer.valid_until and goal.ends_on and offer.valid_until < goal.ends_on:
            problems.add(
                where,
                f"offer {offer.id!r} is valid only until {offer.valid_until}, before the "
                f"goal ends on {goal.ends_on}; end the goal by then",
            )
    for i, offer_id in enumerate(goal.exclude_offers):
        if offer_id not in offers:
            known = ", ".join(sorted(offers))
            problems.add(f"exclude_offers[{i}]", f"no offer {offer_id!r}; offers: {known}")
        elif offer_id in favoured:
            problems.add(
                f"exclude_offers[{i}]", f"offer {offer_id!r} is both favoured and excluded"
            )
    return problems
