"""A product the reader already holds, named to lead into another one (a rule of language).

Cross-selling copy opens with what the reader has: "You already bank with <account A>. Ready to
put some aside? <claim approved for account B>". The product the reader is said to hold
already is the setting, not what the next sentences are said of: a claim, rate or price in a
later sentence that names no product is not said of it. In the sentence that names it ("You
already have <account A>, which pays 2%"), it is still the subject.

A product is held when "you already" (or "you're", "you've", "you have" already), with at most
three words between, comes right before its name.
"""

from __future__ import annotations

import re

_HELD_BEFORE = re.compile(
    r"\b(?:you|you[’']re|you[’']ve|you\s+(?:are|have))\s+already\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
""""you already", and at most three words, right before the product's name."""

_REACH = 60
"""How many characters before a name are read."""


def held_by_reader(text: str, start: int) -> bool:
    """Whether the product named at ``start`` is one the copy says the reader already holds.

    Args:
        text: The field's original text.
        start: Where the product's name starts.

    Returns:
        True for the name in "You already save with <name>"; False in "Save with <name>".
    """
    reach = max(0, start - _REACH)
    if "already" not in text[reach:start].casefold():
        return False  # the common, fast case
    return _HELD_BEFORE.search(text, reach, start) is not None
