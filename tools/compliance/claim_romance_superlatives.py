"""Superlatives of French, Spanish, Italian and Portuguese: "el más barato", "le plus rapide".

English forms a ranking with ``-est`` ("the cheapest", "our fastest"), which the built-in
superlative triggers read. These languages form it with an article and a word for "most" or
"least" before the adjective: "el más barato de su categoría", "la moins chère du marché",
"il più venduto", "o mais rápido". Those rankings need an approved claim as surely as "the
cheapest" does. Only rankings of price, speed, sales, power and reliability are read (the words
a market comparison is made of); the cheaper of two items an offer discounts ("50 % sur le
moins cher des deux produits", "el más barato de los dos") ranks nothing of the market and is
not read. The pattern reads the skeleton view (case folded, accents removed).

The same word for "more" without an article is a comparative: "l'imbarco sarà più veloce"
(*faster*), "c'est plus rapide" — and with nothing after it to compare with ("di", "que",
"than"…) it compares with nothing, as English "check-in will be faster" does. A trigger a pack
declares as a superlative ("più veloce") is read in that bare use only when a comparison
follows (see :func:`bare_comparative`); "la più veloce" stays a ranking.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory
from nextbest.tools.compliance.normalise import plain

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

_MORE = frozenset({"piu", "plus", "mas", "mais", "meno", "moins", "menos"})
"""The words for "more" / "less" that form a Romance comparative or, after an article, a
superlative."""

_RANKING_BEFORE = frozenset(
    {
        "il", "la", "lo", "l", "i", "gli", "le", "les", "el", "los", "las", "o", "a", "os", "as",
        "nostro", "nostra", "nostri", "nostre", "suo", "sua", "notre", "nos", "son", "sa",
        "nuestro", "nuestra", "nuestros", "nuestras", "nosso", "nossa", "nossos", "nossas",
    }
)  # fmt: skip
"""Articles and possessives that make "più / plus / más" a superlative ("la più veloce")."""

_COMPARED_WITH = frozenset(
    {
        "di", "del", "dello", "della", "dell", "dei", "degli", "delle", "che", "rispetto", "de",
        "du", "des", "d", "que", "do", "da", "dos", "das", "than", "ca",
    }
)  # fmt: skip
"""Words after a comparative that name what it is compared with ("più veloce di", "que")."""


def bare_comparative(text: str, start: int, end: int) -> bool:
    """Whether a "più / plus / más <adjective>" trigger is a comparative compared with nothing.

    Args:
        text: The field's original text.
        start: Start of the trigger.
        end: End of the trigger.

    Returns:
        True for "più veloce" in "l'imbarco sarà più veloce.": no article or possessive
        before it, no comparison after it (see the module docstring).
    """
    said = plain(text[start:end]).split()
    if len(said) < 2 or said[0] not in _MORE:
        return False
    before = plain(text[max(0, start - 40) : start]).split()
    if before and before[-1] in _RANKING_BEFORE:
        return False
    after = plain(text[end : end + 40]).split()
    return not (after and after[0] in _COMPARED_WITH)
