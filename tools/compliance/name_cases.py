"""Inflected forms of a name in the languages whose grammar changes names.

A competitor banned by name is named just the same in another grammatical case: Polish
declines names like any noun ("jechać do Kropki", "w Kropce", "przez Rolfa",
"w Montourze"), and Danish, Norwegian, Swedish and German add a genitive ``-s`` without an
apostrophe ("NBXs priser", "Vestias net", "Rolfs Angebot"). Each language's endings are listed
here; a one-word name of at least :data:`MIN_LETTERS` letters gets the forms of the copy's
language (from the message's locale, else the brand's own locales when they share one
language). The forms keep the name's letter case: a case-sensitive term stays one. In Korean
every name, of any length and however written, takes its particles joined to it ("<name>보다",
:mod:`~nextbest.tools.compliance.korean_particles`). In Slovenian and Croatian the head word of
a name of any length declines (:mod:`~nextbest.tools.compliance.south_slavic_names`).

Polish names ending in ``-a`` swap it for the case endings ("Kropka" → "Kropki",
"Kropkę", "Kropką"), and soften the stem before ``-e`` in the dative and locative
("Kropce", "Sówce"); names ending in a consonant add the endings ("Rolfa", "Rolfem",
"Montourze"). Names ending in another vowel ("Kajto", "Miraso") are not declined.
"""

from __future__ import annotations

from nextbest.tools.compliance.korean_particles import KOREAN, particle_forms
from nextbest.tools.compliance.south_slavic_names import SERBO_CROATIAN, SLOVENE, south_slavic_forms

MIN_LETTERS = 3
"""Shortest name inflected: a two-letter name ("EE") is left as written."""

_POLISH_A_ENDINGS: tuple[str, ...] = ("y", "i", "ę", "ą", "o", "e")
"""What replaces a Polish name's final ``-a`` (genitive, accusative, instrumental, vocative…)."""

_POLISH_SOFTENED: tuple[tuple[str, str], ...] = (
    ("ka", "ce"), ("ga", "dze"), ("cha", "sze"), ("ra", "rze"), ("ta", "cie"), ("da", "dzie"),
    ("na", "nie"), ("ła", "le"), ("sa", "sie"), ("wa", "wie"), ("ma", "mie"), ("ba", "bie"),
    ("pa", "pie"), ("la", "li"),
)  # fmt: skip
"""A Polish ``-a`` name's dative and locative: the stem's last consonant softened before
``-e`` ("Kropka" → "Kropce")."""

_POLISH_CONSONANT_ENDINGS: tuple[str, ...] = ("a", "u", "owi", "em", "ie", "ze", "y")
"""Endings a Polish name ending in a consonant takes ("Rolfa", "Rolfowi", "Rolfem",
"Dorbanie", "Montourze")."""

_GENITIVE_S: frozenset[str] = frozenset({"da", "nb", "nn", "no", "sv", "de"})
"""Languages that write a name's genitive with ``-s`` and no apostrophe ("NBXs", "Rolfs")."""


def language_of(locale: str | None) -> str | None:
    """The lower-case language code of a locale (``pl-PL`` → ``pl``), or None."""
    if not locale:
        return None
    return locale.replace("_", "-").split("-", 1)[0].strip().casefold() or None


def copy_language(message_locale: str | None, brand_locales: list[str]) -> str | None:
    """The language of the copy: the message's locale, else the brand's one language.

    Args:
        message_locale: The message's locale, if given.
        brand_locales: The brand's locales.

    Returns:
        A language code, or None when it is not known.
    """
    own = language_of(message_locale)
    if own is not None:
        return own
    languages = {language_of(locale) for locale in brand_locales} - {None}
    return languages.pop() if len(languages) == 1 else None


def _polish_forms(name: str) -> list[str]:
    lower = name.casefold()
    if lower.endswith("a"):
        stem = name[:-1]
        forms = [stem + ending for ending in _POLISH_A_ENDINGS]
        for tail, softened in _POLISH_SOFTENED:
            if lower.endswith(tail):
                forms.append(name[: -len(tail)] + softened)
                break
        return forms
    if lower[-1] in "aeiouyąęó":
        return []
    return [name + ending for ending in _POLISH_CONSONANT_ENDINGS]


def inflected_forms(name: str, language: str | None) -> list[str]:
    """The other grammatical forms of a one-word name in ``language``.

    Args:
        name: A name as the pack writes it ("Kropka").
        language: The copy's language code, or None.

    Returns:
        Its inflected forms (none for a name of several words, a short one, or a language
        that does not inflect names here; in Korean, the name with each particle joined; in
        Slovenian and Croatian, the name with its head word declined).
    """
    if language == KOREAN:
        return particle_forms(name)  # "<name>보다": a particle joined to any name
    if language == SLOVENE or language in SERBO_CROATIAN:
        return south_slavic_forms(name, language)  # the head word of any name declines
    if language is None or len(name.split()) != 1 or len(name) < MIN_LETTERS:
        return []
    if not name.isalpha():
        return []
    forms: list[str] = []
    if language == "pl":
        forms += _polish_forms(name)
    if language in _GENITIVE_S and not name.casefold().endswith("s"):
        forms.append(name + "s")
    return [f for f in forms if f != name]
