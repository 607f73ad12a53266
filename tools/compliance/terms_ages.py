"""The minimum age an offer's own terms set, and the higher ages they set in some regions.

Prize draws and age-gated promotions state who may take part in their terms: "Open to legal
residents of the 50 US states and DC, 18 or older (19 in AL and NE, 21 in MS).", short forms
"18+ (19+ AL/NE, 21+ MS)". The first age stated as a minimum ("18 or older", "18+", "aged 18
and over") is the offer's minimum age; a higher age followed by region codes ("19 in AL and
NE", "21+ MS") is the minimum in those regions. Region codes are written in capitals (two or
three letters), as postal and ISO codes are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

_MINIMUM = re.compile(
    r"\b(\d{2})\s*(?:\+|or\s+older\b|or\s+over\b|and\s+(?:over|older)\b|"
    r"years?\s+(?:of\s+age\s+)?(?:or|and)\s+(?:older|over)\b)"
)
_CODES = r"[A-Z]{2,3}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*[A-Z]{2,3}\b)*"
_REGIONAL = re.compile(r"\b(\d{2})(?:\+\s*(?:in\s+)?|\s+in\s+)(" + _CODES + r")\b")
_CODE = re.compile(r"[A-Z]{2,3}")


@dataclass(frozen=True)
class TermsAges:
    """Minimum ages an offer's terms state.

    Attributes:
        minimum: The age stated as the general minimum, None when the terms state none.
        by_region: Region code (upper case) → the higher minimum age stated for it.
    """

    minimum: int | None = None
    by_region: dict[str, int] = field(default_factory=dict)

    def for_region(self, region: str | None) -> int | None:
        """The minimum age for a recipient in ``region`` (``"MS"`` or ``"US-MS"``).

        Args:
            region: The recipient's region as the message writes it, None when unknown.

        Returns:
            The regional minimum when the terms state one for the region, else the general
            minimum (None when the terms state none).
        """
        if region:
            code = region.strip().upper().rsplit("-", 1)[-1]
            if code in self.by_region:
                return self.by_region[code]
        return self.minimum


@lru_cache(maxsize=256)
def terms_ages(terms: str) -> TermsAges:
    """The minimum ages ``terms`` state (see the module docstring).

    Args:
        terms: An offer's terms or disclosure.

    Returns:
        The general minimum and the regional minimums; empty when the terms state no age.
    """
    first = _MINIMUM.search(terms)
    if first is None:
        return TermsAges()
    minimum = int(first.group(1))
    by_region: dict[str, int] = {}
    for match in _REGIONAL.finditer(terms):
        age = int(match.group(1))
        if age <= minimum:
            continue  # "18+ US residents": the general minimum, said with where it holds
        for code in _CODE.findall(match.group(2)):
            by_region[code] = max(age, by_region.get(code, 0))
    return TermsAges(minimum, by_region)
