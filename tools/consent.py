"""One consent vocabulary for the validator, the contact policy and the message re-check.

A customer table states consent in its own words (``true``, ``Y``, ``1``, ``express_written``,
…). Everything downstream works with four **consent levels**, weakest to strongest:
``none``, ``soft_opt_in``, ``opt_in``, ``express_written``. A :class:`ConsentVocabulary` maps a
table's words to levels; a word outside the vocabulary is *not* consent (the row validator
rejects it, the contact policy and the re-check treat it as no consent).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ConsentLevel = Literal["none", "soft_opt_in", "opt_in", "express_written"]
"""Consent the recipient holds for a channel, weakest to strongest."""

CONSENT_ORDER: dict[str, int] = {"none": 0, "soft_opt_in": 1, "opt_in": 2, "express_written": 3}
"""Strength of each consent level; a stronger level satisfies a weaker requirement."""

DEFAULT_WORDS: dict[str, ConsentLevel] = {
    "none": "none",
    "false": "none",
    "no": "none",
    "n": "none",
    "0": "none",
    "f": "none",
    "declined": "none",
    "opted_out": "none",
    "soft_opt_in": "soft_opt_in",
    "opt_in": "opt_in",
    "opted_in": "opt_in",
    "true": "opt_in",
    "yes": "opt_in",
    "y": "opt_in",
    "1": "opt_in",
    "t": "opt_in",
    "express_written": "express_written",
}
"""The words every vocabulary understands unless a schema overrides them (case-insensitive)."""


class ConsentVocabulary(BaseModel):
    """A table's consent words and the level each one means.

    Attributes:
        words: Word → consent level; matched after trimming, case-insensitively.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: dict[str, ConsentLevel] = Field(default_factory=lambda: dict(DEFAULT_WORDS))

    def level(self, value: Any) -> ConsentLevel | None:
        """The consent level a cell means.

        Args:
            value: A raw cell (text, bool, number) or None.

        Returns:
            The level; ``"none"`` for an empty cell (never asked = no consent); None when the
            value is not a word of this vocabulary.
        """
        if value is None or (isinstance(value, str) and not value.strip()):
            return "none"
        if isinstance(value, bool):
            return "opt_in" if value else "none"
        if isinstance(value, float) and value != value:  # NaN: an empty cell
            return "none"
        text = str(value).strip().lower()
        if isinstance(value, int | float) and float(value).is_integer():
            text = str(int(value))
        return self._lowered.get(text)

    @cached_property
    def _lowered(self) -> dict[str, ConsentLevel]:
        return {word.strip().lower(): level for word, level in self.words.items()}


DEFAULT_VOCABULARY = ConsentVocabulary()
"""The shared default vocabulary."""


def consent_level(value: Any, vocabulary: ConsentVocabulary = DEFAULT_VOCABULARY) -> ConsentLevel:
    """The level a cell grants, treating a word outside the vocabulary as no consent.

    Args:
        value: A raw cell or a consent level.
        vocabulary: The table's vocabulary (the default one when omitted).

    Returns:
        A consent level (``"none"`` for unknown words).
    """
    return vocabulary.level(value) or "none"


def has_consent(value: Any, vocabulary: ConsentVocabulary = DEFAULT_VOCABULARY) -> bool:
    """Whether a cell grants any marketing consent (soft opt-in or stronger)."""
    return CONSENT_ORDER[consent_level(value, vocabulary)] > 0
