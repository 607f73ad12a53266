"""Irish initial mutations of a phrase: the forms its first word takes after other words.

Irish changes the first letter of a word after certain words instead of adding an ending: after
"do" (to, for), "mo" (my) or "a" (his) a consonant is lenited, an ``h`` written after it
("bád" → "do bhád", "Seán" → "a Sheáin"); after "ár" (our), "i" (in) or "a" (their) it is
eclipsed, another consonant written before it ("bád" → "ár mbád", "teach" → "i dteach",
"fuinneog" → "a bhfuinneog"); a word starting with a vowel takes ``n-``, ``t-`` or ``h``
before it ("úll" → "ár n-úll", "an t-úll", "na húlla"). A compliance officer writes a banned
phrase in its plain (radical) form; the copy writes it as the sentence needs. Only the first
word of a phrase is mutated here: the words inside a set phrase keep the form the officer wrote.
"""

from __future__ import annotations

_LENITED = frozenset("bcdfgmpt")
"""Consonants lenited by an ``h`` after them ("b" → "bh")."""
_ECLIPSES = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}
"""The letters written before an eclipsed consonant ("b" → "mb", "f" → "bhf")."""
_VOWELS = frozenset("aeiouáéíóú")
_S_LENITED_BEFORE = frozenset("aeiouáéíóúlnr")
"""Letters after an ``s`` that let it be lenited ("sláinte" → "shláinte", not "stad")."""
_VOWEL_PREFIXES = ("n-", "t-", "h")
"""What a word starting with a vowel takes before it ("n-úll", "t-uisce", "húlla")."""


def irish_mutations(phrase: str) -> list[str]:
    """The lenited, eclipsed and prefixed forms of a phrase's first word.

    Args:
        phrase: A phrase in its plain (radical) form, e.g. "bád farantóireachta".

    Returns:
        The phrase with its first word mutated ("bhád farantóireachta", "mbád
        farantóireachta"); none for a word that takes no mutation, or one already mutated.
    """
    text = phrase.strip()
    if len(text) < 2 or not text[0].isalpha():
        return []
    first, second = text[0].casefold(), text[1].casefold()
    if second == "h" and first in _LENITED | {"s"}:
        return []  # already lenited ("bhád"), or a word such as "chuige"
    forms: list[str] = []
    if first in _LENITED:
        forms.append(f"{text[0]}h{text[1:]}")
        if first in _ECLIPSES:  # "m" is lenited only
            forms.append(f"{_ECLIPSES[first]}{text}")
    elif first == "s" and second in _S_LENITED_BEFORE:
        forms.append(f"{text[0]}h{text[1:]}")
        forms.append(f"t{text}")  # "an tsráid"
    elif first in _VOWELS:
        forms += [f"{prefix}{text}" for prefix in _VOWEL_PREFIXES]
    return forms
