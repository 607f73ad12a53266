"""Prices in the currencies of the Arab states, as copy writes them in English and Arabic.

A Gulf or Levant retailer writes its prices with the ISO code before or after the figure
("AED 1,250", "1,250 AED", "SAR 89", "KWD 12.500"), with the English currency name after it
("45 dirhams", "30 riyals") or the short form "Dhs 75", and in Arabic copy with the currency's
Arabic name or sign after the figure ("1,250 درهم", "89 ريال", "12 دينار", "75 د.إ"). The
patterns are written for the folded view, where letters with hamza lose it ("إ" reads "ا").
"""

from __future__ import annotations

_CODES = r"aed|sar|qar|kwd|bhd|omr|egp|jod|dhs?"
"""UAE dirham, Saudi and Qatari riyal, Kuwaiti and Bahraini dinar, Omani rial, Egyptian pound,
Jordanian dinar, and the English short form of the dirham."""

BEFORE = rf"\b(?:{_CODES})\s?|د\.ا\s?"
"""Alternatives (no group) of a currency written before its figure: "AED 1,250", "د.إ 75"."""

AFTER = (
    rf"\b(?:{_CODES}|dirhams?|riyals?|rials?|dinars?)\b"
    r"|(?:درهم|دراهم|ريال|ريالات|دينار|دنانير|جنيه|د\.ا|ر\.س)(?!\w)"
)
"""Alternatives (no group) of a currency written after its figure: "1,250 AED", "89 ريال"."""
