"""A feature the copy denies, in Romanian (before it), Turkish, Urdu and Hindi (after it).

A product's lacked feature said of it is wrong; a feature the copy denies is not. Romanian
denies before the feature, as the Romance languages do: "nu are husă" (has no cover),
"fără husă" (without a cover), "nu include cablu", "nu vine cu baterii", also as the second of
two things denied together ("fără husă sau cablu"). Turkish denies after it, with a word that
follows the feature: "kablo yok" (no cable), "kılıf dahil değildir" (the cover is not
included), "pil içermez" (contains no battery), "kapak hariç" (cover excluded), "kablo
bulunmamaktadır", also for the first of two things denied together ("kılıf ve kablo dahil
değildir"). Urdu and Hindi deny with a postposition or a negation after the feature: "… کے
بغیر" / "… के बिना" (without …), "… نہیں" / "… नहीं" (no …), "… شامل نہیں" / "… शामिल नहीं"
(… not included), and with "بغیر" / "बिना" before it ("بغیر استری", without ironing).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold

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

_YEH = "[یيى]"
_KAF = "[کك]"
_URDU_HINDI_AFTER = re.compile(
    rf"\s+(?:(?:{_KAF}ے|{_KAF}{_YEH})\s+(?:بغ{_YEH}ر|بنا)|(?:شامل|موجود)\s+نہ{_YEH}ں|نہ{_YEH}ں"
    r"|(?:के\s+)?बिना|(?:शामिल|मौजूद)\s+नहीं|नहीं)(?![^\W\d_])"
)
"""Words right after a feature that deny it in Urdu (Arabic or Persian forms of its letters) or
Hindi: "… کے بغیر", "… نہیں", "… شامل نہیں", "… के बिना", "… नहीं"."""
_URDU_HINDI_BEFORE = re.compile(rf"(?<![^\W\d_])(?:بغ{_YEH}ر|बिना)\s+$")
""""Without" right before a feature in Urdu or Hindi: "بغیر …", "बिना …"."""

_YORUBA_BEFORE = re.compile(r"(?:\bko\s+(?:ni|si)|\blai(?:si|ni)|\bki\s+i\s+se)\s*$")
"""Words right before a feature that deny it in Yoruba, folded (no tone marks or under-dots;
the folded view drops the space after them)."""

REACH = 48
"""Characters before a feature searched for a denial written before it."""


def denies_feature(original: str, start: int, end: int) -> bool:
    """Whether the copy denies the feature at ``original[start:end]`` (see the module).

    Args:
        original: The field's original text.
        start: Where the feature starts.
        end: Where it ends.

    Returns:
        True when a Romanian, Urdu, Hindi or Yoruba denial leads into the feature, or a
        Turkish, Urdu or Hindi one follows it.
    """
    if _ROMANIAN.search(original, max(0, start - REACH), start) is not None:
        return True
    if _TURKISH.match(original, end) is not None:
        return True
    if original.isascii():
        return False
    return (
        _URDU_HINDI_AFTER.match(original, end) is not None
        or _URDU_HINDI_BEFORE.search(original, max(0, start - REACH), start) is not None
        or _YORUBA_BEFORE.search(fold(original[max(0, start - REACH) : start]).text) is not None
    )
