"""Speed rewrites of phrase and trigger patterns keep what they find (issue 17)."""

from __future__ import annotations

import re

from nextbest.tools.compliance.kinds.claim_grounding import _unguarded
from nextbest.tools.compliance.phrases import phrase_pattern, phrases_pattern


def test_repeated_letters_still_match_after_the_branch_rewrite() -> None:
    pattern = re.compile(phrases_pattern(["glowtastic", "glow drops", "moonbeam"]))
    for text in ("gl0wtastic", "glooowtastic", "glow drops", "glowdrops", "m00nbeam"):
        assert pattern.search(text), text
    for text in ("afterglowtastic", "glowtastics", "moonbeams"):
        assert not pattern.search(text), text


def test_a_repeat_is_written_with_a_leading_character_set() -> None:
    body = phrase_pattern("ox")
    assert "[o0][o0]*" in body
    assert "+" not in body


def test_unguarded_strips_only_a_leading_word_start_guard() -> None:
    assert _unguarded(r"(?<![a-z0-9])zap(?![a-z0-9])") == r"zap(?![a-z0-9])"
    assert _unguarded(r"\d+ (?<![a-z0-9])zap") == r"\d+ (?<![a-z0-9])zap"


def test_capital_words_outside_links_match_the_plain_containment_test() -> None:
    import random

    from nextbest.tools.compliance.kinds.base import overlaps
    from nextbest.tools.compliance.kinds.capitals import _WORD, _outside

    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("ab C.:/ ") for _ in range(60))
        spans = [(a, a + rng.randint(0, 20)) for a in rng.sample(range(60), rng.randint(0, 3))]
        words = list(_WORD.finditer(text))
        expected = [m.span() for m in words if not overlaps(*m.span(), spans)]
        assert [m.span() for m in _outside(words, spans)] == expected


def test_shared_guard_is_factored_per_run_of_alternatives_having_it() -> None:
    from nextbest.tools.compliance.kinds.claim_grounding import _alternatives

    guard = r"(?<![a-z0-9])"
    both = _alternatives([guard + "ab", guard + "cd"])
    assert both == guard + "(?:(?:ab)|(?:cd))"
    # a run of guarded alternatives shares one guard; one without it stays as written
    assert _alternatives([guard + "ab", "cd"]) == f"{guard}(?:(?:ab))|(?:cd)"
    mixed = _alternatives([guard + "ab", "cd", guard + "ef", guard + "gh"])
    assert mixed == f"{guard}(?:(?:ab))|(?:cd)|{guard}(?:(?:ef)|(?:gh))"
    assert [m.group() for m in re.finditer(both, "xab ab cd")] == ["ab", "cd"]
