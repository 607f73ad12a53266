"""Turkic case endings joined to a name by a hyphen or apostrophe: "Acme-dən", "Acme'den".

Azerbaijani and Turkish mark a noun's case with an ending, and copy joins the ending to a
trade name with a hyphen (Azerbaijani, "Acme-dən fərqli olaraq", unlike Acme) or an
apostrophe (Turkish, "Acme'den farklı olarak"). The name is named there, in another case; it
is no compound of the name with an everyday word, as an English "Peak-season" is. The endings
follow vowel harmony, so each is listed with every vowel it may take (``a``/``e``/``ə``,
``ı``/``i``/``u``/``ü``), and with the buffer consonant a name ending in a vowel takes.
"""

from __future__ import annotations

import re

TURKIC: frozenset[str] = frozenset({"az", "tr"})
"""The language codes of Azerbaijani and Turkish."""

_A = ("a", "e", "ə")
_I = ("ı", "i", "u", "ü")


def _endings() -> tuple[str, ...]:
    """Every case ending, with its harmonic vowels and buffer consonants."""
    out: set[str] = set()
    for a in _A:
        out.update({a, "y" + a, "n" + a})  # dative
        for d in ("d", "t"):
            out.update({d + a, d + a + "n", d + a + "ki", d + a + "kı"})  # locative, ablative
        out.update({"l" + a, "yl" + a})  # instrumental
        out.update({"c" + a, "ç" + a})  # equative
        out.update({"l" + a + "r", "l" + a + "r" + a})  # plural, plural dative
    for i in _I:
        out.update({i, "y" + i, "n" + i})  # accusative
        out.update({i + "n", "n" + i + "n"})  # genitive
        out.update({"d" + i + "r", "t" + i + "r"})  # copula
    out.update({"dək", "dek", "ədək", "adək", "yədək", "yadək", "kimi"})  # until, like
    return tuple(sorted(out, key=len, reverse=True))


CASE_ENDINGS: tuple[str, ...] = _endings()
"""Case endings after a name (dative, locative, ablative, instrumental, equative, plural,
accusative, genitive, copula, and Azerbaijani "until")."""

_SUFFIXED = re.compile("[-'’](?:" + "|".join(CASE_ENDINGS) + r")(?![^\W\d_])")


def case_suffixed(text: str, end: int) -> bool:
    """Whether a Turkic case ending follows the name ending at ``end``, joined to it.

    Args:
        text: The field's text.
        end: Where the name ends.

    Returns:
        True for "Acme" in "Acme-dən fərqli" or "Acme'den farklı"; False for "Acme-style" or a
        name followed by a space.
    """
    return _SUFFIXED.match(text, end) is not None
