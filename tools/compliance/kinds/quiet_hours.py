"""``quiet_hours``: no sends inside the quiet window of the recipient's local time.

The window may apply on some local days only (``days``); a window crossing midnight belongs to
the day it starts, so a Saturday 20:00–09:00 window covers Sunday 03:00 but not Saturday 03:00.
``no_send_dates`` are whole local days with no sends (public holidays).
When the recipient's zone is unknown (missing or not an IANA name), a window with ``days`` that
no time zone on Earth can put the send moment in does not apply (Wednesday 14:00 UTC is no
Saturday anywhere); otherwise the rule blocks if
``block_unknown_time_zone`` is true; otherwise the send may go, since no local time can be
inside the window.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nextbest.brand_context.models import WEEKDAYS, QuietHoursRule
from nextbest.tools.compliance.kinds.base import CheckContext, RuleKeeper, violation
from nextbest.tools.compliance.verdict import Violation


def in_window(
    moment: time,
    start: time,
    end: time,
    *,
    start_inclusive: bool = True,
    end_inclusive: bool = False,
) -> bool:
    """Whether ``moment`` falls in the window, which may wrap past midnight.

    Args:
        moment: Local wall-clock time.
        start: Window start.
        end: Window end.
        start_inclusive: Whether ``start`` itself is inside (``[start, …``).
        end_inclusive: Whether ``end`` itself is inside (``…, end]``).

    Returns:
        True inside the window.
    """
    if start == end:
        return False
    if moment == start and start_inclusive:
        return True
    if moment == end:
        return end_inclusive
    if moment == start:
        return False
    if start <= end:
        return start < moment < end
    return moment > start or moment < end


def window_day(local: datetime, start: time, end: time) -> int:
    """The weekday (Monday 0) of the window a local moment inside it belongs to.

    A window crossing midnight belongs to the day it starts: before ``end`` on the morning
    after, the moment belongs to the previous day's window.

    Args:
        local: The local send moment, known to be inside the window.
        start: Window start.
        end: Window end.

    Returns:
        The weekday the window started on.
    """
    if start > end and local.time() <= end:
        return (local - timedelta(days=1)).weekday()
    return local.weekday()


class QuietHoursCheck(RuleKeeper[QuietHoursRule]):
    """Converts the send time to the recipient's zone and tests the quiet window."""

    def __init__(self, rule: QuietHoursRule) -> None:
        """Keep the rule's days as weekday numbers.

        Args:
            rule: The rule.
        """
        super().__init__(rule)
        self.days = frozenset(WEEKDAYS.index(d) for d in rule.params.days)
        self.no_send_dates = frozenset(rule.params.no_send_dates)

    def _inside(self, local: datetime) -> bool:
        """Whether a local moment is inside the window on one of its days (if it has days)."""
        params = self.rule.params
        inside = in_window(
            local.time(),
            params.start,
            params.end,
            start_inclusive=params.start_inclusive,
            end_inclusive=params.end_inclusive,
        )
        if inside and self.days:
            inside = window_day(local, params.start, params.end) in self.days
        return inside

    def _could_be_inside(self, moment: datetime) -> bool:
        """Whether a moment is inside the window in some time zone on Earth (UTC-12 to +14).

        Args:
            moment: The send moment (aware).

        Returns:
            False when no zone's local time falls in the window on one of its days.
        """
        utc = moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
        return any(
            self._inside(utc + timedelta(minutes=minutes))
            for minutes in range(-12 * 60, 14 * 60 + 1, 15)
        )

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation when the local send time is inside quiet hours or the zone is unknown."""
        params = self.rule.params
        zone_name = ctx.message.recipient_time_zone
        zone: ZoneInfo | None = None
        if zone_name:
            try:
                zone = ZoneInfo(zone_name)
            except (ZoneInfoNotFoundError, ValueError):
                zone = None
        if zone is None:
            if self.days and not self._could_be_inside(ctx.moment):
                return []  # Wednesday 14:00 UTC is no Saturday anywhere on Earth
            if params.block_unknown_time_zone:
                what = f"unknown time zone {zone_name!r}" if zone_name else "no time zone"
                return [
                    violation(
                        self.rule,
                        f"The recipient's local time cannot be known ({what}).",
                        evidence=what,
                        fix_hint="Send only to recipients with a known IANA time zone.",
                    )
                ]
            return []
        local = ctx.moment.astimezone(zone)
        if local.date() in self.no_send_dates:
            return [
                violation(
                    self.rule,
                    f"{local:%Y-%m-%d} ({zone.key}) is a day with no sends.",
                    evidence=f"{local.isoformat()} {zone.key}",
                    fix_hint="Schedule the send for another day.",
                )
            ]
        if self._inside(local):
            stamp = local.strftime("%H:%M")
            return [
                violation(
                    self.rule,
                    f"Send time {stamp} ({zone.key}) is inside quiet hours "
                    f"{params.start:%H:%M}–{params.end:%H:%M}"
                    + (f" ({', '.join(params.days)})." if params.days else "."),
                    evidence=f"{local.isoformat()} {zone.key}",
                    fix_hint=f"Schedule between {params.end:%H:%M} and {params.start:%H:%M} "
                    "recipient local time.",
                )
            ]
        return []
