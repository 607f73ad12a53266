"""Regular expressions that find a compliance officer's phrases in normalised copy.

A phrase is skeletonised and turned into a pattern for skeleton text (see
:mod:`~nextbest.tools.compliance.normalise`): whole words only, each word joined to the next or
separated by one space, and — with ``obfuscation`` — leetspeak substitutes and repeated letters.
Many phrases share one pattern built as a prefix tree.
"""

from __future__ import annotations

import re
from typing import Any

from nextbest.tools.compliance.arabic_clitics import ARABIC_WORD_START, starts_arabic
from nextbest.tools.compliance.normalise import LEET, WORD_CHARS, fold, plain
from nextbest.tools.compliance.unspaced_scripts import UNSPACED_RANGES, is_unspaced

_VOWELS = frozenset("aeiouy")

_BEFORE = f"(?<![{WORD_CHARS}])"
_AFTER = f"(?![{WORD_CHARS}])"
_OPEN_BEFORE = f"(?:(?=[{UNSPACED_RANGES}])|{_BEFORE})"
"""Word guard before a phrase that may start in a script without spaces (Japanese, Thai…):
no guard when it does, since a word may start after any letter of such a script."""
_OPEN_AFTER = f"(?:(?<=[{UNSPACED_RANGES}])|{_AFTER})"
"""Word guard after a phrase that may end in a script without spaces: none when it does."""


def _letter_class(char: str, leet: bool, inner: bool = False) -> str:
    """One letter of a phrase; with ``leet``, its substitutes and repeats (``cuuure``).

    A repeated letter is written ``xx*`` rather than ``x+``: the same language and the same
    greedy matching, but the unit then starts with a plain character (set), which the regex
    engine tests before entering a branch of the prefix tree, instead of entering a repeat.

    A consonant inside a word (``inner``: not its last letter) written twice is ordinary
    spelling in many languages, not a stretched letter: Italian "ecco" is not "eco", nor
    "cassa" "casa". Such a consonant stretches only when written three times or more
    (``ecccco``); vowels and a word's last letter stretch from two (``freee``, ``yesss``).
    """
    if not leet:
        return re.escape(char)
    base = "[" + re.escape(LEET[char]) + "]" if char in LEET else re.escape(char)
    if not char.isalpha():
        return base
    if inner and char not in _VOWELS:
        return f"{base}(?:{base}{base}{base}*)?"
    return base + base + "*"


_NOT_A_NUMBER = f"(?![0-9][0-9]*(?![{WORD_CHARS}]))"
"""Guard before a phrase starting with a letter: its first word is not found in a number.

Leetspeak swaps some letters for digits (``fr33``), but a word written in digits only is a
number: ``BBB`` is not in the phone number ``1-888-555-0174``, nor ``SOS`` in ``505``.
"""


def _single_inner(word: str, i: int) -> bool:
    """Whether ``word[i]`` is inside the word and not one of a pair of the same letter."""
    if i >= len(word) - 1 or word[i + 1] == word[i]:
        return False
    return i == 0 or word[i - 1] != word[i]


_LONE_BEFORE = r"(?<![^\W\d_])"
_LONE_AFTER = r"(?![^\W\d_])"
"""Guards of a one-letter word at a phrase's edge against a letter of any script."""


def _lone_letter(word: str) -> bool:
    """Whether ``word`` is one letter of a script written with spaces (``у``, ``a``, ``η``).

    The word guards see only the letters ``a-z``, and the skeleton writes a Cyrillic or Greek
    letter that looks Latin as that Latin letter: a phrase of such one-letter words (a Cyrillic
    abbreviation "с.о.", skeleton ``c o``) would be found across the edges of words, beside
    letters the guards do not see ("плюс опцыя"). A one-letter word is whole only
    when no letter of any script touches it.
    """
    return len(word) == 1 and word.isalpha() and not is_unspaced(word)


def _units(phrase: str, obfuscation: bool) -> tuple[str, ...]:
    """A phrase as regex units: one per letter (with its leetspeak class) and ``" ?"`` gaps.

    A one-letter word at either edge also takes a guard against a letter of any script
    (:func:`_lone_letter`).
    """
    units: list[str] = []
    words = [w for w in plain(phrase).split(" ") if w]
    for word in words:
        if units:
            units.append(" ?")
        units.extend(
            _letter_class(c, obfuscation, _single_inner(word, i)) for i, c in enumerate(word)
        )
    if words and _lone_letter(words[0]):
        units.insert(0, _LONE_BEFORE)
    if words and _lone_letter(words[-1]):
        units.append(_LONE_AFTER)
    return tuple(units)


def _lettered(phrase: str) -> bool:
    """Whether a phrase starts with a letter (its first word may not be a plain number)."""
    return plain(phrase)[:1].isalpha()


def _symbol_first(skeleton: str) -> bool:
    """Whether a skeletonised phrase opens with a sign, not a letter or digit ("% a month").

    Such a phrase needs no word boundary before it: a sign is no part of a word, and the
    figure it follows ("2% a month") is written right against it.
    """
    first = skeleton[:1]
    return bool(first) and not first.isalnum() and not first.isspace()


def phrase_body(phrase: str, *, obfuscation: bool = True) -> str:
    """The unanchored regular expression for one phrase (see :func:`phrase_pattern`).

    Args:
        phrase: The phrase as a compliance officer wrote it.
        obfuscation: Whether to allow leetspeak substitutes.

    Returns:
        A pattern string without word-boundary guards.
    """
    return "".join(_units(phrase, obfuscation))


def _trie_pattern(sequences: list[tuple[str, ...]]) -> str:
    """One regex for many unit sequences, sharing prefixes so each position tries few branches.

    A phrase that is a prefix of a longer one becomes an optional (greedy) continuation, so the
    longer phrase is preferred and the shorter one still matches.
    """
    trie: dict[str, Any] = {}
    end = "\x00"
    for sequence in sequences:
        node = trie
        for unit in sequence:
            node = node.setdefault(unit, {})
        node[end] = {}

    # Children before parents, without recursion: a mandated wording of several hundred
    # characters is a chain of as many nodes, deeper than Python's recursion limit.
    emitted: dict[int, str] = {}
    stack: list[tuple[dict[str, Any], bool]] = [(trie, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for unit, child in node.items() if unit != end)
            continue
        branches = [unit + emitted.pop(id(child)) for unit, child in node.items() if unit != end]
        if not branches:
            emitted[id(node)] = ""
            continue
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        emitted[id(node)] = "(?:" + body + ")?" if end in node else body
    return emitted[id(trie)]


def phrase_pattern(phrase: str, *, obfuscation: bool = True) -> str:
    """A regular expression (for skeleton text) that finds ``phrase`` as whole words.

    The phrase is skeletonised first. Each word may appear joined to the next word or
    separated by one space (``chemicalfree`` / ``chemical free``), and, with ``obfuscation``,
    with leetspeak substitutes and repeated letters (``cur3``, ``cuuure``). The match must start
    and end on a word boundary, so
    ``cure`` is not found in ``secure`` or ``pedicure``; an edge written in a script without
    spaces between words (Japanese, Thai, :mod:`~nextbest.tools.compliance.unspaced_scripts`)
    needs no boundary, since a word may start or end anywhere there, and an Arabic phrase may
    follow the one-letter words Arabic joins to the next
    (:mod:`~nextbest.tools.compliance.arabic_clitics`). Letters split by spaces
    or punctuation (``c.u.r.e``, ``cu.re``) are found by also matching on
    :func:`collapse_spaced` and :func:`join_punctuation`.

    Args:
        phrase: The phrase as a compliance officer wrote it.
        obfuscation: Whether to allow leetspeak substitutes.

    Returns:
        A pattern string; compile it once and reuse it.
    """
    guard = _NOT_A_NUMBER if obfuscation and _lettered(phrase) else ""
    body = phrase_body(phrase, obfuscation=obfuscation)
    skeleton = plain(phrase)
    before = "" if is_unspaced(skeleton[:1]) or _symbol_first(skeleton) else _BEFORE
    if starts_arabic(skeleton):
        before += ARABIC_WORD_START  # "الخصم" in "والخصم", not in a longer word
    after = "" if is_unspaced(skeleton[-1:]) else _AFTER
    return f"{before}{guard}{body}{after}"


def phrases_pattern(phrases: list[str], *, obfuscation: bool = True) -> str:
    """One guarded pattern for many phrases, built as a prefix tree ('' for none).

    The word-boundary guards are checked once per position rather than once per phrase, and
    phrases share their common prefixes, which keeps large lexicons fast.

    Args:
        phrases: Phrases to find.
        obfuscation: Whether to allow leetspeak substitutes.

    Returns:
        A pattern string, or '' when no phrase has any letters or digits.
    """
    worded = [p for p in phrases if plain(p) and not _symbol_first(plain(p))]
    symbols = sorted({_units(p, obfuscation) for p in phrases if _symbol_first(plain(p))})
    lettered = sorted({_units(p, obfuscation) for p in worded if _lettered(p)})
    other = sorted({_units(p, obfuscation) for p in worded if not _lettered(p)})
    if not lettered and not other and not symbols:
        return ""
    skeletons = [plain(p) for p in phrases]
    after = _OPEN_AFTER if any(is_unspaced(p[-1:]) for p in skeletons) else _AFTER
    unguarded = f"|{_trie_pattern(symbols)}" if symbols else ""
    if not lettered and not other:
        return f"(?:{_trie_pattern(symbols)}){after}"
    if not obfuscation:
        body = _trie_pattern(sorted({*lettered, *other}))
    else:  # one guard for all the phrases that start with a letter (see _NOT_A_NUMBER)
        parts = [f"{_NOT_A_NUMBER}{_trie_pattern(lettered)}"] if lettered else []
        parts += [_trie_pattern(other)] if other else []
        body = "|".join(parts)
    before = _OPEN_BEFORE if any(is_unspaced(p[:1]) for p in skeletons) else _BEFORE
    if any(starts_arabic(p) for p in skeletons):  # where an Arabic word starts, see there
        before = f"(?:{before}{ARABIC_WORD_START})"
    return f"(?:{before}(?:{body}){unguarded}){after}"


def compile_phrases(phrases: list[str], *, obfuscation: bool = True) -> re.Pattern[str] | None:
    """:func:`phrases_pattern` compiled, or None for an empty list.

    Args:
        phrases: Phrases to find.
        obfuscation: Whether to allow leetspeak substitutes.

    Returns:
        A compiled pattern for skeleton text, or None.
    """
    pattern = phrases_pattern(phrases, obfuscation=obfuscation)
    return re.compile(pattern) if pattern else None


_LITERAL_PUNCTUATION = re.compile(r"[^\w\s'-]")


def is_literal(trigger: str) -> bool:
    """Whether a trigger's punctuation matters (``/month``, ``24/7``), so the skeleton won't do."""
    return bool(_LITERAL_PUNCTUATION.search(trigger)) and bool(plain(trigger))


def literal_pattern(trigger: str) -> str:
    """A folded-view pattern for a trigger written with meaningful punctuation."""
    body = re.escape(fold(trigger).text)
    if trigger[:1].isalnum():
        body = r"(?<![a-z0-9])" + body
    if trigger[-1:].isalnum():
        body += r"(?![a-z0-9])"
    return body


_CONTRACTION_TAIL = re.compile(r"[\u2019']t(?![a-z0-9])", re.IGNORECASE)
"""The ``'t`` of a negative contraction (``won't``, ``can't``)."""


def cut_from_contraction(text: str, end: int) -> bool:
    """Whether a phrase found up to ``end`` ends inside a negative contraction.

    The skeleton drops the apostrophe, so a phrase ending in ``won`` or ``can`` is found in
    "won't" or "can't"; those are other words ("you won't want to share it" says nothing of
    winning).

    Args:
        text: The field's original text.
        end: Where the phrase found ends in ``text``.

    Returns:
        True when ``'t`` (straight or curly apostrophe) follows the phrase as a word's end.
    """
    return end > 0 and text[end - 1].isalpha() and _CONTRACTION_TAIL.match(text, end) is not None
