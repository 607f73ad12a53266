"""Deadlines the brand's own standing statements give, and copy that states another date.

A brand may record a standing fact with its date ("The <course> cohort starts February 8;
enrollment closes January 22."). Copy that says the same event of the same product on another
day ("Enrollment for the <course> cohort closes January 8") states a false deadline: a rule of
truthful urgency, not brand knowledge. A statement's clause (split at ``;`` and sentence ends)
is an event when it has a deadline verb (closes, ends, starts, begins, is due, expires) and a
full date; a copy sentence restates that event when it names a product the statement names, has
the same verb and every other content word of the clause ("enrollment"), and states a full
date. It is false when none of its dates is the clause's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.stated_dates import ANY_DATE, dates_in

_VERBS: dict[str, str] = {
    "close": "close", "closes": "close", "closing": "close", "closed": "close",
    "end": "end", "ends": "end", "ending": "end", "ended": "end",
    "start": "start", "starts": "start", "starting": "start", "begin": "start",
    "begins": "start", "beginning": "start",
    "expire": "expire", "expires": "expire", "expiring": "expire", "due": "due",
}  # fmt: skip
"""Deadline verbs, by the event they name."""

_FILLER = frozenset(
    {"the", "a", "an", "of", "for", "on", "is", "are", "and", "to", "in", "by", "at", "your"}
)
_CLAUSES = re.compile(r"[^;.!?]+")


@dataclass(frozen=True)
class StatedEvent:
    """One dated event of a standing statement.

    Attributes:
        products: Ids of the catalogue products the statement names.
        verb: The event (``close``, ``start``...).
        words: The clause's other content words (plain form).
        dates: The dates the clause gives.
    """

    products: frozenset[str]
    verb: str
    words: frozenset[str]
    dates: frozenset[date]


def statement_events(pack: BrandPack) -> list[StatedEvent]:
    """Every dated event of the pack's standing statements that names a product.

    Args:
        pack: The brand pack.

    Returns:
        The events, read once per pack.
    """
    events: list[StatedEvent] = []
    for statement in pack.standing_statements:
        text = fold(statement.text).text
        products = frozenset(
            p.id
            for p in pack.products
            if any(re.search(rf"(?<!\w){re.escape(fold(n).text)}(?!\w)", text) for n in p.names)
        )
        if not products:
            continue
        for clause in _CLAUSES.finditer(statement.text):
            folded = fold(clause.group()).text
            dates = frozenset(dates_in(folded))
            words = plain(ANY_DATE.sub(" ", folded)).split()
            verbs = {_VERBS[w] for w in words if w in _VERBS}
            if not dates or len(verbs) != 1:
                continue
            names = {
                w
                for p in pack.products
                if p.id in products
                for n in p.names
                for w in plain(n).split()
            }
            content = frozenset(
                w
                for w in words
                if w not in _VERBS and w not in _FILLER and w not in names and not w.isdigit()
            )
            events.append(StatedEvent(products, verbs.pop(), content, dates))
    return events


def contradicted(
    events: list[StatedEvent], sentence: str, products: set[str]
) -> StatedEvent | None:
    """The statement event a copy sentence restates with another date, if any.

    Args:
        events: The pack's statement events.
        sentence: One copy sentence (original text).
        products: Ids of the products the sentence names.

    Returns:
        The event whose date the sentence contradicts, or None.
    """
    if not events or not products:
        return None
    folded = fold(sentence).text
    stated = set(dates_in(folded))
    if not stated:
        return None
    words = set(plain(ANY_DATE.sub(" ", folded)).split())
    verbs = {_VERBS[w] for w in words if w in _VERBS}
    for event in events:
        if (
            event.verb in verbs
            and event.products & products
            and event.words <= words
            and not stated & event.dates
        ):
            return event
    return None
