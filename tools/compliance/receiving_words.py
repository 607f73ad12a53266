"""Verbs of receiving money written right before an amount, in languages besides English.

"Get $10" offers money as English copy writes it, and the offer rule reads it as an amount
given (:mod:`~nextbest.tools.compliance.kinds.offer_mentions`). Malagasy copy writes the same
offer with "mahazoa" (get, as a bidding), "mahazo" (get) or "omena" (you are given) before an
amount whose currency follows it: "Mahazoa 5 000 Ar" is money offered, not a price.
Kinyarwanda writes "uhabwa" / "uhabwe" (you are given, you be given) or "uzahabwa" (you will
be given), Swahili "utapata" / "upate" (you will get, you get) or "pokea" (receive): "uhabwe
2,000 Frw", "utapata 500 KSh". The pattern is written for the folded (lower-case) view.
"""

from __future__ import annotations

BEFORE = r"\b(?:mahazoa?|omena|uhabw[ae]|uzahabwa|utapata|upate|pokea)\s+"
"""A verb of receiving and the space after it: "mahazoa 5 000 ariary"."""
