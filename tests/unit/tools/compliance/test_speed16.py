"""Issue 17 speed (speed16): gated alternations and a guarded exception find what they did.

Each faster path is compared with the plain pattern it replaces on generated texts built from
the words the patterns read (no eval brand).
"""

from __future__ import annotations

import random
import re

import pytest

from nextbest.tools.compliance import claim_senses, idioms, senses
from nextbest.tools.compliance.gated_alternation import GatedAlternation, plain_join

_FILLER = (
    "the", "our", "your", "a", "we", "is", "free", "green", "forest", "treat", "yourself",
    "trial", "and", "error", "snow-covered", "fully-covered", "storm", "sweeps", "in", "third",
    "party", "first-party", "changed", "river", "forever", "warm", "air", "leaks", "heat",
    "explained", "best", "regards", "doctor", "vet", "decides", "it", "isn t", "safe", "for",
    "you", "aged", "cheddar", "long", "haul", "3", "minute", "read", "learn", "more", "about",
    "at", "www", "com", "keep", "safe", "every", "30", "days", "invest", "time", "dismiss",
    "alert", "shot", "of", "colour", "-", ".", ",", "\n", "20%", "off", "no", "later", "than",
)  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    """Random texts of the words above (some long, some short)."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(count):
        words = rng.choices(_FILLER, k=rng.randint(0, 60))
        texts.append(" ".join(words) if rng.random() < 0.8 else "".join(words))
    return texts


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _gated_spans(gated: GatedAlternation, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in gated.finditer(text)]


def test_gated_alternation_keeps_first_alternative_and_spans() -> None:
    """Leaving out alternatives a text cannot match changes neither spans nor the winner."""
    alternatives = [r"\bfree trial\b", r"\bfree\b", r"\btrial\b", r"%", r"\b\d+ days\b"]
    gated = GatedAlternation(alternatives)
    full = re.compile(plain_join(alternatives))
    for text in [*_texts(2_000, 1), "free trial", "free", "a trial of 30 days", "", "20%"]:
        assert _gated_spans(gated, text) == _spans(full, text), text
        assert [m.group() for m in gated.finditer(text)] == [m.group() for m in full.finditer(text)]


def test_gated_alternation_skips_text_without_literals() -> None:
    """A text holding no alternative's literals is not scanned at all."""
    gated = GatedAlternation([r"\bfree trial\b", r"\bexplained\b"])
    assert gated.pattern_for("nothing to see here") is None
    assert gated.pattern_for("free trial explained") is gated.full
    subset = gated.pattern_for("a free trial")
    assert subset is not None and subset is not gated.full
    assert gated.pattern_for("the free trial") is subset  # compiled once per subset


def test_gated_alternation_ignore_case() -> None:
    """Case-insensitive alternatives are gated on the lower-cased text, as before."""
    alternatives = [r"\bFree Trial\b", r"\bexplained\b"]
    gated = GatedAlternation(alternatives, re.IGNORECASE)
    full = re.compile(plain_join(alternatives), re.IGNORECASE)
    for text in ["FREE TRIAL", "Explained", "ſree trial", "free trial explained", "none"]:
        assert _gated_spans(gated, text) == _spans(full, text), text


@pytest.mark.parametrize("seed", [3, 4])
def test_sense_spans_match_the_plain_alternation(seed: int) -> None:
    """The everyday-sense scan finds what ``(?:p1)|(?:p2)|…`` of every sense pattern finds."""
    full = re.compile("|".join(f"(?:{p})" for p in senses.SENSE_PATTERNS))
    for text in _texts(1_500, seed):
        assert _gated_spans(senses._SENSES, text) == _spans(full, text), text


@pytest.mark.parametrize("seed", [5, 6])
def test_idiom_spans_match_the_plain_alternation(seed: int) -> None:
    """The idiom scan finds what the single pattern of every idiom finds."""
    full = re.compile("|".join(idioms._IDIOM_PATTERNS))
    examples = [
        "trial and error",
        "a snow-covered roof",
        "the storm sweeps in over the hills",
        "third-party cookies",
        "it changed the river forever",
        "warm air leaks out",
        "leaks of hot air",
        *_texts(1_500, seed),
    ]
    for text in examples:
        assert idioms.idiom_spans(text) == (
            _spans(full, text) if any(c in text for c in idioms._CUES) else []
        ), text
    assert idioms.idiom_spans("trial and error") == [(0, 15)]


def test_clinician_decides_guard_changes_no_match() -> None:
    """The word-start guard before the clinicians' look-behinds finds the same spans."""
    unguarded = re.compile(
        claim_senses._CLINICIAN_DECIDES.removeprefix("(?<![a-z0-9])"),
    )
    guarded = re.compile(claim_senses._CLINICIAN_DECIDES)
    assert guarded.pattern != unguarded.pattern
    examples = [
        "if your doctor decides it isn t safe for you",
        "ask the vet says it s not safe",
        "a care team said that the plan is right for you",
        "xvet decides it is safe",
        *_texts(2_000, 7),
    ]
    for text in examples:
        assert _spans(guarded, text) == _spans(unguarded, text), text
    assert _spans(guarded, "if your doctor decides it isn t safe for you")
