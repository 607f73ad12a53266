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
  January" is a sweepstakes running then);
- "party" after an ordinal ("a third party", "third-party advertisers", "first-party data"):
  a side to an arrangement, no celebration;
- "forever" closing a clause whose verb is one of change ("the flood changed the river
  forever", "it transformed how we work forever"): a lasting change, no promise of a price
  or term;
- "leak" of air or heat ("warm air leaks out", "keep heat from leaking"): a draught, no
  plumbing (a gas or water leak keeps its sense).

The patterns are applied to the folded (lower-case) view.
"""

from __future__ import annotations

from nextbest.tools.compliance.gated_alternation import GatedAlternation

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_IDIOM_PATTERNS: tuple[str, ...] = (
    r"\btrials? and errors?\b",
    r"(?<![\w-])(?!(?:well|fully|all|under|over|un|self|pre|double|triple|partly|partially)-)"
    r"[a-z]{3,}(?<!ly)-(?:covered|coated|clad|topped|filled|dipped|lined|crusted|dusted"
    r"|wrapped|laden|capped|encrusted)\b",
    r"(?<![\w-])(?!(?:the|our|your|this|these|its|their|my|a|an|big|holiday)\s)[a-z]{3,}"
    r"\s+sweeps\s+(?:in|into|through|across|over|past|along|away)\b"
    rf"(?!\s+(?:\d|{_MONTHS}|progress|time|now|today)\b)",
    r"\b(?:first|second|third|1st|2nd|3rd)[-\s]part(?:y|ies)\b",
    r"\b(?:chang|transform|alter)(?:e|es|ed|ing|s)?\b(?:\s+[\w'’-]+){0,5}?\s+forever\b",
    r"\b(?:air|heat|warmth|draughts?|drafts?)\s+(?:from\s+|can\s+|will\s+)?leak(?:s|ed|ing)?\b",
    r"\bleak(?:s|ed|ing)?\s+(?:of\s+)?(?:warm\s+|cold\s+|hot\s+)?(?:air|heat)\b",
)
"""The set phrases and compounds, one pattern each (the alternatives of :data:`_IDIOMS`)."""
_IDIOMS = GatedAlternation(_IDIOM_PATTERNS)
_CUES = ("trial", "-", "sweeps", "part", "forever", "leak")


def idiom_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of set phrases and compounds in ``folded`` whose words are not triggers.

    Args:
        folded: The folded (lower-case) text of a field.

    Returns:
        Spans in ``folded``; a trigger lying inside one is no trigger.
    """
    if not any(cue in folded for cue in _CUES):
        return []
    return [m.span() for m in _IDIOMS.finditer(folded)]
