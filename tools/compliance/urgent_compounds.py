"""Compound words that hold a word for "urgent" and urge nothing.

Thai and Lao name a hotline "urgent line" (สายด่วน, ສາຍດ່ວນ), an expressway "urgent road"
(ทางด่วน, ທາງດ່ວນ), express post "urgent post" (ไปรษณีย์ด่วน, ໄປສະນີດ່ວນ) and an express train or
bus "urgent vehicle" (รถด่วน, ລົດດ່ວນ). Both scripts run their words together, so the word for
"urgent" (ด่วน, ດ່ວນ) a brand lists as urgency wording is found inside these names: a footer's
"hotline 1234" would read as "urgent". Japanese and Chinese do the same with 急 ("urgent"):
first aid (急救), an emergency room (急诊, 急診), an emergency (救急) and an express or limited
express train (急行, 特急). English "urgent care" names a walk-in clinic. None of them says an
offer ends. The urgency rule does not read urgency wording inside one of these words.

The names are matched on the skeleton view (combining marks dropped, as Thai and Lao tone and
vowel marks are), and only in a field that holds one of the words for "urgent".
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.folded_alternatives import folded_alternatives
from nextbest.tools.compliance.normalise import NormalisedText, fold

URGENT_WORDS: tuple[str, ...] = ("ด่วน", "ດ່ວນ", "急", "urgent")
"""Words for "urgent" that the names below hold (Thai, Lao, Japanese and Chinese, English)."""

UNSPACED_NAMES: tuple[str, ...] = (
    # Thai: hotline, expressway, express post, express train
    "สายด่วน", "ทางด่วน", "ไปรษณีย์ด่วน", "รถด่วน",
    # Lao: hotline, expressway, express post, express vehicle
    "ສາຍດ່ວນ", "ທາງດ່ວນ", "ໄປສະນີດ່ວນ", "ລົດດ່ວນ",
    # Chinese and Japanese: first aid, emergency room, emergency, express trains
    "急救", "急诊", "急診", "救急", "急行", "特急",
)  # fmt: skip
"""Names in scripts written without spaces that hold a word for "urgent"."""

SPACED_NAMES: tuple[str, ...] = ("urgent care",)
"""Names in scripts written with spaces that hold a word for "urgent" (whole words only)."""

_LITERALS = tuple(fold(word).text for word in URGENT_WORDS)
_NAMES = re.compile(
    rf"(?:{folded_alternatives(*UNSPACED_NAMES)})"
    rf"|\b(?:{folded_alternatives(*SPACED_NAMES)})\b"
)


def urgent_name_spans(skel: NormalisedText) -> list[tuple[int, int]]:
    """Where a name that holds a word for "urgent" (a hotline, first aid) stands in a field.

    Args:
        skel: The field's skeleton view.

    Returns:
        ``(start, end)`` spans in the original text; none when the field holds no such word.
    """
    if not any(literal in skel.text for literal in _LITERALS):
        return []
    return [skel.original_span(*m.span()) for m in _NAMES.finditer(skel.text)]
