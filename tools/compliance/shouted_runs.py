"""Short words in capitals that shout as part of a run of capital words.

A capital word shorter than the rule's minimum is read as an acronym (``SPF``, ``VAT``), unless
it is an everyday word that always shouts (``NEW``, ``NOW``). Written straight after or before
a word that shouts, with only spaces or a hyphen between them, a short word of three letters
or more with a vowel belongs to the same shouted phrase ("GARDEN DAY", "MEGA FUN RUN", "SPA
WEEKEND"): it is a word of that phrase, and counts as one, not an acronym. Two-letter words
("UK", "EU") stay acronyms whatever stands beside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MIN_RUN_WORD = 3
"""Letters a short capital word needs to count as a word of a shouted run."""

_BETWEEN = re.compile(r"[^\S\n]*-?[^\S\n]*")
"""What may stand between two words of one shouted run: spaces and one hyphen, one line."""


def run_words(
    text: str,
    shouting: list[re.Match[str]],
    upper: list[re.Match[str]],
    counts: Callable[[re.Match[str]], bool],
) -> list[re.Match[str]]:
    """``shouting`` with the short capital words of its runs added, in order.

    Args:
        text: The field's original text.
        shouting: The capital words that shout, in order.
        upper: Every capital word of the field, in order (``shouting`` among them).
        counts: Whether a short capital word may shout at all (has a vowel, is not allowed by
            the rule, is not a code or an identifier's name).

    Returns:
        ``shouting`` plus each short capital word (:data:`MIN_RUN_WORD` letters or more) that
        stands next to one of them, or next to a word added so, sorted by position.
    """
    if not shouting:
        return shouting
    taken = {m.start() for m in shouting}
    found = list(shouting)
    changed = True
    while changed:  # "MEGA FUN RUN": "FUN" joins "MEGA", then "RUN" joins "FUN"
        changed = False
        for i, word in enumerate(upper):
            if word.start() in taken or len(word.group()) < MIN_RUN_WORD or not counts(word):
                continue
            before = upper[i - 1] if i else None
            after = upper[i + 1] if i + 1 < len(upper) else None
            if (before is not None and before.start() in taken and _joined(text, before, word)) or (
                after is not None and after.start() in taken and _joined(text, word, after)
            ):
                taken.add(word.start())
                found.append(word)
                changed = True
    return sorted(found, key=lambda m: m.start())


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether only spaces and a hyphen stand between two words on one line."""
    return _BETWEEN.fullmatch(text, left.end(), right.start()) is not None
