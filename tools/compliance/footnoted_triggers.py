"""Claim words marked with a reference to a footnote that states an approved claim.

Copy often shortens a claim to one word and marks it with a reference mark, the claim itself
given in full in a footnote line: "Radiance* serum …" above "*Helps even out the look of skin
tone", or Japanese 「透明感※のある肌へ」 above 「※うるおいにより、肌を明るく見せること」. The
footnote says what the word means, so when it carries the wording of an approved claim usable
on the send date, the marked word is that claim, not an unapproved statement. The footnote
must be its own line, opening with the same mark (``※``, ``*``, ``†``, ``‡``, the mark's
number too: ``※1``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARK = re.compile(r"[※*＊†‡]\d*")
"""A reference mark right after a word, with its number if any (``※``, ``*``, ``※2``)."""


def _footnote_lines(text: str, mark: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that open with ``mark`` (leading spaces allowed)."""
    pattern = re.compile(rf"^[^\S\n]*{re.escape(mark)}(?!\d)[^\n]*", re.MULTILINE)
    return [m.span() for m in pattern.finditer(text)]


def footnoted_claim(
    text: str, start: int, end: int, claim_spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether the word at ``text[start:end]`` refers to a footnote stating an approved claim.

    Args:
        text: The field's original text.
        start: Start of the claim word.
        end: End of the claim word (exclusive); the reference mark must follow it at once.
        claim_spans: Spans in ``text`` of approved claims' wording usable on the send date.

    Returns:
        True when a reference mark follows the word and a line of ``text`` opening with the
        same mark (not the word's own line) holds the start of one of ``claim_spans``.
    """
    if not claim_spans:
        return False
    found = _MARK.match(text, end)
    if found is None:
        return False
    mark = found.group()
    for line_start, line_end in _footnote_lines(text, mark):
        if line_start <= start < line_end:
            continue  # the word's own line: no footnote to itself
        if any(line_start <= s < line_end for s, _ in claim_spans):
            return True
    return False
