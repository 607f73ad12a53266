"""Prices in the Iranian rial and toman, as copy writes them.

Persian copy writes the unit's word after the figure, in Persian or Latin digits: the toman
(ten rials, the unit shops price in) and the rial ("۲۹۰٬۰۰۰ تومان", "۲٬۹۰۰٬۰۰۰ ریال",
"250,000 تومان"); English copy writes the word or a code ("45,000 tomans", "IRR 250,000",
"IRT 25,000": IRT is the code gateways use for the toman, which has none of its own). Persian
spells the rial with its own yeh (``ریال``), the Arabic rial and riyal with the Arabic one
(read by :mod:`~nextbest.tools.compliance.arab_currencies`). Persian digits and the Arabic
thousands mark are read by the folded view (``٬`` is ``,``). The patterns are written for the
folded (lower-case) view.
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_WORDS = folded_alternatives("تومان", "ریال")
"""The toman and the rial in Persian script, as the folded view writes them."""

BEFORE = r"\b(?:irr|irt)\s?(?=\d)"
"""Alternatives (no group) of a rial or toman written before its figure: "IRR 250,000"."""

AFTER = rf"\b(?:irr|irt|tomans?)\b|(?:{_WORDS})(?!\w)"
"""Alternatives (no group) of a rial or toman written after its figure: "۲۹۰٬۰۰۰ تومان",
"۲٬۹۰۰٬۰۰۰ ریال", "45,000 tomans", "25,000 IRT"."""
