"""What a subject in Tamil, Sinhala, Hindi or Punjabi promises free, and whether it is given.

A subject's promise words are read word by word in the skeleton view, which splits words of
these scripts at their vowel signs: their "free" is no promise word there. Tamil writes "free"
as the adjective "இலவச" before its noun ("இலவச பரிசுப் பை", a free gift bag) or as "இலவசம்"
after it ("பரிசுப் பை இலவசம்"); Sinhala writes "නොමිලේ" before or after it ("නොමිලේ
පරීක්ෂණයක්", "පරීක්ෂණය නොමිලේ"); Hindi writes "मुफ़्त" or "मुफ्त" before or after it, and
Punjabi "ਮੁਫ਼ਤ" the same way (:mod:`~nextbest.tools.compliance.indic_free_words`). The subject's
"free" must be kept by a "free" of the body or the offer's own wording, and the thing it is said
of (up to :data:`THING_WORDS` words beside it in its clause) must be named there too, its
words in the same order, each in any case ending: a subject promising a free gold coin over a
body giving a silver coin free promises what the message does not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.indic_free_words import FREE_STEMS

THING_WORDS = 2
"""Words beside a "free" that name the thing given free."""

_FREE_BEFORE = ("இலவச",)
"""Forms of "free" that stand before their noun only (the Tamil adjective)."""
_WORD = re.compile(r"[^\s!?.,;:()\[\]\"'“”‘’«»|/–—-]+")
"""A word, with the vowel signs and joiners of its script (no punctuation)."""
_CLAUSE = re.compile(r"[.!?;:,()\[\]–—|\n]")
"""Punctuation that ends a clause of a subject."""
_MIN_STEM = 3
"""Letters a word's stem keeps, whatever case ending it drops."""


def _free(word: str) -> bool:
    """Whether a word is a "free" of these languages."""
    return word.startswith(FREE_STEMS)


def _stem(word: str) -> str:
    """The word without a short case ending: all but its last three characters."""
    return word[: max(_MIN_STEM, len(word) - 3)]


def _same(word: str, other: str) -> bool:
    """Whether two words are one word in two case endings (one starts with the other's stem)."""
    return other.startswith(_stem(word)) or word.startswith(_stem(other))


def _named_in(thing: list[str], words: list[str]) -> bool:
    """Whether ``thing``'s words stand in ``words`` one after the other, in any case ending."""
    size = len(thing)
    return any(
        all(_same(thing[k], words[i + k]) for k in range(size))
        for i in range(len(words) - size + 1)
    )


def unbacked_free_things(subject: str, backing: Iterable[str]) -> list[str]:
    """The things a subject promises free in Tamil, Sinhala or Hindi that the message does not.

    Args:
        subject: The subject or push title, as written.
        backing: The body, the CTA and the offer's name, terms and disclosure, as written.

    Returns:
        The unkept promises ("இலவச வெள்ளிக் கிண்ணம்"), in order, each once; none when the subject
        has no "free" of these languages.
    """
    if not any(stem in subject for stem in FREE_STEMS):
        return []
    texts = list(backing)
    free_words = [w for text in texts for w in _WORD.findall(text) if _free(w)]
    clauses = [[w for w in _WORD.findall(c)] for c in _CLAUSE.split("\n".join(texts))]
    missing: list[str] = []
    for clause in _CLAUSE.split(subject):
        words = _WORD.findall(clause)
        for i, word in enumerate(words):
            if not _free(word):
                continue
            after = word in _FREE_BEFORE or (i == 0 and not word.startswith("இலவச"))
            thing = (
                words[i + 1 : i + 1 + THING_WORDS] if after else words[max(0, i - THING_WORDS) : i]
            )
            kept = bool(free_words) and (not thing or any(_named_in(thing, c) for c in clauses))
            promise = " ".join([word, *thing] if after else [*thing, word])
            if not kept and promise not in missing:
                missing.append(promise)
    return missing
