"""Compliance officers' regular expressions that keep letter case in part of the pattern.

Officers' patterns run case-insensitively on the folded view, which is lower-cased, so a
scoped case-sensitive group such as ``(?-i:PHX|SEA)`` (airport codes in capitals, never the
word "sea") could never match there, and written in lower case it would match every ordinary
word. A pattern that turns case-insensitivity off anywhere is run on the original text
instead, still case-insensitive outside its scoped groups.

The folded view has no diacritics either, so a pattern that names a letter with one (a
character class of accented letters ``[àâç]``, a word ``crème``) could never match there: it
is run on the original text as well as on the folded view (its plain letters still match
through the fold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nextbest.tools.compliance.kinds.base import FieldText
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.prefilter import Prefiltered

_CASE_SCOPE = re.compile(r"\(\?[aiLmsux]*-[imsx]*i[imsx]*[:)]")


def keeps_case(pattern: str) -> bool:
    """Whether ``pattern`` turns case-insensitivity off for some group (``(?-i:…)``).

    Args:
        pattern: The officer's regular expression.

    Returns:
        True when part of the pattern must match letter case as written.
    """
    return bool(_CASE_SCOPE.search(pattern))


def names_marked_letters(pattern: str) -> bool:
    """Whether ``pattern`` names a letter the folded view never holds (``é``, ``ř``, ``ß``).

    Args:
        pattern: The officer's regular expression.

    Returns:
        True when some letter of the pattern folds to another (plain) form.
    """
    if pattern.isascii():
        return False
    return any(
        not char.isascii() and char.isalpha() and fold(char).text != char for char in set(pattern)
    )


@dataclass(frozen=True)
class OfficerPattern:
    """One compiled officer pattern and the view it runs on.

    Attributes:
        regex: The compiled pattern (case-insensitive outside scoped groups).
        on_original: Whether it runs on the original text (it keeps case somewhere, or names
            a letter with a diacritic).
        also_folded: Whether it runs on the folded view too (it names a letter with a
            diacritic and keeps no case: its plain letters match through the fold).
        scan: The pattern with the literals it needs (a text without them is not scanned).
    """

    regex: re.Pattern[str]
    on_original: bool
    also_folded: bool = False
    scan: Prefiltered = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Read the literals the pattern needs, so a text without them is not scanned."""
        object.__setattr__(self, "scan", Prefiltered(self.regex))

    @classmethod
    def compile(cls, pattern: str) -> OfficerPattern:
        """Compile ``pattern`` case-insensitively and choose its view.

        Args:
            pattern: The officer's regular expression.

        Returns:
            The compiled pattern.
        """
        cased = keeps_case(pattern)
        marked = names_marked_letters(pattern)
        return cls(re.compile(pattern, re.IGNORECASE), cased or marked, marked and not cased)

    def spans(self, text: FieldText) -> list[tuple[int, int]]:
        """Non-empty matches in ``text`` as spans of its original text.

        Args:
            text: The field's views.

        Returns:
            ``(start, end)`` per match, in the original text (a new list). A pattern several
            rules share (one trigger list anchored in many disclosure rules) is scanned once
            per field.
        """
        key = (self.regex.pattern, self.regex.flags, self.on_original, self.also_folded)
        found = text.officer_spans.get(key)
        if found is None:
            found = text.officer_spans[key] = self._scan(text)
        return list(found)

    def _scan(self, text: FieldText) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if self.on_original:
            found = [m.span() for m in self.scan.finditer(text.original) if m.end() > m.start()]
            if not self.also_folded:
                return found
        view = text.folded
        folded = [
            view.original_span(*m.span())
            for m in self.scan.finditer(view.text)
            if m.end() > m.start()
        ]
        if not found:
            return folded
        return sorted(set(found).union(folded))
