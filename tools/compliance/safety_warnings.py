"""Safety warnings: a prohibition that names the banned thing as what not to combine.

A fireworks brand that bans "drinking" (never pair the product with alcohol) still warns
"Never light a sparkler after drinking"; a tool brand that bans "alcohol" still writes "Do not
operate the saw under the influence of alcohol". The copy tells the reader NOT to combine the
product with the banned thing: advice against it, the opposite of the pairing the rule forbids.
The general form, in the languages the engine reads: a clause opening with a prohibition
("never", "don't", "do not"; Italian "non" / "mai", Swedish "<verb> aldrig/inte", French "ne
… jamais", Spanish and Portuguese "nunca" / "no" / "não", German "nie" / "nicht", Dutch
"nooit" / "niet"), at most eight words of the same clause, then a word of circumstance right
before the banned phrase ("after", "while", "during", "under the influence of"), or a verb of
combining and "with" / "and" ("Never mix fireworks and drinking").

A prohibition whose own verb is the banned phrase ("Never borrow to fund your bets", Italian "Non
indebitarti per giocare", Swedish "Spela aldrig …") forbids the act the rule keeps the copy from
urging: advice against it too. Not when the verb is one of missing, waiting, losing or paying
("Don't miss out", "Never wait for a sale", "Never pay full price", "Non perdere l'occasione",
"Missa inte …"): the double negative urges, the pressure the rule forbids, and the phrase is
still found.
Spanish and Portuguese "no" / "não" are left out: their bare "no" is also the determiner of
"no fees" ("No upfront fees" is no prohibition); "nunca" / "jamás" count.

A prohibition of using the product for a purpose ("Please don't use <Brand> to rank loan
applicants", "Never use this tool for hiring decisions", "You may not use <Brand> or its reports for
credit decisions") names the banned use as the use forbidden: a warning against it, not an
invitation. The thing not to be used is the brand's own: a name written with a capital, a pronoun
("it", "this", "us") or a noun after "the", "this", "our" or "its"; a prohibition of another means
("Don't use a slow site to rank loan applicants", the reader sent to the product instead) is not
read as one.
"""

from __future__ import annotations

import re

_LINK = r"(?:and|but|or|so|then|och|men|eller|e|ed|ma|o|y|pero|et|mais|ou|und|aber|oder|maar)\b"
_WORDS = rf"(?:(?!{_LINK})[\w’'-]+\s+){{0,8}}?"

_WARNING = re.compile(
    r"(?:^|(?<=[.!?;:,\n])|(?<=^\W)|\b(?:and|och|e|et|y|und|en)\s+)\s*(?:"
    # en: "Never light a sparkler after drinking", "Don't mix X and Y"
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


_OWN_THING = (
    r"(?:(?i:it|this|that|them|us)|(?i:the|this|these|our|its)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}|"
    r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|&|\+)){0,3})"
)
"""The product a prohibition of use names: a capitalised name, a pronoun or a definite noun."""

_MISUSE = re.compile(
    r"(?:^|(?<=[.!?;:,\n])|(?<=^\W))\s*(?i:please\s+)?(?i:"
    r"(?:never|don[’']t|do\s+not)(?:\s+ever)?|"
    r"(?:you|they|customers?|members?|users?)\s+(?:may|must|should|can)\s*not|"
    r"(?:you|they|customers?|members?|users?)\s+(?:mustn[’']t|can[’']t|shouldn[’']t))\s+"
    r"(?i:use)\s+" + _OWN_THING + r"(?:\s+(?i:or|and)\s+(?i:its|their|our)\s+[\w’'-]+)?"
    r"\s+(?i:to|for)\s+$"
)
"""A prohibition of using the brand's own product, then "to" / "for" right before the phrase."""


def warned_against(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is what a safety warning tells the reader not to combine.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "drinking" in "Never light a sparkler after drinking", "alcohol" in "Do not
        operate the saw under the influence of alcohol" or "rank loan applicants" in "Please
        don't use <Brand> to rank loan applicants"; False in "Don't miss out", "Celebrate after
        drinking" or "Don't use a slow site to rank loan applicants".
    """
    window = text[max(0, start - 120) : start]
    clause = re.split(r"[.!?;:\n]", window)[-1]
    return _WARNING.search(clause) is not None or _MISUSE.search(clause) is not None


_CLAUSE_START = r"(?:^|(?<=[.!?;:,\n])|(?<=^\W)|\b(?:and|och|e|et|y|und|en)\s+)\s*"
_URGING_VERBS = (
    # en
    r"miss|missing|wait|waiting|delay|hesitate|forget|lose|let|sleep|settle|pass|skip|put|"
    r"stop|hold|think|overthink|leave|risk|be|get|go|regret|ignore|overlook|sit|fall|worry|"
    r"stress|panic|fear|wonder|end|give|pay|overpay|spend|run|"
    # no verb: "non più", "non solo", "never again"
    r"più|piu|solo|soltanto|sempre|again|more|before|"
    # it / es / pt
    r"perdere|perderti|perdetevi|aspettare|attendere|esitare|dimenticare|lasciare|lasciarti|"
    r"lasciatevi|rimandare|rinunciare|farti|pierdas|pierda|pierdan|te|se|esperes|espere|"
    r"esperar|dudes|dude|olvides|olvide|dejes|deje|perca|percas|esperes|hesite|hesites|deixe|"
    r"deixes|esqueça|esqueças|fique|fiques|"
    # fr
    r"manquez|manque|ratez|rate|attendez|attends|hésitez|hésite|oubliez|oublie|laissez|laisse|"
    # sv / de / nl (the imperative before the negation)
    r"missa|vänta|tveka|glöm|låt|stanna|verpassen|verpasse|verpass|warten|warte|zögern|zögere|"
    r"vergessen|vergiss|lassen|lass|mis|wacht|twijfel|vergeet|laat|aarzel"
)
_URGING = re.compile(rf"(?:{_URGING_VERBS})\b", re.IGNORECASE)
_NEGATED_IMPERATIVE = re.compile(
    _CLAUSE_START + r"(?:(?:never|don[’']t|do\s+not)(?:\s+ever)?|non|mai|nunca|jamás|"
    r"(?P<verb>[\wåäöüß]+)\s+(?:Sie\s+|du\s+|ihr\s+)?(?:aldrig|inte|nie|niemals|nicht|nooit|niet))"
    r"\s+$",
    re.IGNORECASE,
)
_FRENCH_NE = re.compile(_CLAUSE_START + r"(?:ne\s+|n[’'])$", re.IGNORECASE)
_FRENCH_NEGATION_AFTER = re.compile(r"[\w-]+\s+(?:jamais|pas|plus)\b", re.IGNORECASE)


def forbids_act(text: str, start: int) -> bool:
    """Whether a prohibition's own verb opens the phrase at ``start`` (and urges nothing).

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "borrow" in "Never borrow to fund your bets" or Italian "Non indebitarti per
        giocare"; False in "Don't miss out", "Never wait for a sale" or "Borrow now, never
        regret it".
    """
    clause = re.split(r"[.!?;:\n]", text[max(0, start - 60) : start])[-1]
    match = _NEGATED_IMPERATIVE.search(clause)
    if match is None:
        if _FRENCH_NE.search(clause) is None or not _FRENCH_NEGATION_AFTER.match(text, start):
            return False
    elif match.group("verb") is not None:
        return _URGING.fullmatch(match.group("verb")) is None
    return _URGING.match(text, start) is None
