"""Built-in features: "built-in X" said the other way round, "X built in", "X out of the box".

A catalogue may say a product lacks a feature that other products have built in ("built-in
GPS", "integrated Wi-Fi", "onboard storage"): the product may still take the feature as an
add-on, so only the built-in form is lacked. Copy says the same thing with the modifier after
the feature: "it has GPS built in", "streams over Wi-Fi out of the box", "with storage
onboard". :func:`postposed_pattern` finds that order for a lacked feature written with such a
modifier; a feature without one ("rudder") has no other order to find.
"""

from __future__ import annotations

import re

_MODIFIER = re.compile(
    r"^(?:built[\s-]*in|in[\s-]*built|integrated|on[\s-]*board)\s+(?P<core>\S.*)$", re.IGNORECASE
)
"""A lacked feature that is a built-in form: the modifier, then the feature itself."""

_POSTPOSED = r"(?:built[\s-]*in|out\s+of\s+the\s+box|integrated|on[\s-]*board|as\s+standard)(?!\w)"
"""The modifier after the feature: "GPS built in", "Wi-Fi out of the box"."""

GAP_WORDS = 2
"""Words that may stand between the feature and the modifier after it ("GPS right out of the
box"): no more, and none across punctuation."""


def postposed_pattern(feature: str) -> re.Pattern[str] | None:
    """A pattern (for original text) of a built-in feature with its modifier after it.

    Args:
        feature: A lacked feature as the catalogue writes it ("built-in GPS").

    Returns:
        A case-insensitive pattern of "GPS built in", "GPS out of the box" and the like, or
        None when the feature has no built-in modifier.
    """
    match = _MODIFIER.match(feature.strip())
    if match is None:
        return None
    words = re.findall(r"\w+", match.group("core"))
    if not words:
        return None
    core = r"[\s-]+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){core}(?:\s+\w+){{0,{GAP_WORDS}}}?\s+{_POSTPOSED}", re.IGNORECASE)
