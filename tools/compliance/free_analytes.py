"""The word "free" in science: a free hormone, free radicals, free chlorine are no gift.

In laboratory, skincare and water-care copy "free" qualifies a substance: the unbound share of
a hormone measured by a blood test ("TSH and free T4", "free PSA", "free testosterone"), free
radicals an antioxidant fights, the free chlorine a pool test reads. None is given for nothing;
a promotion reader that took such a "free" for an offer blocked a plain list of tests.
:data:`FREE_SUBSTANCE` is what follows such a "free" (folded view).
"""

from __future__ import annotations

FREE_SUBSTANCES = (
    "t3", "t4", "psa", "thyroxine", "triiodothyronine", "testosterone", "cortisol",
    "light chains?", "fatty acids?", "amino acids?", "radicals?", "chlorine", "bromine",
)  # fmt: skip
"""Substances "free" qualifies as a word of science (singular or plural where both occur)."""

FREE_SUBSTANCE = r"(?!\s+(?:" + "|".join(FREE_SUBSTANCES) + r")\b)"
"""A lookahead for right after "free": not followed by one of :data:`FREE_SUBSTANCES`."""
