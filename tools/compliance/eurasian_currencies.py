"""Prices in the currencies of Eastern Europe, the Caucasus and Central Asia, as copy writes them.

Copy in Cyrillic or Georgian script writes its currency after the figure, as a sign ("64 ₾",
"990 ₽", "4 500 ₸", "15 000 ₮", "2 000 ֏", "30 ₼"), a short form with or without its full stop
("1.290 дин.", "490 руб.", Macedonian "990 ден.") or the word in any case ending ("2.000 динара",
"150 ლარი", "80 ლარად", "9 900 төгрөг"); Serbian and Montenegrin copy in Latin script writes
"1.290 din." or "2.000 dinara". Uzbek copy writes its soʻm after the figure, with the turned
comma or an apostrophe and any suffix ("75 000 soʻm", "75 000 so'mdan", Cyrillic "75 000 сўм");
never the bare "som", a Swedish and Norwegian word ("de 3 som vann"). Kyrgyz copy writes its
som in Cyrillic after the figure, with or without a case ending ("550 сом", "700 сомдун
ордуна", "350 сом/ай"), and Tajik copy its somoni ("120 сомонӣ"); the ISO code "KGS" is read
only before the figure ("KGS 350"), as "25 kgs" after one is a weight. The folded view writes
Cyrillic "сом" as the Portuguese word "com" (with), so a bare "сом" followed by a word in Latin
letters ("2 com desconto") is no price. Albanian copy writes its
lek after the figure, with or without its diaeresis and with its case endings ("2 500 lekë",
"2 500 leke", "2 500 lekësh"). ISO codes are read before or after the figure ("RSD 1.290",
"250 KZT") where no common word shares them (the lek's "ALL" is a word): "GEL" and "AMD" are
also a cosmetic and a chip maker, and "RUB" (a verb) is read only after the figure. Not read
here yet: the Ukrainian hryvnia, whose prices are mostly per litre or per unit, which the offer
rule does not compare, and the Bulgarian lev, which copy writes beside the euro price as its
second price list.

The patterns are written for the folded view, whose homoglyph mapping turns some Cyrillic
letters into their Latin look-alikes ("дин." reads ``диh.``): each word is folded once here.
"""

from __future__ import annotations

from nextbest.tools.compliance.folded_alternatives import folded_alternatives

_SIGNS = "₾₽₸₮֏₼"
"""Lari, ruble, tenge, tugrik, dram and manat signs."""
_CODES = r"rsd|mkd|mnt|kzt|azn|byn|uzs"
"""ISO codes no common word shares."""
_SHORT = folded_alternatives("дин", "руб", "тг", "төг")
"""Short forms that may take a full stop ("дин.", "руб.", "тг", "төг.")."""
_STEMS = folded_alternatives("динар", "денар", "рубл", "ლარ", "төгрөг", "դրամ")
"""Word stems that take a case ending ("динара", "денари", "рублей", "ლარი", "ლარად")."""
_DOTTED = folded_alternatives("ден")
"""Short forms read only with their full stop: the Macedonian denar's "ден." (the bare word
is "day" in Macedonian and Bulgarian: "1 ден")."""
_WORDS = folded_alternatives("тенге", "теңге")
"""Whole words with no ending of their own."""
_KYRGYZ_SOM = (
    "(?:"
    + folded_alternatives("сомон")
    + r")\w*|(?:"
    + folded_alternatives("сом")
    + ")(?:"
    + folded_alternatives("дун", "го", "ду", "до", "дон", "дук", "дор")
    + r")?(?!\w)(?!\s+[a-z])"
)
"""The Kyrgyz som with its case endings ("сомдун", "сомго") and the Tajik somoni; a bare
"сом" before a word in Latin letters is the Portuguese "com" in the folded view."""
_SOM_WORDS = folded_alternatives("сўм", "сум")
_SOM_SUFFIXES = folded_alternatives("дан", "га", "лик")
_SOM = rf"so[ʻʼ'`]m\w*|(?:{_SOM_WORDS})(?:{_SOM_SUFFIXES})?(?!\w)"
"""The Uzbek soʻm and its suffixed forms ("soʻmdan", "so'mlik"; Cyrillic "сўм", Russian "сум",
but not "сумма", a sum): the folded view writes a typed apostrophe or quotation mark as ``'``,
and keeps the turned comma (a letter)."""
_LATIN = r"din\.|dinar[aie]?\b|manat\b|lek(?:e|esh|eve)?\b"
"""Latin-script forms: Serbian "din." (only with its full stop: Romanian "din" is "of"),
"dinara", Azerbaijani and Turkmen "manat", Albanian "lek" and "lekë" (folded ``leke``) with its
case endings."""

BEFORE = rf"[{_SIGNS}]\s?(?=\d)|\b(?:{_CODES}|kgs)\s?(?=\d)"
"""Alternatives (no group) of a currency written before its figure: "₾64", "RSD 1.290",
"KGS 350"."""

AFTER = (
    rf"[{_SIGNS}]|\b(?:{_CODES}|rub)\b|(?<!\w)(?:{_SHORT})(?:\.|(?!\w))|(?<!\w)(?:{_DOTTED})\."
    rf"|(?<!\w)(?:{_STEMS})\w*|(?<!\w)(?:{_WORDS})(?!\w)|\b(?:{_LATIN})|(?<!\w)(?:{_SOM})"
    rf"|(?<!\w)(?:{_KYRGYZ_SOM})"
)
"""Alternatives (no group) of a currency written after its figure: "64 ₾", "1.290 дин.",
"2.000 динара", "990 ден.", "1.290 денари", "150 ლარი", "490 руб.", "250 KZT", "1.290 din.",
"75 000 soʻm", "2 500 lekë", "550 сом", "120 сомонӣ"."""
