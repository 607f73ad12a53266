"""A feature the copy denies, in Romanian (before it) and Turkish (after it).

A product's lacked feature said of it is wrong; a feature the copy denies is not. Romanian
denies before the feature, as the Romance languages do: "nu are husă" (has no cover),
"fără husă" (without a cover), "nu include cablu", "nu vine cu baterii", also as the second of
two things denied together ("fără husă sau cablu"). Turkish denies after it, with a word that
follows the feature: "kablo yok" (no cable), "kılıf dahil değildir" (the cover is not
included), "pil içermez" (contains no battery), "kapak hariç" (cover excluded), "kablo
bulunmamaktadır", also for the first of two things denied together ("kılıf ve kablo dahil
değildir").
"""

from __future__ import annotations

import re

_ROMANIAN = re.compile(
    r"(?:\b(?:nu|n-)\s*(?:are|au|avem|include|includ|conține|conţine|contine|oferă|ofera|"
    r"vine\s+cu|vin\s+cu|dispune\s+de|are\s+nevoie\s+de)|\bfără|\bfara|\bnici)\s+"
    r"(?:(?:un|o|vreun|vreo)\s+)?"
    r"(?:(?:[\w-]+\s+){1,3}(?:sau|și|şi|si|nici)\s+(?:(?:un|o)\s+)?)?$",
    re.IGNORECASE,
)
"""Words right before a feature that deny it in Romanian."""

_TURKISH = re.compile(
    r"(?:['’]?[^\W\d_]*)\s+(?:(?:ve|veya|ya\s+da|ile)\s+(?:[^\W\d_]+\s+){1,3})?"
    r"(?:yok(?:tur)?|d[aâ]hil\s+de[ğg]il(?:dir)?|i[çc]erme(?:z|mektedir)|hari[çc](?:tir)?"
    r"|bulunma(?:z|maktadır|maktadir)|olmadan|de[ğg]il(?:dir)?)\b",
    re.IGNORECASE,
)
"""Words right after a feature (its suffix first) that deny it in Turkish."""

REACH = 48
"""Characters before a feature searched for a Romanian denial."""


def denies_feature(original: str, start: int, end: int) -> bool:
    """Whether the copy denies the feature at ``original[start:end]`` in Romanian or Turkish.

    Args:
        original: The field's original text.
        start: Where the feature starts.
        end: Where it ends.

    Returns:
        True when a Romanian denial leads into the feature or a Turkish one follows it.
    """
    if _ROMANIAN.search(original, max(0, start - REACH), start) is not None:
        return True
    return _TURKISH.match(original, end) is not None
