"""Prices in the Malagasy ariary, as copy writes them.

Malagasy copy writes the ariary after the figure as the short sign "Ar" or the word
("15 000 Ar", "2.500 Ariary"), or the ISO code before or after it ("MGA 45 000",
"45 000 MGA"). The short sign folds to ``ar``, as do the Scandinavian "år" (year: "3 år
garanti") and the Latvian "ar" (with); so the folded view
(:func:`~nextbest.tools.compliance.normalise.fold`) writes the sign out as ``ariary`` where the
copy as written has "Ar" (a capital A with no diacritic) right after a figure
(:func:`write_out_short_signs`), and the currency readers read only the word and the code. The
patterns are written for the folded (lower-case) view.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nextbest.tools.compliance.offset_splices import Splice, Spliced, splice

BEFORE = r"\bmga\s?(?=\d)"
"""Alternatives (no group) of an ariary written before its figure: "MGA 45 000"."""

AFTER = r"\b(?:mga|ariary)\b"
"""Alternatives (no group) of an ariary written after its figure: "2.500 Ariary", "45 000 MGA"
and the short sign "15 000 Ar", which the folded view writes out as ``ariary``."""

SHORT_SIGN = "Ar"
"""The short sign as written (cheap literal test on the original)."""

_FOLDED_SIGN = re.compile(r"(?<=\d)(\s?)ar\b(?!['\u2019-]\w)")
"""The folded short sign right after a figure (a space may stand between), not the start of a
longer word joined by an apostrophe or hyphen."""

_WORD = "ariary"


def write_out_short_signs(original: str, text: str, offsets: Sequence[int]) -> Spliced | None:
    """``text`` with each ariary short sign after a figure written out as ``ariary``.

    Args:
        original: The text as written.
        text: Its folded view (one offset per character into ``original``).
        offsets: The original index of each character of ``text``.

    Returns:
        The text with ``1 500 ar`` as ``1 500 ariary`` where the original wrote "Ar" (the word's
        letters take the offsets of the sign's two, spread over them), and its offsets; None
        when ``text`` holds no such sign.
    """
    if SHORT_SIGN not in original:
        return None
    splices: list[Splice] = []
    for match in _FOLDED_SIGN.finditer(text):
        start = match.start() + len(match.group(1))
        first, second = offsets[start], offsets[start + 1]
        if original[first : first + 1] != "A" or original[second : second + 1] != "r":
            continue
        kept = [first, first, first, second, second, second]
        splices.append(Splice(start, start + 2, _WORD, kept))
    return splice(text, offsets, splices)
