"""SMS encoding and segment counting (GSM 03.38 7-bit default alphabet vs UCS-2).

A text that uses only the GSM-7 default alphabet (plus its extension table, whose characters
cost two septets) is sent 7-bit: 160 septets in one segment, 153 per segment once it is split
(the rest carries the concatenation header). One character outside it switches the whole
message to UCS-2: 70 UTF-16 code units in one segment, 67 per segment when split. Emoji are
two code units each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GSM7_BASIC: frozenset[str] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""Characters of the GSM 03.38 default alphabet (one septet each)."""

GSM7_EXTENSION: frozenset[str] = frozenset("^{}\\[~]|€\f")
"""Characters of the GSM 03.38 extension table (escape + character: two septets each)."""

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True, slots=True)
class SmsSize:
    """How an SMS body will be sent.

    Attributes:
        encoding: ``GSM-7`` or ``UCS-2``.
        units: Septets (GSM-7) or UTF-16 code units (UCS-2).
        segments: Number of SMS segments (0 for an empty text).
        per_segment: Capacity of one segment at this size.
        offending: For UCS-2, the first character that forced it (else None).
    """

    encoding: Encoding
    units: int
    segments: int
    per_segment: int
    offending: str | None = None


def is_gsm7(text: str) -> bool:
    """Whether ``text`` can be sent in the GSM-7 alphabet (basic plus extension table)."""
    return all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text)


def sms_size(text: str) -> SmsSize:
    """Encoding, size and segment count of an SMS body.

    Args:
        text: The SMS body exactly as it will be sent.

    Returns:
        The encoding, size in units and number of segments.
    """
    offending = next((c for c in text if c not in GSM7_BASIC and c not in GSM7_EXTENSION), None)
    encoding: Encoding
    if offending is None:
        units = sum(2 if c in GSM7_EXTENSION else 1 for c in text)
        single, multi, encoding = 160, 153, "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi, encoding = 70, 67, "UCS-2"
    if units == 0:
        segments = 0
    elif units <= single:
        segments = 1
    else:
        segments = -(-units // multi)
    per_segment = single if segments <= 1 else multi
    return SmsSize(encoding, units, segments, per_segment, offending)
