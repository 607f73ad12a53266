"""A subject shortening an approved line the body states in full.

"Spa days: the first visit free" above a body that states the approved line "The Riverside spa
day: the first visit free" (an offer's headline the pack approves word for word): the subject
gives the line with the product named in other, plainer words, or not at all. Its words after
that name are the approved line's own closing words; a word the pack bans elsewhere ("free")
is the approved wording there, as it is in the body. Only a closing run of at least
:data:`MIN_TAIL_WORDS` words counts, and only when the subject names no product the line does
not name: "Spa lounge: the first visit free" above the same body, naming another product of
the catalogue, promises that product what the line promises another.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.kinds.base import FieldText

MIN_TAIL_WORDS = 3
"""Words (of the skeleton) a subject must repeat of the line's close."""


def tail_spans(
    subject: FieldText,
    body: FieldText,
    approved: re.Pattern[str],
    product_hits: list[ProductHit],
) -> list[tuple[int, int]]:
    """Spans of the subject that repeat the close of an approved line the body states.

    Args:
        subject: The subject (or push title).
        body: The body.
        approved: The pattern (skeleton view) of the wordings the pack approves verbatim.
        product_hits: The products the copy names, in every field.

    Returns:
        Spans in the subject's original text, each the closing words of an approved line
        found in the body; none when the subject names a product that line does not.
    """
    spans: list[tuple[int, int]] = []
    named = {h.product.id for h in product_hits if h.field == subject.name}
    for line in approved.finditer(body.skel.text):
        words = line.group().split()
        if len(words) <= MIN_TAIL_WORDS:
            continue
        start, end = body.skel.original_span(*line.span())
        own = {
            h.product.id for h in product_hits if h.field == body.name and start <= h.start < end
        }
        if not named <= own:
            continue  # the subject names a product the line does not promise anything to
        for size in range(len(words) - 1, MIN_TAIL_WORDS - 1, -1):
            tail = r"\s+".join(re.escape(w) for w in words[-size:])
            found = re.search(rf"(?<!\S){tail}(?!\S)", subject.skel.text)
            if found is not None:
                spans.append(subject.skel.original_span(*found.span()))
                break
    return spans
