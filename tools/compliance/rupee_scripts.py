"""Rupee prices written in the scripts of South Asia, and the Sri Lankan and Nepali rupees' codes.

Sinhala copy writes the rupee's short form before the figure ("රු. 2,450", glued "රු.950") and
the word before or after it ("රුපියල් 800", "800 රුපියල්", with a case ending run on as
Sinhala writes it: "රුපියල්වලට"); Tamil copy writes "ரூ. 1,250" or "ரூ 1,250" and "1,250 ரூபாய்"
(also "ரூபாய்க்கு"); Hindi copy writes "रु. 600" and "600 रुपये", Nepali copy "रु. 600", "रु 600"
(:mod:`~nextbest.tools.compliance.nepali_rupees` puts the full stop in) and "600 रुपैयाँ".
Sri Lankan and Nepali copy also name the currency by its ISO code ("LKR 4,000", "NPR 4,000").

The patterns are written for the folded view, which drops the vowel signs Sinhala and
Devanagari write as combining marks: "රු." is read as ``ර.``, "रु." as ``र.`` and "රුපියල්" as
``රපයල``. The short forms keep their full stop, and a letter of the same word must not stand
before them: alone, a Sinhala or Devanagari letter with a full stop is no currency.
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_SHORT = folded_alternatives("රු.", "रु.")
"""The Sinhala and Hindi short forms with their full stop, folded (``ර.``, ``र.``)."""
_TAMIL_SHORT = folded_alternatives("ரூ")
"""The Tamil short form, with or without its full stop ("ரூ. 1,250", "ரூ 1,250")."""
_WORDS = folded_alternatives("රුපියල්", "ரூபாய்", "रुपये", "रुपए", "रुपया", "रुपैयाँ")
"""The rupee's word in Sinhala, Tamil, Hindi and Nepali, folded; a case ending may follow it."""

BEFORE = (
    rf"(?<!\w)(?:{_SHORT})\s?(?=\d)|(?<!\w)(?:{_TAMIL_SHORT})\.?\s?(?=\d)"
    rf"|(?<!\w)(?:{_WORDS})\s(?=\d)|\b(?:lkr|npr)\s?(?=\d)"
)
"""Alternatives (no group) of a rupee written before its figure: "රු. 2,450", "රු.950",
"ரூ. 1,250", "रु. 600", "රුපියල් 800", "LKR 4,000", "NPR 4,000". A figure must follow."""

AFTER = rf"(?:{_WORDS})|\b(?:lkr|npr)\b"
"""Alternatives (no group) of a rupee written after its figure: "800 රුපියල්" (also with a case
ending, "800 රුපියල්වලට"), "1,250 ரூபாய்", "600 रुपये", "600 रुपैयाँ", "4,000 LKR", "4,000 NPR"."""
