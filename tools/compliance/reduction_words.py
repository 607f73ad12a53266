"""Words for a reduction ("discount") in languages whose copy puts them beside a percentage.

"25% хямдрал" (Mongolian), "знижка 20%" (Ukrainian), "скидка 15%" (Russian), "20% popust" /
"попуст" (Serbian, Croatian, Bosnian), "10% nuolaida" (Lithuanian), "atlaide 30%" (Latvian),
"20% ფასდაკლება" (Georgian), "% 10eko deskontua" (Basque, whose percent sign leads its
figure, :mod:`~nextbest.tools.compliance.normalise`), "১০% ছাড়" (Bengali), "20% छूट"
(Hindi), "12% zbritje" (Albanian), "8% chegirma" (Uzbek), "15% lascaine" (Irish), "ลด 20%"
(Thai), "ຫຼຸດ 20%" (Lao) and "20 % wàññi" (Wolof) offer that much off, as "20% off" does in
English; after an amount ("500 ₽ скидка", "1 250 FCFA wàññi") they offer that amount off. The
words take case endings, so each is a stem that any letters may follow ("знижку", "хямдралтай",
"nuolaidą"). The patterns are written for the folded view, whose homoglyph mapping turns some
Cyrillic letters into Latin look-alikes and drops Indic vowel signs and viramas (and Thai and
Lao tone and vowel marks): each word is folded once here.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.folded_alternatives import folded_alternatives
from nextbest.tools.compliance.normalise import fold

_STEMS = folded_alternatives(
    "хямдрал", "скидк", "знижк", "popust", "попуст", "nuolaid", "atlaid", "ფასდაკლებ",
    "deskontu", "beherapen", "zbritj", "chegirm", "lascain", "wàññi",
)  # fmt: skip
"""Stems that take an ending: Mongolian, Russian, Ukrainian, Serbo-Croatian (both scripts),
Lithuanian, Latvian, Georgian, Basque ("% 10eko deskontua", "beherapena"), Albanian ("12%
zbritje", "zbritjen"), Uzbek ("8% chegirma", "chegirmasi"), Irish ("15% lascaine",
"lascainí") and Wolof ("20 % wàññi", "1 250 FCFA wàññi": a reduction of that much)."""
_UNSPACED = folded_alternatives(
    "ส่วนลด", "ลดราคา", "ลดทันที", "ลดสูงสุด", "ลด", "เงินคืน",
    "ສ່ວນຫຼຸດ", "ຫຼຸດລາຄາ", "ຫຼຸດທັນທີ", "ຫຼຸດສູງສຸດ", "ຫຼຸດ", "ເງິນຄືນ",
)  # fmt: skip
"""Thai and Lao words for a reduction or cash back before a percentage ("ลด 20%", "ส่วนลด 15%",
"เงินคืน 5%"; Lao "ຫຼຸດ 20%", "ຮັບເງິນຄືນ 10%"): both scripts run the word into the one before
it, so no word boundary is wanted before them."""
_UNSPACED_AFTER = folded_alternatives("ส่วนลด", "เงินคืน", "ສ່ວນຫຼຸດ", "ເງິນຄືນ")
"""The Thai and Lao nouns of a reduction or cash back, which may follow a percentage ("10%
เงินคืน"); the verbs "reduce" (ลด, ຫຼຸດ) begin other words too and are read only before it."""
_INDIC = folded_alternatives("ছাড়", "छूट")
"""Bengali and Hindi words, as the folded view writes them (without vowel signs)."""
_BENGALI_NOT = folded_alternatives("ছাড়া")[len(fold("ছাড়").text) :]
"""What makes the Bengali word "except" ("ছাড়া") rather than "discount"."""

AFTER = (
    rf"(?<!\w)(?:{_STEMS})\w*|(?:{_INDIC})(?!{re.escape(_BENGALI_NOT)})(?![^\W\d_])"
    rf"|{_UNSPACED_AFTER}"
)
"""Alternatives (no group) of a reduction word after its percentage: "25% хямдрал",
"১০% ছাড়" (not "ছাড়া", except)."""

BEFORE = rf"(?<!\w)(?:{_STEMS})\w*|(?:{_UNSPACED})"
"""Alternatives (no group) of a reduction word before its percentage: "знижка 20%"."""
