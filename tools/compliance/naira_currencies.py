"""Prices in the Nigerian naira, as copy writes them.

Nigerian copy writes the naira's sign before the figure ("₦1,000", "₦ 5,000"), or the ISO code
or the word after it ("NGN 2,500", "2,500 NGN", "500 naira"). A capital N glued to the figure
("N1,000"), as copy typed without the sign writes it, is not read: "N95" is a mask, "N1" a
model. The patterns are written for the folded (lower-case) view.
"""

from __future__ import annotations

BEFORE = r"₦\s?(?=\d)|\bngn\s?(?=\d)"
"""Alternatives (no group) of a naira written before its figure: "₦1,000", "NGN 2,500". A
figure must follow, so a stray "ngn" is no currency."""

AFTER = r"₦|\b(?:ngn|naira)\b"
"""Alternatives (no group) of a naira written after its figure: "2,500 NGN", "500 naira"."""
