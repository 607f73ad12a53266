"""Figures written after their unit's noun, as the Bantu languages count.

Kinyarwanda, Kirundi, Swahili, Luganda, Chichewa, Shona, Zulu and Xhosa put a numeral after the
noun it counts: "amasaha 10" (ten hours), "miaka 3" (three years), "inchi 40" (forty inches). A
product fact stated in such a unit ("channels", "hours", "years") is then written unit first,
and a figure there is said of the product as the unit-after order is in other languages. The
order is read only for brands whose locales name one of these languages: elsewhere "hours 9-17"
is an opening time, not a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NOUN_FIRST_LANGUAGES = frozenset({"rw", "rn", "sw", "lg", "ny", "sn", "zu", "xh"})
"""Languages (ISO 639-1) whose numerals follow the noun they count."""

MIN_UNIT = 3
"""Letters a unit needs to be read before its figure: a sign or a short symbol ("W", "kg") is
written after the figure in these languages too."""


def counts_noun_first(locales: Iterable[str]) -> bool:
    """Whether one of the brand's locales is a language that writes its numerals after the noun.

    Args:
        locales: The brand's locales ("rw-RW", "sw").

    Returns:
        True when the language of one of them is in :data:`NOUN_FIRST_LANGUAGES`.
    """
    return any(
        re.split(r"[-_]", locale.strip().lower())[0] in NOUN_FIRST_LANGUAGES for locale in locales
    )


def noun_first_pattern(units: Iterable[str], number: str) -> re.Pattern[str] | None:
    """A pattern of a figure written after one of ``units``, its group 1 the figure.

    Args:
        units: A fact's unit and its aliases, lower case.
        number: The figure's pattern, with one group.

    Returns:
        The compiled pattern, or None when no unit is a word of :data:`MIN_UNIT` letters or
        more. A figure followed by a range, a time or a share ("9-17", "8:30", "5 %") is not
        a count.
    """
    words = sorted(
        (u for u in units if len(u) >= MIN_UNIT and u.replace(" ", "").isalpha()),
        key=len,
        reverse=True,
    )
    if not words:
        return None
    return re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(re.escape(u) for u in words)
        + r")\s+"
        + number
        + r"(?![\d.,]?\d)(?!\s*(?:[-–/:]\s*\d|%))",
        re.IGNORECASE,
    )
