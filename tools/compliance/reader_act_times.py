"""The time the reader's own act takes, in Armenian and Russian copy.

"Download the app and place your first order in a few minutes": the minutes are how long the
reader's own step takes (filling in an order, signing up), not a service the brand promises to
deliver in them. The built-in English exceptions read this ("set up your account in minutes");
Armenian and Russian copy say it with an imperative addressed to the reader and a vague span of
time ("a few minutes", "a few seconds", "a few steps"), which a claim trigger for minutes found
as a promise of speed.

A span is the reader's own act when, in the skeleton view, an imperative (Armenian ``-եք``,
Russian ``-ите``, ``-йте``, ``-йтесь``) opens it, at most :data:`MAX_BETWEEN` words follow, and
then "a few" with a unit of time or of effort. In Armenian the reader's "ձեր" (*your*) comes
right after the verb, and no other verb or "and" is among the words; in Russian no "and",
"but", "we" or "to you" is (a second clause, perhaps the brand's). A verb of receiving
("получите заказ за несколько минут", *receive your order in a few minutes*) is the brand's
delivery, and stays a promise; so does a span with a figure ("30 minutes"), which is no
"a few".
"""

from __future__ import annotations

from nextbest.tools.compliance.normalise import skeleton

MAX_BETWEEN = 4
"""Words between the imperative and "a few"."""


def _sk(word: str) -> str:
    """A word as the skeleton view writes it (case folded, look-alike letters mapped)."""
    return skeleton(word).text


def _any(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` in their skeleton spelling."""
    return "(?:" + "|".join(sorted({_sk(w) for w in words}, key=len, reverse=True)) + ")"


_ARMENIAN_UNITS = ("րոպե", "վայրկյան", "քայլ", "կտտոց", "հպում")
"""Stems of minute, second, step, click and tap."""
_ARMENIAN_OBJECT_WORD = rf"\s+(?!\S*{_any(('եք', 'ենք'))}(?!\S))(?!{_sk('և')}(?!\S))\S+"
"""A word of the reader's object: no other verb of "you" or "we", no "and" (a second clause)."""
_ARMENIAN = (
    rf"(?<!\S)\S+{_sk('եք')}\s+{_sk('ձեր')}(?:{_ARMENIAN_OBJECT_WORD}){{0,{MAX_BETWEEN - 1}}}?"
    rf"\s+(?:{_sk('ընդամենը')}\s+)?{_sk('մի')}\s+{_sk('քանի')}\s+{_any(_ARMENIAN_UNITS)}\S*"
)
"""An Armenian imperative, the reader's "your" right after it and the words of the reader's
object, then "a few" minutes, seconds, steps or taps."""

_RUSSIAN_RECEIVING = ("получите", "получайте", "ждите", "забирайте", "заберите")
"""Russian imperatives of receiving or waiting: what follows is delivered to the reader."""
_RUSSIAN_UNITS = ("минут", "секунд", "клик", "шаг", "касани")
"""Stems of minute, second, click, step and tap."""
_RUSSIAN_OBJECT_WORD = rf"\s+(?!{_any(('и', 'а', 'но', 'мы', 'вам'))}(?!\S))\S+"
"""A word of the reader's object: no "and", "but", "we" or "to you" (a second clause)."""
_RUSSIAN = (
    rf"(?<!\S)(?!{_any(_RUSSIAN_RECEIVING)}(?!\S))\S+{_any(('ите', 'йте', 'итесь', 'йтесь'))}"
    rf"(?:{_RUSSIAN_OBJECT_WORD}){{0,{MAX_BETWEEN}}}?\s+{_sk('за')}\s+"
    rf"(?:{_any(('всего', 'буквально'))}\s+)?{_any(('несколько', 'пару', 'пара'))}\s+"
    rf"{_any(_RUSSIAN_UNITS)}\S*"
)
"""A Russian imperative (not of receiving), then "за несколько минут" (in a few minutes)."""

READER_ACT_TIME_PATTERN = f"(?:{_ARMENIAN}|{_RUSSIAN})"
"""Either reading, on the skeleton view: a claim trigger inside it is no promise of speed."""
