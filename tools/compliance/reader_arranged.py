"""A thing the reader arranges, or has arranged, for themselves (a rule of language).

"Book your own parking", "Already booked your ferry?", "if you've sorted your own transfers":
the copy speaks of the reader's own arrangement, which the brand does not sell here; a rule
about promoting the thing ("any message promoting <thing>-inclusive stays carries …") is not
reached by it. The thing must come right after "your own", or after "your" with a verb of
arranging it already done ("already booked your …", "got your … sorted"). "Book your
<thing> with us" and "Your <thing> is included" still speak of what the brand offers.
"""

from __future__ import annotations

import re

_ARRANGING = (
    r"(?:booked|sorted|arranged|organi[sz]ed|bought|got|found|planned|reserved|paid\s+for|"
    r"made|chosen|picked)"
)
"""Past participles of arranging a thing for oneself."""

_READER_ARRANGED = re.compile(
    r"(?:\byour\s+own\s+"
    rf"|\b(?:already|just)\s+(?:(?:have|has|got)\s+)?{_ARRANGING}(?:\s+(?:out|up))?\s+your\s+"
    rf"|\b(?:you[’']ve|you\s+have|you[’']re)\s+(?:already\s+)?{_ARRANGING}(?:\s+(?:out|up))?\s+"
    r"your\s+)$",
    re.IGNORECASE,
)
""""your own", or a verb of arranging already done, right before the thing."""

_OFFERED_AFTER = re.compile(
    r"\s+(?:with\s+us|through\s+us|from\s+us|via\s+us|(?:is|are)\s+included)\b", re.IGNORECASE
)
"""Words after the thing that make it the brand's after all ("your own cabin with us")."""


def reader_arranged(text: str, start: int, end: int) -> bool:
    """Whether the thing at ``start:end`` is one the reader arranges or has arranged alone.

    Args:
        text: The field's original text.
        start: Where the thing's words start.
        end: Where they end (exclusive).

    Returns:
        True for "ferry" in "Already booked your ferry?" or "please book your own ferry";
        False in "Book your ferry with us" or "your ferry is included".
    """
    if _READER_ARRANGED.search(text, max(0, start - 40), start) is None:
        return False
    return _OFFERED_AFTER.match(text, end) is None
