"""A guard written once before a run of alternatives finds the same matches."""

from __future__ import annotations

import re

from nextbest.tools.compliance.alternation import guard_once, guarded

GUARD = "(?<![a-z0-9])"
PATTERNS = [
    GUARD + r"(?:our|my) newest(?![a-z0-9])",
    GUARD + r"best of luck|" + GUARD + r"best mates?",  # every branch guarded
    r"[$€£]\d+ for \d+ hours?",  # no guard: stays on its own, in its place
    GUARD + r"twice the fun",
    GUARD + r"grade \d+|class \d+",  # one branch unguarded: not grouped
    GUARD + r"on most(?![a-z0-9])",
]
TEXTS = [
    "Meet our newest kettle, best of luck and best mates!",
    "Only $5 for 3 hours, us$9 for 2 hours, twice the fun",
    "subclass 4 and grade 7, dragrade 8, on most days; ourmy newest",
    "",
]


def test_guarded_reads_each_top_level_branch() -> None:
    assert guarded(PATTERNS[0], GUARD)
    assert guarded(PATTERNS[1], GUARD)
    assert not guarded(PATTERNS[2], GUARD)
    assert not guarded(PATTERNS[4], GUARD)


def test_same_matches_as_the_plain_alternation() -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
    once = re.compile(guard_once(PATTERNS, GUARD))
    for text in TEXTS:
        assert [m.span() for m in once.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_runs_keep_their_order() -> None:
    combined = guard_once(PATTERNS, GUARD)
    # three runs (the second branch of PATTERNS[1] keeps its own guard) and PATTERNS[4] as written
    assert combined.count(GUARD) == 5
    assert combined.index("[$€£]") < combined.index("twice the fun")


def test_all_guarded_is_one_group() -> None:
    assert guard_once(["(?<![a-z0-9])a", "(?<![a-z0-9])b"], GUARD) == GUARD + "(?:(?:a)|(?:b))"
