"""Issue 17 speed (speed16): gated alternations and a guarded exception find what they did.

Each faster path is compared with the plain pattern it replaces on generated texts built from
the words the patterns read (no eval brand).
"""

from __future__ import annotations

import random
import re

from nextbest.tools.compliance import claim_senses

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
