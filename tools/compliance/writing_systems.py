"""Copy written in a script none of the allowed languages is written in.

The function-word reader (:mod:`~nextbest.tools.compliance.language_id`) knows languages
written in the Latin alphabet. Copy in Devanagari, Chinese characters, Arabic or any other
script has none of their function words and is never judged by it, so an English-only rule
let a message written wholly in Hindi or Chinese through. The script itself says enough: when
most letters of the copy are of one script that no allowed language is written in, the copy is
not in an allowed language, whatever language it is.

Precision first: only when every allowed language's script is known (an unknown code judges
nothing), the foreign script has at least :data:`MIN_LETTERS` letters, and it holds most of
the copy's letters (a name or a quoted word in another script inside English copy is fine).
The Latin alphabet is never the foreign script: copy in a language written in it is the
function-word reader's to judge, and letters are no measure across scripts there. A Japanese
or Chinese character writes a syllable or a whole word, so a short English greeting or label
above a Japanese sentence (「NEW ARRIVALS｜新作のご案内」) outnumbers its characters with no English
sentence in it. A language written in two scripts (Serbian, Uzbek) may be narrowed to the one
the brand's locales name (``uz-Latn-UZ``): its other script is then a foreign one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latin"),
    (0x0061, 0x007A, "Latin"),
    (0x00C0, 0x024F, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x3040, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xAC00, 0xD7AF, "Hangul"),
)
"""Unicode blocks of letters and the script they write (sorted by start)."""
_STARTS = [start for start, _, _ in _RANGES]

_LATIN = (
    "en fr es pt it de nl sv fi cs sk ro tr pl hu da no nb nn is et lv lt sl hr bs sq mt ga cy "
    "gd eu ca gl id ms tl vi sw af lb fo fil haw"
)
"""Languages written in the Latin alphabet, with the three-letter codes locales use where no
two-letter code exists (``fil-PH``, Filipino; ``haw-US``, Hawaiian)."""
LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    **{code: frozenset({"Latin"}) for code in _LATIN.split()},
    "el": frozenset({"Greek"}),
    **{code: frozenset({"Cyrillic"}) for code in ("ru", "uk", "bg", "be", "mk", "kk", "mn")},
    **{code: frozenset({"Cyrillic", "Latin"}) for code in ("sr", "uz")},
    "hy": frozenset({"Armenian"}),
    "he": frozenset({"Hebrew"}),
    **{code: frozenset({"Arabic"}) for code in ("ar", "fa", "ur", "ps")},
    **{code: frozenset({"Devanagari"}) for code in ("hi", "mr", "ne", "sa")},
    "bn": frozenset({"Bengali"}),
    "pa": frozenset({"Gurmukhi"}),
    "gu": frozenset({"Gujarati"}),
    "or": frozenset({"Oriya"}),
    "ta": frozenset({"Tamil"}),
    "te": frozenset({"Telugu"}),
    "kn": frozenset({"Kannada"}),
    "ml": frozenset({"Malayalam"}),
    "si": frozenset({"Sinhala"}),
    "th": frozenset({"Thai"}),
    "lo": frozenset({"Lao"}),
    "my": frozenset({"Myanmar"}),
    "ka": frozenset({"Georgian"}),
    "km": frozenset({"Khmer"}),
    "zh": frozenset({"Han"}),
    "yue": frozenset({"Han"}),  # Cantonese (``yue-HK``)
    "ja": frozenset({"Han", "Kana"}),
    "ko": frozenset({"Hangul", "Han"}),
}
"""The scripts each language (ISO 639-1, or ISO 639-3 where a locale uses it) is written in."""

MIN_LETTERS = 12
"""Fewest letters of a foreign script that make a finding."""


@dataclass(frozen=True, slots=True)
class ScriptFinding:
    """Copy written mostly in a script no allowed language uses.

    Attributes:
        script: The script (``Devanagari``, ``Han``…).
        letters: How many of the copy's letters are in it.
        allowed_letters: How many are in a script of an allowed language.
    """

    script: str
    letters: int
    allowed_letters: int


def _script(char: str) -> str | None:
    """The script of one letter, or None (a digit, a mark, punctuation, an unlisted block)."""
    code = ord(char)
    index = bisect_right(_STARTS, code) - 1
    if index < 0:
        return None
    start, end, script = _RANGES[index]
    return script if start <= code <= end and char.isalpha() else None


def foreign_script(
    text: str,
    allowed: frozenset[str],
    written_in: Mapping[str, frozenset[str]] | None = None,
) -> ScriptFinding | None:
    """Whether ``text`` is written mostly in a script none of ``allowed`` is written in.

    Args:
        text: The copy (names, links and mandated wording blanked).
        allowed: ISO 639-1 codes of the languages the copy may be in.
        written_in: The scripts the brand writes some languages in, in place of every script
            they are written in (Uzbek in Latin letters only:
            :mod:`~nextbest.tools.compliance.locale_scripts`).

    Returns:
        The finding, or None (also when an allowed language's script is not known).
    """
    if text.isascii() or not allowed:
        return None
    each = [(written_in or {}).get(code) or LANGUAGE_SCRIPTS.get(code) for code in allowed]
    if None in each:
        return None
    scripts = frozenset().union(*(s for s in each if s is not None))
    counts: dict[str, int] = {}
    for char in text:
        if char.isascii():
            if char.isalpha():
                counts["Latin"] = counts.get("Latin", 0) + 1
            continue
        script = _script(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    foreign = [(n, s) for s, n in counts.items() if s not in scripts and s != "Latin"]
    if not foreign:
        return None
    letters, script = max(foreign)
    total = sum(counts.values())
    if letters < MIN_LETTERS or 2 * letters <= total:
        return None
    return ScriptFinding(script, letters, sum(n for s, n in counts.items() if s in scripts))
