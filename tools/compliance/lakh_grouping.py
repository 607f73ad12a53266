"""Figures grouped the Indian way (lakh and crore), read as the thousands grouping.

Indian English groups the last three digits and then every two: ``₹2,35,500`` is two lakh
thirty-five thousand five hundred, ``12,00,00,000`` twelve crore. Every figure reader of the
engine reads thousands grouped by three (``235,500``), and cut at the first two-digit group it
would read ``₹2,35`` (two rupees thirty-five). The folded view
(:func:`~nextbest.tools.compliance.normalise.fold`) therefore regroups such a figure by
thousands, each digit keeping the offset of the digit it came from, so that every reader sees
one whole figure and a finding still points at the figure as written.

Only the full shape is read so: one or two digits, one or more two-digit groups, then a
three-digit group, with no digit or grouped digits right before or after (``1,5,200`` and
``10,20,300,4`` are not figures of this shape).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nextbest.tools.compliance.offset_splices import Splice, Spliced, splice

LAKH_FIGURE = re.compile(r"(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}(?![\d])(?!,\d)")
"""A figure grouped in lakh and crore: ``2,35,500``, ``1,04,999.50``, ``12,00,00,000``."""


def regroup_lakh_figures(original: str, text: str, offsets: Sequence[int]) -> Spliced | None:
    """``text`` with its lakh-grouped figures regrouped by thousands, and its offsets.

    Args:
        original: The text as written (unused: the figures are read folded).
        text: A folded text (one offset per character).
        offsets: The original index of each character of ``text``.

    Returns:
        The regrouped text and its offsets (a comma put in takes the offset of the digit before
        it), or None when ``text`` holds no lakh-grouped figure.
    """
    if "," not in text:
        return None
    splices = [_regrouped(text, offsets, *match.span()) for match in LAKH_FIGURE.finditer(text)]
    return splice(text, offsets, splices)


def _regrouped(text: str, offsets: Sequence[int], start: int, end: int) -> Splice:
    """The figure ``text[start:end]`` regrouped by thousands.

    A comma put in takes the offset of the digit before it.
    """
    digits = [i for i in range(start, end) if text[i] != ","]
    chars: list[str] = []
    kept: list[int] = []
    for count, index in enumerate(digits):
        if count and (len(digits) - count) % 3 == 0:
            chars.append(",")
            kept.append(offsets[digits[count - 1]])
        chars.append(text[index])
        kept.append(offsets[index])
    return Splice(start, end, "".join(chars), kept)
