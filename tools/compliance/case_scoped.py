"""Compliance officers' regular expressions that keep letter case in part of the pattern.

Officers' patterns run case-insensitively on the folded view, which is lower-cased, so a
scoped case-sensitive group such as ``(?-i:PHX|SEA)`` (airport codes in capitals, never the
word "sea") could never match there, and written in lower case it would match every ordinary
word. A pattern that turns case-insensitivity off anywhere is run on the original text
instead, still case-insensitive outside its scoped groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nextbest.tools.compliance.kinds.base import FieldText
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


@dataclass(frozen=True)
class OfficerPattern:
    """One compiled officer pattern and the view it runs on.

    Attributes:
        regex: The compiled pattern (case-insensitive outside scoped groups).
        on_original: Whether it runs on the original text (it keeps case somewhere).
        scan: The pattern with the literals it needs (a text without them is not scanned).
    """

    regex: re.Pattern[str]
    on_original: bool
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
        return cls(re.compile(pattern, re.IGNORECASE), keeps_case(pattern))

    def spans(self, text: FieldText) -> list[tuple[int, int]]:
        """Non-empty matches in ``text`` as spans of its original text.

        Args:
            text: The field's views.

        Returns:
            ``(start, end)`` per match, in the original text (a new list). A pattern several
            rules share (one trigger list anchored in many disclosure rules) is scanned once
            per field.
        """
        key = (self.regex.pattern, self.regex.flags, self.on_original)
        found = text.officer_spans.get(key)
        if found is None:
            found = text.officer_spans[key] = self._scan(text)
        return list(found)

    def _scan(self, text: FieldText) -> list[tuple[int, int]]:
        if self.on_original:
            return [m.span() for m in self.scan.finditer(text.original) if m.end() > m.start()]
        view = text.folded
        return [
            view.original_span(*m.span())
            for m in self.scan.finditer(view.text)
            if m.end() > m.start()
        ]
