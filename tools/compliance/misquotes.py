"""A fixed line quoted word for word, then departed from: a wrong version, not a restatement.

A line required wherever a product is named (a medicine's statutory text, a product warning) is
fixed wording. Copy may restate fine print in other words
(:mod:`~nextbest.tools.compliance.restated_terms`), but a passage that repeats the line's
first words in a row and then says something else is a quotation gone wrong: an older
version of the statutory text ("… fragen Sie Ihren Arzt oder Apotheker" for the current
"… fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke") or an edited warning. Such a
passage is not the line, however many of its words it shares. A restatement that rewords the
line from its start ("<product>: rented only after a safety briefing …" for "<product> is
rented only after a safety briefing …") is still read as one.
"""

from __future__ import annotations

from nextbest.tools.compliance.normalise import plain

QUOTE_WORDS = 5
"""Opening words of a line a passage must repeat in order to count as quoting it."""


def misquoted(wording: str, passage: str) -> bool:
    """Whether ``passage`` opens by quoting ``wording`` word for word but does not carry it.

    Args:
        wording: The required line.
        passage: A stretch of copy read as restating it.

    Returns:
        True when the line has more than :data:`QUOTE_WORDS` words, the passage holds the
        line's first :data:`QUOTE_WORDS` in a row, and the whole line is not in the passage.
    """
    line = plain(wording).split()
    if len(line) <= QUOTE_WORDS:
        return False
    copy = f" {' '.join(plain(passage).split())} "
    if f" {' '.join(line[:QUOTE_WORDS])} " not in copy:
        return False
    return f" {' '.join(line)} " not in copy
