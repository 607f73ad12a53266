"""A banned phrase with one of its words said in an everyday equivalent (a rule of language).

A pack that bans "teens" bans copy that speaks to school-age minors; "tweens" or "middle
schoolers" speak to the same readers. A ban of a "bar tour" bans the drinking occasion,
whichever word names the venue ("tavern tour"). A ban of "access your savings early" bans the
act, however the verb is said ("tap into your savings early"). A ban of "always quicker" bans
the claim of every occasion, however "always" is said ("every time quicker", Dutch "elke keer",
German "jedes Mal"); a French ban of "sans odeur" or "zéro odeur" bans the absence claimed,
whichever negative word opens it ("aucune odeur"). A ban of "nobody will know" bans making
light of a rule by saying no one will notice or care, however said ("no one will notice",
"nobody cares"). Only the words of the small sets
below are swapped, each for the others of its set: the minors' words wherever a phrase has one,
a venue word or a word for "always" only inside a phrase of several words (a one-word ban of
"bar" may mean a snack bar), and the verb "access" and a French negative word only as a
phrase's first word (a noun elsewhere: "early access").
"""

from __future__ import annotations

import re

_MINORS = (
    "teens", "teenagers", "teenager", "high schoolers", "high school students",
    "middle schoolers", "middle school students", "junior high students", "tweens",
    "adolescents",
)  # fmt: skip
"""Words for school-age minors: one reader group, however named."""

_VENUES = ("bar", "pub", "tavern", "saloon")
"""Words for a place that serves alcohol, swapped only inside a phrase of several words."""

_ACCESS = ("access", "get at", "tap into", "dip into")
"""Ways of saying that money or an account is drawn on, swapped as a phrase's first verb."""

_ALWAYS = (
    "always", "every time", "each time", "altijd", "elke keer", "iedere keer", "telkens",
    "immer", "jedes mal", "toujours", "à chaque fois", "chaque fois",
)  # fmt: skip
"""Ways of saying "on every occasion", swapped only inside a phrase of several words."""

_FRENCH_NONE = ("sans", "zéro", "aucun", "aucune")
"""French words that open a claim of absence ("sans odeur", "zéro odeur", "aucune odeur"),
swapped as a phrase's first word."""

_UNNOTICED = (
    "nobody will check", "no one will check", "nobody will notice", "no one will notice",
    "nobody will know", "no one will know", "nobody will mind", "no one will mind",
    "nobody minds", "no one minds", "nobody cares", "no one cares",
)  # fmt: skip
"""Ways of saying a breach goes unnoticed or uncared for, swapped as a whole phrase."""


def _swap(phrase: str, group: tuple[str, ...], *, first_only: bool = False) -> list[str]:
    """``phrase`` with a word of ``group`` replaced by each other word of the group.

    Args:
        phrase: A banned phrase, lower case.
        group: Interchangeable words.
        first_only: Whether only a word opening the phrase is swapped.

    Returns:
        The phrase's other wordings (none when it has no word of the group).
    """
    forms: list[str] = []
    for word in group:
        head = r"^" if first_only else r"(?<![\w-])"
        pattern = re.compile(head + re.escape(word) + r"(?![\w-])")
        if pattern.search(phrase) is None:
            continue
        forms += [pattern.sub(other, phrase) for other in group if other != word]
    return forms


def equivalent_forms(phrases: list[str]) -> list[str]:
    """The other wordings of banned phrases with a word of one of the module's sets.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        Each phrase with such a word swapped for each other word of its set.
    """
    forms: list[str] = []
    for phrase in phrases:
        text = " ".join(phrase.lower().split())
        forms += _swap(text, _MINORS)
        if text in _UNNOTICED:
            forms += [other for other in _UNNOTICED if other != text]
        if " " in text:
            forms += _swap(text, _VENUES)
            forms += _swap(text, _ACCESS, first_only=True)
            forms += _swap(text, _ALWAYS)
            forms += _swap(text, _FRENCH_NONE, first_only=True)
    return forms
