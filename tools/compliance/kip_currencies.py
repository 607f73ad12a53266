"""Prices in the Lao kip, as copy writes them.

Lao copy writes the kip's word after the figure, figures grouped by dots ("50.000 ກີບ"), and
runs it into the next word or a slash as the script writes without spaces ("3.000 ກີບ/ຄັ້ງ",
"20.000 ກີບຕໍ່ເດືອນ"); it writes the sign before the figure ("₭50.000") and the ISO code
before or after it ("LAK 10,000", "10,000 LAK"). The folded view drops the word's vowel sign,
so the kip reads as the word "with" (ກັບ) does: a figure follows "with" ("20 ກັບ 30", twenty
and thirty), never the kip, so the word is read only when no figure follows it. The patterns are
written for the folded (lower-case) view.
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_WORD = folded_alternatives("ກີບ")
"""The kip in Lao script, as the folded view writes it (without its vowel sign)."""

BEFORE = r"₭\s?(?=\d)|\blak\s?(?=\d)"
"""Alternatives (no group) of a kip written before its figure: "₭50.000", "LAK 10,000". A figure
must follow, so a stray "lak" is no currency."""

AFTER = rf"₭|\blak\b|(?:{_WORD})(?!\s?\d)"
"""Alternatives (no group) of a kip written after its figure: "50.000 ກີບ" (also run into the
next word, "3.000 ກີບ/ຄັ້ງ"), "10,000 LAK", "50.000₭"."""
