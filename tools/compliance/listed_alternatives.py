"""A banned wording listed with several words in one place, said with another of them.

A pack that bans "stop paying a penalty", "stop paying a surcharge", "avoid a penalty",
"avoid a surcharge" and "avoid a late fee" lists one wording with several words in the same
place: the words are one set of alternatives the ban is about, whichever wording carries
them. When two listed wordings (frames) each take two or more of the same words in their
open place, both frames take every word either is listed with ("stop paying a late fee").
A frame that shares fewer than two words with another is left as the pack wrote it: one
shared word may be a coincidence of two different bans. Only wordings of three words or more
are frames: two words are a term ("natural sapphires", "heated sapphires"), whose words a pack
picks one by one.
"""

from __future__ import annotations

from collections import defaultdict

MIN_WORDS = 3
"""Fewest words of a listed wording read as a frame (two words are a term, not a wording)."""

MIN_SHARED = 2
"""Fewest words two frames must share in their open place to be one set of alternatives."""

_SLOT = "\x00"
"""The open place in a frame."""


def _frames(phrases: list[str]) -> dict[str, set[str]]:
    """Each frame (a phrase with one word left open) and the words the pack lists in it."""
    frames: dict[str, set[str]] = defaultdict(set)
    for phrase in phrases:
        words = phrase.casefold().split()
        if len(words) < MIN_WORDS or not all(w.isalpha() for w in words):
            continue
        for i, word in enumerate(words):
            frames[" ".join([*words[:i], _SLOT, *words[i + 1 :]])].add(word)
    return {frame: fillers for frame, fillers in frames.items() if len(fillers) >= MIN_SHARED}


def alternative_forms(phrases: list[str]) -> list[str]:
    """The rule's wordings said with the other words of their set of alternatives.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        Each frame filled with the words of every frame sharing at least :data:`MIN_SHARED`
        words with it, those not listed already.
    """
    frames = _frames(phrases)
    if len(frames) < MIN_SHARED:
        return []
    listed = {" ".join(p.casefold().split()) for p in phrases}
    forms: list[str] = []
    for frame, fillers in frames.items():
        words = set(fillers)
        for other, more in frames.items():
            if other != frame and len(fillers & more) >= MIN_SHARED:
                words |= more
        for word in sorted(words - fillers):
            form = frame.replace(_SLOT, word)
            if form not in listed:
                listed.add(form)
                forms.append(form)
    return forms
