"""The fast paths of the compliance engine give exactly what the plain computations give."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.kinds.base import overlaps
from nextbest.tools.compliance.kinds.required_element import contains_address
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.normalise import (
    _LEADING_PERCENT,
    NormalisedText,
    _collapse,
    _fold_char,
    _link_char,
    _seams,
    _trailing_percent,
    fold,
    link_view,
    skeleton,
)

_ALPHABET = (
    "ab.c-d'e_f 1$%X,!?\"\n\n  \t\r\x01\x7f\x1c\u00e9\u00df\u200b\u00a0\u0441\ufb01\uff14"
    "\u2019\u2026\U0001f600\u0301\u00b2\u2014"
)


def _per_character(text: str, mapper: object, keep_newlines: bool) -> NormalisedText:
    """The view built one character at a time, as the engine did before its fast paths."""
    assert callable(mapper)
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for piece in mapper(char):
            out.append(piece)
            offsets.append(index)
    return _collapse("".join(out), offsets, keep_newlines, len(text))


def _leading_percent(view: NormalisedText) -> NormalisedText:
    """The view with a percent sign before its figure moved after it, as :func:`fold` does."""
    moved = _LEADING_PERCENT.sub(_trailing_percent, view.text)
    return NormalisedText(moved, view.offsets, view.original_length)


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 50))) for _ in range(count)]


def test_mixed_text_views_equal_the_per_character_views() -> None:
    texts = ["Zoë, your \u201cfree\u201d gift \u2014 ends tonight!", *_random_texts(1500, seed=5)]
    for text in texts:
        if text.isascii():
            continue
        assert fold(text) == _leading_percent(
            _per_character(text, _fold_char, keep_newlines=True)
        ), repr(text)
        assert link_view(text) == _per_character(text, _link_char, keep_newlines=False), repr(text)


def test_control_characters_stay_apart_in_the_link_view_of_mixed_text() -> None:
    view = link_view("é\x01A")  # the link view keeps a control character as NFKC leaves it
    assert view.text == "é\x01a"
    assert view.offsets == (0, 1, 2)


def _every_run(
    text: str, offsets: tuple[int, ...], runs: str, size: int, *, lines: bool
) -> NormalisedText:
    """Every run of ``runs`` characters visited, each written as one space (or line break)."""
    parts: list[str] = []
    kept: list[int] = []
    position = 0
    for run in re.finditer(runs, text):
        start, end = run.span()
        parts.append(text[position:start])
        kept.extend(offsets[position:start])
        if start > 0 and end < len(text):
            parts.append("\n" if lines and "\n" in run.group() else " ")
            kept.append(offsets[start])
        position = end
    parts.append(text[position:])
    kept.extend(offsets[position:])
    return NormalisedText("".join(parts), tuple(kept), size)


def test_views_visiting_only_changing_runs_equal_visiting_every_run() -> None:
    for text in ["  Eco--friendly ,  safe\n\n100%  ", *_random_texts(1500, seed=7)]:
        mapped = "".join(_fold_char(c) for c in text)
        if len(mapped) != len(text):
            continue  # one character to one, so that offsets are plain indices
        offsets = tuple(range(len(text)))
        assert _collapse(mapped, range(len(text)), True, len(text)) == _every_run(
            mapped, offsets, r"[ \n]+", len(text), lines=True
        )
        folded = fold(text)
        assert skeleton(text) == _every_run(
            folded.text, folded.offsets, r"(?:[^\w$%#@!|+]|_)+", len(text), lines=False
        )


def test_original_span_clamps_like_min_max() -> None:
    rng = random.Random(9)
    for _ in range(5000):
        offsets = tuple(sorted(rng.randint(0, 30) for _ in range(rng.randint(0, 6))))
        view = NormalisedText("x" * len(offsets), offsets, 31)
        start, end = rng.randint(-3, 9), rng.randint(-3, 9)
        if not offsets:
            assert view.original_span(start, end) == (0, 0)
            continue
        s = min(max(start, 0), len(offsets) - 1)
        e = min(max(end, s + 1), len(offsets))
        assert view.original_span(start, end) == (offsets[s], offsets[e - 1] + 1)


def test_seams_equal_the_scan_over_every_position() -> None:
    rng = random.Random(2)
    for _ in range(3000):
        offsets = tuple(sorted(rng.sample(range(40), rng.randint(0, 20))))
        dropped = {j for j in range(40) if j not in offsets and rng.random() < 0.4}
        scanned = {
            i
            for i, (here, after) in enumerate(zip(offsets, offsets[1:], strict=False))
            if any(here < j < after for j in dropped)
        }
        assert _seams(offsets, dropped) == scanned


def test_overlaps_is_containment() -> None:
    assert overlaps(3, 5, [(0, 2), (2, 6)])
    assert not overlaps(3, 7, [(0, 2), (2, 6)])
    assert not overlaps(0, 1, [])


def test_an_address_missing_a_token_is_not_contained() -> None:
    haystack = ["visit", "418", "alder", "st", "portland", "or"]
    assert contains_address(haystack, ["418", "alder", "st"])
    assert not contains_address(haystack, ["419", "alder", "st"])
    assert not contains_address(haystack, ["418", "alder", "st", "418"])  # counted, not a set


def test_rules_in_force_are_read_per_send_day(sample_pack: BrandPack) -> None:
    rule = sample_pack.rules[0]
    starts = date(2027, 3, 1)
    later = rule.model_copy(update={"id": f"{rule.id}-later", "valid_from": starts})
    pack = sample_pack.model_copy(update={"rules": [*sample_pack.rules, later]})
    engine = RuleEngine(pack)
    channel = next(c for c in ("email", "sms", "push") if later.applies_to(c))
    message = Message(channel=channel, body="Hello there.")
    before = engine.check(message, as_of=starts - timedelta(days=1))
    after = engine.check(message, as_of=starts)
    again = engine.check(message, as_of=starts - timedelta(days=1))
    assert later.id not in before.rules_evaluated
    assert later.id in after.rules_evaluated
    assert again.rules_evaluated == before.rules_evaluated
