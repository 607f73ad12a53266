"""A "first" counted within a repeating period: not a first time.

A rule about newcomers ("new-member recruitment carries the joining terms", "first-order
copy carries the welcome terms") lists "first donation" or "first order" as a trigger. "Your
first donation of the month pays up to $70" or "your first order each month ships free" counts
within a period that starts again: it speaks to people who come back, not to newcomers. A
trigger that opens with "first" (or "1st") and is followed by "of the <period>", "each
<period>", "every <period>" or "this <period>" is that count.
"""

from __future__ import annotations

import re

_FIRST = re.compile(r"(?:first|1st)\b", re.IGNORECASE)
_PERIOD_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|each|every|a|any)|each|every|this|per|a)\s+(?:calendar\s+)?"
    r"(?:day|week|month|quarter|year|season|term|semester|cycle|period|visit)\b",
    re.IGNORECASE,
)


def period_ordinal(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``text[start:end]`` is a "first" counted within a period.

    Args:
        text: The original text of the field.
        start: Where the trigger starts.
        end: Where it ends.

    Returns:
        True when the trigger opens with "first" or "1st" and a repeating period follows it
        ("first donation of the month", "first order each week").
    """
    return bool(_FIRST.match(text, start)) and bool(_PERIOD_AFTER.match(text, end))
