"""Well-being claims: "<it> keeps your body healthy" is a health claim.

Saying that something keeps a person or an animal healthy promises a health effect as surely as
"supports your health" does, and is often written without any built-in health word:
"Donating keeps your body healthy", "keeps your dog healthy and happy", "keeps you healthy all
winter". Only the third-person verb counts: it says what a thing does ("<product> keeps …").
The imperative "Keep your dog healthy this winter" is advice to the reader, and "keeping"
names a goal ("tips for keeping your teeth healthy"); neither is read.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

WELLBEING_PATTERN = (
    r"(?<![a-z0-9])keeps (?:[a-z]+ ){0,3}(?:healthy|healthier|in good health)(?![a-z0-9])"
)
"""A thing keeping someone healthy, on the skeleton view (case folded, punctuation as spaces)."""

WELLBEING_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.HEALTH: (WELLBEING_PATTERN,)
}
"""Per category, trigger patterns added to the built-in ones."""
