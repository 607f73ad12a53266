"""An instruction to use a feature that an approved claim in the message states (language).

"Pause your key fob remotely and get an alert whenever the car is unlocked." is an
approved claim; "If your fob goes missing, pause your key fob before you call
us." in the same message tells the reader *when* to use the feature the claim states. It
says nothing of the feature the claim does not say: it is advice, not a second claim.

A trigger is read as such an instruction when

- it opens with an action the reader takes in an app or on a site
  (:data:`~nextbest.tools.compliance.lexicon.READER_ACTIONS`: ``lock``, ``freeze``, ``track``…),
- at the head of an imperative clause: the sentence's first words (a list number or bullet
  aside), after "please" / "just" / "simply", or after a leading condition ("If you see …,",
  "When you travel,"),
- every word of it is a word of an approved, usable claim whose wording the message carries,
- and its sentence holds no figure and no strengthener ("lock the card in 2 seconds", "always
  lock the card" stay claims).

Without the claim in the message, the same instruction stays a claim: the feature it presumes
is stated nowhere approved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.tools.compliance.kinds.claim_wording import canon, stem
from nextbest.tools.compliance.lexicon import READER_ACTIONS, STRENGTHENERS
from nextbest.tools.compliance.normalise import plain

_ACTION = re.compile(
    r"(?:" + "|".join(sorted(READER_ACTIONS, key=len, reverse=True)) + r")(?![a-z0-9])",
    re.IGNORECASE,
)
"""A reader action at the trigger's start."""

_IMPERATIVE_HEAD = re.compile(
    r"^[\s\-–—•*·]*(?:\d{1,2}[.)]\s*)?"  # a list number or a bullet
    r"(?:(?:if|when|whenever|once|as soon as|before|after|in case|should)\b[^,;:.!?\n]*,\s*)?"
    r"(?:(?:please|just|simply|then)\s+)?$",
    re.IGNORECASE,
)
"""What may stand before an imperative verb in its sentence: a list mark, a leading
condition and its comma, a softener."""


def instructs_use(
    text: str, sentence: tuple[int, int], start: int, end: int, claims: Iterable[str]
) -> bool:
    """Whether the trigger at ``start:end`` tells the reader to use a feature a claim states.

    Args:
        text: The field's original text.
        sentence: ``(start, end)`` of the trigger's sentence in ``text``.
        start: Start of the trigger in ``text``.
        end: End of the trigger (exclusive).
        claims: Wordings of the usable approved claims the message carries.

    Returns:
        True for "pause your key fob" in "If it is lost, pause your key fob." beside the
        approved "Pause your key fob remotely."; False when no carried claim holds
        its words, or the sentence states a figure or a strengthener.
    """
    if _ACTION.match(text, start) is None:
        return False  # cheap test first: most triggers are no reader action
    if _IMPERATIVE_HEAD.match(text[sentence[0] : start]) is None:
        return False
    said = plain(text[sentence[0] : sentence[1]])
    if any(c.isdigit() for c in said) or set(said.split()) & STRENGTHENERS:
        return False
    words = {stem(canon(w)) for w in plain(text[start:end]).split()}
    return any(words <= {stem(canon(w)) for w in plain(claim).split()} for claim in claims)
