"""Prices in the Bangladeshi taka, as copy writes them.

Bangladeshi copy writes the taka's sign before the figure, spaced or glued ("৳৪২০", "৳ 1,500"),
its English short form or ISO code before it ("Tk 380", "Tk. 1,000", "BDT 250"), or the word
after it ("৫০০ টাকা", "250 taka", run into a case ending as Bengali writes it: "৫০০ টাকায়").
Figures may be written in Bengali digits ("৳১,৪৫০"): a pattern's digit class reads them. The
patterns are written for the folded (lower-case) view.
"""

from __future__ import annotations

BEFORE = r"৳\s?(?=\d)|\b(?:tk\.?|bdt)\s?(?=\d)"
"""Alternatives (no group) of a taka written before its figure: "৳৪২০", "Tk 380", "Tk. 1,000",
"BDT 250". A figure must follow, so a stray "tk" is no currency."""

AFTER = r"৳|\b(?:bdt|taka)\b|টাকা"
"""Alternatives (no group) of a taka written after its figure: "৫০০ টাকা" (also with a case
ending, "৫০০ টাকায়"), "250 taka", "250 BDT"."""
