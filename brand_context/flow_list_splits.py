"""Unquoted YAML list items that look like one value split at a comma.

In a one-line YAML list (``[a, b]``) every comma separates items unless the item is quoted, so a
disclosure sentence written ``[Fees apply, see terms.]`` becomes the two wordings ``Fees apply``
and ``see terms.``, and ``[From 4,900 won a month]`` becomes ``From 4`` and ``900 won a month``.
The pack is still valid (each half is a string), so nothing fails; the brand simply requires, or
accepts, something other than what its officer wrote. ``nextbest kb validate`` lists these as
warnings with the line, so the officer can quote the value.

Three shapes are reported, all only for plain (unquoted) items of a flow-style list:

- a number split at its thousands separator: an item ending in one to three digits followed by
  one starting with exactly three digits (``4`` + ``900 won``; not phone numbers such as
  ``555-0142``);
- a number split at its decimal comma: an item ending in a digit followed, with no space after
  the comma, by one starting with exactly two digits (``prior price 39`` + ``90 EUR`` from
  ``[prior price 39,90 EUR]``, a price written as half of Europe writes it); a list whose
  comma is followed by a space (``[Class 3, 28 mph]``) separates two items;
- a sentence split at a comma: an item that opens a sentence (a capital first letter, no full
  stop at its end) followed by items starting with a lower-case letter, one of which ends the
  sentence (``Fees apply`` + ``see terms.``; an abbreviation such as ``no.`` or ``p.a.`` does not
  end one). Lists of lower-case phrases (``[last chance,
  today only]``) are not sentences and are not reported; scripts without letter case (Korean,
  Japanese, Arabic …) are judged by the number shape only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from nextbest.brand_context.yaml_text import OwnersLoader

_THOUSANDS_TAIL = re.compile(r"(?<!\d)\d{1,3}\Z")
_THOUSANDS_HEAD = re.compile(r"\A\d{3}(?![\d\-)/])")
_DECIMAL_TAIL = re.compile(r"\d\Z")
_DECIMAL_HEAD = re.compile(r"\A\d{2}(?![\d\-)/.,:])")
_SENTENCE_END = re.compile(r"[.!?。！？…]\Z")
_ABBREVIATION = re.compile(r"(?:\A|\s)(?:\w{1,3}|\w+\.\w+)\.\Z")


@dataclass(frozen=True)
class FlowListSplit:
    """Two neighbouring items of a one-line list that were probably one value.

    Attributes:
        path: Where the list is in the pack, e.g. ``rules[3].required_any``.
        line: The line of the list in the file (1-based).
        first: The item before the comma.
        second: The item after it.
        reason: ``"number"`` (split at a thousands separator), ``"decimal"`` (at a decimal
            comma) or ``"sentence"``.
    """

    path: str
    line: int
    first: str
    second: str
    reason: str

    def message(self) -> str:
        """One line for the officer, with the value as it was probably meant.

        Returns:
            The warning text.
        """
        joined = (
            f"{self.first},{self.second}"
            if self.reason in ("number", "decimal")
            else (f"{self.first}, {self.second}")
        )
        what = {
            "number": "a number was split at its thousands comma",
            "decimal": "a number was split at its decimal comma",
        }.get(self.reason, "a sentence was split at its comma")
        return (
            f"line {self.line}, {self.path}: {what} ({self.first!r} and {self.second!r}); "
            f'quote it if you meant one value: "{joined}"'
        )


def _split_reason(first: str, second: str, rest: list[str], glued: bool = False) -> str | None:
    """Why ``first`` and ``second`` look like one value, or None when they look like two.

    Args:
        first: The item before the comma.
        second: The item after it.
        rest: The items after ``second`` in the same list.
        glued: Whether the comma between them had no space after it.
    """
    if _THOUSANDS_TAIL.search(first) and _THOUSANDS_HEAD.match(second):
        return "number"
    if glued and _DECIMAL_TAIL.search(first) and _DECIMAL_HEAD.match(second):
        return "decimal"
    opens_sentence = first[:1].isupper() and not _SENTENCE_END.search(first)
    continues_it = second[:1].islower()
    if opens_sentence and continues_it:
        tail = [second]
        for item in rest:
            if item[:1].isupper():
                break
            tail.append(item)
        if any(_SENTENCE_END.search(item) and not _ABBREVIATION.search(item) for item in tail):
            return "sentence"
    return None


def _glued(text: str, left: yaml.Node, right: yaml.Node) -> bool:
    """Whether only a comma, no space, stands between two items of a one-line list.

    Args:
        text: The document as written.
        left: The item before the comma.
        right: The item after it.
    """
    return text[left.end_mark.index : right.start_mark.index] == ","


def _walk(node: yaml.Node, path: str, found: list[FlowListSplit], text: str = "") -> None:
    """Collect the splits of every flow list under ``node`` (``text``: the document)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            _walk(value, f"{path}.{name}" if path else name, found, text)
    elif isinstance(node, yaml.SequenceNode):
        items = node.value
        if node.flow_style:
            for index, (left, right) in enumerate(zip(items, items[1:], strict=False)):
                if not (
                    isinstance(left, yaml.ScalarNode)
                    and isinstance(right, yaml.ScalarNode)
                    and left.style is None
                    and right.style is None
                ):
                    continue
                rest = [
                    str(item.value)
                    for item in items[index + 2 :]
                    if isinstance(item, yaml.ScalarNode)
                ]
                reason = _split_reason(
                    str(left.value), str(right.value), rest, _glued(text, left, right)
                )
                if reason:
                    found.append(
                        FlowListSplit(
                            path, node.start_mark.line + 1, left.value, right.value, reason
                        )
                    )
        for index, item in enumerate(items):
            _walk(item, f"{path}[{index}]", found, text)


def find_flow_list_splits(text: str) -> list[FlowListSplit]:
    """Find unquoted one-line list items that look like one value split at a comma.

    Args:
        text: A brand pack (or any YAML document) as written.

    Returns:
        The suspicious pairs in file order; empty when there are none or the text is not YAML
        (the pack's own validation reports that).
    """
    try:
        root = yaml.compose(text, Loader=OwnersLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return []
    found: list[FlowListSplit] = []
    if root is not None:
        _walk(root, "", found, text)
    return found
