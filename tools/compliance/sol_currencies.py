"""Prices in the Peruvian sol, as copy writes them.

Peruvian copy writes the sol's sign before the figure, with or without its old full stop and
with or without a space ("S/ 1 890", "S/1,290.00", "S/. 50"), its ISO code before the figure
("PEN 120"), or the word after it ("450 soles", "75 nuevos soles"). The patterns are written for
the folded (lower-case) view.
"""

from __future__ import annotations

BEFORE = r"(?<![\w/.])(?:s/\.?|pen\b)\s?(?=\d)"
"""Alternatives (no group) of a sol written before its figure: "S/ 1 890", "S/1,290.00",
"S/. 50", "PEN 120". A figure must follow, and no letter, slash or full stop may come right
before the sign, so a path in a link ("…/s/12") is no price."""

AFTER = r"\b(?:nuevos\s+)?soles\b"
"""Alternatives (no group) of a sol written after its figure: "450 soles", "75 nuevos soles"."""
