"""Text normalisation for matching, with an offset map back to the original text.

Evasion is real: ``CUR3``, ``c.u.r.e``, ``сure`` (Cyrillic ``с``) and ``cu\u200bre`` (a zero-width
space) all mean "cure". The engine never matches on raw text. It matches on *views* of it, and
every view keeps, for each of its characters, the index of the original character it came
from, so a violation can point at the words the customer would actually see.

Views:

- :func:`fold` — Unicode NFKC, diacritics stripped, case folded, homoglyphs mapped to Latin,
  zero-width and invisible characters dropped, whitespace runs collapsed to one space, an
  apostrophe grouping thousands (``1'250``) read as a space (``1 250``), a figure grouped in
  lakh and crore (``2,35,500``) regrouped by thousands (``235,500``,
  :mod:`~nextbest.tools.compliance.lakh_grouping`), a rupiah amount written short (``Rp25 rb``)
  written out (``rp25.000``, :mod:`~nextbest.tools.compliance.rupiah_short_forms`), the
  ariary's short sign after a figure (``15 000 Ar``) written out (``15 000 ariary``,
  :mod:`~nextbest.tools.compliance.ariary_currencies`).
  Punctuation is kept. Used for claims, offers, disclosures and required elements.
- :func:`skeleton` — ``fold`` plus every punctuation mark except the few that carry meaning
  or leetspeak (``$ % # @ ! | +``) turned into a space. Used for banned phrases and claim
  triggers, so ``eco-friendly``, ``eco friendly`` and ``eco.friendly`` read the same.
- :func:`link_view` — NFKC, invisible characters dropped, case folded, but *no* homoglyph
  mapping, so a look-alike domain stays distinct from the real one.

Leetspeak and letters split by spaces are handled where phrases are compiled
(:func:`~nextbest.tools.compliance.phrases.phrase_pattern`), not by rewriting the text, so
that numbers such as ``$40`` or ``72 hours`` stay intact in every view.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from nextbest.tools.compliance.ariary_currencies import SHORT_SIGN, write_out_short_signs
from nextbest.tools.compliance.lakh_grouping import regroup_lakh_figures
from nextbest.tools.compliance.nepali_rupees import mark_rupee_short_forms
from nextbest.tools.compliance.offset_splices import FigureRewrite
from nextbest.tools.compliance.rupiah_short_forms import expand_rupiah_short_forms

HOMOGLYPHS: dict[str, str] = {
    # Cyrillic, upper and lower case.
    "а": "a", "А": "a", "в": "b", "В": "b", "с": "c", "С": "c", "ԁ": "d", "е": "e", "Е": "e",
    "ё": "e", "Ё": "e", "һ": "h", "Н": "h", "н": "h", "і": "i", "І": "i", "ї": "i", "Ї": "i",
    "ј": "j", "Ј": "j", "к": "k", "К": "k", "М": "m", "м": "m", "о": "o", "О": "o", "р": "p",
    "Р": "p", "ԛ": "q", "ѕ": "s", "Ѕ": "s", "т": "t", "Т": "t", "у": "y", "У": "y", "х": "x",
    "Х": "x", "ԝ": "w", "Ԝ": "w", "ɡ": "g", "ո": "n", "ս": "u", "Ь": "b", "ь": "b",
    # Greek, upper and lower case.
    "α": "a", "Α": "a", "β": "b", "Β": "b", "ε": "e", "Ε": "e", "Ζ": "z", "Η": "h", "ι": "i",
    "Ι": "i", "κ": "k", "Κ": "k", "Μ": "m", "ν": "v", "Ν": "n", "ο": "o", "Ο": "o", "ρ": "p",
    "Ρ": "p", "τ": "t", "Τ": "t", "υ": "u", "Υ": "y", "χ": "x", "Χ": "x", "ϲ": "c", "Ϲ": "c",
    # Latin letters that NFKD does not decompose.
    "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "ŧ": "t",
    "ƒ": "f", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
    # Typographic punctuation to ASCII.
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2026": "...", "\u00b7": ".", "\u2022": ".", "\u2219": ".",
    # Arabic-Indic and Persian digits, the Arabic thousands and decimal separators and percent
    # sign: "١٬٢٥٠" is 1,250 ("١٬٢٥٠ درهم" a price), "٪١٥" is %15.
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u066c": ",", "\u066b": ".", "\u066a": "%",
}  # fmt: skip
"""Characters that look like (or stand for) Latin letters or ASCII punctuation."""

INVISIBLE: frozenset[str] = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f"
    "\u180e\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2066\u2067\u2068\u2069\u202a\u202b\u202c"
    "\u202d\u202e"
)
"""Zero-width, joiner, direction and filler characters that render as nothing."""

SKELETON_KEEP: frozenset[str] = frozenset("$%#@!|+")
"""Punctuation the skeleton view keeps: money, percent, hashtags and leetspeak letters."""

LEET: dict[str, str] = {
    "a": "a4@",
    "b": "b8",
    "c": "c(",
    "e": "e3",
    "g": "g9",
    "i": "i1!|",
    "l": "l1|",
    "o": "o0",
    "s": "s5$",
    "t": "t7+",
    "z": "z2",
}
"""Leetspeak substitutes per letter, used when compiling phrase patterns."""

WORD_CHARS = "a-z0-9"
"""Characters of a word in skeleton and folded text (for word-boundary guards)."""


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A normalised view of a text and, per character, where it came from.

    Attributes:
        text: The normalised text.
        offsets: ``offsets[i]`` is the index in the original text of the character that produced
            ``text[i]``.
        original_length: Length of the original text (for spans that reach the end).
    """

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` back to the original text.

        Args:
            start: Start index in the normalised text.
            end: End index (exclusive) in the normalised text.

        Returns:
            The ``(start, end)`` span in the original text, end exclusive.
        """
        offsets = self.offsets
        size = len(offsets)
        if not size:
            return (0, 0)
        # Clamp start to [0, size - 1] and end to [start + 1, size] (no min/max: a hot path).
        if start < 0:
            start = 0
        elif start >= size:
            start = size - 1
        if end <= start:
            end = start + 1
        elif end > size:
            end = size
        return (offsets[start], offsets[end - 1] + 1)


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """Normalise one character: '' to drop it, ' ' for whitespace, else its folded form."""
    if char in INVISIBLE:
        return ""
    if char in "\n\r":
        return "\n"
    if char.isspace():
        return " "
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Cc":
        return " "
    if char in HOMOGLYPHS:
        return HOMOGLYPHS[char]
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", char)):
        if unicodedata.combining(part) or unicodedata.category(part) in ("Mn", "Me"):
            continue
        part = HOMOGLYPHS.get(part, part)
        out.append(part.casefold())
    folded = "".join(out)
    return "".join(HOMOGLYPHS.get(c, c) for c in folded)


@lru_cache(maxsize=8192)
def _link_char(char: str) -> str:
    """Normalise one character for link extraction: no homoglyph mapping."""
    if char in INVISIBLE or unicodedata.category(char) == "Cf":
        return ""
    if char.isspace():
        return " "
    return unicodedata.normalize("NFKC", char).casefold()


_ASCII_FOLD = str.maketrans(
    {**{chr(i): " " for i in range(32) if chr(i) != "\n"}, "\r": "\n", chr(127): " "}
)
_WS_RUN = re.compile(r"[ \n]{2,}|^[ \n]|[ \n]\Z")
"""Whitespace runs that change in :func:`_collapse`: a single space or line break between two
words stays as it is, so only longer runs and the ends are visited."""
SIGN_LETTERS: dict[str, str] = {"¥": "y", "€": "e", "¢": "c"}
"""Currency signs that stand for a letter when written between two letters (``cr¥pto``)."""
_SIGN_IN_WORD = re.compile(r"(?<=[a-z])[¥€¢](?=[a-z])")

_SKELETON_SEPARATORS = re.compile(r"(?:[^\w$%#@!|+]|_){2,}|(?! )(?:[^\w$%#@!|+]|_)|^ | \Z")
"""Separator runs that change in :func:`skeleton_of` (a single space between words stays)."""


def _collapse(
    text: str, offsets: Sequence[int], keep_newlines: bool, original_length: int
) -> NormalisedText:
    """Collapse runs of spaces/newlines in a 1:1-mapped text; strip both ends."""
    if not keep_newlines:
        text = text.replace("\n", " ")
    parts: list[str] = []
    kept: list[int] = []
    position, size = 0, len(text)
    for run in _WS_RUN.finditer(text):
        start, end = run.span()
        parts.append(text[position:start])
        kept.extend(offsets[position:start])
        if start > 0 and end < size:
            parts.append("\n" if "\n" in run.group() else " ")
            kept.append(offsets[start])
        position = end
    parts.append(text[position:])
    kept.extend(offsets[position:])
    return NormalisedText("".join(parts), tuple(kept), original_length)


def _build(text: str, mapper: Callable[[str], str], keep_newlines: bool) -> NormalisedText:
    if text.isascii():  # fast path: ASCII maps one to one (lower case, controls to spaces)
        return _collapse(
            text.lower().translate(_ASCII_FOLD), range(len(text)), keep_newlines, len(text)
        )
    out: list[str] = []
    offsets: list[int] = []
    table = _ascii_table(mapper)
    if table is None:
        for index, char in enumerate(text):
            for piece in mapper(char):
                out.append(piece)
                offsets.append(index)
        return _collapse("".join(out), offsets, keep_newlines, len(text))
    position = 0  # ASCII stretches mapped at once, one character to one; the rest per character
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        if index > position:
            out.append(text[position:index].translate(table))
            offsets.extend(range(position, index))
        mapped = mapper(match.group())
        out.append(mapped)
        offsets.extend([index] * len(mapped))
        position = index + 1
    if position < len(text):
        out.append(text[position:].translate(table))
        offsets.extend(range(position, len(text)))
    return _collapse("".join(out), offsets, keep_newlines, len(text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8)
def _ascii_table(mapper: Callable[[str], str]) -> dict[int, str] | None:
    """``mapper`` over the ASCII characters as a translation table (None if one is not 1:1)."""
    table = {i: mapper(chr(i)) for i in range(128)}
    return table if all(len(v) == 1 for v in table.values()) else None


_FIGURE_REWRITES: tuple[FigureRewrite, ...] = (
    mark_rupee_short_forms,
    regroup_lakh_figures,
    expand_rupiah_short_forms,
    write_out_short_signs,
)
"""The rewrites of figures in the folded view, in order: a rupee short form marked, lakh
grouping regrouped by thousands, short rupiah amounts written out, the ariary sign written out."""


@lru_cache(maxsize=4096)
def fold(text: str) -> NormalisedText:
    r"""The folded view: NFKC, no diacritics, case folded, homoglyphs mapped, invisibles dropped.

    Whitespace runs become one space; line breaks are kept (as one ``\\n``) so that sentences
    and lines can still be told apart.

    Args:
        text: Original text.

    Returns:
        The folded view with its offset map.
    """
    folded = _build(text, _fold_char, keep_newlines=True)
    if "'" in folded.text and _DIGIT_GROUP_APOSTROPHE.search(folded.text):
        folded = NormalisedText(
            _DIGIT_GROUP_APOSTROPHE.sub(" ", folded.text), folded.offsets, len(text)
        )
    if "%" in folded.text and _LEADING_PERCENT.search(folded.text):
        folded = NormalisedText(
            _LEADING_PERCENT.sub(_trailing_percent, folded.text), folded.offsets, len(text)
        )
    for rewrite in _FIGURE_REWRITES:
        rewritten = rewrite(text, folded.text, folded.offsets)
        if rewritten is not None:
            folded = NormalisedText(rewritten[0], tuple(rewritten[1]), len(text))
    return folded


_LEADING_PERCENT = re.compile(
    r"(?<![\w%/=&?])(?<!\d[ \u00a0])%([ \u00a0]?)(\d+(?:[.,]\d+)?)(?![\d%])"
)
"""A percent sign written before its figure, as Turkish copy writes it ("%25 indirim") and
Basque copy with a space ("% 25", "% 25eko deskontua", a 25 % discount): in the folded view it
follows the figure ("25% indirim", "25 %", "25%-eko deskontua": the same number of characters,
offsets kept), so every percentage reader reads it. A "%" inside a word or a web address
("a%20b"), or one that follows a figure of its own ("20 % 5"), is left alone."""
_SPACED_PERCENT = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x20\x7f]%|%[\x00-\x09\x0b\x0c\x0e-\x20\x7f]")
"""A percent sign with white space or a control character beside it, which :func:`fold` turns
into one space (runs of them too): :func:`plain` then reads the text the long way."""


def _trailing_percent(match: re.Match[str]) -> str:
    """A leading percent written after its figure, in as many characters (see above).

    The space a Basque figure puts after its "%" goes before the sign, or, when a case ending
    is joined to the figure ("% 25eko"), becomes the hyphen that joins it after the sign
    ("25%-eko"), as "25%-os" is written in Hungarian.
    """
    space, figure = match.group(1), match.group(2)
    if not space:
        return f"{figure}%"
    following = match.string[match.end() : match.end() + 1]
    if following.isalpha():
        return f"{figure}%-"
    return f"{figure}{space}%"


_DIGIT_GROUP_APOSTROPHE = re.compile(r"(?<=\d)'(?=\d{3}(?!\d))")
"""An apostrophe that groups thousands, as Swiss copy writes figures ("Fr. 2'480.–"): in the
folded view it reads as the space other locales group with, so every figure reader reads
"2 480" as one figure, not "2" cut at the apostrophe."""


@lru_cache(maxsize=4096)
def skeleton(text: str) -> NormalisedText:
    """The skeleton view: :func:`fold` with punctuation (except ``$ % # @ ! | +``) as spaces.

    Args:
        text: Original text.

    Returns:
        The skeleton view with its offset map, on one line.
    """
    return skeleton_of(fold(text))


def skeleton_of(folded: NormalisedText) -> NormalisedText:
    """The skeleton view derived from an already folded view.

    Every maximal run of separators (all but letters, digits and ``$ % # @ ! | +``; white space
    and ``_`` included) becomes one space, kept with the offset of the run's first character,
    and a run at either end is dropped. An ASCII text has no sign written as a letter and no
    separator beyond ASCII, so its separators are turned into spaces at once
    (:data:`_SKELETON_ASCII`, one character to one) and the space runs collapsed.

    Args:
        folded: A view produced by :func:`fold`.

    Returns:
        The skeleton view, with offsets into the same original text.
    """
    text, offsets = folded.text, folded.offsets
    if text.isascii():  # every ASCII separator a space, then each run of them one space
        return _collapse(text.translate(_SKELETON_ASCII), offsets, False, folded.original_length)
    if _SIGN_IN_WORD.search(text):  # "cr¥pto", "fr€e": a currency sign written as a letter
        text = _SIGN_IN_WORD.sub(lambda m: SIGN_LETTERS[m.group()], text)
    parts: list[str] = []
    kept: list[int] = []
    position, size = 0, len(text)
    for run in _SKELETON_SEPARATORS.finditer(text):
        start, end = run.span()
        parts.append(text[position:start])
        kept.extend(offsets[position:start])
        if start > 0 and end < size:
            parts.append(" ")
            kept.append(offsets[start])
        position = end
    parts.append(text[position:])
    kept.extend(offsets[position:])
    return NormalisedText("".join(parts), tuple(kept), folded.original_length)


@lru_cache(maxsize=4096)
def link_view(text: str) -> NormalisedText:
    """The link view: NFKC, case folded, invisibles dropped, look-alike letters kept as they are.

    Args:
        text: Original text.

    Returns:
        The link view with its offset map.
    """
    return _build(text, _link_char, keep_newlines=False)


_SKELETON_ASCII = str.maketrans(
    {chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) in "$%#@!|+")}
)
"""Every ASCII separator of :func:`skeleton_of` (all but letters, digits and ``$ % # @ ! | +``)
as a space."""


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """The skeleton text of ``text`` (no offsets): for comparing two short wordings.

    An ASCII text needs no offsets and no character mapping: its skeleton is its lower-cased
    words (runs of letters, digits and ``$ % # @ ! | +``) joined by single spaces, which is
    what :func:`fold` then :func:`skeleton_of` make of it (every run of separators, white space
    included, becomes one space between two words and nothing at either end).

    Args:
        text: Any text, e.g. an approved claim or a disclosure.

    Returns:
        Its skeleton string.
    """
    if text.isascii() and SHORT_SIGN not in text:  # "15 000 Ar": fold writes the sign out
        lower = text.lower()
        if "%" in lower:
            if _SPACED_PERCENT.search(lower):
                return skeleton(text).text  # "% 25": spaces as fold reads them before the sign
            lower = _LEADING_PERCENT.sub(_trailing_percent, lower)
        return " ".join(lower.translate(_SKELETON_ASCII).split())
    return skeleton(text).text


_SPACED_RUN = re.compile(r"(?<![^ ])[a-z0-9$@!|+](?: [a-z0-9$@!|+]){2,}(?![^ ])")


@lru_cache(maxsize=4096)
def collapse_spaced_after_word(view: NormalisedText) -> NormalisedText | None:
    """Like :func:`collapse_spaced`, but a one-letter word opening a run stays apart.

    "get a f r e e phone": the article ``a`` is no letter of the spaced word, so the run is
    read ``a free`` as well as ``afree``.

    Args:
        view: A skeleton view.

    Returns:
        The collapsed view, or None when no run of four or more opens with ``a`` or ``i``.
    """
    runs = [
        run for run in _SPACED_RUN.finditer(view.text)
        if run.group()[:2] in ("a ", "i ") and run.end() - run.start() >= 7
    ]  # fmt: skip
    if not runs:
        return None
    drop: set[int] = set()
    for run in _SPACED_RUN.finditer(view.text):
        apart = run.start() + 1 if any(r.start() == run.start() for r in runs) else -1
        drop.update(i for i in range(run.start(), run.end()) if view.text[i] == " " and i != apart)
    return _without(view, drop)


@lru_cache(maxsize=4096)  # views are immutable; a text's views are read by several rules
def collapse_spaced(view: NormalisedText) -> NormalisedText | None:
    """The view with runs of three or more single characters joined (``c u r e`` → ``cure``).

    In the skeleton view ``c.u.r.e``, ``c-u-r-e`` and ``C U R E`` all read ``c u r e``.

    Args:
        view: A skeleton view.

    Returns:
        The collapsed view with offsets into the same original text, or None when the text
        has no such run (the common case).
    """
    runs = list(_SPACED_RUN.finditer(view.text))
    if not runs:
        return None
    drop: set[int] = set()
    for run in runs:
        drop.update(i for i in range(run.start(), run.end()) if view.text[i] == " ")
    return _without(view, drop)


def _without(view: NormalisedText, drop: set[int]) -> NormalisedText:
    """The view without the characters at the positions ``drop``."""
    keep = [i for i in range(len(view.text)) if i not in drop]
    return NormalisedText(
        "".join(view.text[i] for i in keep),
        tuple(view.offsets[i] for i in keep),
        view.original_length,
    )


_INNER_PUNCTUATION = re.compile(r"(?<=[^\W_])[^\w\s$%#@!|+]+(?=[^\W_])|(?<=[^\W_])_+(?=[^\W_])")

JOIN_CONTEXT = 2
"""Words kept on each side of a joined word in :func:`join_punctuation` (for phrases)."""


def _seams(offsets: tuple[int, ...], dropped: set[int]) -> set[int]:
    """Positions ``i`` of a view whose next character follows a dropped original character.

    ``offsets`` never decrease (every view keeps its characters in order), so the position
    before a dropped original index ``j`` is the last one whose offset is below ``j``, found by
    bisection: it is a seam when the next offset lies beyond ``j``.

    Args:
        offsets: A view's offsets into the original text, non-decreasing.
        dropped: Original indices that the view dropped (the first of each run).

    Returns:
        The positions ``i`` with ``offsets[i] < j < offsets[i + 1]`` for some ``j`` in
        ``dropped``.
    """
    found: set[int] = set()
    last = len(offsets) - 1
    for j in dropped:
        i = bisect_left(offsets, j) - 1
        if 0 <= i < last and offsets[i + 1] > j:
            found.add(i)
    return found


@lru_cache(maxsize=4096)  # views are immutable; a text's views are read by several rules
def join_punctuation(folded: NormalisedText) -> NormalisedText | None:
    """Words with punctuation *inside* them joined (``cu.re`` → ``cure``), with some context.

    Only the joined words and :data:`JOIN_CONTEXT` words either side are kept (separated by
    spaces), so matching on this view costs little; everything else is already in the
    skeleton view.

    Args:
        folded: A view produced by :func:`fold`.

    Returns:
        A skeleton-like view of the joined words, or None when no word contains punctuation.
    """
    text = folded.text
    runs = list(_INNER_PUNCTUATION.finditer(text))
    if not runs:
        return None
    pieces: list[str] = []
    kept: list[int] = []
    position = 0
    for run in runs:  # keep everything between the runs
        pieces.append(text[position : run.start()])
        kept.extend(folded.offsets[position : run.start()])
        position = run.end()
    pieces.append(text[position:])
    kept.extend(folded.offsets[position:])
    joined = skeleton_of(NormalisedText("".join(pieces), tuple(kept), folded.original_length))
    joins = {folded.offsets[run.start()] for run in runs}
    words: list[tuple[int, int]] = []
    position = 0
    for word in joined.text.split(" "):
        words.append((position, position + len(word)))
        position += len(word) + 1
    seams = _seams(joined.offsets, joins)
    starts = [start for start, _ in words]
    marked: set[int] = set()
    for i in seams:
        index = bisect_right(starts, i) - 1
        if index >= 0 and i < words[index][1] - 1:  # the seam lies inside that word
            marked.add(index)
    if not marked:
        return None
    chosen = sorted(
        {
            k
            for index in marked
            for k in range(index - JOIN_CONTEXT, index + JOIN_CONTEXT + 1)
            if 0 <= k < len(words)
        }
    )
    parts: list[str] = []
    offsets: list[int] = []
    for k in chosen:
        start, end = words[k]
        if parts:
            parts.append(" ")
            offsets.append(joined.offsets[start])
        parts.append(joined.text[start:end])
        offsets.extend(joined.offsets[start:end])
    return NormalisedText("".join(parts), tuple(offsets), folded.original_length)


_DELEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "8": "b",
        "9": "g",
        "+": "t",
    }
)
_MIXED_TOKEN = re.compile(r"[a-z0-9@$!|+]*[a-z][a-z0-9@$!|+]*")


@lru_cache(maxsize=4096)  # views are immutable; a text's views are read by several rules
def deleet(folded: NormalisedText) -> NormalisedText | None:
    """The folded view with leetspeak inside words undone (``gu4rant33d`` → ``guaranteed``).

    Only tokens that contain a letter are touched, so ``$40`` and ``72 hours`` stay as they are.
    The mapping is one character to one, so offsets are unchanged.

    Args:
        folded: A view produced by :func:`fold`.

    Returns:
        The de-leeted view, or None when nothing changed.
    """
    text = folded.text
    changed = _MIXED_TOKEN.sub(lambda m: m.group().translate(_DELEET), text)
    if changed == text:
        return None
    return NormalisedText(changed, folded.offsets, folded.original_length)
