"""Short labels whose marks are part of them: "[Ad]", "(Anzeige)", "#ad".

A required statement is matched word for word on the skeleton view, which drops punctuation:
for a sentence that is right ("Prices include VAT" is there whatever its full stop). A short
label written with brackets or a sign is another matter: the marks are what make the word a
label. "[Ad]" at the head of a text says it is an advertisement; the word "ad" inside a sentence
("reply AD to stop") does not. Such a label is found only with its marks, in the folded view
(lower case, accents removed, punctuation kept); spaces inside the marks may vary ("[ Ad ]").
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold

MAX_LABEL_WORDS = 2
"""Most words a marked label has: a longer wording is a sentence, matched word for word."""
_MARK = re.compile(r"[\[\](){}<>#*|«»【】]")
"""The marks that make a short wording a label."""


def label_pattern(wording: str) -> re.Pattern[str] | None:
    """The folded-view pattern of ``wording`` when it is a short marked label.

    Args:
        wording: A required statement as the pack writes it.

    Returns:
        A pattern of the label with its marks (inner spaces optional), or None when the
        wording has no mark or more than :data:`MAX_LABEL_WORDS` words.
    """
    folded = fold(wording).text.strip()
    if not _MARK.search(folded) or len(re.findall(r"\w+", folded)) > MAX_LABEL_WORDS:
        return None
    if not re.search(r"\w", folded):
        return None
    body = r"\s*".join(re.escape(c) for c in folded if not c.isspace())
    before = r"(?<!\w)" if folded[0].isalnum() else ""
    after = r"(?!\w)" if folded[-1].isalnum() else ""
    return re.compile(before + body + after)
