"""Counted nouns: a pack's trigger that names what an approved claim counts, not a ranking.

A pack may govern a claim such as "Over 40 launch docks on the south coast" (a size claim,
filed as a superlative) by adding the counted noun ``docks`` to its superlative triggers. The
noun ranks nothing by itself: "New docks open in Falmouth this week" or "Check the docks' hours
in the app" only name the things. The statement the pack governs is the *count* of them
("60 docks", "hundreds of docks", "more docks than anyone"), so such a
trigger is read only in a sentence that counts or compares: a figure, a number word, or a
quantity word (``more``, ``most``, ``every``…).

A count the approved claim already implies is the claim, narrowed: "over 30 docks"
for "Over 40 docks" states a lower bound at or below the claim's own, of the same things,
and no other figure of its own (prices aside); see :func:`implied_count`.

A trigger is a counted noun when it is one plural word, not a ranking word (``best``, ``top``,
``-est``…), that an approved claim of the same category counts: it follows a figure of the
claim's wording within three words ("Over 40 launch docks"). "On time" of "Most
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
"""How many words after a figure may name what it counts ("40 launch docks")."""

_QUANTITY_WORDS = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "dozen", "dozens", "more", "most", "fewer", "every", "countless", "largest",
        "biggest",
    }
)  # fmt: skip
"""Words that count or compare the things named ("hundreds of docks", "more docks")."""


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
            continue  # a counted thing is named in the plural ("40 docks")
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


_MULTIPLIERS = {"hundred": 100.0, "thousand": 1_000.0, "million": 1_000_000.0}
_SMALL = {
    "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
    "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0,
}  # fmt: skip
_BOUND = (
    r"\b(?:over|more than|at least|upwards of)\s+"
    r"(?P<n>\d[\d,]*(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?P<m>hundred|thousand|million))?(?:\s+[\w-]+){{0,3}}?\s+{noun}\b"
)
"""A lower bound and, up to three words on, the noun it counts: "over a hundred docks"."""

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _bound(text: str, noun: str) -> tuple[float, tuple[int, int]] | None:
    """The lower bound stated of ``noun`` in ``text`` and its span, if any."""
    for match in re.finditer(_BOUND.format(noun=re.escape(noun)), text, re.IGNORECASE):
        n = match.group("n").lower()
        value = _SMALL[n] if n in _SMALL else float(n.replace(",", ""))
        if match.group("m"):
            value *= _MULTIPLIERS[match.group("m").lower()]
        elif n in _SMALL and n in ("a", "one"):
            continue  # "over a few docks": no number
        return value, match.span()
    return None


def implied_count(sentence: str, noun: str, claim_text: str, prices: list[tuple[int, int]]) -> bool:
    """Whether a sentence's count of ``noun`` is implied by an approved claim's count.

    Args:
        sentence: The sentence's original text.
        noun: The counted noun (plain form).
        claim_text: The approved claim's wording.
        prices: Spans of prices in ``sentence`` (a price is no figure of the count).

    Returns:
        True when the sentence states a lower bound of ``noun`` at or below the claim's and no
        figure the claim does not state outside that bound and the prices.
    """
    said = _bound(sentence, noun)
    approved = _bound(claim_text, noun)
    if said is None or approved is None or said[0] > approved[0]:
        return False
    claim_figures = {m.group().replace(",", "") for m in _NUMBER.finditer(claim_text)}
    skip = [said[1], *prices]
    for match in _NUMBER.finditer(sentence):
        if any(s <= match.start() < e for s, e in skip):
            continue
        if match.group().replace(",", "") not in claim_figures:
            return False
    return True
