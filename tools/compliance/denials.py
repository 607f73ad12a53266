"""Wording that says the opposite of the phrase right after it (rules of language).

Two general cases where a banned or urgency phrase is present in the text but not said:

- the copy says there is no need for it ("There is no need to hurry", "You don't have to
  decide today"): the phrase is denied, the reassurance is the opposite of pressure;
- the phrase is the second half of a compound formed with "non-" or "not-for-"
  ("non-profit", "not-for-profit"): a different word, not the banned one;
- a phrase starting with "without" in a clause whose subject says it never does the thing
  ("We never ship lenses without a prescription", "You can't book without a valid ID"): a
  double negative that restates the rule the ban protects;
- a promise word right after "no" ("no refunds on sale items", "no warranty on used parts"),
  or after the sender's own "we can't" / "we don't" / "we won't" ("We can't guarantee the
  weather, but …"): the copy withholds the promise, it does not make it (whether it may
  withhold it is another rule's matter).

- a sentence whose subject is "nobody" / "no one" ("Nobody starts out fluent") or "nothing"
  ("Nothing in farming is guaranteed"): it denies something of every person or thing and
  promises nothing of a product.

An imperative ("Don't miss out") is no denial: the phrase is still urged.
"""

from __future__ import annotations

import re

_NO_NEED = re.compile(
    r"(?:\b(?:no|not\s+any|never\s+any)\s+(?:need|reason|pressure)\s+to|"
    r"\b(?:do(?:es)?\s+not|don[’']t|doesn[’']t|won[’']t|will\s+not|never)\s+(?:need|have)\s+to|"
    r"\bneedn[’']t|\bneed\s+not)\s+$",
    re.IGNORECASE,
)
""""No need to", "you don't have to", "needn't" right before the phrase."""

_COMPOUND = re.compile(r"\b(?:non|not[-\s]for)[-\s]?$", re.IGNORECASE)
"""A "non-" or "not-for-" prefix joined to the phrase ("non-profit")."""


def said_unneeded(text: str, start: int) -> bool:
    """Whether the copy says there is no need for the phrase starting at ``start``.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "There is no need to hurry", "You don't have to decide today".
    """
    return _NO_NEED.search(text, max(0, start - 40), start) is not None


def negating_compound(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is the second half of a "non-" compound.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "profit" in "non-profit" or "not-for-profit".
    """
    return _COMPOUND.search(text, max(0, start - 12), start) is not None


_NEVER_WITHOUT = re.compile(
    r"\b(?:we|you|i|they|nobody|no one|our [a-z]+)(?:[’'](?:ll|re|d))?\s+"
    r"(?:never|do\s+not|don[’']t|does\s+not|doesn[’']t|will\s+not|won[’']t|cannot|can[’']t|"
    r"can\s+not|may\s+not|must\s+not|are\s+not|aren[’']t|is\s+not|isn[’']t)\s+"
    r"(?:(?!and\b|but\b|or\b|so\b|then\b)[\w’'-]+\s+){1,6}$",
    re.IGNORECASE,
)
"""A subject that never does a thing, then up to six words of the same clause."""


def never_without(text: str, start: int) -> bool:
    """Whether a phrase starting with "without" restates a rule as a double negative.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "without a prescription" in "We never ship lenses without a prescription";
        False in "Order lenses without a prescription" or after a clause break.
    """
    if not text[start : start + 8].lower().startswith("without"):
        return False
    clause = re.split(r"[.;:!?,\n]", text[max(0, start - 80) : start])[-1]
    return _NEVER_WITHOUT.search(clause) is not None


_WITHHELD = re.compile(
    r"\b(?:no|(?:we|i)\s+(?:can[’']t|cannot|can\s+not|don[’']t|do\s+not|won[’']t|will\s+not)|"
    r"(?:no\s+[a-z]+|nobody|no\s+one|no-one)\s+(?:can|could|will|would|may))\s+$",
    re.IGNORECASE,
)
""""No" right before the phrase ("no refunds"), the sender saying it does not make the promise
("we can't guarantee the weather"), or a subject that denies it of anyone ("No clinic can
guarantee a baby", "Nobody can guarantee the weather")."""


def withheld(text: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` is withheld by a "no" right before it.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "refunds" in "no refunds on sale items" and "guarantee" in "we can't
        guarantee the weather" or "No clinic can guarantee a baby"; False in "no-quibble
        refunds", "refunds, no questions asked" or "you can't beat our guarantee".
    """
    return _WITHHELD.search(text, max(0, start - 32), start) is not None


_NOBODY = re.compile(r"^\W*(?:nobody|no\s+one|no-one|nothing)\b", re.IGNORECASE)
_COMPARES_OR_OWN = re.compile(
    r"\b(?:than|like|as|we|our|ours|us|with|without|except|but|until|unless)\b", re.IGNORECASE
)


def said_of_nobody(sentence: str) -> bool:
    """Whether a sentence denies something of everyone, asserting nothing of any product.

    "Nobody starts out fluent." or "No one is born a climber." says what holds of no person, and
    "Nothing in sailing is guaranteed." of no thing; it promises no result. A sentence that
    compares, speaks of the sender or a product through "with", "like", "than", "except"…
    ("Nobody teaches faster than us", "No one gets fluent without practice like ours") is a
    claim in disguise and does not count; the caller also requires that the sentence names
    neither the brand nor a product.

    Args:
        sentence: One sentence of the original text.

    Returns:
        True for a plain "nobody …" / "no one …" / "nothing …" sentence.
    """
    return _NOBODY.match(sentence) is not None and _COMPARES_OR_OWN.search(sentence) is None
