"""The whole of a pack wording found through the skeleton view, its signs and brackets included.

Pack wordings are found on the skeleton view, which reads punctuation and every currency sign
but ``$`` as a space and drops it at either end of a match: a standing statement ending
"(deposit 90 €)." is found up to its figure, and the copy's " €)." after it is left outside the
span, where the offer rule reads "90 €" as a price of its own. The span is widened over the
characters the wording itself has before its first and after its last letter or digit, as far
as the copy has them too (any white space matching any other).
"""

from __future__ import annotations


def _same(expected: str, found: str) -> bool:
    """Whether a character of the copy is the wording's (any white space for any other)."""
    return expected == found or (expected.isspace() and found.isspace())


def _edges(wording: str) -> tuple[str, str]:
    """What ``wording`` has before its first and after its last letter or digit."""
    first = next((i for i, c in enumerate(wording) if c.isalnum()), len(wording))
    last = next((i for i in range(len(wording) - 1, -1, -1) if wording[i].isalnum()), -1)
    return wording[:first], wording[last + 1 :]


def _tail_end(original: str, end: int, tail: str) -> int:
    """Where the copy's run of ``tail`` after ``end`` ends (part of it may be inside the span)."""
    kept = next(
        (k for k in range(min(len(tail), end), 0, -1) if original[end - k : end] == tail[:k]),
        0,
    )
    position = end
    for char in tail[kept:]:
        if position >= len(original) or not _same(char, original[position]):
            break
        position += 1
    return position


def _head_start(original: str, start: int, head: str) -> int:
    """Where the copy's run of ``head`` before ``start`` starts."""
    size = len(head)
    kept = next(
        (
            k
            for k in range(min(size, len(original) - start), 0, -1)
            if original[start : start + k] == head[size - k :]
        ),
        0,
    )
    position = start
    for char in reversed(head[: size - kept]):
        if position <= 0 or not _same(char, original[position - 1]):
            break
        position -= 1
    return position


def whole_wording_span(original: str, start: int, end: int, wording: str) -> tuple[int, int]:
    """The span of a wording found at ``original[start:end]``, widened over its own edges.

    Args:
        original: The field's original text.
        start: Where the skeleton match starts in it.
        end: Where the skeleton match ends in it (exclusive).
        wording: The pack's wording that was found ("… (deposit 90 €).").

    Returns:
        ``(start, end)``, widened over the wording's leading and trailing signs, brackets and
        punctuation where the copy carries them.
    """
    head, tail = _edges(wording)
    if tail:
        end = _tail_end(original, end, tail)
    if head:
        start = _head_start(original, start, head)
    return start, end
