"""Prices in the Myanmar kyat, as copy writes them.

Burmese copy writes the kyat's word after the figure, in Myanmar or Latin digits, and runs it
into the next word as the script writes without spaces ("၅,၀၀၀ ကျပ်", "၈,၀၀၀ ကျပ်သာ",
"5,000 ကျပ်"); English copy writes the word or the ISO code ("2,500 kyat", "MMK 10,000",
"10,000 MMK"). The short form "Ks" is not read: Czech and Slovak copy write "ks" (pieces) after
a count. Myanmar digits are read by a pattern's digit class. The patterns are written for the
folded (lower-case) view.
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_WORD = folded_alternatives("ကျပ်")
"""The kyat in Myanmar script, as the folded view writes it."""

BEFORE = r"\bmmk\s?(?=\d)"
"""Alternatives (no group) of a kyat written before its figure: "MMK 10,000"."""

AFTER = rf"\b(?:mmk|kyats?)\b|{_WORD}"
"""Alternatives (no group) of a kyat written after its figure: "၅,၀၀၀ ကျပ်" (also run into the
next word, "၈,၀၀၀ ကျပ်သာ"), "2,500 kyat", "10,000 MMK"."""
