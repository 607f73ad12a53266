"""Prices in the Ethiopian birr, as copy writes them.

Ethiopian copy writes the birr's Amharic word after the figure ("650 ብር") or before it
("ብር 3,200"), its short form or ISO code before it ("Br 650", "ETB 1,100"), or the ISO code or
the word in Latin letters after it ("650 ETB", "650 birr"). A preposition glued to the figure
("በ550 ብር", for 550 birr) is read by :mod:`~nextbest.tools.compliance.glued_prefixes`. The
patterns are written for the folded (lower-case) view.
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives
from nextbest.tools.compliance.glued_prefixes import ETHIOPIC_LETTERS

_WORD = folded_alternatives("ብር")
"""The birr's Amharic word, as the folded view writes it."""

BEFORE = rf"(?:{_WORD})\s?(?=\d)|\b(?:br\.?|etb)\s?(?=\d)"
"""Alternatives (no group) of a birr written before its figure: "ብር 3,200", "Br 650", "Br. 650",
"ETB 1,100". A figure must follow, so a stray "br" is no currency."""

AFTER = rf"(?:{_WORD})(?![{ETHIOPIC_LETTERS}])|\b(?:etb|birr)\b"
"""Alternatives (no group) of a birr written after its figure: "650 ብር" (not a longer word that
begins with the same letters), "650 ETB", "650 birr"."""
