"""A customer's own experience, quoted in a message that discloses typical results.

The FTC's Endorsement Guides (16 CFR 255.2) allow a testimonial of results that are not
typical when the message discloses the results people generally get ("Results not typical.
Members lost an average of …"). Inside such an attributed quote, what the speaker says they did
or felt ("I lost 14 lbs", "we sleep better now") is their experience, not the brand's claim; a
statement about the product ("it cured my rash") stays a claim.

A quote is attributed when a name follows it (``"…" — Maria``) or introduces it
(``Maria, member since 2024: "…"``).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.kinds.base import CheckContext, FieldText

_QUOTE = r"[\"“„«]([^\"”“„«»\n]{3,400})[\"”»]"
_AFTER = re.compile(_QUOTE + r"\s*[—–-]{1,2}\s*[A-Z][\w.'-]*")
_BEFORE = re.compile(r"\b[A-Z][\w.'-]*[^.!?\n\"“„«:]{0,60}:\s*" + _QUOTE)
_TYPICAL = re.compile(
    r"\b(?:results? (?:may|will|can) vary|individual results|results (?:are|were) not typical|"
    r"not typical)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(
    r"\b(?:i|we)(?:[’'](?:ve|d)|\s+(?:have|had|just|finally|already|now|also))*\s+$",
    re.IGNORECASE,
)


def quoted_experience(ctx: CheckContext, text: FieldText) -> list[tuple[int, int]]:
    """Spans of attributed quotes in a message that discloses typical results.

    Args:
        ctx: The check context.
        text: The field.

    Returns:
        Original spans of the quotes' words, or [] without a typicality disclosure.
    """
    if not any(_TYPICAL.search(f.original) for f in ctx.fields.values()):
        return []
    return [m.span(1) for pattern in (_AFTER, _BEFORE) for m in pattern.finditer(text.original)]


def speaker_says(original: str, quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` is what the quoted speaker did or felt ("I lost 14 lbs").

    Args:
        original: The field's original text.
        quotes: Spans from :func:`quoted_experience`.
        start: Start of a claim trigger.
        end: Its end.

    Returns:
        True when the trigger lies in a quote right after a first-person subject.
    """
    for q_start, q_end in quotes:
        if q_start <= start and end <= q_end:
            return bool(_SPEAKER.search(original, q_start, start))
    return False


_STORY = re.compile(
    r"\b(?:her|his|their)\s+(?:[a-z]+\s+){0,2}(?:was|were|got)\s+$",
    re.IGNORECASE,
)
"""A third person's past event right before a trigger: "his bike was <repaired>"."""


def story_says(ctx: CheckContext, original: str, sentence_start: int, start: int) -> bool:
    """Whether a trigger reports what happened to a customer in a story ("his bike was …").

    A customer story told in the third person ("When Sam's chain snapped, his bike was
    repaired within the hour") reports one person's result, like a quoted testimonial. It is read
    as that customer's experience only when the message discloses typical results, and only
    right after a possessive subject and a past verb (``his bike was``, ``their dog got``);
    "your bike was repaired" or "every bike was repaired" stay the brand's claims.

    Args:
        ctx: The check context.
        original: The field's original text.
        sentence_start: Start of the trigger's sentence.
        start: Start of the trigger.

    Returns:
        True when the trigger follows a third person's past event in a disclosed story.
    """
    if not _STORY.search(original, sentence_start, start):
        return False
    return any(_TYPICAL.search(f.original) for f in ctx.fields.values())
