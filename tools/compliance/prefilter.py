"""Literals a regular expression's matches need: a text without them holds no match.

A pattern such as the percentage mention (``20% off``, ``save 15 percent``) can only match a
text that contains ``%`` or ``percent``. Scanning a long body with a pattern of many
alternatives costs the regex engine a try at every position, while a substring test costs
almost nothing, so a scan whose needed literals are absent is skipped.

:func:`needed_literals` reads the parsed pattern and returns groups of literals: every match
contains, for each group, at least one of its literals somewhere in the text (a lookahead or
lookbehind's literals count: they are in the text too). The reading is conservative: what it
cannot read (a negative assertion, an optional part, a wide character class) adds no group, so a
skipped scan is always one that would have found nothing. Only groups likely to be absent from
ordinary copy are kept (symbols, longer words), since testing common ones ("the", a space) would
cost time and skip nothing.

A case-insensitive pattern (a compliance officer's own, ``re.IGNORECASE``) is tested on the
lower-cased text, and only when that text is ASCII: beyond ASCII, case-insensitive matching
pairs letters that lower-casing does not (the long s ``ſ`` matches ``s``), so such a text is
always scanned.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

_sre_parse: Any = importlib.import_module("re._parser")  # the regex parser (Python 3.11+)
_c: Any = importlib.import_module("re._constants")

MAX_GROUP = 40
"""Most literals a group may hold (a union over many alternatives is no longer selective)."""
MAX_SCORE = 80
"""Highest :func:`_score` of a group worth testing before a scan (a few dozen short words still
cost less to test than a scan of a long body)."""
_CLASS_CHARS = 8
"""Most characters a character class may hold to count as a group of one-letter literals."""

Groups = list[frozenset[str]]


def _score(group: frozenset[str]) -> int:
    """How likely ordinary copy holds one of ``group``'s literals (lower: less likely)."""
    total = 0
    for literal in group:
        text = literal.strip()
        if not text:
            total += 100  # white space is everywhere
        elif len(text) >= 4:
            total += 1
        elif len(text) == 3:
            total += 3
        elif len(text) == 2:
            total += 8
        elif text.isalnum() or text in "-.,'’:;!?/()&\"":
            total += 50  # a single letter, digit or common punctuation mark
        else:
            total += 1  # a symbol: %, $, €, ¢ …
    return total


def _best(groups: Groups) -> frozenset[str] | None:
    """The most selective group (the one a union over alternatives should take)."""
    return min(groups, key=_score) if groups else None


def _sequence(items: Any) -> Groups:
    """The groups of a sequence of parsed items: each item's groups, and runs of literals."""
    groups: Groups = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            groups.append(frozenset({"".join(run)}))
            run = []
        groups.extend(_item(op, av))
    if run:
        groups.append(frozenset({"".join(run)}))
    return groups


def _item(op: Any, av: Any) -> Groups:
    """The groups one parsed item needs (none when it can match without a known literal)."""
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = av
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            return []
        return _sequence(pattern.data)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av.data)
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            best = _best(_sequence(alternative.data))
            if best is None:
                return []
            union |= best
            if len(union) > MAX_GROUP:
                return []
        return [frozenset(union)]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, pattern = av
        return _sequence(pattern.data) if low >= 1 else []
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _CLASS_CHARS:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return []  # a negated class, a category (\w, \d), a wide range
        return [frozenset(chars)] if 0 < len(chars) <= _CLASS_CHARS else []
    if op is _c.ASSERT:  # a lookahead or lookbehind: its text is in the field too
        _direction, pattern = av
        return _sequence(pattern.data)
    return []


def needed_literals(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Groups of literals every match of ``pattern`` needs in the text searched.

    Args:
        pattern: A compiled pattern. When it is case-insensitive, the literals are lower-cased
            and only groups of ASCII literals are kept (test them on the lower-cased text).

    Returns:
        The selective groups (see :data:`MAX_SCORE`), most selective first; empty when the
        pattern needs nothing worth testing.
    """
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    groups = [g for g in _sequence(parsed.data) if g]
    if pattern.flags & re.IGNORECASE:
        groups = [frozenset(x.lower() for x in g) for g in groups if all(x.isascii() for x in g)]
    kept = {g for g in groups if _score(g) <= MAX_SCORE}
    return sorted(kept, key=lambda g: (_score(g), sorted(g)))


_CATEGORY_CLASSES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _class_member(kind: Any, value: Any) -> str | None:
    """One member of a character class, written for a class (None when it cannot be)."""
    if kind is _c.LITERAL:
        return re.escape(chr(value))
    if kind is _c.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is _c.CATEGORY:
        return _CATEGORY_CLASSES.get(str(value))
    return None


def _first(items: Any) -> tuple[list[str], bool] | None:
    """Class members one of which starts every match of a sequence, and whether it may be empty.

    None when some match may start with a character the reading cannot bound.
    """
    members: list[str] = []
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # an anchor or a look-around reads no character
        found: tuple[list[str], bool] | None
        if op is _c.LITERAL:
            found = ([re.escape(chr(av))], False)
        elif op is _c.IN:
            written = [_class_member(kind, value) for kind, value in av]
            if any(m is None for m in written):
                return None  # a negated class, a class under case-folding...
            found = ([m for m in written if m is not None], False)
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, pattern = av
            if add_flags or del_flags:
                return None  # scoped flags: the group reads characters differently
            found = _first(pattern.data)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            found = _first(av.data)
        elif op is _c.BRANCH:
            union: list[str] = []
            empty = False
            for alternative in av[1]:
                branch = _first(alternative.data)
                if branch is None:
                    return None
                union += branch[0]
                empty = empty or branch[1]
            found = (union, empty)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, pattern = av
            inner = _first(pattern.data)
            if inner is None:
                return None
            found = (inner[0], inner[1] or low == 0)
        else:
            return None  # any character, a back-reference...
        if found is None:
            return None
        members += found[0]
        if not found[1]:
            return members, False
    return members, True


def _searched_fast(items: Any) -> bool:
    """Whether the regex engine already skips ahead to a match's first character.

    It does for a pattern that starts with a literal, a class, or branches that each start
    with a literal (inside plain groups): a look-ahead in front would only hide that.
    """
    while items and items[0][0] is _c.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    return bool(
        op is _c.BRANCH and all(branch.data and branch.data[0][0] is _c.LITERAL for branch in av[1])
    )


def leading_class(pattern: re.Pattern[str]) -> str | None:
    """A character class every match of ``pattern`` starts with, when it can be read.

    Args:
        pattern: A compiled pattern (case-sensitive; case-insensitive ones are not read).

    Returns:
        ``[...]`` such that each match's first character is in it, or None (a match may be
        empty or start with an unbounded character, or the pattern sets flags in its text).
    """
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or _GLOBAL_FLAGS.match(pattern.pattern):
        return None
    first = _first(_sre_parse.parse(pattern.pattern, pattern.flags).data)
    if first is None or first[1] or not first[0]:
        return None
    return "[" + "".join(dict.fromkeys(first[0])) + "]"


def lead_tested(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead on its leading class: the same matches, found sooner.

    At a position whose character cannot start a match, one class test fails instead of a try
    of every alternative (each often a look-behind first).

    Args:
        pattern: A compiled pattern.

    Returns:
        The pattern behind ``(?=[...])`` (same groups, same spans), or ``pattern`` itself when
        no leading class can be read or the engine already skips to a first literal or class.
    """
    lead = leading_class(pattern)
    if lead is None or _searched_fast(_sre_parse.parse(pattern.pattern, pattern.flags).data):
        return pattern
    return re.compile(f"(?={lead})(?:{pattern.pattern})", pattern.flags)


class Prefiltered:
    """A compiled pattern that skips its scan when the text lacks a literal it needs.

    Attributes:
        pattern: The compiled pattern.
        scan: The pattern that scans: :func:`lead_tested` of ``pattern`` (same matches).
        needs: Groups of literals (see :func:`needed_literals`).
        ignore_case: Whether the pattern is case-insensitive (its literals are tested on the
            lower-cased text, and only on ASCII text).
    """

    __slots__ = ("ignore_case", "needs", "pattern", "scan")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Read the literals ``pattern`` needs.

        Args:
            pattern: The compiled pattern.
        """
        self.pattern = pattern
        self.scan = lead_tested(pattern)  # the same matches, positions skipped sooner
        self.needs = needed_literals(pattern)
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)

    def possible(self, text: str) -> bool:
        """Whether ``text`` holds a literal of every group (a match may then exist)."""
        if not self.needs:
            return True
        if self.ignore_case:
            if not text.isascii():
                return True
            text = text.lower()
        for group in self.needs:  # plain loops: no generator or call per group on a hot path
            for literal in group:
                if literal in text:
                    break
            else:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, or None at once when the text cannot match."""
        return self.scan.search(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, or nothing at once when the text cannot match."""
        if not self.possible(text):
            return iter(())
        return self.scan.finditer(text)
