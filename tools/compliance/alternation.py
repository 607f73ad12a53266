"""One regular expression for several patterns that start with the same guard.

Python's regex engine tries every alternative of ``a|b|c`` at every position of the text. When
the alternatives start with the same zero-width guard (a word start, ``(?<![a-z0-9])``), writing
the guard once before a group of them, ``guard(?:a|b|c)``, tests it once per position: at the
many positions inside words the guard fails and no alternative is tried.

A run of consecutive guarded patterns is grouped; a pattern without the guard (or one whose
top-level branches do not all start with it) stays on its own, in its place. The patterns keep
their order, so at each position the first one that matches is the same as in the plain
alternation ``(?:a)|(?:b)|(?:c)``, and so is every match.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the regex parser (Python 3.11+)
_c: Any = importlib.import_module("re._constants")


def _same_item(a: Any, b: Any) -> bool:
    """Whether two parsed items are the same zero-width assertion (compared by value)."""
    if a[0] != b[0] or a[0] not in (_c.ASSERT, _c.ASSERT_NOT):
        return False
    (direction_a, body_a), (direction_b, body_b) = a[1], b[1]
    return bool(direction_a == direction_b and body_a.data == body_b.data)


def guarded(pattern: str, guard: str) -> bool:
    """Whether every match of ``pattern`` starts by passing ``guard``.

    Args:
        pattern: A regular expression.
        guard: A zero-width assertion such as ``(?<![a-z0-9])``.

    Returns:
        True when the pattern starts with the guard and, if it is an alternation at its top
        level, each of its branches does.
    """
    if not pattern.startswith(guard):
        return False
    item = _parser.parse(guard).data[0]
    data = _parser.parse(pattern).data
    if len(data) == 1 and data[0][0] == _c.BRANCH:
        return all(bool(b.data) and _same_item(b.data[0], item) for b in data[0][1][1])
    return _same_item(data[0], item)


def guard_once(patterns: Sequence[str], guard: str) -> str:
    """One pattern for ``patterns``, testing ``guard`` once per run of patterns sharing it.

    Args:
        patterns: Regular expressions, in order of preference.
        guard: The zero-width assertion many of them start with.

    Returns:
        A pattern whose matches are those of ``(?:p1)|(?:p2)|...``.
    """
    runs: list[str] = []
    group: list[str] = []
    for pattern in patterns:
        if guarded(pattern, guard):
            group.append(f"(?:{pattern[len(guard) :]})")
            continue
        if group:
            runs.append(guard + "(?:" + "|".join(group) + ")")
            group = []
        runs.append(f"(?:{pattern})")
    if group:
        runs.append(guard + "(?:" + "|".join(group) + ")")
    return "|".join(runs)
