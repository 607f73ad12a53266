"""Prices in the East African shillings, as copy writes them.

Kenyan, Tanzanian and Ugandan copy writes its prices with the currency's short form before the
figure, spaced or glued ("KSh 2,500", "Ksh2,500", "Kshs. 750", "TSh 15,000", "USh 20,000"), with
the ISO code before or after it ("KES 1,200", "1,200 KES", "TZS 5,000", "UGX 20,000"), or with
the word after it ("500 shillings"). An amount written "2,500/=" (the shilling's old "no cents"
mark) is a price too. The patterns are written for the folded (lower-case) view.
"""

from __future__ import annotations

_SHORT = r"kshs?|tshs?|ushs?|kes|tzs|ugx"
"""Kenyan, Tanzanian and Ugandan shilling short forms (``KSh``, ``Kshs``) and ISO codes."""

BEFORE = rf"\b(?:{_SHORT})(?:\.\s?|\s)?(?=\d)"
"""Alternatives (no group) of a shilling written before its figure: "KSh 2,500", "Ksh2,500",
"Kshs. 750". A figure must follow, so a stray "kes" of another language is no currency."""

AFTER = rf"\b(?:{_SHORT}|shillings?)\b|/=(?![\w=])"
"""Alternatives (no group) of a shilling written after its figure: "1,200 KES",
"500 shillings", "2,500/="."""
