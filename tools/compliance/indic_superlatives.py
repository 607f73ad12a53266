"""Superlatives of Telugu, Hindi, Punjabi, Tamil and Bengali copy: "the most", "the best".

The built-in superlative triggers are English words and the rankings of the Romance languages;
an Indic ranking ("అత్యంత నమ్మకమైన", *the most trusted*; "सर्वश्रेष्ठ", *the best*) was read by
none of them, so a brand's unapproved ranking in those languages went through. Only words that
rank on their own are listed: Hindi "सबसे" also opens everyday phrases ("सबसे पहले", *first
of all*) and is left out. The words are matched as phrases (folded as the copy is).
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory
from nextbest.tools.compliance.phrases import phrases_pattern

INDIC_SUPERLATIVES: tuple[str, ...] = (
    "అత్యంత",  # Telugu: the most
    "అత్యుత్తమ",  # Telugu: the best
    "सर्वश्रेष्ठ",  # Hindi: the best
    "सर्वोत्तम",  # Hindi: the best
    "ਸਰਵੋਤਮ",  # Punjabi: the best
    "ਸਭ ਤੋਂ ਵਧੀਆ",  # Punjabi: the best
    "மிகச் சிறந்த",  # Tamil: the best
    "সর্বশ্রেষ্ঠ",  # Bengali: the best
)
"""Words and phrases that rank on their own."""

INDIC_SUPERLATIVE_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.SUPERLATIVE: (phrases_pattern(list(INDIC_SUPERLATIVES)),)
}
"""Per category, trigger patterns added to the built-in ones."""
