"""A price for a class of buyer beside the full price: a tier of the price list, not a cut.

Price lists give the full price and the standing prices of classes of buyer together: "Day
passes $24 (students $19)", "entrée 15 €, tarif réduit 11 €", "Erwachsene 9 €, Kinder 5 €".
A price whose clause opens with a class of buyer (concessions, children, students, seniors,
juniors, under- or over-an-age; in French, German and Dutch too) is that class's own price
when its sentence also states the full price it stands beside: it is no reduction of the full
price and no promotion, unless the words sell it as one (the caller reads "now", "only",
"save" and the like before asking).
"""

from __future__ import annotations

import re

_CLAUSE_START = re.compile(r"[(,;:/]|\s[-–]\s|\b(?:and|or|et|ou|und|oder|en|of)\b")
"""What opens the clause a price belongs to (lower-cased original text)."""

_TIER = re.compile(
    r"\s*(?:the\s+|les\s+|die\s+|de\s+)?"
    r"(?:concessions?|concessionary|child(?:ren)?|kids?|students?|seniors?|juniors?|youths?|"
    r"young people|pensioners|oaps?|under[- ]?\d{1,2}s?|over[- ]?\d{1,2}s?|\d{1,2}\s?\+|"
    r"tarif r[ée]duit|enfants?|[ée]tudiants?|jeunes|"
    r"erm[äa](?:ß|ss)igt|kinder|sch[üu]ler(?:innen)?|studierende|studenten|senioren|"
    r"jugendliche|kinderen|jongeren|65-plussers)\b"
)
"""A class of buyer that has its own standing price, opening the price's clause."""

MAX_LABEL_WORDS = 6
"""Words a buyer-class label may run to before its price ("children under 12 pay")."""


def buyer_tier(original: str, sentence_start: int, price_start: int) -> bool:
    """Whether the clause of the price at ``price_start`` opens with a class of buyer.

    Args:
        original: The field's original text.
        sentence_start: Where the price's sentence starts.
        price_start: Where the price starts.

    Returns:
        True for "(students $19)", "seniors: $12", "children under 12 pay $5": the clause
        (since the last bracket, comma, colon or conjunction) opens with a buyer class and runs
        to the price in a few words.
    """
    lowered = original[sentence_start:price_start].lower()
    start = 0
    for brk in _CLAUSE_START.finditer(lowered):
        start = brk.end()
    label = lowered[start:]
    if len(label.split()) > MAX_LABEL_WORDS:
        return False
    return _TIER.match(label) is not None
