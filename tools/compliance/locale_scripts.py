"""The script a brand writes a language in, where its locales name one (``uz-Latn-UZ``).

Some languages are written in two scripts (Uzbek and Serbian in Latin and Cyrillic letters).
A brand locale with a script subtag (BCP 47: ``uz-Latn-UZ``, ``sr-Cyrl-RS``) says which one
the brand writes: when every locale of the brand in a language names a script, copy in that
language is written in those scripts only, and copy in the language's other script is not the
brand's. A language whose locales name no script keeps every script it is written in.
"""

from __future__ import annotations

from collections.abc import Iterable

SCRIPT_SUBTAGS: dict[str, str] = {
    "latn": "Latin",
    "cyrl": "Cyrillic",
    "grek": "Greek",
    "armn": "Armenian",
    "geor": "Georgian",
    "hebr": "Hebrew",
    "arab": "Arabic",
    "deva": "Devanagari",
    "beng": "Bengali",
    "guru": "Gurmukhi",
    "taml": "Tamil",
    "sinh": "Sinhala",
    "thai": "Thai",
    "hans": "Han",
    "hant": "Han",
    "kore": "Hangul",
}
"""ISO 15924 script subtags (lower case) and the script names of the script reader."""


def locale_scripts(locales: Iterable[str]) -> dict[str, frozenset[str]]:
    """The scripts each language is written in by the brand, where its locales say.

    Args:
        locales: The brand's locales (``uz-Latn-UZ``, ``en-GB``).

    Returns:
        Language code → script names, for the languages every locale of which names a known
        script (``{"uz": {"Latin"}}``); a language with a locale naming none is left out.
    """
    named: dict[str, set[str]] = {}
    unnamed: set[str] = set()
    for locale in locales:
        parts = locale.replace("_", "-").casefold().split("-")
        language = parts[0]
        script = SCRIPT_SUBTAGS.get(parts[1]) if len(parts) > 1 and len(parts[1]) == 4 else None
        if script is None:
            unnamed.add(language)
        else:
            named.setdefault(language, set()).add(script)
    return {code: frozenset(s) for code, s in named.items() if code not in unnamed}
