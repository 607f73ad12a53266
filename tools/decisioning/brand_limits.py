"""Brand limits: the brand's own ceilings on every goal and every run, as typed configuration.

A brand says "at least a 5 % holdout, at most 3 SMS a week and 1 a day, nothing before 08:00 or
after 21:00 in the customer's local time" as a :class:`BrandLimits`. The workspace keeps it
versioned and changes it only through maker–checker
(:class:`~nextbest.app.workspace.limits_store.LimitsStore`); the chat can read it, never change
it.

Legal and product ceilings stay in code (:data:`CEILINGS`): configuration may tighten them, never
loosen them. :func:`limits_problems` refuses a configuration that would loosen one, and the
accessors (:meth:`BrandLimits.weekly_cap`, :meth:`BrandLimits.window`, …) combine both, so
even a configuration written around the check cannot loosen a ceiling.

The limits bind twice: :func:`~nextbest.tools.decisioning.goal.goal_problems` refuses a goal that
breaks one (quoting the brand's ``reason``), and :func:`apply_limits` tightens the run
configuration of every run (holdout, weekly and daily caps, send hours, budgets), whatever the
goal or the defaults say.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, model_validator

from nextbest.brand_context.models import CHANNELS, Channel
from nextbest.tools.decisioning.contact_policy import FrequencyCap
from nextbest.tools.decisioning.engine import RunConfig
from nextbest.tools.decisioning.setting_problems import ProblemList, SettingProblem


class LocalWindow(BaseModel):
    """Local hours ``[start_hour, end_hour)`` in the customer's time zone, e.g. 08–21."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start_hour: int = Field(ge=0, le=23, description="First local hour a message may go out.")
    end_hour: int = Field(ge=1, le=24, description="Local hour sending stops (exclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> LocalWindow:
        if self.end_hour <= self.start_hour:
            raise ValueError("end_hour must be after start_hour (windows do not cross midnight)")
        return self

    def contains(self, other: LocalWindow) -> bool:
        """Whether ``other`` lies wholly inside this window."""
        return self.start_hour <= other.start_hour and other.end_hour <= self.end_hour

    def __str__(self) -> str:
        return f"{self.start_hour:02d}:00–{self.end_hour:02d}:00"


class Ceilings(BaseModel):
    """What no brand configuration may loosen (kept in code).

    Attributes:
        min_holdout_share: The smallest holdout that still measures lift.
        max_sends_per_week: Per channel, the most messages per 7 days.
        max_overall_per_week: The most messages over all channels per 7 days.
        send_windows: Per channel, the local hours the law allows.
        why: Per setting, the source of the ceiling (quoted in refusals).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_holdout_share: float
    max_sends_per_week: dict[Channel, float]
    max_overall_per_week: float
    send_windows: dict[Channel, LocalWindow]
    why: dict[str, str]


CEILINGS = Ceilings(
    min_holdout_share=0.02,
    max_sends_per_week={"email": 7.0, "sms": 4.0, "push": 14.0},
    max_overall_per_week=14.0,
    send_windows={"sms": LocalWindow(start_hour=8, end_hour=21)},
    why={
        "min_holdout_share": "below it lift can no longer be measured",
        "max_sends_per_week": "nextbest's frequency ceiling",
        "max_overall_per_week": "nextbest's frequency ceiling",
        "send_windows": "TCPA/CTIA quiet hours: SMS only 08:00–21:00 recipient local time",
    },
)
"""The ceilings in code; a brand's configuration may only tighten them."""


LimitProblem = SettingProblem
"""A brand-limits setting at fault and the reason."""


class BrandLimits(BaseModel):
    """The brand's limits on goals and runs (configuration the brand owns).

    Attributes:
        min_holdout_share: The smallest holdout a goal or run may use.
        max_sends_per_week: Per channel, the most messages per 7 days (a channel left out keeps
            the ceiling in code).
        max_overall_per_week: The most messages over all channels per 7 days.
        max_sends_per_day: Per channel, the most messages per day.
        send_window: The local hours messages may go out in, on every channel.
        max_budget_per_run: Per channel, the most messages one run may send.
        reason: The brand's policy in its own words, quoted when a goal breaks a limit.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_holdout_share: float = Field(0.02, ge=0.0, lt=1.0)
    max_sends_per_week: dict[Channel, float] = Field(
        default_factory=lambda: dict(CEILINGS.max_sends_per_week)
    )
    max_overall_per_week: float = Field(14.0, gt=0)
    max_sends_per_day: dict[Channel, NonNegativeInt] = Field(default_factory=dict)
    send_window: LocalWindow | None = None
    max_budget_per_run: dict[Channel, NonNegativeInt] = Field(default_factory=dict)
    reason: str = Field("", max_length=500)

    # -- the limits in force: configuration and ceilings combined -----------------------------

    def holdout_minimum(self, ceilings: Ceilings = CEILINGS) -> float:
        """The smallest holdout allowed."""
        return max(self.min_holdout_share, ceilings.min_holdout_share)

    def weekly_cap(self, channel: Channel, ceilings: Ceilings = CEILINGS) -> float | None:
        """The most messages on ``channel`` per 7 days (None = no limit)."""
        mine = self.max_sends_per_week.get(channel)
        values = [v for v in (mine, ceilings.max_sends_per_week.get(channel)) if v is not None]
        return min(values) if values else None

    def overall_weekly_cap(self, ceilings: Ceilings = CEILINGS) -> float:
        """The most messages over all channels per 7 days."""
        return min(self.max_overall_per_week, ceilings.max_overall_per_week)

    def window(self, channel: Channel, ceilings: Ceilings = CEILINGS) -> tuple[int, int] | None:
        """The local hours ``[start, end)`` ``channel`` may send in (None = any hour).

        ``(0, 0)`` when the brand's window and the legal one share no hour.
        """
        legal = ceilings.send_windows.get(channel)
        if self.send_window is None:
            return (legal.start_hour, legal.end_hour) if legal else None
        return _narrow(_narrow(None, self.send_window), legal)

    def summary(self, ceilings: Ceilings = CEILINGS) -> str:
        """The limits in force as one plain line (configuration and ceilings combined)."""
        weekly = ", ".join(
            f"{c} {cap:g}" for c in CHANNELS if (cap := self.weekly_cap(c, ceilings)) is not None
        )
        parts = [
            f"holdout at least {self.holdout_minimum(ceilings):.0%}",
            f"per week at most {weekly}, all channels {self.overall_weekly_cap(ceilings):g}",
        ]
        if self.max_sends_per_day:
            daily = ", ".join(f"{c} {n}" for c, n in self.max_sends_per_day.items())
            parts.append(f"per day at most {daily}")
        if self.send_window is not None:
            hours = {c: self.window(c, ceilings) for c in CHANNELS}
            windows = ", ".join(
                f"{c} {h[0]:02d}:00–{h[1]:02d}:00" for c, h in hours.items() if h is not None
            )
            parts.append(f"local send hours {windows}")
        else:
            legal = ", ".join(f"{c} {w}" for c, w in ceilings.send_windows.items())
            parts.append(f"local send hours by law only ({legal}, the pack's quiet-hours rules)")
        if self.max_budget_per_run:
            budgets = ", ".join(f"{c} {n}" for c, n in self.max_budget_per_run.items())
            parts.append(f"per run at most {budgets}")
        return "; ".join(parts)

    def because(self) -> str:
        """The brand's reason, as a clause for refusals ("" when none is given)."""
        return f" (brand policy: {self.reason})" if self.reason.strip() else " (brand limit)"


DEFAULT_LIMITS = BrandLimits()
"""The limits when a workspace has approved none: the ceilings in code."""


def limits_problems(limits: BrandLimits, ceilings: Ceilings = CEILINGS) -> list[LimitProblem]:
    """Every setting of ``limits`` that would loosen a ceiling in code (empty = acceptable)."""
    problems = ProblemList()
    if limits.min_holdout_share < ceilings.min_holdout_share:
        problems.add(
            "min_holdout_share",
            f"{limits.min_holdout_share:g} is below the floor "
            f"{ceilings.min_holdout_share:g} ({ceilings.why['min_holdout_share']})",
        )
    for channel, most in limits.max_sends_per_week.items():
        ceiling = ceilings.max_sends_per_week.get(channel)
        if ceiling is not None and most > ceiling + 1e-9:
            problems.add(
                f"max_sends_per_week.{channel}",
                f"{most:g} a week is above the ceiling of {ceiling:g} "
                f"({ceilings.why['max_sends_per_week']})",
            )
    if limits.max_overall_per_week > ceilings.max_overall_per_week + 1e-9:
        problems.add(
            "max_overall_per_week",
            f"{limits.max_overall_per_week:g} a week is above the ceiling of "
            f"{ceilings.max_overall_per_week:g} ({ceilings.why['max_overall_per_week']})",
        )
    for channel, most in limits.max_sends_per_day.items():
        weekly = limits.weekly_cap(channel, ceilings)
        if weekly is not None and most > weekly:
            problems.add(
                f"max_sends_per_day.{channel}",
                f"{most} a day is more than the weekly limit of {weekly:g}",
            )
    if limits.send_window is not None:
        for channel, legal in ceilings.send_windows.items():
            if not legal.contains(limits.send_window):
                problems.add(
                    "send_window",
                    f"{limits.send_window} reaches outside the legal {channel} hours "
                    f"{legal} ({ceilings.why['send_windows']})",
                )
    return problems


def _narrow(hours: tuple[int, int] | None, window: LocalWindow | None) -> tuple[int, int]:
    """The hours in both ``hours`` (None = all day) and ``window``; ``(0, 0)`` = none."""
    start, end = hours if hours is not None else (0, 24)
    if window is not None:
        start, end = max(start, window.start_hour), min(end, window.end_hour)
    return (start, end) if end > start else (0, 0)


def _tighter(cap: FrequencyCap | None, per_week: float | None) -> FrequencyCap | None:
    """``cap``, tightened to at most ``per_week`` messages per 7 days."""
    if per_week is None:
        return cap
    if cap is not None and cap.max_sends * 7.0 / cap.days <= per_week + 1e-9:
        return cap
    days = cap.days if cap is not None else 7
    most = math.floor(per_week * days / 7.0 + 1e-9)
    if most >= 1 or per_week <= 0:
        return FrequencyCap(max_sends=max(most, 0), days=days)
    return FrequencyCap(max_sends=1, days=min(365, math.ceil(7.0 / per_week)))


def apply_limits(
    config: RunConfig, limits: BrandLimits, ceilings: Ceilings = CEILINGS
) -> RunConfig:
    """``config`` tightened to the limits: nothing in it may be looser than the brand allows.

    Holdout share, per-channel and overall caps, daily caps, send hours and per-run budgets
    are each replaced by the limit when looser; tighter settings (from a goal) are kept.
    """
    contact = config.contact
    caps = dict(contact.channel_caps)
    for channel in CHANNELS:
        tightened = _tighter(caps.get(channel), limits.weekly_cap(channel, ceilings))
        if tightened is not None:
            caps[channel] = tightened
    overall = _tighter(contact.overall_cap, limits.overall_weekly_cap(ceilings))
    daily = dict(contact.daily_caps)
    for channel, most in limits.max_sends_per_day.items():
        daily[channel] = min(most, daily.get(channel, most))
    hours = dict(contact.send_hours)
    for channel in CHANNELS:
        if channel in hours or limits.send_window is not None:
            hours[channel] = _narrow(
                _narrow(hours.get(channel), limits.send_window),
                ceilings.send_windows.get(channel),
            )
    contact = contact.model_copy(
        update={
            "channel_caps": caps,
            "overall_cap": overall,
            "daily_caps": daily,
            "send_hours": hours,
        }
    )
    holdout = config.holdout
    minimum = limits.holdout_minimum(ceilings)
    if holdout.share < minimum:
        holdout = holdout.model_copy(update={"share": minimum})
    targeting = config.targeting
    if limits.max_budget_per_run:
        budgets = dict(targeting.channel_budgets)
        for channel, most in limits.max_budget_per_run.items():
            budgets[channel] = min(most, budgets.get(channel, most))
        targeting = targeting.model_copy(update={"channel_budgets": budgets})
    return config.model_copy(
        update={"contact": contact, "holdout": holdout, "targeting": targeting}
    )
