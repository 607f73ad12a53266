"""The "-ly" adverb of a banned adjective says the same thing ("Gentle, naturally" of "natural").

A pack that bans the generic claim "natural" bans "naturally gentle" and "Gentle, naturally."
too: the adverb of an adjective states the adjective's quality of how the product works.
Only one-word bans with an adjective's suffix are given an adverb ("natural" -> "naturally",
"organic" -> "organically", "sustainable" -> "sustainably", "instant" -> "instantly"); a
word without one ("green", "safe") is left alone, since its "-ly" form is another word or
says something else ("greenly", "safely stored").

A sentence adverb is the exception: "Naturally, we'll refund you" and "We will, naturally,
refund you" say "of course", not the quality. The adverb opening its sentence before a comma,
or set off by commas on both sides, is read that way.
"""

from __future__ import annotations

import re

_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ical", "ically"),
    ("ic", "ically"),
    ("al", "ally"),
    ("ful", "fully"),
    ("ous", "ously"),
    ("ive", "ively"),
    ("able", "ably"),
    ("ible", "ibly"),
    ("ent", "ently"),
    ("ant", "antly"),
    ("ary", "arily"),
)
"""An adjective's suffix and its adverb's ("natural" -> "naturally", "ordinary" -> "ordinarily")."""

_MIN_LETTERS = 5
"""Fewest letters of an adjective given an adverb ("total" yes, "real" no)."""


def adverb_forms(phrases: list[str]) -> list[str]:
    """The "-ly" adverbs of a rule's one-word banned adjectives.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        One adverb per phrase that is a single word of at least five letters ending in an
        adjective's suffix, unless the rule lists the adverb itself.
    """
    listed = {p.strip().lower() for p in phrases}
    forms: list[str] = []
    for phrase in phrases:
        word = phrase.strip().lower()
        if len(word) < _MIN_LETTERS or not word.isalpha() or not word.isascii():
            continue
        for suffix, adverb in _SUFFIXES:
            if word.endswith(suffix):
                form = word[: -len(suffix)] + adverb
                if form not in listed:
                    forms.append(form)
                break
    return forms


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\n][\"”’'»)\]]*)\s*[\"“‘'«(\[]*\s*$")
"""What comes before a word that opens its sentence: the text's start or a sentence stop."""
_COMMA_AFTER = re.compile(r"\s*,")
_COMMA_BEFORE = re.compile(r",\s*$")


def sentence_adverb(text: str, start: int, end: int) -> bool:
    """Whether the adverb at ``start:end`` comments on its sentence ("Naturally, we …").

    Args:
        text: The field's original text.
        start: Where the adverb starts.
        end: Where it ends (exclusive).

    Returns:
        True when the adverb opens its sentence before a comma ("Naturally, we'll refund
        you") or stands between commas ("We will, naturally, refund you"); False for "Gentle,
        naturally." and "naturally gentle".
    """
    if _COMMA_AFTER.match(text, end) is None:
        return False
    lead = max(0, start - 40)
    return bool(
        _OPENS_SENTENCE.search(text, lead, start) or _COMMA_BEFORE.search(text, lead, start)
    )
