"""A countdown to an offer's end is the time left, not a term of the offer.

"Two weeks left to claim your voucher" in a message whose offer ends fourteen days after the send
date restates the offer with a figure its wording never gives ("2"), yet changes none of its
terms: the figure counts the time left until the offer's last day. A countdown ("N days|weeks|
months left", "to go", "remaining") whose figure is the time from the send date to the offer's
last day, in its unit, is read as that time; a false one ("one week left" three weeks before the
end) stays a figure the offer does not give.
"""

from __future__ import annotations

import math
import re
from datetime import date

_COUNTDOWN = re.compile(
    r"(?<![\w.,])(\d{1,3})\s+(day|week|month)s?\s+(?:left|to go|remaining)\b", re.IGNORECASE
)
"""A countdown: its figure (group 1) and unit (group 2)."""
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12}
"""Days in each countdown unit."""


def _true(figure: int, unit: str, days_left: int) -> bool:
    """Whether ``figure`` units is the time left, counted in that unit.

    Args:
        figure: The countdown's figure.
        unit: ``day``, ``week`` or ``month``.
        days_left: Days from the send date to the offer's last day.

    Returns:
        True when the days left, in the unit, round or round up to the figure ("2 days left"
        on the 8th of an offer through the 10th, or counting the last day, "3 days left").
    """
    if unit == "day":
        return figure in (days_left, days_left + 1)
    span = days_left / _UNIT_DAYS[unit]
    return figure in (round(span), math.ceil(span))


def true_countdowns(sentence: str, day: date, last_day: date | None) -> set[float]:
    """Figures of the sentence's countdowns that are true of an offer ending on ``last_day``.

    Args:
        sentence: A copy sentence (original text).
        day: The send date.
        last_day: The offer's last day (None: the offer has no end, nothing counts down).

    Returns:
        The figures of the true countdowns.
    """
    if last_day is None or last_day < day:
        return set()
    days_left = (last_day - day).days
    return {
        float(m.group(1))
        for m in _COUNTDOWN.finditer(sentence)
        if _true(int(m.group(1)), m.group(2).lower(), days_left)
    }
