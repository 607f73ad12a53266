"""Generic comparisons: one kind of thing compared with itself in another state (rule of language).

"A dry wetsuit keeps you warmer than a damp one", "Fresh filters clean better than clogged
ones": the pronoun ``one`` / ``ones`` after ``than`` stands for the subject's own noun, so
the sentence compares two states of the same thing (dry and damp wetsuits). Said of ``a``
/ ``an`` thing or of things in general, it is advice or a fact of nature; it ranks neither the
brand nor its products against anyone.

It stays a claim when the sentence is about the brand or its products: "Our new charger is
faster than the old one" (``we`` / ``our`` / ``us``, the brand's name or a product's name
in the sentence — the caller checks names) compares the brand's own goods.

The reader's own measure compared with the reader's own norm is the same kind of thing in two
states too: "Your last reading is higher than your average", "your step count is lower than
your usual" (a ``your`` subject before the comparative, ``than your average / usual / normal /
target …`` after it). It reports the reader's figures; it ranks nothing of the brand ("Your
bill is lower than your old provider's" compares with someone else and stays a claim).
"""

from __future__ import annotations

import re

_THAN_ONE = re.compile(
    r"\s*than\s+(?:(?:a|an|the|any)\s+)?(?:[a-z][\w-]*\s+){1,2}ones?\b(?![\w-])",
    re.IGNORECASE,
)
"""``than`` and a pronoun ``one(s)`` with one or two words before it: "than a damp one"."""

_THAN = re.compile(r"\bthan\b", re.IGNORECASE)

_GENERIC_SUBJECT = re.compile(r"^\W*(?:a|an|any|every)\s", re.IGNORECASE)
"""A sentence about any one thing of a kind ("A dry wetsuit …")."""

_THAN_OWN_NORM = re.compile(
    r"\s*than\s+your\s+(?:own\s+)?(?:average|usual|normal|baseline|target|goal|typical|"
    r"personal\s+best|daily\s+average|weekly\s+average|monthly\s+average)\b(?![\w-])",
    re.IGNORECASE,
)
"""``than`` and the reader's own norm: "than your average", "than your usual"."""

_READER_SUBJECT = re.compile(r"^\W*your\s", re.IGNORECASE)
"""A sentence about the reader's own thing ("Your last reading …")."""

_THE_SENDER = re.compile(r"\b(?:we|our|ours|us|we[’']re|we[’']ll|we[’']ve)\b", re.IGNORECASE)


def compares_states(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether a comparative trigger compares a generic thing with itself in another state.

    Args:
        text: The field's original text.
        sentence: The trigger's sentence span in ``text``.
        start: Start of the comparative trigger.
        end: End of the trigger.

    Returns:
        True for "A dry wetsuit keeps you warmer than a damp one" (see the module docstring).
    """
    return _compares(text, sentence, start, end, _THAN_ONE, _GENERIC_SUBJECT)


def compares_with_own_norm(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether a comparative trigger compares the reader's measure with the reader's own norm.

    Args:
        text: The field's original text.
        sentence: The trigger's sentence span in ``text``.
        start: Start of the comparative trigger.
        end: End of the trigger.

    Returns:
        True for "Your last reading is higher than your average" (see the module docstring).
    """
    return _compares(text, sentence, start, end, _THAN_OWN_NORM, _READER_SUBJECT)


def _compares(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    compared: re.Pattern[str],
    subject: re.Pattern[str],
) -> bool:
    """Whether ``than`` follows the trigger with ``compared``, after an opening ``subject``.

    A sentence that names the sender ("we", "our") is never such a comparison.
    """
    s_start, s_end = sentence
    than = _THAN.search(text, start, min(s_end, end + 40))
    if than is None or compared.match(text, than.start(), s_end) is None:
        return False
    said = text[s_start:s_end]
    return subject.match(said) is not None and _THE_SENDER.search(said) is None
