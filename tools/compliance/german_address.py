"""German pronouns that are not the polite address, though capitalised (a rule of language).

German writes the polite "Sie" ("you") and "Ihr" ("your") with a capital, but every word that
opens a sentence has one too. Two sentence-opening words are read for what they are:

- **"Ihr" before a verb** is the informal plural "ihr" ("you all"): "Ihr plant ein
  Sommerfest?" The polite possessive "Ihr" stands before a noun or an adjective ("Ihr neuer
  Vertrag"), never before a verb in ``-t`` or "seid".
- **"Sie" in copy that says "du"** is "they" or "she": "Zwei neue Öfen sind da. Sie liegen
  im Keller." A message that addresses its reader as "du" and uses no polite form anywhere
  but at the start of a sentence does not switch to the polite address there.
"""

from __future__ import annotations

import re

GERMAN = "de"
"""The language these readings hold for."""

_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“„(]\s*)$")
"""The start of a sentence (or of a quote or a line) right before a word."""

_PLURAL_VERB = re.compile(
    r"\s+(?!(?:jetzt|nicht|erst|meist|sonst|zuletzt|fast|recht|seit|bisher|selbst)\b)"
    r"(?:seid|[a-zäöüß]+t)\b"
)
"""A lower-case verb of the second person plural after "Ihr" ("seid", "habt", "plant"), not
an adverb in ``-t`` before a possessive's noun ("Ihr jetzt gültiger Tarif")."""

_INFORMAL = re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)
"""The informal address of one reader."""

_POLITE = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
"""The capitalised polite forms."""


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quote."""
    return _SENTENCE_OPENING.search(text, max(0, start - 4), start) is not None


def informal_plural(text: str, start: int, end: int) -> bool:
    """Whether a sentence-opening "Ihr" is the informal plural pronoun before its verb.

    Args:
        text: The field's text.
        start: Start of the word.
        end: End of the word.

    Returns:
        True for "Ihr" in "Ihr plant ein Fest?"; False in "Ihr neuer Vertrag" or mid-sentence.
    """
    return (
        text[start:end] == "Ihr"
        and opens_sentence(text, start)
        and _PLURAL_VERB.match(text, end) is not None
    )


def third_person_sie(text: str, start: int, end: int, fields: list[str]) -> bool:
    """Whether a sentence-opening "Sie" means "they" or "she" in copy that says "du".

    Args:
        text: The field's text.
        start: Start of the word.
        end: End of the word.
        fields: The texts of all the message's fields.

    Returns:
        True for "Sie" in "Zwei Öfen sind da. Sie liegen im Keller." when the message says
        "du" and no polite form stands anywhere but at a sentence's start; False otherwise.
    """
    if text[start:end] != "Sie" or not opens_sentence(text, start):
        return False
    if not any(_INFORMAL.search(field) for field in fields):
        return False
    return all(
        opens_sentence(field, match.start())
        for field in fields
        for match in _POLITE.finditer(field)
    )
