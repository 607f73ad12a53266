"""Set phrases and compounds in which a disclosure's trigger word has no commercial sense.

A rule that reads every "trial" as a free trial, every "covered" as insurance-like coverage or
every "sweeps" as a sweepstakes also meets everyday English (complementing
:mod:`~nextbest.tools.compliance.senses`):

- the idiom "trial and error" (learning by mistakes, no trial of a product);
- a compound adjective of a noun and a participle of covering ("snow-covered",
  "chocolate-coated", "ivy-clad"): the noun covers, no plan does. An adverb before the
  hyphen ("fully-covered", "well-covered") keeps the plan's sense;
- "sweeps" as a verb of motion right after a noun and before a particle of direction ("the
  storm sweeps in", "a wave sweeps across"), not followed by a date or time ("sweeps in
  January" is a sweepstakes running then).

The patterns are applied to the folded (lower-case) view.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_IDIOMS = re.compile(
    r"\btrials? and errors?\b"
    r"|(?<![\w-])(?!(?:well|fully|all|under|over|un|self|pre|double|triple|partly|partially)-)"
    r"[a-z]{3,}(?<!ly)-(?:covered|coated|clad|topped|filled|dipped|lined|crusted|dusted"
    r"|wrapped|laden|capped|encrusted)\b"
    r"|(?<![\w-])(?!(?:the|our|your|this|these|its|their|my|a|an|big|holiday)\s)[a-z]{3,}"
    r"\s+sweeps\s+(?:in|into|through|across|over|past|along|away)\b"
    rf"(?!\s+(?:\d|{_MONTHS}|progress|time|now|today)\b)"
)


def idiom_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of set phrases and compounds in ``folded`` whose words are not triggers.

    Args:
        folded: The folded (lower-case) text of a field.

    Returns:
        Spans in ``folded``; a trigger lying inside one is no trigger.
    """
    if "trial" not in folded and "-" not in folded and "sweeps" not in folded:
        return []
    return [m.span() for m in _IDIOMS.finditer(folded)]
