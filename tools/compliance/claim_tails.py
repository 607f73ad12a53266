"""A claim's shorter variant carried on with another figure: the long wording, changed.

A pack may approve a claim with a figure at its end ("Softens skin in 3 weeks.") and a
narrower variant without it ("Softens skin."). Copy that writes the variant and goes on, in the
same clause, with the claim's closing words and another figure ("Softens skin in 1 week.")
states the long claim with a changed figure: the variant's words are found in it, but the
statement is not the variant. In a script that puts no space between words (Khmer, Thai) the
variant's wording is found right against the words that follow it, and no other trigger of the
sentence lies outside it, so nothing else would notice the change.

The closing words (the *tail*) are what the claim's wording adds to a variant that it begins
with; a continuation restates the tail when it shares a word of it and states a figure the tail
does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.brand_context.models import Claim
from nextbest.tools.compliance.claim_clauses import CLAUSE_END
from nextbest.tools.compliance.normalise import plain

_STOP = re.compile("[.!?\n\u0589\u0964\u0965\u104a\u104b\u1362\u17d4\u17d5]")
"""Where a continuation stops besides a clause break: a full stop, question or exclamation
mark, or a script's own (Armenian, the dandas, Burmese, Ethiopic, Khmer), or a line break."""


@dataclass(frozen=True)
class _Tail:
    """What a claim's wording adds to a variant it begins with.

    Attributes:
        words: The tail's skeleton words other than figures.
        figures: The tail's figures.
    """

    words: frozenset[str]
    figures: frozenset[str]


def _split(skeleton: str) -> tuple[frozenset[str], frozenset[str]]:
    """Skeleton words split into (words, figures)."""
    tokens = skeleton.split()
    figures = frozenset(t for t in tokens if any(c.isdigit() for c in t))
    return frozenset(tokens) - figures, figures


class ClaimTails:
    """The tails of every claim whose variants it begins with, read once per pack."""

    def __init__(self, claims: list[Claim]) -> None:
        """Read each claim's tails after its variants.

        Args:
            claims: The pack's claims.
        """
        self.tails: dict[str, list[_Tail]] = {}
        for claim in claims:
            full = plain(claim.text)
            for variant in claim.variants:
                head = plain(variant)
                if not head or len(head) >= len(full) or not full.startswith(head):
                    continue
                words, figures = _split(full[len(head) :])
                if figures and words:
                    self.tails.setdefault(claim.id, []).append(_Tail(words, figures))

    def changed_tail(self, claim: Claim, text: str, end: int, sentence_end: int) -> str | None:
        """The words after a claim's wording that restate its tail with another figure.

        Args:
            claim: The claim whose wording was found.
            text: The field's original text.
            end: Where the wording ends.
            sentence_end: Where its sentence ends.

        Returns:
            The continuation as written (stripped), or None when the wording is not carried on
            with a changed tail.
        """
        tails = self.tails.get(claim.id)
        if not tails:
            return None
        clause = _STOP.split(CLAUSE_END.split(text[end:sentence_end], maxsplit=1)[0], maxsplit=1)[0]
        words, figures = _split(plain(clause))
        if not figures:
            return None
        words = frozenset(w for w in words if len(w) > 1)  # a stray letter is no shared word
        for tail in tails:
            if words & tail.words and figures - tail.figures:
                return clause.strip()
        return None
