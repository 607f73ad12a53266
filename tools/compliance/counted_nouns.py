"""Counted nouns: a pack's trigger that names what an approved claim counts, not a ranking.

A pack may govern a claim such as "Over 1,200 fast-charging stalls in 14 states" (a size
claim, filed as a superlative) by adding the counted noun ``stalls`` to its superlative
triggers. The noun ranks nothing by itself: "New stalls open in Denver this week" or "Check
stall availability in the app" only name the things. The statement the pack governs is the
*count* of them ("1,400 stalls", "thousands of stalls", "more stalls than anyone"), so such a
trigger is read only in a sentence that counts or compares: a figure, a number word, or a
quantity word (``more``, ``most``, ``every``…).

A trigger is a counted noun when it is one plural word, not a ranking word (``best``, ``top``,
``-est``…), that an approved claim of the same category counts: it follows a figure of the
claim's wording within three words ("Over 1,200 fast-charging stalls"). "On time" of "Most
on-time airline in 2025" is no counted noun: it is no plural that a figure counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.normalise import plain

_RANKING_WORDS = frozenset(
    {
        "best", "most", "top", "leading", "leader", "first", "only", "number", "no",
        "favourite", "favorite", "popular", "unbeatable", "ultimate", "premier", "everywhere",
        "largest", "biggest", "greatest", "fastest", "all", "every", "any",
    }
)  # fmt: skip
"""Words that rank or generalise on their own: a trigger with one is never a counted noun."""

_FIGURE = re.compile(r"\d")

_COUNTED_REACH = 3
"""How many words after a figure may name what it counts ("1,200 fast-charging stalls")."""

_QUANTITY_WORDS = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "dozen", "dozens", "more", "most", "fewer", "every", "countless", "largest",
        "biggest",
    }
)  # fmt: skip
"""Words that count or compare the things named ("thousands of stalls", "more stalls")."""


def counted_nouns(triggers: Iterable[str], claim_texts: Iterable[str]) -> frozenset[str]:
    """The triggers (plain form) that only name what some approved claim counts.

    Args:
        triggers: The pack's extra triggers of one claim category.
        claim_texts: The wordings of the pack's approved claims of that category.

    Returns:
        The plain forms of the counted-noun triggers (see the module docstring).
    """
    counted: set[str] = set()  # the words right after a figure: what the claim counts
    for claim_text in claim_texts:
        words = plain(claim_text).split()
        for i, word in enumerate(words):
            if _FIGURE.search(word):
                counted.update(w for w in words[i + 1 : i + 1 + _COUNTED_REACH])
    found: set[str] = set()
    for trigger in triggers:
        words = plain(trigger).split()
        if len(words) != 1 or _FIGURE.search(trigger) or "#" in trigger:
            continue
        word = words[0]
        if word in _RANKING_WORDS or word.endswith("est") or not word.endswith("s"):
            continue  # a counted thing is named in the plural ("1,200 stalls")
        if word in counted:
            found.add(word)
    return frozenset(found)


def counts_something(sentence: str) -> bool:
    """Whether a sentence counts or compares: a figure, a number word or a quantity word.

    Args:
        sentence: The sentence's original text.

    Returns:
        True when the sentence has a figure or a quantity word.
    """
    if _FIGURE.search(sentence):
        return True
    return not _QUANTITY_WORDS.isdisjoint(plain(sentence).split())
