"""A feature the copy denies before it, in the Nordic languages, Kinyarwanda, Kirundi and Swahili.

A product's lacked feature said of it is wrong; a feature the copy denies is not. The Nordic
languages deny with "without" or "no" before the feature: Faroese "uttan" / "eingin",
Icelandic "enginn" (not "án": folded, it is the English article), Swedish "utan" / "ingen",
Danish "uden" / "ingen", Norwegian "uten" / "ingen" ("jakken er uten lomme", the jacket has no
pocket). Kinyarwanda and Kirundi deny with "nta"
before the noun ("nta mufuka ifite", it has no pocket), or a negated verb of having
("idafite", "ntifite", "itagira"); Swahili with "bila" (without), "hakuna" (there is no) or a
negated "have" ("haina"). The words are read on the folded view (no diacritics, lower
case) of the words just before the feature.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold

_DENIAL = re.compile(
    r"(?<![^\W\d_])(?:"
    # Faroese, Icelandic, Swedish, Danish, Norwegian: "without", "no"
    r"uttan|utan|uden|uten|eingin|eingi|einki|ongan|onga|ongum|enginn|engin|engan|enga|"
    r"ekkert|ingen|inget|intet|inga|ikke\s+noen|ikki\s+nakr\w*|"
    # Kinyarwanda, Kirundi: "no", "does not have", "lacks"
    r"nta(?:\s+n['’])?|idafite|ntifite|ntafite|itagira|ntigira|"
    # Swahili: "without", "there is no", "it / he has no"
    r"bila|hakuna|haina"
    r")(?:\s+[^\W\d_]+)?\s*$"
)
"""A denial word right before the feature, or one word before it ("uten noen lomme")."""

_CHEAP = (
    "utan",
    "uttan",
    "uden",
    "uten",
    "ein",
    "ong",
    "eng",
    "ekk",
    "ing",
    "int",
    "ikk",
    "nta",
    "fite",
    "gira",
    "bila",
    "hakuna",
    "hain",
)
"""Literal pieces one of the denial words holds, tested before the pattern is tried."""

REACH = 32
"""Characters before a feature searched for a denial."""


def denied_before(original: str, start: int) -> bool:
    """Whether a Nordic, Kinyarwanda, Kirundi or Swahili denial leads into the feature at ``start``.

    Args:
        original: The field's original text.
        start: Where the feature starts.

    Returns:
        True when a denial word ends right before the feature, or one word before it.
    """
    before = fold(original[max(0, start - REACH) : start]).text
    if not any(piece in before for piece in _CHEAP):
        return False
    return _DENIAL.search(before) is not None
