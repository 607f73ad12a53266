"""Issue 17 speed (lat13): the fast paths give exactly what the plain computations give.

The brand is Northwind Coffee, built in code by ``compliance_helpers`` (no eval brand).
"""

from __future__ import annotations

import random
import re

from compliance_helpers import build_pack, rule

from nextbest.tools.compliance.normalise import NormalisedText, fold, skeleton, skeleton_of

_SEPARATOR = re.compile(r"[^\w$%#@!|+]|_")


def _reference_skeleton(view: NormalisedText) -> tuple[str, tuple[int, ...]]:
    """Every maximal run of separators one space (its first offset), none at either end."""
    text, offsets = view.text, view.offsets
    out: list[str] = []
    kept: list[int] = []
    index = 0
    while index < len(text):
        if _SEPARATOR.match(text[index]):
            first = index
            while index < len(text) and _SEPARATOR.match(text[index]):
                index += 1
            if first > 0 and index < len(text):
                out.append(" ")
                kept.append(offsets[first])
            continue
        out.append(text[index])
        kept.append(offsets[index])
        index += 1
    return "".join(out), tuple(kept)


def test_the_skeleton_of_an_ascii_view_is_every_separator_run_as_one_space() -> None:
    rnd = random.Random(13)
    alphabet = "ab9Z _-.,'\n\t$%#@!|+/:;()\"&*?\\~`^\r"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        offsets = tuple(sorted(rnd.randint(0, 40) for _ in text))
        view = NormalisedText(text, offsets, 41)
        got = skeleton_of(view)
        assert (got.text, got.offsets) == _reference_skeleton(view), text
        assert got.original_length == 41
    assert skeleton("Eco-friendly, isn't it?").text == "eco friendly isn t it"
    assert skeleton("cr¥pto  café").text == "crypto cafe"  # beyond ASCII: the general path


def test_a_non_ascii_view_keeps_the_general_path() -> None:
    view = fold("Fr€e — déjà vu…")
    got = skeleton_of(view)
    assert got.text == "free deja vu"
    assert got.offsets[0] == 0 and got.offsets[-1] == len("Fr€e — déjà v")


def test_capitals_hidden_by_a_link_and_the_ratio_are_read_as_before(check) -> None:
    linked = build_pack([rule("caps", "capitals", {})])
    quiet = check(
        linked,
        channel="email",
        subject="Winter roasts",
        body="Order at https://northwind.coffee/WINTER-ROASTS today.",
    )
    assert "caps" not in quiet.fired_rule_ids, quiet.violations
    loud = check(
        linked,
        channel="email",
        subject="Winter roasts",
        body="ORDER at https://northwind.coffee/WINTER-ROASTS today.",
    )
    assert [v.evidence for v in loud.violations if v.rule_id == "caps"] == ["ORDER"]
    ratio = build_pack([rule("caps", "capitals", {"max_caps_words": 5, "max_ratio": 0.3})])
    high = check(ratio, channel="email", subject="Winter roasts", body="GREAT Beans For You")
    assert "caps" in high.fired_rule_ids
    low = check(ratio, channel="email", subject="Winter roasts", body="Great beans for you")
    assert "caps" not in low.fired_rule_ids
