"""A banned "no more <thing>" promise said as "<thing> is a thing of the past" (a rule of language).

A pack that bans "no more <thing>" or "never again <thing>" bans the promise that the thing will
not happen again. The same promise is made by consigning the thing to the past ("Frozen pipes
are a thing of the past", German "Mit diesem Filter gehört Kalk der Vergangenheit an", Norwegian
"Med oss er køer en saga blott"): each says the thing is over for good. Only a pack phrase of
that shape is widened, with its own thing, in the language the phrase is written in.
"""

from __future__ import annotations

import re

_NO_MORE = (
    (re.compile(r"(?:no more|never again) (?P<x>.+)|(?P<y>.+) no more", re.I), "en"),
    (
        re.compile(r"nie wieder (?P<x>.+)|(?:kein|keine|keinen|keiner) (?P<y>.+) mehr", re.I),
        "de",
    ),
    (re.compile(r"(?:aldri mer|aldri igjen|ikke mer) (?P<x>.+)", re.I), "no"),
)
"""A banned "no more <thing>" phrase, with its language."""

_PAST: dict[str, tuple[str, ...]] = {
    "en": (
        "{x} is a thing of the past", "{x} are a thing of the past",
        "{x} will be a thing of the past", "{x} is history", "{x} are history",
    ),
    "de": (
        "{x} gehört der Vergangenheit an", "gehört {x} der Vergangenheit an",
        "{x} gehören der Vergangenheit an", "gehören {x} der Vergangenheit an",
        "{x} ist Geschichte", "ist {x} Geschichte", "{x} sind Geschichte", "sind {x} Geschichte",
    ),
    "no": (
        "{x} hører fortiden til", "hører {x} fortiden til", "{x} er en saga blott",
        "er {x} en saga blott", "{x} er historie", "er {x} historie",
    ),
}  # fmt: skip
"""The wordings that consign a thing to the past, per language."""


def ended_forms(phrases: list[str]) -> list[str]:
    """The "thing of the past" wordings of banned "no more <thing>" phrases.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        Each such phrase's thing in every past wording of the phrase's language.
    """
    forms: list[str] = []
    for phrase in phrases:
        text = " ".join(phrase.split())
        for pattern, language in _NO_MORE:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            thing = match.group("x") or match.group("y")
            forms += [form.format(x=thing) for form in _PAST[language]]
            break
    return forms
