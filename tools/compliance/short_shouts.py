"""A short word in capitals that opens a sentence and runs into lower-case words shouts.

An acronym (``VAT``, ``USA``) mostly stands inside a sentence, in an address or before a
figure; a short word in capitals at the head of a field or a sentence, followed (after a colon
or an exclamation mark, if any) by a word in lower case, is an everyday word written loud, in
any language: "NEU: jetzt im Laden", "ЯНИ товар надійшов", "SUA loja abriu". An acronym the
copy itself introduces in brackets ("Personal Injury Protection (PIP). PIP pays …") stays one.
"""

from __future__ import annotations

import re

MIN_LETTERS = 3
"""Letters a short capital word needs to be read so: two-letter words are mostly
abbreviations."""
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
"""What stands right before a word that opens the field or a sentence."""
_RUNS_ON = re.compile(r"[:!]?[^\S\n]+[^\W\d_]")
"""A colon or exclamation mark at most, a space, then a word's first letter."""
_REACH = 3
"""Characters before the word searched for the end of a sentence (". ", ".\\n")."""


def opens_sentence_loudly(text: str, start: int, end: int) -> bool:
    """Whether the capital word at ``start:end`` opens a sentence and runs into lower case.

    Args:
        text: The field's original text.
        start: Where the word starts.
        end: Where the word ends.

    Returns:
        True when the word is a short word shouted at the head of a sentence.
    """
    if end - start < MIN_LETTERS:
        return False
    after = _RUNS_ON.match(text, end)
    if after is None or not after.group()[-1].islower():
        return False
    if start and _OPENS.search(text[max(0, start - _REACH) : start]) is None:
        return False
    return f"({text[start:end]})" not in text  # an acronym the copy defines in brackets
