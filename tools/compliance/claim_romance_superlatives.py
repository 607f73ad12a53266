"""Superlatives of French, Spanish, Italian and Portuguese: "el más barato", "le plus rapide".

English forms a ranking with ``-est`` ("the cheapest", "our fastest"), which the built-in
superlative triggers read. These languages form it with an article and a word for "most" or
"least" before the adjective: "el más barato de su categoría", "la moins chère du marché",
"il più venduto", "o mais rápido". Those rankings need an approved claim as surely as "the
cheapest" does. Only rankings of price, speed, sales, power and reliability are read (the words
a market comparison is made of); the cheaper of two items an offer discounts ("50 % sur le
moins cher des deux produits", "el más barato de los dos") ranks nothing of the market and is
not read. The pattern reads the skeleton view (case folded, accents removed).
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_RANKED_ES_PT = (
    r"(?:barat[oa]s?|economic[oa]s?|rapid[oa]s?|vendid[oa]s?|potentes?|eficientes?|fiables?|"
    r"confiaveis|confiavel)"
)
_RANKED_FR = r"(?:chers?|cheres?|rapides?|vendu(?:e|s|es)?|efficaces?|puissante?s?|fiables?)"
_RANKED_IT = (
    r"(?:economic[oaie]|convenient[ei]|velo(?:ce|ci)|vendut[oaie]|potent[ei]|affidabil[ei])"
)
_NOT_OF_TWO = (
    r"(?! (?:de los dos|de las dos|des deux|dei due|delle due|dos dois|das duas)(?![a-z]))"
)

ROMANCE_SUPERLATIVE = (
    r"(?<![a-z0-9])(?:"
    rf"(?:el|la|los|las|nuestro|nuestra|nuestros|nuestras|o|a|os|as|nosso|nossa) "
    rf"(?:mas|menos) {_RANKED_ES_PT}"
    rf"|(?:le|la|les|notre|nos) (?:plus|moins) {_RANKED_FR}"
    rf"|(?:il|la|i|le|lo|gli|il nostro|la nostra) (?:piu|meno) {_RANKED_IT}"
    rf")(?![a-z0-9]){_NOT_OF_TWO}"
)
"""A ranking by price, speed, sales, power or reliability, with its article."""

ROMANCE_SUPERLATIVE_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.SUPERLATIVE: (ROMANCE_SUPERLATIVE,)
}
"""Per category, trigger patterns added to the built-in ones."""
