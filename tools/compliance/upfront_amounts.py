"""A zero amount due up front: a payment plan's shape, not a price.

"Start the course with $0 upfront", "$0 due today", "£0 up front": the figure says that
nothing is paid at the start because the cost is paid later (a deferred-tuition plan, a
loan, an income-share agreement). It is not what the product costs, so a rule about a
product's price has nothing to read in it, and it cuts no price for an offer to approve:
whatever discloses the plan is the concern of the rule about that plan. Only a zero amount
is read so; "$99 upfront" is a real payment and stays a price.
"""

from __future__ import annotations

import re

_ZERO = re.compile(r"(?:[$£€¥₹]\s?0(?:[.,]00)?|0(?:[.,]00)?\s?[€£])$")
_UPFRONT_AFTER = re.compile(
    r"\s*(?:up[\s-]?front|due\s+(?:up[\s-]?front|today|now|at\s+(?:enrol+ment|signing|"
    r"sign-?up|the\s+start))|to\s+start|to\s+enrol+)\b",
    re.IGNORECASE,
)


def zero_upfront(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is a zero amount due up front.

    Args:
        text: The original text of the field.
        start: Where the amount starts.
        end: Where it ends.

    Returns:
        True for a zero amount ("$0", "0 €") followed by "upfront", "up front", "due today"
        or "to start".
    """
    if _ZERO.search(text[start:end].strip()) is None:
        return False
    return _UPFRONT_AFTER.match(text, end) is not None
