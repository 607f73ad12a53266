"""Cognitive-performance claims: "sharpens your reflexes" is an efficacy and health claim.

Saying that something improves the mind's performance (concentration, focus, memory,
alertness, reaction time) promises an effect on the body as surely as "boosts energy" does,
and is often written without any built-in word: "sharpens your reflexes", "boosts your
memory", "heightens alertness", "keeps your mind sharp". Food law treats it as a health claim
("contributes to normal cognitive function") and advertising law as a performance claim, so
the trigger is read under both categories. The reader's own effort is no claim: "Focus on
your goals" and "Concentration tips for exam week" name no effect of anything.
The patterns read the skeleton view (case folded, punctuation as spaces).
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_IMPROVE = (
    r"(?:sharpens?|sharpening|boosts?|boosting|improves?|improving|enhances?|enhancing|"
    r"heightens?|heightening|increases?|increasing|strengthens?|strengthening|supercharges?|"
    r"supports?|supporting|aids?|promotes?|promoting)"
)
_FACULTY = (
    r"(?:concentration|focus|memory|memories|alertness|attention span|"
    r"mental (?:clarity|performance|energy|sharpness|focus)|cognition|cognitive (?:function|"
    r"performance)|brain ?power|brain function|reaction times?|reflexes|mind)"
)

COGNITION_PATTERNS: tuple[str, ...] = (
    # "sharpens your reflexes", "boosts memory", "improves the reader's reaction time"
    rf"(?<![a-z0-9]){_IMPROVE} (?:(?:your|the|their|his|her|our|my|kids|children s) )?"
    rf"(?:[a-z]+ )?{_FACULTY}(?![a-z0-9])",
    # "keeps your mind sharp", "keeps you alert and focused"
    r"(?<![a-z0-9])keeps? (?:you|your (?:mind|brain|head)|them|kids) (?:sharp|sharper|alert|"
    r"focused|focussed)(?![a-z0-9])",
)
"""A faculty of the mind improved, or kept sharp."""

COGNITION_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.EFFICACY: COGNITION_PATTERNS,
    ClaimCategory.HEALTH: COGNITION_PATTERNS,
}
"""Per category, trigger patterns added to the built-in ones."""
