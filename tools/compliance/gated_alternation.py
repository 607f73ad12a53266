"""An alternation scanned with only the alternatives whose needed literals a text holds.

A fixed list of idiom patterns (the everyday senses, the set phrases) is scanned as one
alternation ``(?:a)|(?:b)|…``: at every word start the regex engine tries every alternative,
so the scan costs about as many tries as there are alternatives, although most texts can match
none or one of them. Each alternative is read for the literals its matches need
(:class:`~nextbest.tools.compliance.prefilter.Prefiltered`); a text is scanned with the
alternation of those alternatives only whose literals it holds, compiled once per such subset
and kept.

The matches are the same. An alternative left out has no match anywhere in the text, so at no
position is it the first alternative to match; the others keep their order, and the first one
that matches at each position is the one the whole alternation takes there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from nextbest.tools.compliance.prefilter import Prefiltered

CACHE_SIZE = 512
"""Most subsets kept compiled per alternation (emptied when full)."""


def plain_join(alternatives: Sequence[str]) -> str:
    """``(?:a)|(?:b)|…``: the plain alternation of ``alternatives``, in order.

    Args:
        alternatives: Regular expressions.

    Returns:
        One pattern whose matches at each position are those of the first alternative matching.
    """
    return "|".join(f"(?:{a})" for a in alternatives)


class GatedAlternation:
    """An alternation of fixed patterns, scanned with the alternatives a text can match.

    Attributes:
        alternatives: The patterns, in order of preference.
        flags: The flags they are compiled with.
        full: The whole alternation (what a text holding every needed literal is scanned with).
    """

    def __init__(
        self,
        alternatives: Sequence[str],
        flags: int = 0,
        join: Callable[[Sequence[str]], str] = plain_join,
    ) -> None:
        """Compile the whole alternation and read each alternative's needed literals.

        Args:
            alternatives: The patterns, in order of preference. Each must stand on its own
                (no back-reference to another's group, no global inline flags).
            flags: Flags for every pattern.
            join: How a list of alternatives becomes one pattern (the same matches as
                :func:`plain_join`, e.g. with a shared guard tested once).
        """
        self.alternatives = tuple(alternatives)
        self.flags = flags
        self._join = join
        self.full = re.compile(join(self.alternatives), flags)
        self._gates = [Prefiltered(re.compile(a, flags)) for a in self.alternatives]
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}

    def pattern_for(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the alternatives ``text`` may match (None when it may match none).

        Args:
            text: The text to scan.

        Returns:
            :attr:`full` when every alternative may match, else the alternation of those that
            may, compiled once per subset; None when none may.
        """
        kept = tuple(i for i, gate in enumerate(self._gates) if gate.possible(text))
        if len(kept) == len(self._gates):
            return self.full
        if not kept:
            return None
        pattern = self._subsets.get(kept)
        if pattern is None:
            if len(self._subsets) >= CACHE_SIZE:
                self._subsets.clear()
            pattern = re.compile(self._join([self.alternatives[i] for i in kept]), self.flags)
            self._subsets[kept] = pattern
        return pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the whole alternation in ``text`` (same spans, same order).

        Args:
            text: The text to scan.

        Returns:
            An iterator over the matches. Their spans and texts are those of
            ``full.finditer(text)``; group numbers are those of the subset's pattern.
        """
        pattern = self.pattern_for(text)
        return iter(()) if pattern is None else pattern.finditer(text)
