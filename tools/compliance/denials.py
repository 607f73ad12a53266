"""Wording that says the opposite of the phrase right after it (rules of language).

Two general cases where a banned or urgency phrase is present in the text but not said:

- the copy says there is no need for it ("There is no need to hurry", "You don't have to
  decide today"): the phrase is denied, the reassurance is the opposite of pressure;
- the phrase is the second half of a compound formed with "non-" or "not-for-"
  ("non-profit", "not-for-profit"): a different word, not the banned one.

An imperative ("Don't miss out") is no denial: the phrase is still urged.
"""

from __future__ import annotations

import re

_NO_NEED = re.compile(
    r"(?:\b(?:no|not\s+any|never\s+any)\s+(?:need|reason|pressure)\s+to|"
    r"\b(?:do(?:es)?\s+not|don[’']t|doesn[’']t|won[’']t|will\s+not|never)\s+(?:need|have)\s+to|"
    r"\bneedn[’']t|\bneed\s+not)\s+$",
    re.IGNORECASE,
)
""""No need to", "you don't have to", "needn't" right before the phrase."""

_COMPOUND = re.compile(r"\b(?:non|not[-\s]for)[-\s]?$", re.IGNORECASE)
"""A "non-" or "not-for-" prefix joined to the phrase ("non-profit")."""


def said_unneeded(text: str, start: int) -> bool:
    """Whether the copy says there is no need for the phrase starting at ``start``.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "There is no need to hurry", "You don't have to decide today".
    """
    return _NO_NEED.search(text, max(0, start - 40), start) is not None


def negating_compound(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is the second half of a "non-" compound.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "profit" in "non-profit" or "not-for-profit".
    """
    return _COMPOUND.search(text, max(0, start - 12), start) is not None
