"""The "free" of Tamil, Sinhala, Hindi and Punjabi copy, as the offer and subject rules read it.

Tamil writes "free" as the adjective "இலவச" before its noun or "இலவசம்" after it, Sinhala as
"නොමිලේ" (also "නොමිලයේ"), Hindi as "मुफ़्त" or "मुफ्त", Punjabi in Gurmukhi as "ਮੁਫ਼ਤ" or
"ਮੁਫਤ" (its nukta letter written as one character or two): words of scripts the mention patterns
(:mod:`~nextbest.tools.compliance.kinds.offer_mentions`) do not read. Each is found by its stem,
whatever ending follows it. The folded view drops the Sinhala and Hindi vowel signs and viramas
("නොමිලේ" is read ``නොමලෙ``), so the stems are folded once here.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold

FREE_STEMS: tuple[str, ...] = (
    "இலவச",
    "නොමිල",
    "मुफ़्त",
    "मुफ्त",
    "\u0a2e\u0a41\u0a2b\u0a3c\u0a24",  # Punjabi ਮੁਫ਼ਤ, the nukta a sign of its own
    "\u0a2e\u0a41\u0a5e\u0a24",  # Punjabi ਮੁਫ਼ਤ, the nukta letter as one character
    "\u0a2e\u0a41\u0a2b\u0a24",  # Punjabi ਮੁਫਤ, without the nukta
)
"""Stems of "free" as written: Tamil "இலவச…", Sinhala "නොමිල…", Hindi "मुफ़्त" / "मुफ्त",
Punjabi "ਮੁਫ਼ਤ" / "ਮੁਫਤ"."""

_FOLDED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(s) for s in sorted({fold(s).text for s in FREE_STEMS}, key=len))
    + r")\w*"
)
"""A "free" word in the folded view, with its ending."""


def free_words(folded: str) -> list[tuple[int, int]]:
    """Where the Tamil, Sinhala and Hindi "free" words stand in a folded text.

    Args:
        folded: A field's folded text.

    Returns:
        ``(start, end)`` of each "free" word, in order.
    """
    return [m.span() for m in _FOLDED.finditer(folded)]
