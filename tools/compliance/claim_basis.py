"""A claim said with its basis in front: "In our 2026 poll, 74% of owners said …".

An approved claim often carries its evidence in its disclaimer ("Based on a poll of 860
owners, spring 2026.") or its substantiation ("Owner poll, spring 2026, n=860"). Copy may
move that basis into an introductory phrase and shorten the claim accordingly: "In our spring
2026 poll, 74% of owners said their garden looked greener" for "74% of owners polled
said their garden looked greener". The lead-in attributes the claim to its source; it adds
nothing the claim does not already rest on.

A lead-in counts only when it

- opens the sentence and ends at its first comma, with the claim's words after it,
- starts with an attribution (``in``, ``from``, ``according to``, ``based on``, ``per``),
- names a source of evidence (:data:`SOURCE_NOUNS`: ``survey``, ``study``, ``poll``…),
- is made only of words of the claim, its disclaimer or its substantiation (and figures among
  them: the survey's year or size), besides a few function words, and
- holds no strengthener (``clinically``, ``all``…) and no negation.

A lead-in with a word the basis does not give ("In an independent study, …", "For accidental
damage, …") is not a basis: the sentence is then compared with the claim as written.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.lexicon import STOPWORDS, STRENGTHENERS
from nextbest.tools.compliance.normalise import plain

ATTRIBUTIONS: frozenset[str] = frozenset({"in", "from", "according", "based", "per"})
"""First words of a phrase that attributes what follows to a source."""

SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "survey", "surveys", "study", "studies", "poll", "polls", "trial", "trials", "test",
        "tests", "testing", "research", "data", "analysis", "audit", "review", "census",
        "questionnaire", "report",
    }
)  # fmt: skip
"""Nouns that name a source of evidence."""

LEAD_WORDS: frozenset[str] = frozenset({"to", "on", "of", "by", "we", "recent", "latest"})
"""Words an attribution may hold besides the basis's own (``according to``, ``based on``)."""

MAX_LEAD_WORDS = 8
"""Longest lead-in (in words) read as an attribution."""

_CLAUSE_COMMA = re.compile(r",(?=\s)")
"""A comma that ends a phrase (not the one inside a figure such as ``1,240``)."""


def basis_words(*texts: str | None) -> frozenset[str]:
    """The words (skeleton view) of a claim's wording, disclaimer and substantiation.

    Args:
        texts: The texts that state the claim and its basis (None entries are skipped).

    Returns:
        Their words.
    """
    return frozenset(w for t in texts if t for w in plain(t).split())


def basis_lead_in(statement: str, basis: frozenset[str]) -> int:
    """How many words of a sentence form an attribution to the claim's own basis.

    Args:
        statement: The sentence (or clause) as written.
        basis: The words of the claim, its disclaimer and its substantiation
            (:func:`basis_words`).

    Returns:
        The number of content words (stop words left out, as the claim comparison counts them)
        before the sentence's first comma when they form a lead-in (see the module
        docstring), else 0.
    """
    found = _CLAUSE_COMMA.search(statement)
    if found is None:
        return 0
    comma = found.start()
    words = plain(statement[:comma]).split()
    if not words or len(words) > MAX_LEAD_WORDS or words[0] not in ATTRIBUTIONS:
        return 0
    if not plain(statement[comma + 1 :]).strip():
        return 0
    if not any(w in SOURCE_NOUNS for w in words):
        return 0
    for word in words[1:]:
        if word in STRENGTHENERS:
            return 0
        if word not in basis and word not in STOPWORDS and word not in LEAD_WORDS:
            return 0
    return sum(1 for w in words if w not in STOPWORDS)
