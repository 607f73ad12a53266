"""A required act said to be needed only the first time (a rule of language).

A pack that bans "the sensitivity check is optional", "no need for a sensitivity check" and
"skip the check" bans making a repeated precaution optional. Copy makes it optional when it
says the precaution is needed only once: "the check: only the first time", "la vérification :
uniquement la première fois". The precaution is the noun most of the rule's
optional-making phrases share ("check"), read only when at least two of them make it
optional; the copy must limit it to the first time in the same sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from nextbest.tools.compliance.normalise import plain

_OPTIONAL = re.compile(
    r"\b(?:facultati\w*|optionn?\w*|optional|pas\s+besoin|plus\s+besoin|inutile|sauter|skip|"
    r"no\s+need|not\s+needed|unnecessary|uberflussig|nicht\s+notig|kein\w*\s+\w+\s+notig|"
    r"optioneel|overslaan|niet\s+nodig|geen\s+\w+\s+nodig)\b"
)
"""Words that make an act optional (skeleton view: lower case, no accents)."""

MIN_OPTIONAL = 2
"""Fewest optional-making phrases sharing the noun before the rule is read this way."""

MIN_NOUN = 4
"""Fewest letters of the shared noun."""

_FIRST_ONLY = (
    r"(?:seulement|uniquement|only|just|nur|alleen|enkel)\s+(?:(?:la|the|beim|bei\s+der|de)\s+)?"
    r"(?:premiere|first|ersten|eerste)\s+(?:fois|time|mal|keer)"
)
"""Words limiting the act to the first time."""


def first_time_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """The "<act> … only the first time" form of a rule banning an act made optional.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        A folded-view pattern for the act named and limited to the first time in one
        sentence, or None when fewer than :data:`MIN_OPTIONAL` phrases make one noun optional.
    """
    optional = [plain(p) for p in phrases if _OPTIONAL.search(plain(p))]
    if len(optional) < MIN_OPTIONAL:
        return None
    counts = Counter(
        word
        for phrase in optional
        for word in set(_OPTIONAL.sub(" ", phrase).split())
        if len(word) >= MIN_NOUN and word.isalpha()
    )
    shared = [word for word, n in counts.most_common() if n >= MIN_OPTIONAL]
    if not shared:
        return None
    noun = re.escape(shared[0])
    return re.compile(
        rf"(?<![\w-]){noun}(?:s|en|e)?(?![\w-])[^.!?\n]{{0,60}}?(?<![\w-]){_FIRST_ONLY}(?![\w-])"
    )
