"""Mandated lines run on into an offer's sentence: their figures are not the offer's.

Copy may close a sentence restating an offer and go straight on into a line another rule
mandates, with no full stop between them (an SMS: "<offer's conditions> Reply STOP to 4455").
The sentence reader then takes both for one sentence, and the line's figures ("4455") for
figures the copy gives the offer. They are the other rule's wording; the figures the copy
states outside such lines are what the offer is compared with.
"""

from __future__ import annotations

from dataclasses import replace

from nextbest.tools.compliance.offer_paraphrase import Restatement, figures_of


def outside_lines(text: str, restatement: Restatement, lines: list[tuple[int, int]]) -> Restatement:
    """``restatement`` without the changed figures that only a mandated line in it states.

    A sentence may run on into a line another rule mandates with no full stop between them
    ("… <offer's conditions> Reply STOP to 4455"): the line's figures are that rule's wording,
    not figures the copy gives the offer. Its words still count towards the restatement.

    Args:
        text: The field's original text.
        restatement: A copy sentence restating an offer.
        lines: Spans of the mandated lines in the field.

    Returns:
        The restatement, its changed figures limited to those stated outside the lines.
    """
    start, end = restatement.start, restatement.end
    inside = [(max(s, start), min(e, end)) for s, e in lines if s < end and start < e]
    if not restatement.changed or not inside:
        return restatement
    chars = list(text[start:end])
    for s, e in inside:
        chars[s - start : e - start] = " " * (e - s)
    outside = figures_of("".join(chars))
    return replace(restatement, changed=tuple(f for f in restatement.changed if f in outside))
