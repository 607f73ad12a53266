"""A negated trigger made emphatic in Urdu: "never" is "ever" before the negation.

Urdu says "never" by putting "ever" before the plain negation: "کبھی نہیں" (never), also
"ہرگز نہیں" (by no means). A pack's trigger with a plain negation ("رنگ نہیں اترتا", the
colour does not run) makes the same promise, only stronger, in the emphatic form ("رنگ کبھی
نہیں اترتا", the colour never runs): the trigger is read in that form too.
"""

from __future__ import annotations

import re

_NEGATION = re.compile(r"(?<![^\W\d_])(?:نہیں|نہ)(?![^\W\d_])")
"""A plain Urdu negation ("not")."""
_EMPHATIC = ("کبھی", "ہرگز")
"""The words that make it emphatic before it ("ever", "by any means")."""


def emphatic_forms(phrase: str) -> tuple[str, ...]:
    """The forms of a trigger with each emphatic word before its first plain negation.

    Args:
        phrase: A trigger phrase as the pack writes it ("رنگ نہیں اترتا").

    Returns:
        The emphatic forms ("رنگ کبھی نہیں اترتا", "رنگ ہرگز نہیں اترتا"); empty when the
        phrase has no such negation, or already makes it emphatic.
    """
    if phrase.isascii():
        return ()
    found = _NEGATION.search(phrase)
    if found is None:
        return ()
    head, tail = phrase[: found.start()], phrase[found.start() :]
    before = head.split()
    if before and before[-1] in _EMPHATIC:
        return ()
    return tuple(f"{head}{word} {tail}" for word in _EMPHATIC)
