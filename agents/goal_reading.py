"""The reading under way of a plain-language goal sentence, and the words it is read with.

:func:`normalise` turns a marketer's sentence into space-separated tokens (synonyms rewritten,
typos corrected against the known words); :class:`ReadingState` is what each reading pass of
:func:`nextbest.agents.goal_phrases.interpret` fills in and consumes. The word lists live in
``agents/goal_phrases.yaml`` (:func:`vocabulary`); nothing here knows a brand.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from nextbest.brand_context.yaml_text import load_yaml_text

VOCABULARY = Path(__file__).with_name("goal_phrases.yaml")


_TOKEN = re.compile(r"\$\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[a-zäöüß]+|[%/,;:.!?]")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The interpreter's word lists (``agents/goal_phrases.yaml``)."""
    data = load_yaml_text(VOCABULARY.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{VOCABULARY} must hold a mapping")
    return data


def alternation(phrases: Sequence[str]) -> str:
    """A regex group matching any of ``phrases`` (longest first, escaped, lower-case)."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in ordered) + ")"


def has_phrase(text: str, phrases: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``phrases`` as whole words."""
    return re.search(rf"(?<![\w%]){alternation(phrases)}(?![\w])", text) is not None


def _words(value: Any) -> set[str]:
    """Every word in a (nested) YAML value."""
    if isinstance(value, str):
        return set(value.lower().split())
    if isinstance(value, dict):
        out: set[str] = set()
        for key, item in value.items():
            out |= _words(key) | _words(item)
        return out
    if isinstance(value, list):
        out = set()
        for item in value:
            out |= _words(item)
        return out
    return set()


@dataclass
class ReadingState:
    """The reading under way."""

    text: str
    today: date
    patch: dict[str, Any] = field(default_factory=dict)
    assumptions: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    found_any: bool = False
    segments: dict[str, tuple[str, list[dict[str, Any]]]] = field(default_factory=dict)
    """Segments read so far, by the marker left in the text: (name, conditions)."""
    used_segments: set[str] = field(default_factory=set)
    """Markers already taken as a favoured offer's segment (the rest are the audience)."""

    def consume(self, match: re.Match[str]) -> None:
        """Blank a span so later passes do not read it again (its clause stays whole)."""
        start, end = match.span()
        self.text = self.text[:start] + " _ " + self.text[end:]

    def ask(self, question: str) -> None:
        """Ask ``question`` instead of guessing (the first one asked is shown)."""
        self.found_any = True
        self.questions.append(question)

    def mark_segment(
        self, match: re.Match[str], name: str, conditions: list[dict[str, Any]]
    ) -> None:
        """Replace a segment's words by a marker, so the offers' pass sees which clause has it."""
        marker = "_seg_" + "abcdefghijklmnopqrstuvwxyz"[len(self.segments) % 26] + "_"
        self.segments[marker] = (name, conditions)
        start, end = match.span()
        self.text = self.text[:start] + f" {marker} " + self.text[end:]


def normalise(text: str, extra_words: Collection[str] = frozenset()) -> tuple[str, list[str]]:
    """Lower-case, rewrite synonyms and correct typos against the known words.

    Returns:
        The text as space-separated tokens, and the corrections made ("shiping → shipping").
    """
    vocab = vocabulary()
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    for pattern, replacement in vocab["rewrites"]:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"(?<=[a-zäöüß])-|-(?=[a-zäöüß])", " ", text)
    known = _words({k: v for k, v in vocab.items() if k != "rewrites"}) | set(extra_words)
    known |= {"i", "a", "an", "the", "to", "of", "at", "on", "as", "is", "it", "we", "be"}
    tokens, corrections = [], []
    candidates = sorted(w for w in known if len(w) >= 4 and w.isalpha())
    for token in _TOKEN.findall(text):
        if token.isalpha() and token not in known and len(token) >= 3:
            cutoff = 0.8 if len(token) >= 5 else 0.85
            close = difflib.get_close_matches(token, candidates, n=1, cutoff=cutoff)
            if close:
                corrections.append(f"{token} → {close[0]}")
                token = close[0]
        tokens.append(token)
    return " " + " ".join(tokens) + " ", corrections


def number_value(word: str) -> int | None:
    """The number a token means ("3", "three", "drei"), or None."""
    if word.isdigit():
        return int(word)
    numbers: dict[str, int] = vocabulary()["numbers"]
    return numbers.get(word)
