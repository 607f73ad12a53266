"""Numbered items: "No. 1" that opens a numbered list labels an item, it ranks nothing.

"Myth no. 1: … Myth no. 2: …", "Tip #1 … Tip #2": when the copy goes on to the same word
with the next number, the "1" counts the items of a list the copy itself numbers; it is no
"number one" claim. A label after an award word ("ranked #1 … ranked #2") stays a ranking.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.proper_names import AWARD_VERBS

_HEAD = re.compile(r"([^\W\d_]+)[ \t]*$")
"""The word right before the number's label: the list's own noun ("Myth", "Tip")."""

_ONE = re.compile(r"(?:1|one)$", re.IGNORECASE)


def numbered_item(text: str, start: int, end: int) -> bool:
    """Whether a "number one" trigger labels the first item of a list the copy numbers.

    Args:
        text: The field's original text.
        start: Start of the trigger ("No. 1", "n° 1", "#1").
        end: End of the trigger (exclusive).

    Returns:
        True for "No. 1" in "Question No. 1: … Question No. 2: …"; False in "the No. 1
        choice" or in "ranked #1 … ranked #2".
    """
    label = text[start:end]
    one = _ONE.search(label)
    if one is None:
        return False
    head = _HEAD.search(text, max(0, start - 40), start)
    line_start = text.rfind("\n", 0, start) + 1
    if head is None and text[line_start:start].strip():
        return False  # some other sign before the label: not a list's own item
    if head is not None and head.group(1).casefold() in AWARD_VERBS:
        return False
    two = "2" if one.group() == "1" else "two"
    marker = re.escape(label[: one.start()]).replace(r"\ ", r"\s*")
    lead = rf"\b{re.escape(head.group(1))}\s+" if head is not None else r"(?:^|\n)\s*"
    return re.search(f"{lead}{marker}{two}(?!\\w)", text[end:], re.IGNORECASE) is not None
