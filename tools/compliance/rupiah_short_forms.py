"""Rupiah amounts written short ("Rp25 rb", "Rp1,5 jt"), read as whole figures.

Indonesian copy writes thousands and millions of rupiah with a word after the figure:
``Rp25 rb`` or ``Rp25 ribu`` is Rp25.000, ``Rp1,5 jt`` or ``Rp 1,5 juta`` is Rp1.500.000
(the comma is the decimal mark). Every figure reader of the engine reads the figure right
after the currency (``25``), so the folded view
(:func:`~nextbest.tools.compliance.normalise.fold`) writes such an amount out in full, grouped
by dots as Indonesian writes it (``rp25.000``); the digits put in take the offset of the word
they replace, so that a finding still points at the amount as written.

Only an amount after ``Rp`` or ``IDR`` is read so: a bare "25 rb" names no currency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nextbest.tools.compliance.offset_splices import Splice, Spliced, splice

_SCALES: dict[str, int] = {"rb": 1_000, "ribu": 1_000, "jt": 1_000_000, "juta": 1_000_000}
"""Indonesian words for a thousand and a million after a figure (folded)."""

SHORT_AMOUNT = re.compile(
    r"\b(?:rp|idr)\.?\s?(\d{1,3}(?:,\d{1,3})?)\s?(rb|ribu|jt|juta)\b(?!\s?\d)"
)
"""A rupiah amount with a scale word: ``rp25 rb``, ``rp 1,5 juta``, ``idr 30rb``."""


def _written_out(figure: str, scale: str) -> str:
    """The amount of ``figure`` times the scale word, grouped by dots ("25", "rb" → "25.000")."""
    whole, _, decimals = figure.partition(",")
    factor = _SCALES[scale]
    value = int(whole) * factor + (int(decimals) * factor // 10 ** len(decimals) if decimals else 0)
    return f"{value:,}".replace(",", ".")


def expand_rupiah_short_forms(original: str, text: str, offsets: Sequence[int]) -> Spliced | None:
    """``text`` with its short rupiah amounts written out, and its offsets.

    Args:
        original: The text as written (unused: the scale words are read folded).
        text: A folded text (one offset per character).
        offsets: The original index of each character of ``text``.

    Returns:
        The text with "rp25 rb" as "rp25.000" (the written-out figure takes the offsets of the
        figure and scale word it replaces, spread over them, its last character the scale
        word's last), or None when ``text`` holds no such amount.
    """
    if "rb" not in text and "ribu" not in text and "jt" not in text and "juta" not in text:
        return None
    return splice(
        text, offsets, [_spliced(match, offsets) for match in SHORT_AMOUNT.finditer(text)]
    )


def _spliced(match: re.Match[str], offsets: Sequence[int]) -> Splice:
    """The amount of ``match`` written out.

    Its digits are spread over the offsets of the figure and scale word it replaces, its last
    character taking the scale word's last.
    """
    start, end = match.span(1)[0], match.span(2)[1]
    amount = _written_out(match.group(1), match.group(2))
    span = offsets[start:end]
    last = len(amount) - 1
    kept = [span[i * len(span) // len(amount) if i < last else -1] for i in range(len(amount))]
    return Splice(start, end, amount, kept)
