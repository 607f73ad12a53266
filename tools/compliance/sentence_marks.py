"""The marks that end a sentence in the scripts the engine reads.

Besides the Latin full stop, question and exclamation marks, several scripts end a sentence
with a sign of their own: the Armenian full stop ("։"), the Devanagari danda ("।", "॥") of
Hindi, Marathi, Nepali and Bengali, and the Ethiopic full stop ("።") and question mark ("፧")
of Amharic and Tigrinya. Text in such a script has no Latin full stop, so a splitter that knew
only the Latin marks would read a whole message as one sentence.

Scripts written without spaces between words end a sentence with no space after the mark
either: the ideographic full stop ("。") of Chinese and Japanese, the Myanmar full stop ("။")
and the Khmer full stop and end-of-section signs ("។", "៕"). These marks never stand inside a
number or an abbreviation, so each ends a sentence wherever it stands; so does an exclamation
or question mark (full-width ones fold to the Latin marks) that runs straight into Chinese or
Japanese text.
"""

from __future__ import annotations

SENTENCE_END_MARKS = ".!?\u0589\u0964\u0965\u1362\u1367"
"""The characters that end a sentence before a space or the end of the text (for a
regular-expression character class): ``.``, ``!``, ``?``, the Armenian full stop, the single and
double danda, and the Ethiopic full stop and question mark."""

UNSPACED_SENTENCE_END_MARKS = "\u3002\uff01\uff1f\u104b\u17d4\u17d5"
"""The characters that end a sentence wherever they stand: the ideographic full stop, the
full-width exclamation and question marks, the Myanmar full stop and the Khmer full stop and
end-of-section sign."""

_IDEOGRAPHIC_TEXT = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
"""Hiragana, katakana and the CJK ideographs (a character class body)."""

SENTENCE_END_PATTERN = (
    rf"[{SENTENCE_END_MARKS}]+(?=\s|$)"
    rf"|[{UNSPACED_SENTENCE_END_MARKS}]+"
    rf"|[!?]+(?=[{_IDEOGRAPHIC_TEXT}])"
    r"|\n"
)
"""A sentence's end (a regular expression): one of :data:`SENTENCE_END_MARKS` before a space or
the end; one of :data:`UNSPACED_SENTENCE_END_MARKS` anywhere; an exclamation or question mark
running into Chinese or Japanese text; or a line break."""
