"""The combining marks that end a word, which a span found in a normalised view leaves out.

The skeleton and folded views drop combining marks: the vowel signs and the virama of Indic
scripts (Tamil "எண்" is read ``எண``, Hindi "पता" ``पत`` in the skeleton), the points of Hebrew
and Arabic. A phrase found there maps back to the original text without the marks after its
last letter, so what the original holds right after such a span starts with a mark of the same
word, not with the space or punctuation after it. A reader of that stretch must step over the
marks first.
"""

from __future__ import annotations

import unicodedata

_JOINERS = frozenset("\u200c\u200d")
"""The zero-width non-joiner and joiner, written inside words of Indic scripts."""


def past_marks(text: str, end: int) -> int:
    """Where the word ending at ``end`` really ends: past its combining marks and joiners.

    Args:
        text: The original text.
        end: An index into it, the end of a span found in a normalised view.

    Returns:
        ``end`` moved past every combining mark (categories ``Mn``, ``Mc``, ``Me``) and
        zero-width joiner right after it; ``end`` itself when none follows.
    """
    size = len(text)
    while end < size and (
        text[end] in _JOINERS or unicodedata.category(text[end]) in ("Mn", "Mc", "Me")
    ):
        end += 1
    return end
