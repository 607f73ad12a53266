"""Czech or Slovak: the spelling and the few words that tell the two sister languages apart.

Czech and Slovak share most of their function words (``a``, ``na``, ``v``, ``je``, ``že``,
``vás``), so the function-word reader (:mod:`~nextbest.tools.compliance.language_id`) never
finds one far enough ahead of the other to judge. Their spelling tells them apart: only Czech
writes ``ě``, ``ř`` and ``ů`` ("děkujeme", "při", "můžete"), only Slovak writes ``ä``, ``ľ``,
``ĺ``, ``ŕ`` and ``ô`` ("päť", "ľudia", "môžete"); and a few common words are each one's own
(Czech ``se``, ``jsou``, ``pro``, ``nebo``, ``když``; Slovak ``sa``, ``sú``, ``pre``,
``alebo``, ``keď``).

Under a rule that allows one of the two and not the other, copy whose words carry at least
:data:`MIN_MARKS` marks of the other language and hardly any of its own (fewer than one in
:data:`RATIO`) is written in the other language. Copy typed without diacritics shows few marks
and is left alone, as is a stray name ("Dvořák") in copy of the allowed language, and copy
whose function words lead with a third language (English copy naming Czech places).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.tools.compliance.language_id import language_scores

PAIR: frozenset[str] = frozenset({"cs", "sk"})
"""The two languages told apart here (ISO 639-1)."""

_LETTERS: dict[str, frozenset[str]] = {
    "cs": frozenset("ěřů"),
    "sk": frozenset("äľĺŕô"),
}
"""Letters only one of the two languages writes (lower case)."""

_WORDS: dict[str, frozenset[str]] = {
    "cs": frozenset({
        "se", "jsou", "jsme", "jsem", "jste", "jsi", "pro", "nebo", "když", "kdyz", "protože",
        "protoze", "jen", "ještě", "jeste", "není", "neni", "který", "ktery", "která", "ktera",
        "které", "ktere", "kterou", "jako",
    }),
    "sk": frozenset({
        "sa", "sú", "su", "sme", "som", "pre", "alebo", "keď", "ked", "pretože", "pretoze",
        "tiež", "tiez", "len", "ešte", "este", "nie", "ktorý", "ktory", "ktorá", "ktora",
        "ktoré", "ktore", "ktorú", "ako", "aj",
    }),
}  # fmt: skip
"""Common words only one of the two languages uses (case-folded; also without diacritics)."""

MIN_MARKS = 3
"""Fewest marks (a word with a letter or a word of its own) of the other language."""
RATIO = 4
"""How many times the allowed language's marks the other language's must be."""

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SisterReading:
    """Copy found written in the sister language of the allowed one.

    Attributes:
        language: The language the copy is written in (``cs`` or ``sk``).
        marks: Its marks in the copy.
        allowed_marks: The allowed sister language's marks.
    """

    language: str
    marks: int
    allowed_marks: int


def marks(text: str) -> dict[str, int]:
    """How many words of ``text`` carry a mark of each of the two languages.

    Args:
        text: Copy (names, links and mandated wording already blanked).

    Returns:
        ``{"cs": n, "sk": m}``.
    """
    found = dict.fromkeys(sorted(PAIR), 0)
    for word in _WORD.findall(text.casefold()):
        for code in found:
            if word in _WORDS[code] or not _LETTERS[code].isdisjoint(word):
                found[code] += 1
    return found


def sister_language(text: str, allowed: frozenset[str]) -> SisterReading | None:
    """The sister language ``text`` is plainly written in, when only the other is allowed.

    Args:
        text: Copy (names, links and mandated wording already blanked).
        allowed: ISO 639-1 codes the copy may be written in.

    Returns:
        The reading, or None: both or neither of the two allowed, copy whose function words
        lead with a third language, too few marks of the other, or too many of the allowed one.
    """
    wanted = allowed & PAIR
    if len(wanted) != 1 or text.isascii():
        return None
    if language_scores(text).best()[0] not in PAIR:
        return None
    (own,) = wanted
    (other,) = PAIR - wanted
    found = marks(text)
    if found[other] < MIN_MARKS or found[other] < RATIO * found[own]:
        return None
    return SisterReading(other, found[other], found[own])
