"""The decision time of a brand-local send date (``nextbest run --send-date``)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from nextbest.brand_context.store import BrandStore

SEND_DATE_HOUR = 5
"""A send date decides at this brand-local hour: before any send window or quiet-hours end."""


class NoBrandPack(ValueError):
    """The workspace has no brand pack, so it has no brand time zone either."""


def send_date_moment(store: BrandStore, day: date) -> datetime:
    """The decision time of a send date: that date at 05:00 in the brand's time zone.

    Args:
        store: The workspace's brand store (its pack names the brand's default time zone).
        day: The brand-local send date.

    Returns:
        An aware datetime in the brand's time zone.

    Raises:
        NoBrandPack: The workspace has no brand pack yet.
    """
    if store.current_version() is None:
        raise NoBrandPack("the workspace has no brand pack yet (nextbest kb import)")
    zone = ZoneInfo(store.pack().brand.default_time_zone)
    return datetime.combine(day, time(SEND_DATE_HOUR), zone)
