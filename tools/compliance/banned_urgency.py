"""One fault, one finding: pressure wording the pack bans outright is the banned phrase's.

"Time is running out" under a brand's ban of fear and pressure phrases is one fault: the
officer listed those very words as never to be written. The ``urgency`` rule reads the same
words as urgency that no offer backs, a second finding on the same words that adds nothing the
ban does not already say (the ban holds whatever the offer). An urgency finding whose words
overlap a blocking banned-phrase finding of the same field is therefore left out. Urgency
elsewhere in the message is kept, and so is urgency under a warn-only ban (a voice word), which
would otherwise lower the decision.
"""

from __future__ import annotations

from nextbest.tools.compliance.verdict import Violation

_URGENCY_KIND = "urgency"
_BANNED_KIND = "banned_phrase"


def without_banned_urgency(violations: list[Violation]) -> list[Violation]:
    """The violations without urgency findings on words a blocking ban already flags.

    Args:
        violations: All the violations of one message.

    Returns:
        The same list when no finding is left out, else a new list in the same order.
    """
    if not any(v.kind == _URGENCY_KIND for v in violations):
        return violations
    banned = [
        (v.field, v.span)
        for v in violations
        if v.kind == _BANNED_KIND and v.severity == "block" and v.span is not None
    ]
    if not banned:
        return violations

    def restates(v: Violation) -> bool:
        if v.kind != _URGENCY_KIND or v.span is None:
            return False
        start, end = v.span
        return any(f == v.field and start < e and s < end for f, (s, e) in banned)

    kept = [v for v in violations if not restates(v)]
    return kept if len(kept) != len(violations) else violations
