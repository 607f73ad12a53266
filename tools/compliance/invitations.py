"""An invitation to compare is not a comparison: "Compare plans your way".

"Compare plans your way", "You can compare every plan on the government site", "Tap to compare
drug plans": the reader is asked (or told they may) compare; the brand states no result of a
comparison. A comparison trigger that starts with the verb ``compare`` is read as such an
invitation when the verb is

- an imperative opening its sentence (``Compare plans …``), or
- what the reader can do (:data:`READER_LEADS`: ``you can compare``, ``tap to compare``,
  ``lets you compare``), and

its clause says nothing of the brand's own (``our``, ``us``, ``we``) and states no figure:
"Compare our rates with anyone's", "Compare plans from 20 insurers" and "We compare plans from
6 insurers" stay comparisons, and so do "Compared with
other plans, …" and anything with a comparative of its own ("cheaper than"), which other
triggers find.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

READER_LEADS: tuple[str, ...] = (
    "you can", "you could", "you may", "you ll be able to", "help you", "helps you",
    "let you", "lets you", "tap to", "click to", "time to",
)  # fmt: skip
"""Words before ``compare`` that make it the reader's act."""

_OWN = re.compile(r"\b(?:our|ours|we|us)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


def invites_to_compare(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the trigger at ``start`` invites the reader to compare (see the module docstring).

    Args:
        text: The field's original text.
        sentence: ``(start, end)`` of the trigger's sentence in ``text``.
        start: Start of the trigger in ``text``.

    Returns:
        True when the trigger opens with ``compare`` said to the reader.
    """
    if text[start : start + 7].lower() != "compare":
        return False  # cheap test first: most triggers are other words
    after = plain(text[start : sentence[1]]).split()
    if not after or after[0] != "compare":
        return False
    lead = plain(text[sentence[0] : start])
    if lead and not any(lead == w or lead.endswith(f" {w}") for w in READER_LEADS):
        return False
    rest = text[start : sentence[1]]
    clause_end = _CLAUSE_END.search(rest)
    clause = rest if clause_end is None else rest[: clause_end.start()]
    return not _OWN.search(clause) and not any(c.isdigit() for c in clause)
