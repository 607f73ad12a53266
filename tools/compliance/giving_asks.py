"""Whether a message asks its reader to give (a rule of fundraising).

A disclosure rule whose description speaks of asks for giving ("Appeals for gifts name the
project they fund") is about the ask, not the word: "the clock came to us as a gift from the
Webb family in 1931" or "Gift Aid can also be added to gifts" names a donation and asks for
none. Such a rule's worded triggers fire only in a message that asks: a verb of giving said
to the reader ("give", "donate", "chip in"), "please", "could you" / "would you", "your
gift", "help us" or "support us", outside the wordings the pack mandates (a mandated tax-relief
line may say "for each pound you give" of any gift).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.kinds.base import CheckContext
from nextbest.tools.compliance.required_text import without_mandated_lines

_OF_ASKS = re.compile(r"\b(?:asks?|asking|appeals?|solicit\w*)\b", re.IGNORECASE)
"""A rule description about asks or appeals."""

_OF_GIVING = re.compile(
    r"\b(?:donations?|donate|donating|fundrais\w*|giving|gifts?)\b", re.IGNORECASE
)
"""A rule description about giving money."""

_ASK = re.compile(
    r"\b(?:donate|give|contribute|sponsor|pledge|chip\s+in|please|(?:could|would|will|can)\s+"
    r"you|your\s+(?:donation|gift|support)|(?:help|support)\s+(?:us|our)|make\s+a\s+"
    r"(?:donation|gift))\b",
    re.IGNORECASE,
)
"""Words that ask the reader to give."""

_KEY = "giving_asks.asks"


def speaks_of_giving_asks(description: str) -> bool:
    """Whether a rule's description is about asks for giving ("Donation asks say …").

    Args:
        description: The rule's description.

    Returns:
        True when it speaks of asks or appeals and of giving.
    """
    return _OF_ASKS.search(description) is not None and _OF_GIVING.search(description) is not None


def asks_to_give(ctx: CheckContext) -> bool:
    """Whether the message asks its reader to give, outside the pack's mandated wordings.

    Args:
        ctx: The check context (the answer is kept in its cache).

    Returns:
        True when any field, its mandated lines blanked out, holds words of an ask.
    """
    cached = ctx.cache.get(_KEY)
    if isinstance(cached, bool):
        return cached
    asks = any(_ASK.search(without_mandated_lines(ctx, name)) for name in ctx.fields)
    ctx.cache[_KEY] = asks
    return asks
