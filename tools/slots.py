"""Personalisation slots: customer values that may appear in copy, validated by kind.

A slot value is data, never an instruction. Rather than trying to clean a hostile value into
something harmless (stripping markup still leaves the words "SYSTEM: disregard the rules"), a
value is accepted only when it *is* what the slot's kind describes — for a name: letters and
combining marks, with single spaces, hyphens and apostrophes between them, within a length and
word limit, and not a reserved word. Anything else is refused and the slot takes its neutral
default (e.g. "Hi there,").
"""

from __future__ import annotations

import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SlotKind = Literal["name"]
"""What a slot holds; each kind has its own validator."""

NAME_JOINERS = frozenset(" -'\u2019")
"""Characters allowed between letters of a name: space, hyphen, apostrophes."""

RESERVED_WORDS = frozenset(
    {
        "null", "none", "nil", "undefined", "nan", "na", "n a", "unknown", "test", "customer",
        "admin", "system", "user", "assistant", "stop", "end", "quit", "cancel", "revoke",
        "unsubscribe", "optout", "opt out", "help", "yes", "no", "true", "false",
    }
)  # fmt: skip
"""Values that are letters but not names (placeholders, roles, SMS keywords, booleans)."""


class SlotSpec(BaseModel):
    """One personalisation slot.

    Attributes:
        name: The slot name used in copy, e.g. ``first_name`` in ``{{ first_name }}``.
        column: The customer field it reads.
        kind: What the value must be.
        default: The neutral text used when the value is missing or refused.
        max_length: Longest accepted value, in characters.
        max_words: Most words accepted.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z_][a-z0-9_]*$")
    column: str
    kind: SlotKind = "name"
    default: str
    max_length: int = Field(30, ge=1, le=200)
    max_words: int = Field(3, ge=1, le=10)

    def value(self, raw: Any) -> str:
        """The text to place in copy for one customer: the valid value or the default."""
        accepted = valid_name(raw, self.max_length, self.max_words)
        return accepted if accepted is not None else self.default


DEFAULT_SLOTS: tuple[SlotSpec, ...] = (
    SlotSpec(name="first_name", column="first_name", kind="name", default="there"),
)
"""The slots copy may use."""


def valid_name(raw: Any, max_length: int = 30, max_words: int = 3) -> str | None:
    """A person's name if ``raw`` is one, else None.

    Accepted: letters (any script) and combining marks, words joined by single spaces, hyphens
    or apostrophes, at most ``max_length`` characters and ``max_words`` words, starting and
    ending with a letter, not a reserved word. Surrounding whitespace is trimmed; nothing else
    is altered, so an accepted value is exactly what the customer typed.

    Args:
        raw: The customer field.
        max_length: Longest accepted name.
        max_words: Most words accepted.

    Returns:
        The name (NFC-normalised, trimmed), or None when it is not a name.
    """
    if not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFC", raw.strip())
    if not text or len(text) > max_length:
        return None
    previous_joiner = True
    for ch in text:
        if ch in NAME_JOINERS:
            if previous_joiner:
                return None  # leading or doubled joiner
            previous_joiner = True
            continue
        if unicodedata.category(ch)[0] == "M":
            if previous_joiner:
                return None  # a mark must follow a letter
            continue
        if unicodedata.category(ch)[0] != "L":
            return None
        previous_joiner = False
    if previous_joiner:
        return None  # trailing joiner
    if len(text.split(" ")) > max_words:
        return None
    folded = " ".join(text.replace("-", " ").replace("'", " ").casefold().split())
    if folded in RESERVED_WORDS:
        return None
    return text
