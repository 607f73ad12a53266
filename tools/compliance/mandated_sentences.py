"""The sentences of a mandated line, each of which copy may carry on its own.

A line the rulebook mandates often holds more than one sentence: a fee table followed by "You
see the fee before you confirm.", a renewal price followed by "Cancel any time in the app."
Copy that carries one such sentence alone, word for word, still speaks the officer's words,
not its own: a trigger word inside it ("fee" under a rule about fee figures) is no more the
copy's topic than it is inside the whole line. So each sentence of a mandated wording that
holds more than one is a mandated wording too, when it is long enough to be a statement of its
own (:data:`SENTENCE_WORDS` words): "Terms apply." or "Offer ends Sunday." are everyday
sentences any copy may write.

A sentence ends at a full stop, question or exclamation mark (or a script's own, such as the
danda or the ideographic full stop) followed by a capital letter, an uncased letter or a
figure: the stop inside a figure ("$200.01") or after an abbreviation before a word in lower
case ("approx. two days") ends none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.sentence_marks import SENTENCE_END_MARKS, UNSPACED_SENTENCE_END_MARKS

SENTENCE_WORDS = 5
"""Words a sentence of a mandated line needs to count as mandated on its own."""

_STOP = re.compile(rf"(?<=[{SENTENCE_END_MARKS}])\s+|(?<=[{UNSPACED_SENTENCE_END_MARKS}])\s*")
"""A stop and the spaces after it (none after a mark of a script written without spaces), as
:mod:`~nextbest.tools.compliance.sentence_marks` defines the marks: a sentence's end when a
capital, an uncased letter or a figure follows."""
_OPENERS = "\"'\u00ab\u201c([\u00bf\u00a1"
"""Marks that may open a sentence before its first letter or figure."""
_WORD = re.compile(r"\w+")


def _opens_sentence(text: str, index: int) -> bool:
    """Whether ``text`` at ``index`` opens a sentence: a capital, an uncased letter, a figure.

    Args:
        text: The wording.
        index: Where the words after a stop start.

    Returns:
        True unless the first character there (after opening marks) is a lower-case letter
        or no letter or figure.
    """
    rest = text[index:].lstrip(_OPENERS)
    return bool(rest) and (rest[0].isdigit() or (rest[0].isalpha() and not rest[0].islower()))


def _split(text: str) -> list[str]:
    """``text`` cut at each sentence end (:func:`_opens_sentence`), its pieces stripped."""
    parts: list[str] = []
    last = 0
    for stop in _STOP.finditer(text):
        if _opens_sentence(text, stop.end()):
            parts.append(text[last : stop.start()].strip())
            last = stop.end()
    parts.append(text[last:].strip())
    return [p for p in parts if p]


def sentences_of(texts: Iterable[str]) -> list[str]:
    """The sentences of each multi-sentence wording, long enough to stand alone.

    Args:
        texts: Mandated wordings.

    Returns:
        Each sentence of :data:`SENTENCE_WORDS` words or more, from each wording that holds
        two sentences or more, in order (a wording of one sentence adds nothing).
    """
    found: list[str] = []
    for text in texts:
        parts = _split(text)
        if len(parts) > 1:
            found.extend(p for p in parts if len(_WORD.findall(p)) >= SENTENCE_WORDS)
    return found
