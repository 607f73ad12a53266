"""The colour green of a fruit, a vegetable or a tea: no environmental claim.

A pack that reads "green" as a sustainability claim ("our green packaging") still sells
green-apple flavours and green tea: "notes of vanilla and green apple", "a pot of green tea",
"green olives". The colour names the variety of the food, not the brand's footprint. Irish
puts the adjective after its noun, lenited after a feminine one ("úll glas", a green apple;
"tae glas", green tea; "ológ ghlas", a green olive; plural "úlla glasa"); French, Spanish,
Portuguese, Italian, German and Dutch name the same foods ("thé vert", "té verde", "chá verde",
"tè verde", "grüner Tee", "groene thee", "pomme verte", "manzana verde").

The patterns are written for the skeleton view (case folded, accents dropped, punctuation as
spaces). The words are everyday food words of each language, not any brand's.
"""

from __future__ import annotations

_ENGLISH_FOODS = (
    r"apples?|tea|teas|peppers?|beans?|olives?|grapes?|chill(?:i|is|ies)|salads?|lentils|peas"
    r"|onions?|cardamom|bananas?|tomato(?:es)?|figs?|pears?|melons?|leaves|leafy greens"
    r"|asparagus|cabbage|plums?|limes?|coffee beans?"
)
"""Foods English names by their green variety ("green apple", "green tea")."""

_IRISH_FOODS = (
    r"ull|ulla|ullai|tae|piobair|piobar|ologa?|fionchaora?|ponairi|piseanna|pis|duilleoga"
    r"|sailead|caife|cabaiste|liomoidi?|pirra?"
)
"""Irish nouns of foods named by their green variety, as the skeleton writes them ("úll" →
``ull``, "ológ" → ``olog``)."""

GREEN_PRODUCE = (
    rf"\bgreen (?:{_ENGLISH_FOODS})\b"
    rf"|\b(?:{_IRISH_FOODS}) gh?lasa?\b"
    r"|\b(?:the|te|cha) ver(?:t|de)\b"
    r"|\b(?:grune[rns]?) (?:tee|apfel|apfeln|oliven|bohnen|paprika)\b"
    r"|\bgroene (?:thee|appels?|olijven|bonen|paprika)\b"
    r"|\b(?:pommes?|olives?|poivrons?|haricots?) verts?\b"
    r"|\b(?:manzanas?|aceitunas?|pimientos?|macas?|azeitonas?|mele|olive|peperoni) verd(?:e|es|i)\b"
)
"""Skeleton pattern of "green" said of a food's variety, in English, Irish and other
languages."""
