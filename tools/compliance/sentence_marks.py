"""The marks that end a sentence in the scripts the engine reads.

Besides the Latin full stop, question and exclamation marks, several scripts end a sentence
with a sign of their own: the Armenian full stop ("։"), the Devanagari danda ("।", "॥") of
Hindi, Marathi, Nepali and Bengali, and the Ethiopic full stop ("።") and question mark ("፧")
of Amharic and Tigrinya. Text in such a script has no Latin full stop, so a splitter that knew
only the Latin marks would read a whole message as one sentence.
"""

from __future__ import annotations

SENTENCE_END_MARKS = ".!?\u0589\u0964\u0965\u1362\u1367"
"""The characters that end a sentence (for a regular-expression character class): ``.``,
``!``, ``?``, the Armenian full stop, the single and double danda, and the Ethiopic full stop
and question mark."""
