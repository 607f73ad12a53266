"""A question about the reader's own supply running low (a rule of language).

"Running low on your printer ink?", "Is your coffee almost gone?", a Filipino "Paubos na ang
kape mo?" (is your coffee running out?): the copy asks whether the reader's own stock is
running out, which is the reason to buy more, not a claim that the brand's stock is scarce.
Scarcity wording is read so only in a sentence that is a question (it ends with ``?``) and names
the reader's own thing with a second-person possessive ("your", Filipino "mo", French "ton",
German "dein"…). "Only 3 left in your size!" states the brand's stock and stays scarcity, and
so does "Only 3 left — want yours?": the question is another sentence.
"""

from __future__ import annotations

import re

_POSSESSIVE = re.compile(
    r"(?<![\w'’-])(?:your|yours|mo|niyo|ninyo|iyong|inyong|ton|ta|tes|votre|vos|tu|tus|teu|tua"
    r"|teus|tuas|tuo|tuoi|tue|vostro|vostra|dein|deine|deinen|deinem|deiner|jouw|uw|din|ditt"
    r"|dina|dit|dine|þinn|þín|þitt|twoje|twój|twoja)(?![\w'’-])",
    re.IGNORECASE,
)
"""Second-person possessives (en, tl, fr, es, pt, it, de, nl, sv, da, nb, is, pl)."""


def asks_of_reader_supply(sentence: str, offset: int) -> bool:
    """Whether scarcity wording in ``sentence`` asks about the reader's own supply.

    Args:
        sentence: The sentence holding the wording.
        offset: Where the wording starts in it.

    Returns:
        True when the sentence is a question (its last mark is ``?``) and names the reader's
        thing with a second-person possessive.
    """
    stripped = sentence.rstrip()
    if not stripped.endswith("?") or "!" in sentence[offset:]:
        return False
    return _POSSESSIVE.search(stripped) is not None
