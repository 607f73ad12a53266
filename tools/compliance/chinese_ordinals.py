"""Chinese ordinals: "第一" before a measure word counts, it does not rank.

Chinese writes "number one" and "the first" with the same two characters, 第一. Before a
measure word (a classifier: 次 times, 堂 lessons, 天 days, 步 steps …) they make an ordinal:
「第一次來」 is "coming for the first time", 「第一堂課」 "the first lesson", 「第一步」 "the first
step". A superlative trigger 第一 ("number one", 「全城第一」) read there ranks nothing. A rank
stays one: 第一名 (first place) and 第一流 (first-rate) are not counted things, so 名 and 流 are
no measure words here, and 第一 with nothing counted after it ("我們是第一") stays the claim.
"""

from __future__ import annotations

import re

_FIRST = ("第一", "第1", "第１")
"""The ordinal "first" as written: in characters, or with an ASCII or full-width digit."""

MEASURE_WORDS = (
    "次", "回", "趟", "遍", "堂", "節", "节", "課", "课", "天", "日", "晚", "夜", "週", "周",
    "星期", "個", "个", "位", "步", "站", "期", "季", "年", "月", "份", "件", "張", "张", "杯",
    "本", "篇", "章", "頁", "页", "輪", "轮", "關", "关", "口", "眼", "單", "单", "批", "階段",
    "阶段", "部分", "場", "场", "集", "屆", "届", "代",
)  # fmt: skip
"""Measure words that make 第一 an ordinal: times, lessons, days, people, steps, items,
rounds, stages. Not 名 (a rank), 流 (first-rate), 手 (first-hand) or 線 (front-line)."""

_ORDINAL = re.compile(
    "(?:" + "|".join(_FIRST) + ")(?:" + "|".join(sorted(MEASURE_WORDS, key=len, reverse=True)) + ")"
)


def counted_first(text: str, start: int, end: int) -> bool:
    """Whether a trigger ending in 第一 is the ordinal before a measure word.

    Args:
        text: The field's original text.
        start: Start of the trigger.
        end: End of the trigger.

    Returns:
        True for 第一 in 「第一次試」 or 「第一堂免費」; False for 「全城第一」, 「第一名」 and any
        trigger that does not end in 第一.
    """
    for first in _FIRST:
        if text.endswith(first, start, end):
            return _ORDINAL.match(text, end - len(first)) is not None
    return False
