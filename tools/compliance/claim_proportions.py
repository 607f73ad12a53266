"""Proportion claims: a share of the brand's own customers said to have some result.

"More than half of our clients sleep through the night within a week", "9 in 10 of our
students pass first time", "a third of our patients need only one visit": a share of the
brand's own people is a statistic about what the brand achieves, the very statement an
approved efficacy claim (with its basis) exists for. The built-in triggers read a figure
with a rate word ("success rate", "pass rate"); this shape has neither.

The trigger is the share ("more than half", "9 in 10", "80%", "the majority") followed
by "of our" and a plural noun for people the brand serves. "Most of our staff", "half of our
stores" count the brand's own staff or shops, not the results of its customers, and are left
to other rules.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_BOUNDS = (
    "more than", "over", "nearly", "almost", "about", "around", "at least", "close to",
    "roughly", "well over", "upwards of",
)  # fmt: skip
_SHARES = (
    r"half", r"a third", r"two thirds", r"a quarter", r"three quarters", r"the majority",
    r"\d+(?: \d+)? ?%", r"\d+ (?:in|out of) \d+", r"(?:one|two|three|four|five|six|"
    r"seven|eight|nine) (?:in|out of) (?:ten|five|four|three)",
)  # fmt: skip
_SERVED = (
    "patients", "clients", "customers", "students", "members", "graduates", "users",
    "learners", "buyers", "families", "parents", "couples", "borrowers", "investors",
    "applicants", "participants", "alumni", "trainees", "subscribers", "guests", "owners",
)  # fmt: skip

PROPORTION_PATTERN = (
    r"(?<![a-z0-9])(?:(?:" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) + r") )?"
    r"(?:"
    + "|".join(_SHARES)
    + r") of (?:all )?our (?:[a-z0-9]+ )?(?:"
    + "|".join(sorted(_SERVED, key=len, reverse=True))
    + r")(?![a-z0-9])"
)
"""A share, "of our", at most one modifier and a plural noun for the people served (skeleton)."""

PROPORTION_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.EFFICACY: (PROPORTION_PATTERN,)
}
"""Per category, trigger patterns added to the built-in ones."""
