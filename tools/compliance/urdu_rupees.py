"""Rupee prices as Pakistani copy writes them, in English letters and in Urdu.

Pakistani copy (and the English of much South Asian copy) writes the rupee's short form before
the figure, with or without its full stop and space ("Rs. 3,250", "Rs 3,250", "Rs.3,250"), or
the ISO code before or after it ("PKR 2,500", "2,500 PKR"); Urdu copy writes the word after the
figure, often in Urdu digits ("۳,۲۵۰ روپے", also "روپیہ", "روپئے"), and English copy "rupees".
The folded view reads Urdu digits as ASCII ones. The patterns are written for that (lower-case)
view. "Rs" names no one country's rupee, so no currency is named by it
(:mod:`~nextbest.tools.compliance.written_currencies`).
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_URDU_WORDS = folded_alternatives("روپے", "روپیہ", "روپئے", "روپیے", "روپیوں")
"""The rupee's word in Urdu (its plural and oblique forms too), folded."""

BEFORE = r"\b(?:rs\.?|pkr)\s?(?=\d)"
"""Alternatives (no group) of a rupee written before its figure: "Rs. 3,250", "Rs 500",
"Rs.3,250", "PKR 2,500". A figure must follow, so a stray "rs" is no currency."""

AFTER = rf"\b(?:pkr|rupees?)\b|(?:{_URDU_WORDS})(?![^\W\d_])"
"""Alternatives (no group) of a rupee written after its figure: "2,500 PKR", "500 rupees",
"۳,۲۵۰ روپے"."""
