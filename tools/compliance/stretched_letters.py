"""A letter added beside its accented form is another word, not a stretched letter (spelling).

Obfuscation stretches a letter by repeating it ("cuuure", "freee"), and the skeleton folds
accents away, so French "traitée" (treated, of an order) reads as "traitee": the banned verb
"traite" with its last letter stretched. But a letter written once plain and once accented
("ée") is not a repeat: when the banned phrase has only the plain letter, the accented one is
an added letter, and "traitée" is another form of the word, not "traite" in disguise. When the
phrase has the accented letter and the copy adds the plain one ("non testée" under a ban of
"non testé"), the copy writes the phrase with its agreement: still the phrase.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from nextbest.tools.compliance.normalise import plain


def _base(char: str) -> str:
    """The letter without its accent (``é`` -> ``e``), lower-cased."""
    return unicodedata.normalize("NFD", char)[:1].lower()


def added_accented_letter(words: str, phrases: Mapping[str, str]) -> bool:
    """Whether ``words`` is a phrase with an accented letter added beside its plain form.

    Args:
        words: The original text of a match.
        phrases: The rule's phrases by their plain form.

    Returns:
        True for "traitée" under a ban of "traite"; False for "non testée" under a ban of
        "non testé", for "cuuure" and for a match with no such pair.
    """
    for i, (first, second) in enumerate(zip(words, words[1:], strict=False)):
        if first.lower() == second.lower() or not first.isalpha():
            continue
        if _base(first) != _base(second):
            continue
        at = i if first.lower() != _base(first) else i + 1  # the accented one of the pair
        phrase = phrases.get(plain(words[:at] + words[at + 1 :]))
        if phrase is not None and words[at].lower() not in phrase.lower():
            return True
    return False
