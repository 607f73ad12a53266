"""Prices in the African francs, as copy writes them.

Rwandan copy writes its franc's short form after the figure ("5,000 Frw", "300 FRw", "2,000 Rwf")
or the ISO code before or after it ("RWF 5,000", "5,000 RWF"); Burundian copy writes "5 000 FBu"
or "BIF"; Congolese copy writes "CDF"; West and Central African copy writes the CFA franc after
the figure ("2 500 FCFA", "1 000 F CFA", "500 CFA") or its codes ("XOF", "XAF"); Guinean copy
writes "GNF". The plain word ("500 francs") is a franc too. A bare "F" or "FC" is not read: "5 F"
is a grade or a temperature, "FC" a football club. The patterns are written for the folded
(lower-case) view.
"""

from __future__ import annotations

_SHORT = r"frw|rwf|fbu|bif|cdf|fcfa|xof|xaf|gnf"
"""Short forms and ISO codes of the Rwandan, Burundian, Congolese, CFA and Guinean francs."""

BEFORE = rf"\b(?:{_SHORT})\s?(?=\d)"
"""Alternatives (no group) of a franc written before its figure: "RWF 5,000", "FCFA 1 000". A
figure must follow, so a stray code is no currency."""

AFTER = rf"\b(?:{_SHORT}|f\s?cfa|cfa|francs?)\b"
"""Alternatives (no group) of a franc written after its figure: "5,000 Frw", "2 500 FCFA",
"1 000 F CFA", "500 francs"."""
