"""Replacing spans of a normalised text while keeping each character's original offset.

The folded view rewrites a few figures so that every reader sees them whole (a lakh-grouped
figure regrouped by thousands, a rupiah amount written short written out). Each rewrite
replaces some spans of the text; the characters put in carry offsets the rewrite chooses, and
every other character keeps its own, so that a finding still points at the text as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Splice:
    """One span of a text and what replaces it.

    Attributes:
        start: Start of the replaced span in the text.
        end: End of the replaced span (exclusive).
        text: The characters put in its place.
        offsets: The original offset of each character put in (as many as ``text`` has).
    """

    start: int
    end: int
    text: str
    offsets: list[int]


Spliced = tuple[str, list[int]]
"""A rewritten text and, per character, its original offset."""

FigureRewrite = Callable[[str, str, Sequence[int]], Spliced | None]
"""A rewrite of the folded view: (text as written, folded text, offsets) → the rewritten folded
text and its offsets, or None when the text holds nothing it rewrites."""


def splice(text: str, offsets: Sequence[int], splices: Sequence[Splice]) -> Spliced | None:
    """``text`` with ``splices`` applied, and the offsets of the result.

    Args:
        text: A normalised text (one offset per character).
        offsets: The original index of each character of ``text``.
        splices: Non-overlapping replacements, in text order.

    Returns:
        The new text and, per character, its original offset; None when there is no splice
        (the text stays as it is).
    """
    if not splices:
        return None
    parts: list[str] = []
    kept: list[int] = []
    position = 0
    for piece in splices:
        parts.append(text[position : piece.start])
        kept.extend(offsets[position : piece.start])
        parts.append(piece.text)
        kept.extend(piece.offsets)
        position = piece.end
    parts.append(text[position:])
    kept.extend(offsets[position:])
    return "".join(parts), kept
