"""Postpositions Nepali copy writes glued to the noun before them.

Nepali joins its postpositions (and the plural ending) to the noun they follow: "५ दिनमा" (in
five days), "२० केजीसम्म" (up to twenty kilos), "३,००० मिटरभन्दा माथि" (above three thousand
metres), "७ दिनको" (of seven days). A reader that wants a unit word to end where the word ends
would miss a figure in such a unit; :data:`GLUED_AFTER` lets the unit run on into one or two of
these endings, and only after a unit written in Devanagari.
"""

from __future__ import annotations

import re

POSTPOSITIONS: tuple[str, ...] = (
    "मा", "मै", "को", "का", "की", "कै", "ले", "लाई", "बाट", "देखि", "सम्म", "भन्दा", "सँग",
    "संग", "पछि", "अघि", "भित्र", "तिर", "माथि", "मुनि", "बिना", "जति", "हरू", "हरु",
)  # fmt: skip
"""Nepali postpositions and the plural ending, as they are glued to a noun."""

_ONE = "|".join(re.escape(word) for word in sorted(POSTPOSITIONS, key=len, reverse=True))

GLUED_AFTER = rf"(?:(?<=[\u0900-\u097f])(?:{_ONE})(?:{_ONE})?)?"
"""Optional group (no capture) of one or two postpositions glued to a Devanagari word before it
("दिनमा", "केजीसम्म", "दिनहरूमा"); put it right after a unit's alternatives."""
