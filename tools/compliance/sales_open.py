"""Tickets "on sale": sales open, not a price cut.

For goods, "on sale" says the price is cut ("Rain jackets on sale"), a promotion that needs an
approved offer. For tickets it is the ticketing trade's word for the day sales open ("Tickets
on sale", "<event> is on sale", "New on sale: <event>"): the tickets can now be bought, at
their price. So "on sale" in a message that sells tickets (a ticket noun anywhere in its copy)
announces that sales are open, and is no promotion. A price cut said in other words ("20%
off", "was £40, now £30") is read as before.

For any goods, "on sale" after "goes" with a word of sequence ("tested before it goes on
sale", "until they go on sale", "since it first went on sale") is the day the thing is first
sold (:func:`first_sold`), not a price cut.

Said of a period of the calendar named with its year ("Winter 2031 is on sale", "<resort>
breaks are on sale for autumn and winter 2031"), "on sale" says bookings for that period are
open (:func:`period_on_sale`): what is sold is a season of departures or dates, not goods at a
cut price. A sale period ("on sale through 31 May", "on sale this weekend") names no season
with its year and is read as before.
"""

from __future__ import annotations

import re

_ON_SALE = re.compile(r"\bon\s+sale\b", re.IGNORECASE)
"""The words read as "sales open" (folded view)."""
_TICKETS = re.compile(r"(?<![\w-])(?:e-?)?tickets?(?![\w-])", re.IGNORECASE)
"""A ticket noun ("ticket", "tickets", "e-tickets")."""


def sales_open(copy: str, words: str) -> bool:
    """Whether ``words`` (a promotional mention) announce that ticket sales are open.

    Args:
        copy: The message's copy, every field (any view that keeps words and case-folds them).
        words: The mention's own words ("on sale").

    Returns:
        True when the mention is "on sale" and the copy sells tickets.
    """
    return _ON_SALE.fullmatch(words.strip()) is not None and _TICKETS.search(copy) is not None


_FIRST_SOLD = re.compile(
    r"\b(?:before|until|till|since|first)\b(?:\s+[\w'-]+){0,3}?\s+(?:go|goes|went|gone|going)"
    r"\s+$",
    re.IGNORECASE,
)
"""A sequence word and "goes" right before "on sale" ("before it goes ")."""


def first_sold(text: str, start: int) -> bool:
    """Whether the "on sale" at ``start`` of ``text`` says when the thing is first sold.

    Args:
        text: A copy field (folded or original view).
        start: Where the "on sale" mention starts.

    Returns:
        True for "before it goes on sale", "until they go on sale", "since it first went on
        sale"; False for "Jackets on sale" or "goes on sale Friday".
    """
    return _ON_SALE.match(text, start) is not None and (
        _FIRST_SOLD.search(text[max(0, start - 48) : start]) is not None
    )


_SEASON = (
    r"(?:spring|summer|autumn|fall|winter|season|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)"
)
_PERIOD = (
    rf"(?:the\s+)?{_SEASON}(?:\s*(?:,|and|&|or)\s*{_SEASON})*\s+\d{{4}}(?:/\d{{2,4}})?"
    r"(?:\s+(?:holidays|departures|dates|trips|tours|cruises|sailings|breaks))?"
)
"""A season or month named with its year ("spring and summer 2031", "winter 2031/32")."""
_PERIOD_BEFORE = re.compile(rf"\b{_PERIOD}\s+(?:is|are)\s+(?:now\s+)?$", re.IGNORECASE)
"""A period as the subject of "on sale" ("Summer 2031 is ")."""
_PERIOD_AFTER = re.compile(rf"on\s+sale\s+(?:now\s+)?for\s+{_PERIOD}\b", re.IGNORECASE)
"""A period as what "on sale" is for ("on sale for spring and summer 2031")."""


def period_on_sale(text: str, start: int) -> bool:
    """Whether the "on sale" at ``start`` of ``text`` says bookings for a period are open.

    Args:
        text: A copy field (folded or original view).
        start: Where the "on sale" mention starts.

    Returns:
        True for "Winter 2031 is on sale" and "on sale for spring and summer 2031"; False for
        "Jackets on sale", "on sale for $40" or "on sale through May 31".
    """
    if _ON_SALE.match(text, start) is None:
        return False
    return (
        _PERIOD_AFTER.match(text, start) is not None
        or _PERIOD_BEFORE.search(text[max(0, start - 64) : start]) is not None
    )
