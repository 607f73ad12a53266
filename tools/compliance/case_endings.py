"""A name word with a case ending, in the languages that decline nouns by suffix.

Estonian, Finnish, Hungarian, Turkish and the Baltic and Slavic languages put a product's
name in another grammatical case by changing its ending: a subject naming a plan "Aurinkopaketti"
is kept by a body that speaks of "Aurinkopaketilla" (Finnish adessive), and one naming
"Tähtpakett" by "Tähtpaketile" (Estonian allative). The word's stem (the name word without
its last letters, which the case often changes or drops, as in a doubled consonant made single)
begins the body's word, and what follows is an ending of a few letters.

Only copy in such a language is read so: an English "Explorer" is not named by "explore".
"""

from __future__ import annotations

from collections.abc import Iterable

SUFFIX_CASE_LANGUAGES: frozenset[str] = frozenset(
    {
        "et", "fi", "hu", "tr", "lt", "lv", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru",
        "uk", "be",
    }
)  # fmt: skip
"""Languages whose nouns (and names used as nouns) take case endings."""

MIN_STEM = 5
"""Letters a name word's stem needs: a shorter word's declined forms are too easily another
word's."""
MAX_ENDING = 5
"""Most letters a case ending adds to the stem."""
CHANGED_LETTERS = 2
"""Letters at the end of a name word its case may change: Estonian "pakett" → "paketi-l",
Finnish "paketti" → "paketi-lla" (a doubled consonant made single, a final vowel dropped)."""


def declines(language: str | None) -> bool:
    """Whether copy in ``language`` puts names in cases by their ending.

    Args:
        language: A language code ("et"), or None when unknown.

    Returns:
        True for the languages of :data:`SUFFIX_CASE_LANGUAGES`.
    """
    return language in SUFFIX_CASE_LANGUAGES


def declined_in(word: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is ``word`` with a case ending (both in the plain view).

    Args:
        word: A name word as the pack writes it, plain (lower case, no accents).
        words: The words of another field, plain.

    Returns:
        True when another word begins with ``word``'s stem (without its last
        :data:`CHANGED_LETTERS` letters) and adds at most :data:`MAX_ENDING` letters to it.
    """
    stem = word[:-CHANGED_LETTERS]
    if len(stem) < MIN_STEM or not stem.isalpha():
        return False
    return any(
        other.startswith(stem) and other != word and len(other) - len(stem) <= MAX_ENDING
        for other in words
    )
