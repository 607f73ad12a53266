"""Basque case endings joined to a name with a hyphen: "Tolosa Kayak-en", "Orbea-rekin".

Basque marks a noun's case with an ending, and copy joins the ending to a foreign or
trade name with a hyphen: "Kayak-en ikasi zenuen?" (did you learn at Kayak's?),
"Orbea-rekin" (with Orbea), "Kayak-era" (to Kayak). The name is named there, in another
case; it is no compound of the name with an everyday word, as an English "Peak-season" is.
"""

from __future__ import annotations

import re

BASQUE = "eu"
"""The language code of Basque."""

CASE_ENDINGS: tuple[str, ...] = (
    "a", "ak", "k", "ek", "n", "en", "ren", "aren", "ena", "enak", "i", "ri", "ari", "ei",
    "kin", "ekin", "rekin", "arekin", "ra", "era", "rat", "erat", "raino", "eraino", "rantz",
    "erantz", "tik", "etik", "tatik", "an", "ean", "etan", "ko", "eko", "koa", "ekoa", "koak",
    "ekoak", "ntzat", "entzat", "rentzat", "arentzat", "z", "ez", "az", "gatik", "engatik",
    "rengatik", "gan", "engan", "gana", "engana", "etara", "etako",
)  # fmt: skip
"""Case endings (absolutive article, ergative, genitive, dative, comitative, allative,
ablative, inessive, locative genitive, benefactive, instrumental, causal, animate
locatives), with and without the linking vowel a name ending in a consonant takes."""

_SUFFIXED = re.compile(
    "-(?:" + "|".join(sorted(CASE_ENDINGS, key=len, reverse=True)) + r")(?![^\W\d_])"
)


def case_suffixed(text: str, end: int) -> bool:
    """Whether a Basque case ending follows the name ending at ``end``, joined by a hyphen.

    Args:
        text: The field's text.
        end: Where the name ends.

    Returns:
        True for "Kayak" in "Kayak-en ikasi zenuen?"; False for "Kayak-surfa" or a name
        followed by a space.
    """
    return _SUFFIXED.match(text, end) is not None
