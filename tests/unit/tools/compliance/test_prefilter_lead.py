"""A pattern behind a look-ahead on its leading class finds the same matches."""

from __future__ import annotations

import re

from nextbest.tools.compliance.prefilter import Prefiltered, lead_tested, leading_class

TEXTS = [
    "Save $20 today, 15% off, or 3 for 2: USD 40 at Quillby's. Free-ish? fr33 tote!",
    "no figures here at all",
    "£5, 5€ - a-b ]x[ \\ ^caret",
    "",
]


def test_leading_class_of_an_alternation_after_guards() -> None:
    pattern = re.compile(r"(?<![\w.])\d+%|\bsave\s+\$?\d+|(?:[$£]\s?)\d+")
    lead = leading_class(pattern)
    assert lead is not None
    assert re.fullmatch(lead, "7") and re.fullmatch(lead, "s") and re.fullmatch(lead, "£")
    assert not re.fullmatch(lead, "x")


def test_unreadable_patterns_are_left_as_they_are() -> None:
    for source, flags in [
        (r"a?b?", 0),  # may match empty
        (r".x", 0),  # any character first
        (r"[^a]x", 0),  # a negated class
        (r"free", re.IGNORECASE),  # case-folded
        (r"(?i:f)ree", 0),  # scoped flags
        (r"(?x) f ree", 0),  # global flags in the text
    ]:
        pattern = re.compile(source, flags)
        assert leading_class(pattern) is None
        assert lead_tested(pattern) is pattern


def test_same_matches_groups_and_names() -> None:
    sources = [
        r"(?<![\w.])(?P<n>\d{1,3}(?:,\d{3})*)\s?(?:%|percent)",
        r"\b(?:save|get)\s+(?:up to\s+)?[$£€](\d+)",
        r"(?<![\w-])fr(?:ee|3e|e3|33)\b(?!-ish)",
        r"x*[-\]^\\a-c]+",
        r"(?:(?=\d)\d|\s)+tote",
    ]
    for source in sources:
        plain = re.compile(source)
        fast = lead_tested(plain)
        assert fast is not plain
        for text in TEXTS:
            want = [(m.span(), m.groups(), m.lastgroup) for m in plain.finditer(text)]
            got = [(m.span(), m.groups(), m.lastgroup) for m in fast.finditer(text)]
            assert got == want


def test_prefiltered_scans_with_the_lead_tested_pattern() -> None:
    scan = Prefiltered(re.compile(r"\d+\s?%"))
    assert scan.scan.pattern.startswith("(?=")
    assert [m.group() for m in scan.finditer("10% and 20 %")] == ["10%", "20 %"]
    assert scan.search("no percent sign") is None


def test_a_pattern_the_engine_already_skips_through_is_kept() -> None:
    for source in [r"\$0\s+down", r"[$£]\d+", r"(?:free|fr33)\b", r"(?:ab|cd)"]:
        pattern = re.compile(source)
        assert lead_tested(pattern) is pattern
