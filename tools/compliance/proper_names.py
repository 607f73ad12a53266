"""Names of places written in copy: a claim word inside one makes no claim.

"Oysters at the Finest Catch Oyster Bar", "dinner at Best Harvest Grill", "a walk on Perfect
Day Trail": a run of capitalised words that ends in a word for a place (``Bar``, ``Grill``,
``Trail``…) is the name of that place, and the superlative inside it ranks nothing. This is
general English, not brand knowledge; the pack's own products and names are handled elsewhere.

A run is *not* read as a name when the sentence around it is itself written in title case (a
headline: "The Best Oyster Bar In Town"), when an award word stands next to it ("voted Best
Oyster Bar", "… Bar finalist"), or when it holds or is followed by a figure ("Best Oyster Bar
2025"): those are claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "bar", "grill", "restaurant", "cafe", "café", "kitchen", "lounge", "hall", "pub",
        "tavern", "bistro", "brasserie", "inn", "hotel", "resort", "theater", "theatre", "park",
        "trail", "beach", "lake", "road", "street", "avenue", "square", "gardens", "terrace",
        "pavilion", "arena", "stadium", "gallery", "museum", "library", "bakery", "diner",
        "eatery", "steakhouse", "taproom", "brewery", "winery", "distillery", "lodge", "marina",
        "pier", "island", "bay", "harbor", "harbour", "peak",
    }
)  # fmt: skip
"""Words that end the name of a place."""

AWARD_VERBS: frozenset[str] = frozenset(
    {
        "named", "voted", "won", "awarded", "crowned", "ranked", "rated", "winner", "winners",
        "finalist", "judged", "chosen", "selected", "elected",
    }
)  # fmt: skip
"""Words that make a capitalised run an award title (a claim), not a place."""

_ARTICLES = frozenset({"the", "a", "an", "our", "your"})
_WORD = re.compile(r"[^\s,.;:!?()\"“”]+")

LineWord = tuple[str, int, int]
"""A word of a line with its start and end in the whole text."""


def capitalised(word: str) -> bool:
    """Whether a word is written with a capital (``&`` joins a name's capitalised words)."""
    return word[:1].isupper() or word == "&"


def trigger_line_words(text: str, start: int, end: int) -> tuple[tuple[LineWord, ...], list[int]]:
    """The words of the line that holds a trigger, and the indexes of those it overlaps.

    Args:
        text: A field's original text.
        start: Start of the trigger.
        end: End of the trigger (exclusive).

    Returns:
        The line's words with their spans in ``text`` (shared: read them, do not change them),
        and the indexes of the words that overlap ``[start, end)`` (empty when none does).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    words, starts, ends = _line_words(text[line_start:line_end], line_start)
    # the words are in order and apart: those overlapping the trigger are one run of them
    return words, list(range(bisect_right(ends, start), bisect_left(starts, end)))


@lru_cache(maxsize=2048)
def _line_words(
    line: str, offset: int
) -> tuple[tuple[LineWord, ...], tuple[int, ...], tuple[int, ...]]:
    """The words of a line with their spans in the whole text (the line starts at ``offset``).

    Kept per line: every trigger of a line (several rules find several) reads the same words.

    Returns:
        The words, their starts and their ends.
    """
    words = tuple((m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(line))
    return words, tuple(w[1] for w in words), tuple(w[2] for w in words)


def in_place_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside the name of a place.

    Args:
        text: A field's original text.
        start: Start of a claim trigger.
        end: End of the trigger (exclusive).

    Returns:
        True when a run of at least three capitalised words covers the trigger, ends in a
        :data:`PLACE_NOUNS` word, holds no figure, follows no :data:`AWARD_VERBS` word, and the
        rest of its line is not written in title case.
    """
    words, index = trigger_line_words(text, start, end)
    if not index:
        return False
    while len(index) > 1 and words[index[0]][0] in _ARTICLES:
        index = index[1:]  # "the Finest": the article is not part of the name
    first, last = index[0], index[-1]
    if not all(capitalised(words[i][0]) for i in range(first, last + 1)):
        return False
    while first > 0 and capitalised(words[first - 1][0]):
        first -= 1
    while last + 1 < len(words) and capitalised(words[last + 1][0]):
        last += 1
    run = [w for w, _, _ in words[first : last + 1]]
    if len(run) < 3 or run[-1].lower().strip("'’s") not in PLACE_NOUNS:
        return False
    if any(c.isdigit() for w in run for c in w):
        return False
    before = [w.lower() for w, _, _ in words[max(0, first - 3) : first]]
    after = [w.lower() for w, _, _ in words[last + 1 : last + 3]]
    if any(w in AWARD_VERBS for w in before + after) or any(c.isdigit() for c in "".join(after)):
        return False  # "voted Best Oyster Bar", "Best Oyster Bar 2026 winner"
    others = [  # the words of the line outside the run, its first word aside (capitalised)
        w
        for i, (w, _, _) in enumerate(words)
        if i > 0 and not first <= i <= last and w[:1].isalpha()
    ]
    if not others:
        return False
    return sum(capitalised(w) for w in others) * 2 < len(others)
