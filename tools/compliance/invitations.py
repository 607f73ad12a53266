"""Invitations read for what they are: to compare (no comparison), or none at all (a reminder).

An invitation to compare is not a comparison: "Compare policies at your own pace".

"Compare policies at your own pace", "You can compare every plan on the government site", "Tap
to compare dental plans": the reader is asked (or told they may) compare; the brand states no
result of a comparison. A comparison trigger that starts with the verb ``compare`` is read as
such an invitation when the verb is

- an imperative opening its sentence (``Compare policies …``), or
- what the reader can do (:data:`READER_LEADS`: ``you can compare``, ``tap to compare``,
  ``lets you compare``), and

its clause says nothing of the brand's own (``our``, ``us``, ``we``) and states no figure:
"Compare our rates with anyone's", "Compare plans from 20 insurers" and "We compare plans from
6 insurers" stay comparisons, and so do "Compared with
other plans, …" and anything with a comparative of its own ("cheaper than"), which other
triggers find.

A reminder of the reader's own booking is no invitation to book: "reminder, your garden survey
is on Thu 12 Mar", "Your fitting is confirmed for Friday". Under a rule about invitations (its
description speaks of inviting), a trigger right after "your" (perhaps "your upcoming" /
"your booked") and followed by a copula that says it is booked or when it takes place ("is on
…", "is booked", "is confirmed for …", "is tomorrow") names an appointment already made
(:func:`reminds_of_booking`); "Book your garden survey" and "Your garden survey is free" still
invite.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import plain

READER_LEADS: tuple[str, ...] = (
    "you can", "you could", "you may", "you ll be able to", "help you", "helps you",
    "let you", "lets you", "tap to", "click to", "time to",
)  # fmt: skip
"""Words before ``compare`` that make it the reader's act."""

_OWN = re.compile(r"\b(?:our|ours|we|us)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


def invites_to_compare(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the trigger at ``start`` invites the reader to compare (see the module docstring).

    Args:
        text: The field's original text.
        sentence: ``(start, end)`` of the trigger's sentence in ``text``.
        start: Start of the trigger in ``text``.

    Returns:
        True when the trigger opens with ``compare`` said to the reader.
    """
    if text[start : start + 7].lower() != "compare":
        return False  # cheap test first: most triggers are other words
    after = plain(text[start : sentence[1]]).split()
    if not after or after[0] != "compare":
        return False
    lead = plain(text[sentence[0] : start])
    if lead and not any(lead == w or lead.endswith(f" {w}") for w in READER_LEADS):
        return False
    rest = text[start : sentence[1]]
    clause_end = _CLAUSE_END.search(rest)
    clause = rest if clause_end is None else rest[: clause_end.start()]
    return not _OWN.search(clause) and not any(c.isdigit() for c in clause)


_YOUR_BEFORE = re.compile(
    r"\byour\s+(?:(?:upcoming|booked|scheduled|confirmed|next|planned)\s+)?$", re.IGNORECASE
)
"""The reader's own (already made) appointment, right before the trigger."""
_BOOKED_AFTER = re.compile(
    r"\s*(?:is|was|has\s+been|[’']s|will\s+be)\s+(?:(?:now|all|still)\s+)?"
    r"(?:booked|confirmed|scheduled|rescheduled|arranged|set|on(?!\s+(?:us|the\s+house)\b)|"
    r"at(?!\s+no\b)|tomorrow|today|tonight|"
    r"this\s+(?:morning|afternoon|evening|week|\w+day)|next\s+\w+|coming\s+up|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
"""A copula saying the appointment is booked, or when it takes place ("is on us" and "is at
no cost" give it free: no reminder)."""


def reminds_of_booking(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` names the reader's appointment already made.

    Args:
        text: The field's original text.
        start: Start of the trigger in ``text``.
        end: End of the trigger (exclusive).

    Returns:
        True for "garden survey" in "reminder, your garden survey is on Thu 12 Mar"; False in
        "Book your garden survey today" or "Your garden survey is free".
    """
    return (
        _YOUR_BEFORE.search(text, max(0, start - 24), start) is not None
        and _BOOKED_AFTER.match(text, end) is not None
    )


_MEET_LEAD = re.compile(
    r"(?:(?:come|come and|join us to|pop in to|drop in to)\s+)?"
    r"(?:meet|say\s+hello\s+to|say\s+hi\s+to|talk\s+to|chat\s+with|speak\s+(?:to|with))"
    r"\s+(?:(?:our|the|your)\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
"""An imperative invitation to meet people, opening its sentence, up to the trigger."""
_MEET_AFTER = re.compile(
    r"\s*(?:$|[,.!:;]|(?:in|at|on|this|next|from|during|before|after|at)\b)", re.IGNORECASE
)
"""What may follow the people met: the end of the clause, or where and when."""


def invites_to_meet(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the trigger at ``start:end`` names people the reader is invited to meet.

    "Meet our support team in Leeds on Friday", "Come and say hello to the repair crew at
    the fair": the sentence opens with an invitation to meet, the trigger names whom (a
    modifier or two before it), and only where and when follows. Nothing is said of what
    they do; "Meet our team, available 24/7" goes on to say it ("available" is read on its own),
    and "Meet our award-winning team" keeps its modifier a trigger of its own. The claim rule
    excuses the trigger only when an approved claim names the people so (a title no claim
    gives them, "Meet our master tailors", stays a claim).

    Args:
        text: The field's original text.
        sentence: ``(start, end)`` of the trigger's sentence in ``text``.
        start: Start of the trigger in ``text``.
        end: End of the trigger (exclusive).

    Returns:
        True when the trigger is whom an opening invitation to meet names.
    """
    lead = text[sentence[0] : start].lstrip()
    if not lead or lead[0].lower() not in "mcjpdst":
        return False  # cheap test first: the sentence opens with another word
    return (
        _MEET_LEAD.fullmatch(lead) is not None
        and _MEET_AFTER.match(text, end, sentence[1]) is not None
    )
