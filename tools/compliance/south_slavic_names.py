"""Case forms of a name in Slovenian and in Croatian, Bosnian and Serbian (Latin script).

These languages decline a name's head noun: "v Toplicah Borovo" (in the Borovo spa, Slovenian
locative plural of "Toplice"), "u Hotelu Mirna" (Croatian locative of "Hotel"), "pri Kavarni
Lipa". In a name of several words the first word is its head, and the words after it (a place,
a number, a foreign word in apposition) keep their form; a one-word name is declined itself.
The endings follow the head's own ending: a feminine plural in ``-e``, a feminine singular in
``-a``, a neuter in ``-o`` and a masculine ending in a consonant. A bare plural genitive
("Toplic Borovo") is given only to a name of several words: alone, a stem is too short a word.
"""

from __future__ import annotations

SLOVENE = "sl"
SERBO_CROATIAN: frozenset[str] = frozenset({"hr", "bs", "sr", "sh", "cnr"})
"""Croatian, Bosnian, Serbian, Serbo-Croatian and Montenegrin language codes."""

_VOWELS = "aeiou"

_SLOVENE_ENDINGS: dict[str, tuple[str, ...]] = {
    "e": ("am", "ah", "ami"),  # feminine plural: dative, locative, instrumental
    "a": ("e", "i", "o"),  # feminine singular
    "o": ("a", "u", "om"),  # neuter singular
    "": ("a", "u", "om"),  # masculine, ending in a consonant
}
"""Slovenian endings by the word's final vowel (``""``: a consonant), replacing that vowel."""

_CROATIAN_ENDINGS: dict[str, tuple[str, ...]] = {
    "e": ("a", "ama"),  # feminine plural: genitive; dative, locative, instrumental
    "a": ("e", "i", "u", "om"),
    "o": ("a", "u", "om"),
    "": ("a", "u", "om", "e"),
}
"""Croatian, Bosnian and Serbian (Latin) endings, by the word's final vowel."""


def _declined(word: str, endings: dict[str, tuple[str, ...]]) -> list[str]:
    """The case forms of one word, keeping its letter case up to the changed ending."""
    last = word[-1].casefold()
    if last in _VOWELS:
        own = endings.get(last)
        return [word[:-1] + e for e in own] if own else []
    return [word + e for e in endings[""]]


def south_slavic_forms(name: str, language: str) -> list[str]:
    """The other case forms of ``name`` in a South Slavic language written in Latin script.

    Args:
        name: The name as the pack writes it.
        language: A language code (``sl``, ``hr``, ``bs``, ``sr``…).

    Returns:
        The name with its head word declined (none for another language or a head that is
        not a word of letters).
    """
    if language == SLOVENE:
        endings = _SLOVENE_ENDINGS
    elif language in SERBO_CROATIAN:
        endings = _CROATIAN_ENDINGS
    else:
        return []
    words = name.split()
    if not words or not words[0].isalpha() or len(words[0]) < 3:
        return []
    head, rest = words[0], words[1:]
    heads = _declined(head, endings)
    if rest and language == SLOVENE and head[-1].casefold() == "e":
        heads.append(head[:-1])  # plural genitive: "Toplic" of "Toplice"
    tail = " ".join(rest)
    return [f"{h} {tail}" if tail else h for h in heads if h != head]
