"""Measure names: a pack's trigger that names a measure states nothing until it is given a value.

A pack may govern rate claims ("Our hatch rate was 92% in 2025") by listing the measure's name
(``hatch rate``, ``success rates``) as a trigger. The name alone claims nothing: "Check what a
hatch rate counts", "Reading hatch rates" or "Ask us about our hatch rates" explain or point to
the measure. The statement the pack governs is the measure's *value* or a comparison of it
("a 92% hatch rate", "hatch rates above the national average", "our hatch rates are
higher"), so such a trigger is read only in a sentence that gives a figure, a quantity word or
an evaluative word (:data:`VALUE_WORDS`).

A trigger is a measure name when its last word is a measure noun (``rate``, ``ratio``,
``percentage``) and none of its words ranks or evaluates on its own ("highest rates", "top
rates" stay claims wherever they stand). A score is no such noun: "never affects your credit
score" is said of the reader's own score.
"""

from __future__ import annotations

from collections.abc import Iterable

from nextbest.tools.compliance.counted_nouns import counts_something
from nextbest.tools.compliance.normalise import plain

MEASURE_NOUNS = frozenset({"rate", "rates", "ratio", "ratios", "percentage", "percentages"})
"""Nouns that name a measure, whose value is the claim."""

VALUE_WORDS = frozenset(
    {
        "high", "higher", "highest", "low", "lower", "lowest", "top", "best", "better", "great",
        "greater", "excellent", "outstanding", "impressive", "strong", "stronger", "exceptional",
        "above", "below", "beat", "beats", "beating", "exceed", "exceeds", "exceeding",
        "outperform", "outperforms", "leading", "record", "rising", "improved", "improving",
        "double", "doubled", "triple", "tripled", "average", "among", "proven", "remarkable",
        "unmatched", "unbeatable", "superior", "industry", "national", "nation", "world",
        "award", "guaranteed", "guarantee", "excel", "excels", "most", "more", "less", "fewer",
    }
)  # fmt: skip
"""Words that give a measure a value or compare it ("higher", "above", "the national average")."""


def measure_names(triggers: Iterable[str]) -> frozenset[str]:
    """The triggers (plain form) that only name a measure.

    Args:
        triggers: A pack's extra triggers of one claim category.

    Returns:
        The plain forms of the measure-name triggers (see the module docstring).
    """
    found: set[str] = set()
    for trigger in triggers:
        words = plain(trigger).split()
        if not words or words[-1] not in MEASURE_NOUNS or any(c.isdigit() for c in trigger):
            continue
        if any(w in VALUE_WORDS or w.endswith("est") for w in words):
            continue
        found.add(" ".join(words))
    return frozenset(found)


def gives_value(sentence: str) -> bool:
    """Whether a sentence gives a measure a value: a figure, a quantity or an evaluative word.

    Args:
        sentence: The sentence's original text.

    Returns:
        True for "Our hatch rate was 92%" or "hatch rates above average"; False for "Check
        what a hatch rate counts".
    """
    return counts_something(sentence) or not VALUE_WORDS.isdisjoint(plain(sentence).split())
