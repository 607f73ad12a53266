"""Fine print restated in other words: every part of it, with all of its figures.

An offer's conditions or a required disclosure are often condensed or reworded in copy ("This
offer runs December 1 through December 24, 2026 … can't be combined with other offers" for
"Valid Dec 1–24, 2026 … Not combinable with other offers."). A run of consecutive copy
sentences *restates* a required wording when it states every figure and code of the wording
and, for every sentence of the wording without figures, at least :data:`PART_SHARE` of that
sentence's own words (those no other sentence of the wording has; all its words when it has
none of its own), half that share for a sentence with two figures or more (a date range, a
price and a limit: the figures carry it; one figure, as in "One 45-minute taster per new member",
is a quantity of the thing and the words carry the condition); a sentence with a code ("Use
code X10") is kept by the code. Short wordings (fewer than :data:`MIN_WORDS` content words)
and web addresses must appear as written.
English number words ("one refill per bottle per visit") are figures like digits: the copy must
state the figure (as a word or in digits), and the word does not stand in for the sentence's
other words. An amount with a lettered currency sign ("A$5.99", "NZ$20") is a figure, not a
code. Words are compared by a short prefix (``excludes`` / ``excluded``, ``combinable`` /
``combined``) and month names by their first three letters. Every part must be there: copy that
drops one ("Not valid with <plan>") does not restate the wording. So must every item of a
series a sentence without figures lists ("Not suitable for infants, nursing mothers, or people
with a nut allergy"): each item keeps one of its own words, as a warning that drops one group
at risk ("Not suitable for infants or nursing mothers") warns fewer readers than required
(see :func:`series_items`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.offer_paraphrase import sentence_spans

PART_SHARE = 0.6
"""Share of a wording sentence's own words a restatement must repeat."""
PREFIX = 5
"""Letters by which two words are compared."""
MAX_EXTRA_SENTENCES = 2
"""Copy sentences a restatement may have beyond the wording's own count."""

MIN_WORDS = 5
"""Content words a wording needs before a restatement of it counts."""
_ADDRESS = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.[a-z]{2,}/|@", re.I)

_FILLER: frozenset[str] = frozenset(
    {
        "a", "an", "the", "on", "of", "to", "and", "or", "for", "in", "by", "at", "with", "is",
        "are", "be", "your", "you", "our", "we", "it", "its", "this", "that", "per", "from",
        "up", "use", "used", "not", "no", "if", "can", "may", "will", "any", "all", "each",
        "el", "la", "los", "las", "de", "del", "al", "con", "en", "y", "o", "un", "una", "tu",
        "le", "les", "du", "des", "et", "ou", "der", "die", "das", "und", "mit",
    }
)  # fmt: skip
_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "ene", "abr", "ago", "dic", "janv", "fev", "avr", "mai", "juin", "juil", "aou", "dez",
)  # fmt: skip
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_PREFIXED_AMOUNT = re.compile(r"[a-z]{1,3}\$[\d.,]*")
"""An amount with a lettered currency sign ("A$5.99", "NZ$20", "US$10"): a figure, not a code,
so the sentence holding it is kept by its words, as with any other price."""
_GLUED_CURRENCY = re.compile(r"\b(rp|rs|rm)\.?(?=\d{1,3}(?:[.,]\d{3})+(?!\d))", re.I)
"""A currency written in letters against a figure grouped in thousands (Indonesian "Rp299.000",
"Rs1,499", "RM1,200"): an amount, not a code, spaced off before the words are read."""
_NUMBER_WORDS: dict[str, str] = {
    word: str(value)
    for value, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"),
        start=1,
    )
}  # fmt: skip
"""English number words: a figure like any other ("one refill per bottle per visit")."""


_COORDINATORS: frozenset[str] = frozenset(
    {"or", "and", "nor", "og", "eller", "und", "oder", "sowie", "ja", "tai", "seka", "et", "ou",
     "y", "o", "e"}
)  # fmt: skip
"""Words that join the last item of a series ("…, or people with …", "… og barn")."""


def series_items(sentence: str) -> list[str]:
    """The items of a series a sentence lists, split at its commas; none when it lists none.

    A sentence lists a series when it has a comma and its last comma-separated segment opens
    with or holds a coordinating word ("Not for infants, nursing mothers, or people with a nut
    allergy", "Not for infants, nursing mothers or people with a nut allergy"). A sentence with
    a figure is left alone (its commas part a date or an amount).

    Args:
        sentence: One sentence of a required wording.

    Returns:
        Each comma-separated segment (the first holds the series' head), or an empty list.
    """
    if _FIGURE.search(sentence) or "," not in sentence:
        return []
    segments = [s for s in (part.strip() for part in sentence.split(",")) if s]
    if len(segments) < 2 or _COORDINATORS.isdisjoint(plain(segments[-1]).split()):
        return []
    return segments


def _key(word: str) -> str:
    """A word's comparison key: a month as three letters, else its first letters."""
    for month in _MONTHS:
        if word.startswith(month) and len(word) <= 9 and word.isalpha():
            return word[:3]
    return word[:PREFIX]


@lru_cache(maxsize=4096)
def _parts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(word keys, figures and codes)`` of a text."""
    words: set[str] = set()
    marks: set[str] = set()
    text = _GLUED_CURRENCY.sub(r"\1 ", text)  # "Rp299.000" is an amount, "RP10" may be a code
    for word in plain(text).split():
        if any(c.isdigit() for c in word):
            if any(c.isalpha() for c in word) and _PREFIXED_AMOUNT.fullmatch(word) is None:
                marks.add(word)  # a code: SMILE400 (an amount "A$5" is the figure below)
        elif word in _NUMBER_WORDS:
            marks.add(_NUMBER_WORDS[word])  # "one wash per day": a figure written as a word
        elif word not in _FILLER and len(word) > 1:
            words.add(_key(word))
    marks |= {re.sub(r"[.,]", "", n).lstrip("0") or "0" for n in _FIGURE.findall(text)}
    return frozenset(words), frozenset(marks)


@lru_cache(maxsize=1024)
def _wording_parts(
    wording: str,
) -> tuple[tuple[tuple[frozenset[str], frozenset[str]], ...], frozenset[str]]:
    """Each sentence's own word keys with its figures, and the figures of the whole wording."""
    sentences = [_parts(wording[s:e]) for s, e in sentence_spans(wording)]
    own: list[tuple[frozenset[str], frozenset[str]]] = []
    for i, (words, marks) in enumerate(sentences):
        others = set().union(*(w for j, (w, _) in enumerate(sentences) if j != i))
        own.append((frozenset(words - others) or words, marks))
    return tuple(p for p in own if p[0] or p[1]), _parts(wording)[1]


@lru_cache(maxsize=1024)
def _series_parts(wording: str) -> tuple[frozenset[str], ...]:
    """The own word keys of every item of every series the wording's sentences list.

    An item's own keys are those of its words no other sentence of the wording and no other
    item of its series has; an item without any (a repeated word only) is not required.
    """
    spans = sentence_spans(wording)
    items: list[frozenset[str]] = []
    for i, (start, end) in enumerate(spans):
        segments = series_items(wording[start:end])
        if not segments:
            continue
        others = set().union(*(_parts(wording[s:e])[0] for j, (s, e) in enumerate(spans) if j != i))
        keys = [_parts(segment)[0] for segment in segments]
        for k, item in enumerate(keys):
            rest = set().union(*(w for m, w in enumerate(keys) if m != k))
            own = item - others - rest
            if own:
                items.append(frozenset(own))
    return tuple(items)


def restates(wording: str, copy: str) -> bool:
    """Whether ``copy`` restates every part of ``wording`` with all of its figures.

    Args:
        wording: The required wording (an offer's conditions, a disclosure).
        copy: A stretch of copy.

    Returns:
        True when every figure and code of the wording is in the copy and every sentence of
        the wording keeps enough of its own words there (see the module).
    """
    parts, marks = _wording_parts(wording)
    if not parts or not restatable(wording):
        return False
    words, found = _parts(copy)
    if not marks <= found:
        return False
    if not all(_kept(part, figures, words) for part, figures in parts):
        return False
    return all(item & words for item in _series_parts(wording))


def _kept(part: frozenset[str], figures: frozenset[str], words: frozenset[str]) -> bool:
    """Whether one wording sentence is kept: its code, else enough of its own words."""
    if any(any(c.isalpha() for c in f) for f in figures):
        return True  # "Use code X10": the code is the sentence
    share = PART_SHARE / 2 if len(figures) >= 2 else PART_SHARE
    return len(part & words) >= share * len(part)


def restatable(wording: str) -> bool:
    """Whether a wording may be restated: :data:`MIN_WORDS` content words or more, no address.

    A short wording ("Price without the card") or a web address ("<brand>.eu/impact") must
    appear as written.
    """
    if _ADDRESS.search(wording):
        return False
    return len(_parts(wording)[0]) >= MIN_WORDS


def _may_restate(wording: str, text: str) -> bool:
    """Whether the whole field could restate ``wording``: a cheap test before each run is read.

    A run of sentences starts after white space and ends at a sentence's end, so its words and
    figures are among the field's; a field lacking a figure of the wording, or enough of one
    of its sentences' own words, has no run that restates it.
    """
    parts, marks = _wording_parts(wording)
    if not parts:
        return False
    words, found = _parts(text)
    return (
        marks <= found
        and all(_kept(part, figures, words) for part, figures in parts)
        and all(item & words for item in _series_parts(wording))
    )


def restated_spans(wording: str, text: str) -> list[tuple[int, int]]:
    """Spans of runs of consecutive sentences of ``text`` that restate ``wording``.

    Args:
        wording: The required wording.
        text: One field's original text.

    Returns:
        ``(start, end)`` of each shortest restating run, in order, not overlapping.
    """
    if not restatable(wording) or not _may_restate(wording, text):
        return []
    sentences = sentence_spans(text)
    size = len(sentence_spans(wording)) + MAX_EXTRA_SENTENCES
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        for j in range(i, min(len(sentences), i + size)):
            if restates(wording, text[sentences[i][0] : sentences[j][1]]):
                found.append((sentences[i][0], sentences[j][1]))
                i = j
                break
        i += 1
    return found
