"""A thing the reader arranges, or has arranged, for themselves (a rule of language).

"Book your own parking", "Already booked your ferry?", "if you've sorted your own transfers":
the copy speaks of the reader's own arrangement, which the brand does not sell here; a rule
about promoting the thing ("any message promoting <thing>-inclusive stays carries …") is not
reached by it. The thing must come right after "your own", or after "your" with a verb of
arranging it already done ("already booked your …", "got your … sorted"). "Book your
<thing> with us" and "Your <thing> is included" still speak of what the brand offers.

So is a thing the reader has already been given: "If you received a <brand> voucher", "Santa
left a voucher under the tree", "Got a voucher for Christmas?" (a verb of receiving or giving
before it, at most two words of name between, or "got" with the occasion after it): the copy
speaks of using what the reader holds, not of buying one.
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

_RECEIVED = re.compile(
    r"\b(?:received|were\s+given|been\s+given|was\s+given|unwrapped|gave\s+you|"
    r"(?:santa|someone|somebody)\s+(?:left|gave)(?:\s+you)?)\s+(?:a|an|your|some)\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A verb of receiving or being given right before the thing ("If you received a …")."""

_GOT_BEFORE = re.compile(r"\bgot\s+(?:a|an|some)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
""""got" and an article before the thing: a gift when its occasion follows."""
_AS_GIFT_AFTER = re.compile(
    r"\s+(?:for\s+(?:christmas|xmas|your\s+birthday|the\s+holidays)|as\s+a\s+(?:gift|present)|"
    r"under\s+the\s+tree|in\s+your\s+stocking)\b",
    re.IGNORECASE,
)
"""A gift's occasion after the thing "got" ("Got a … for Christmas?")."""

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
    reach = max(0, start - 40)
    if _READER_ARRANGED.search(text, reach, start) is None and not received(text, start, end):
        return False
    return _OFFERED_AFTER.match(text, end) is None


def received(text: str, start: int, end: int) -> bool:
    """Whether the thing at ``start:end`` is one the reader has been given.

    Args:
        text: The field's original text.
        start: Where the thing's words start.
        end: Where they end (exclusive).

    Returns:
        True for "voucher" in "Santa left a spa voucher under the tree" or "Got a voucher for
        Christmas?"; False in "Get a voucher for Christmas" or "Buy a voucher as a gift".
    """
    reach = max(0, start - 60)
    if _RECEIVED.search(text, reach, start) is not None:
        return True
    got = _GOT_BEFORE.search(text, reach, start)
    return got is not None and _AS_GIFT_AFTER.match(text, end) is not None
