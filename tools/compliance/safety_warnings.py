"""Safety warnings: a prohibition that names the banned thing as what not to combine.

A fireworks brand that bans "drinking" (never pair the product with alcohol) still warns
"Never light fireworks after drinking"; a tool brand that bans "alcohol" still writes "Do not
operate the saw under the influence of alcohol". The copy tells the reader NOT to combine the
product with the banned thing: advice against it, the opposite of the pairing the rule forbids.
The general form, in the languages the engine reads: a clause opening with a prohibition
("never", "don't", "do not"; Italian "non" / "mai", Swedish "<verb> aldrig/inte", French "ne
… jamais", Spanish and Portuguese "nunca" / "no" / "não", German "nie" / "nicht", Dutch
"nooit" / "niet"), at most eight words of the same clause, then a word of circumstance right
before the banned phrase ("after", "while", "during", "under the influence of"), or a verb of
combining and "with" / "and" ("Never mix fireworks and drinking").

An imperative whose own object is the banned phrase ("Don't miss out", "Never pay full price")
names no circumstance: it still urges, and this rule does not apply.
"""

from __future__ import annotations

import re

_LINK = r"(?:and|but|or|so|then|och|men|eller|e|ed|ma|o|y|pero|et|mais|ou|und|aber|oder|maar)\b"
_WORDS = rf"(?:(?!{_LINK})[\w’'-]+\s+){{0,8}}?"

_WARNING = re.compile(
    r"(?:^|(?<=[.!?;:,\n])|(?<=^\W)|\b(?:and|och|e|et|y|und|en)\s+)\s*(?:"
    # en: "Never light fireworks after drinking", "Don't mix X and Y"
    r"(?:never|don[’']t|do\s+not)\s+(?:ever\s+)?(?:"
    + _WORDS
    + r"(?:after|while|during|under\s+the\s+influence\s+of|after\s+having|"
    r"(?:if|when|once)\s+you[’']?(?:ve|\s+have)\s+been)|"
    r"(?:mix|combine|pair)\s+" + _WORDS + r"(?:and|with))|"
    # it: "Non accendere mai fuochi dopo aver bevuto", "Mai … sotto l'effetto dell'alcol"
    r"(?:non|mai)\s+" + _WORDS + r"(?:dopo(?:\s+aver(?:e)?)?|mentre|durante|"
    r"sotto\s+l[’']effetto\s+d(?:i|el|ella|ell[’']))|"
    # sv: "Tänd aldrig fyrverkerier efter att ha druckit", "Kör inte bil under påverkan av"
    r"(?:[\wåäö]+\s+(?:aldrig|inte|ej)|aldrig)\s+" + _WORDS + r"(?:efter(?:\s+att(?:\s+du)?"
    r"(?:\s+ha[rt]?)?)?|medan(?:\s+du)?|under\s+påverkan\s+av)|"
    # fr: "Ne jamais allumer … après avoir bu", "N'utilisez pas … sous l'effet de l'alcool"
    r"(?:ne\s+jamais|n(?:e\s+|[’'])[\w’'-]+\s+(?:jamais|pas)|jamais)\s+"
    + _WORDS
    + r"(?:après(?:\s+avoir)?|pendant|sous\s+l[’']effet\s+d(?:e|u|e\s+la|e\s+l[’']))|"
    # es / pt: "Nunca enciendas … después de beber", "Não … depois de beber"
    r"(?:nunca|jamás|jamais|no|não)\s+" + _WORDS + r"(?:después\s+de|tras|mientras|"
    r"bajo\s+los\s+efectos\s+de(?:l)?|depois\s+de|após|enquanto|sob\s+(?:o\s+)?efeito\s+d[eo])|"
    # de / nl: "… niemals nach dem Trinken", "… nooit na het drinken"
    r"(?:nie|niemals|nicht|nooit|niet)\s+" + _WORDS + r"(?:nach(?:\s+dem)?|während(?:\s+des)?|"
    r"unter\s+(?:dem\s+)?Einfluss\s+von|na(?:\s+het)?|tijdens(?:\s+het)?|onder\s+invloed\s+van)"
    r")(?:\s+|(?<=[’']))$",
    re.IGNORECASE,
)
"""A prohibition and a word of circumstance (or combining) right before the phrase."""


def warned_against(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is what a safety warning tells the reader not to combine.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "drinking" in "Never light fireworks after drinking" or "alcohol" in "Do not
        operate the saw under the influence of alcohol"; False in "Don't miss out" or
        "Celebrate after drinking".
    """
    window = text[max(0, start - 120) : start]
    clause = re.split(r"[.!?;:\n]", window)[-1]
    return _WARNING.search(clause) is not None
