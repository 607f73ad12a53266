"""Lithuanian "free" words, as the offer rules read them.

Lithuanian says "free" with the adverb ``nemokamai`` after or before what is given ("pristatymas
nemokamai", delivery free) and with the adjective ``nemokamas`` in its case and gender forms
before or after its noun ("nemokamas mėnuo", a free month; "atrakinimas nemokamas", the unlock
is free). The patterns are written for the folded view (no accents: "nemokamą" is
``nemokama``).
"""

from __future__ import annotations

FREE = r"nemokam(?:ai|as|a|i|os|u|o|ui|ais|iems|oms)"
"""Alternatives (no group) of Lithuanian "free", adverb and adjective, folded."""
