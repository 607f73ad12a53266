"""Prepositions glued to a figure, in the scripts that write them so.

Amharic (Ethiopic script) writes a preposition as a syllable joined to the word it governs,
figures included: "በ250" (for 250), "ከ1,000" (from 1,000), "እስከ30" (up to 30). A guard that
wants a figure to start a word (no letter or digit right before it) would read no price there.
A letter of such a script right before a figure is another word, like a letter of a script
written without spaces (:mod:`~nextbest.tools.compliance.unspaced_scripts`).
"""

from __future__ import annotations

from nextbest.tools.compliance.unspaced_scripts import UNSPACED_RANGES

ETHIOPIC_LETTERS = "\u1200-\u135a"
"""Character-class body of the Ethiopic syllables (without the script's punctuation and
numerals)."""

GLUED_PREFIX_RANGES = ETHIOPIC_LETTERS
"""Character-class body of the letters of the scripts that glue a preposition to a figure."""

FIGURE_START = rf"(?<![^\W{UNSPACED_RANGES}{GLUED_PREFIX_RANGES}])"
"""Guard before a figure: no word character of a spaced script right before it, except a letter
of an unspaced script (another word) or a preposition glued to the figure ("በ250")."""
