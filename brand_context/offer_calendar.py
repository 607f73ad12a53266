"""Which day a pack's offers are in force: for runs "as of" a day a bundled pack was written for.

A pack's offers carry real dates, so a pack bundled as an example (the sample brand) goes stale:
once its last offer has ended, every offer action is masked and a demo releases nothing. These
helpers read the offers' own dates to find a day on which the pack is fully usable, so a demo on a
fresh workspace can run "as of" that day and say so, instead of silently sending nothing.
"""

from __future__ import annotations

from datetime import date

from nextbest.brand_context.models import BrandPack


def busiest_offer_day(pack: BrandPack, until: date) -> date | None:
    """The day up to ``until`` on which the most offers of ``pack`` are valid.

    Only days on which an offer starts or ends can be maxima, so those are the candidates. Ties go
    to the latest day (the freshest state of the pack).

    Args:
        pack: The brand pack.
        until: The last day considered (usually today).

    Returns:
        The day, or None when no offer was ever valid on or before ``until``.
    """
    candidates: set[date] = {until}
    for offer in pack.offers:
        for day in (offer.valid_from, offer.valid_until):
            if day is not None and day <= until:
                candidates.add(day)
    best: tuple[int, date] | None = None
    for day in candidates:
        count = len(pack.offers_valid_on(day))
        if count and (best is None or (count, day) > best):
            best = (count, day)
    return best[1] if best else None


def offer_day(pack: BrandPack, today: date) -> date:
    """``today`` when an offer of ``pack`` is valid on it, else the busiest earlier offer day.

    Args:
        pack: The brand pack.
        today: The day a run would use.

    Returns:
        ``today``, or the day chosen by :func:`busiest_offer_day` (``today`` when the pack has
        no offer that was ever valid).
    """
    if pack.offers_valid_on(today):
        return today
    return busiest_offer_day(pack, today) or today
