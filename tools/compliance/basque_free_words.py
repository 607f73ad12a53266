"""Basque "free" words, as the offer and subject rules read them.

Basque says "free" with ``doan`` after what is given ("lehen saioa doan", the first session
free) or before it ("doan ikasi", learn free), the adjective ``doako`` before its noun and
``doakoa``/``doakoak`` after it ("doako saioa", "saioa doakoa da"), and ``dohainik`` or
``debalde``. ``doan`` is also a form of the verb "to go" ("Bilbora doan autobusa", the bus
that goes to Bilbao; "dena ondo doan", all going well): it is that verb after a place it goes
to (a word in the allative, ending ``-ra``, ``-rat``, ``-raino`` or ``-rantz``; not the noun
"sarrera", entry) or after a word saying how or where it goes. Read only in Basque copy, as
``doan`` is also another language's word (Vietnamese "đoàn", folded). The patterns are written
for the folded view.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FREE = r"doan|doako(?:ak|a|rik)?|dohainik|debalde"
"""Alternatives (no group) of the Basque "free" words, folded."""

_FREE = re.compile(rf"(?<![^\W\d_])(?:{FREE})(?![^\W\d_])")

_GOING_BEFORE = re.compile(
    r"(?:(?<!sarre)ra|rat|raino|rantz|runtz|"
    r"(?<![^\W\d_])(?:nora|norantz|non|nola|nondik|ondo|gaizki|txarto|azkar|bizkor|poliki|"
    r"aurrera|atzera|zuzen|moduz|hobeto|okerrago|ederki))\s+$"
)
"""What leaves ``doan`` the verb "to go": a place it goes to, how or where it goes."""


def is_free_word(word: str) -> bool:
    """Whether ``word`` (folded) is one of the Basque "free" words.

    Args:
        word: One folded word.

    Returns:
        True for ``doan``, ``doako``, ``doakoa``, ``dohainik``, ``debalde``.
    """
    return _FREE.fullmatch(word) is not None


def going(folded: str, start: int) -> bool:
    """Whether the ``doan`` at ``start`` is the verb "to go", not "free".

    Args:
        folded: The folded text of the field.
        start: Where the word starts.

    Returns:
        True for "Bilbora doan" or "ondo doan"; False for "saioa doan" or "sarrera doan",
        and for any other free word.
    """
    if not folded.startswith("doan", start) or folded.startswith("doako", start):
        return False
    return _GOING_BEFORE.search(folded[max(0, start - 30) : start]) is not None


def free_words(folded: str) -> list[tuple[int, int]]:
    """The spans of the Basque "free" words of a folded text (not "doan" going somewhere).

    Args:
        folded: A folded text.

    Returns:
        Their spans, in order.
    """
    return [m.span() for m in _FREE.finditer(folded) if not going(folded, m.start())]


def unbacked_free(subject: str, backing: Iterable[str]) -> list[str]:
    """The Basque "free" a subject promises when nothing backing it says "free".

    Args:
        subject: The subject or push title, folded.
        backing: The body, the CTA and the offer's name, terms and disclosure, folded.

    Returns:
        The subject's first free word, when no backing text holds one; else nothing.
    """
    spans = free_words(subject)
    if not spans or any(free_words(text) for text in backing):
        return []
    start, end = spans[0]
    return [subject[start:end]]
