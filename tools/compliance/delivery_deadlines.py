"""Deadlines to order in time for a holiday, which are not offer urgency.

"Final days to order for Mother's Day", "Quick: order by Friday for Christmas delivery":
the time runs out on the brand's delivery cut-off before a dated holiday, not on a
promotion. Whether the cut-off is true is a matter for the brand's cut-off wording, not for
an offer's end date. General English, not brand knowledge.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

HOLIDAYS = (
    r"valentine|valentines|christmas|xmas|mother s day|mothers day|father s day|fathers day|"
    r"easter|hanukkah|chanukah|diwali|eid|thanksgiving|the holidays|new year|new year s|"
    r"lunar new year|passover|mothering sunday|noel|navidad|weihnachten|saint valentin|"
    r"san valentin|fete des meres|dia de las madres|muttertag"
)
"""Holidays gifts are ordered for (plain view: lower case, apostrophes as spaces)."""

_DEADLINE = re.compile(
    r"\b(?:order|orders|ordering|ship|shipped|shipping|send|sending|deliver|delivered|"
    r"delivery|arrive|arrives|arrival|commander|commandez|pedir|pide|bestellen|bestellt)\b"
    r"(?: [a-z0-9]+){0,6}? (?:for|by|before|in time for|pour|para|zu|bis)"
    rf"(?: [a-z0-9]+){{0,2}}? (?:{HOLIDAYS})\b"
)
"""Ordering, shipping or delivery in time for a holiday (plain view)."""


def is_delivery_deadline(sentence: str) -> bool:
    """Whether a sentence counts down to ordering in time for a holiday.

    Args:
        sentence: The sentence holding the urgency wording (original text).

    Returns:
        True when the sentence speaks of ordering, shipping or delivery for a holiday
        ("Final days to order for Mother's Day").
    """
    return _DEADLINE.search(plain(sentence)) is not None
