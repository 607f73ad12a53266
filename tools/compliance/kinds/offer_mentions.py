"""Promotional mentions in copy: what they look like and what one is.

Read on the folded view: percentages and amounts off (also ``15 % de remise``, ``-25 %``,
``Rabatt``, ``25% хямдрал``, ``знижка 20%``, :mod:`~nextbest.tools.compliance.reduction_words`,
and on top: Somali ``10% dheeraad ah``, :mod:`~nextbest.tools.compliance.bonus_words`;
money given: ``get $10``, Malagasy ``mahazoa 5 000 Ar``,
:mod:`~nextbest.tools.compliance.receiving_words`, ``$10 for every friend``,
:mod:`~nextbest.tools.compliance.referral_rewards`,
Urdu ``15% رعایت``, :mod:`~nextbest.tools.compliance.urdu_promotions`, and in cents:
``10¢/gal off``), prices, "free …" (``livraison offerte``, ``kostenloser Versand``; not "free"
qualifying a substance, ``free T4``, :mod:`~nextbest.tools.compliance.free_analytes`),
buy-one-get-one, points, durations free, promo codes (Urdu ``کوڈ …``, Haitian Creole ``kòd …`` too,
:mod:`~nextbest.tools.compliance.code_words`), plain promotional
words (``sale``, ``soldes``), an amount given as a gift in Cyrillic script (``3 ГБ белек``,
:mod:`~nextbest.tools.compliance.cyrillic_gift_words`) and financing terms (``0% APR``).
``fragrance-free`` is not "free": it is one word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.tools.compliance import (
    arab_currencies,
    ariary_currencies,
    birr_currencies,
    bonus_words,
    code_words,
    cyrillic_gift_words,
    eurasian_currencies,
    franc_currencies,
    kip_currencies,
    kyat_currencies,
    naira_currencies,
    receiving_words,
    reduction_words,
    referral_rewards,
    rupee_scripts,
    shilling_currencies,
    sol_currencies,
    taka_currencies,
    urdu_promotions,
    urdu_rupees,
)
from nextbest.tools.compliance.fee_waivers import FEE_WAIVER
from nextbest.tools.compliance.free_analytes import FREE_SUBSTANCE
from nextbest.tools.compliance.glued_prefixes import FIGURE_START
from nextbest.tools.compliance.lithuanian_free_words import FREE as LITHUANIAN_FREE
from nextbest.tools.compliance.message import TextField

NUMBER = (
    r"(?<!\d,)(?<!\d\.)"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"  # 1,234.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"  # 1.234,50 (German, Spanish, Italian)
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?"  # 1 234,50 (French)
    r"|\d{1,7}(?:[.,]\d{1,2})?)"
)
CURRENCY = (
    r"(?:[$£€¥₹₪]\s?|\b(?:us\$|usd|gbp|eur|cad|aud|nzd|chf|jpy|inr|brl|mxn|pln|huf|kr\.?|rp\.?"
    r"|idr|ils|nis|myr)\s?|\brm\s?(?=\d)|"
    + arab_currencies.BEFORE
    + "|"
    + shilling_currencies.BEFORE
    + "|"
    + sol_currencies.BEFORE
    + "|"
    + eurasian_currencies.BEFORE
    + "|"
    + taka_currencies.BEFORE
    + "|"
    + birr_currencies.BEFORE
    + "|"
    + kyat_currencies.BEFORE
    + "|"
    + ariary_currencies.BEFORE
    + "|"
    + kip_currencies.BEFORE
    + "|"
    + naira_currencies.BEFORE
    + "|"
    + franc_currencies.BEFORE
    + "|"
    + urdu_rupees.BEFORE
    + "|"
    + rupee_scripts.BEFORE
    + ")"
)
"""A currency before its figure: "$12", "EUR 40", Indonesian rupiah "Rp25.000" and "Rp. 25.000"
(short forms "Rp25 rb" are written out in the folded view,
:mod:`~nextbest.tools.compliance.rupiah_short_forms`), Israeli shekels "₪150" and "NIS 150",
"AED 1,250" (:mod:`~nextbest.tools.compliance.arab_currencies`), Malaysian ringgit "RM29.90",
"RM 120" and "MYR 45", East African shillings "KSh 2,500" and "Ksh2,500"
(:mod:`~nextbest.tools.compliance.shilling_currencies`), Peruvian soles "S/ 1 890" and "S/. 50"
(:mod:`~nextbest.tools.compliance.sol_currencies`), Bangladeshi taka "৳৪২০" and "Tk 380"
(:mod:`~nextbest.tools.compliance.taka_currencies`), Ethiopian birr "ብር 3,200" and "ETB 650"
(:mod:`~nextbest.tools.compliance.birr_currencies`), Myanmar kyat "MMK 10,000"
(:mod:`~nextbest.tools.compliance.kyat_currencies`), Lao kip "₭8.000"
(:mod:`~nextbest.tools.compliance.kip_currencies`), Nigerian naira "₦700"
(:mod:`~nextbest.tools.compliance.naira_currencies`), African francs "RWF 5,000"
(:mod:`~nextbest.tools.compliance.franc_currencies`), rupees "Rs. 3,250" and "PKR 2,500"
(:mod:`~nextbest.tools.compliance.urdu_rupees`), rupees in Sinhala, Tamil or Hindi script
"රු. 2,450" and "ரூ. 1,250" (:mod:`~nextbest.tools.compliance.rupee_scripts`)."""
CURRENCY_AFTER = (
    r"\s?(?:€|£|₪|\$(?![\w$])|\b(?:usd|gbp|eur|cad|aud|nzd|chf|jpy|inr|brl|sek|nok|dkk|kr|kronor"
    r"|kroner|dollars?|euros?|zl|pln|huf|forint|ils|nis|ringgit|myr)\b|円|元|ש[\"״]ח(?!\w)|"
    + arab_currencies.AFTER
    + "|"
    + shilling_currencies.AFTER
    + "|"
    + sol_currencies.AFTER
    + "|"
    + eurasian_currencies.AFTER
    + "|"
    + taka_currencies.AFTER
    + "|"
    + birr_currencies.AFTER
    + "|"
    + kyat_currencies.AFTER
    + "|"
    + ariary_currencies.AFTER
    + "|"
    + kip_currencies.AFTER
    + "|"
    + naira_currencies.AFTER
    + "|"
    + franc_currencies.AFTER
    + "|"
    + urdu_rupees.AFTER
    + "|"
    + rupee_scripts.AFTER
    + ")"
)
"""A currency after its figure: "15 €", "19,99 $" (Canadian French), "20 dollars", "1 000 kr",
"3,99 zł" (folded ``zl``), "12 500 HUF", "1,200円" (yen), "88元" (yuan), "150 ₪" and "150 ש״ח"
(shekels), "1,250 درهم" (dirhams), "1,200 KES" and "2,500/=" (shillings), "၅,၀၀၀ ကျပ်"
(kyat), "5,000 Frw" and "2 500 FCFA" (francs), "۳,۲۵۰ روپے" (rupees,
:mod:`~nextbest.tools.compliance.urdu_rupees`)."""
BEFORE_FIGURE = rf"{FIGURE_START}(?<![.])"
"""Guard before a figure with its currency after it: no letter or digit of the same word
("a2 €" is no price), while Japanese or Chinese runs a word straight into its price (「本体が
1,200円」) and Amharic glues a preposition to it ("በ550 ብር", for 550 birr)."""
FORINT_SIGN = r"\s?ft\b"
"""The Hungarian forint's sign after its figure ("4 990 Ft", "89 Ft/perc"), folded: a price
only where the copy writes it ``Ft`` (:func:`foot_not_forint`), as "6 ft" is a length."""


def foot_not_forint(original: str, end: int, found: str) -> bool:
    """Whether a price read as forints ends in an ``ft`` not written ``Ft`` (feet: "a 6 ft pole").

    Args:
        original: The field's original text.
        end: Where the price ends in it.
        found: The price as found in the folded view.

    Returns:
        True for "6 ft" or "6 FT"; False for "4 990 Ft" and for any price in another currency.
    """
    return found.endswith("ft") and original[end - 2 : end] != "Ft"


_FREE_COMPOUNDS = (
    "gluten", "grain", "sugar", "dairy", "lactose", "nut", "soy", "fat", "caffeine", "fragrance",
    "perfume", "paraben", "sulfate", "sulphate", "silicone", "alcohol", "oil", "cruelty",
    "plastic", "chemical", "toxin", "bpa", "latex", "allergen", "hassle", "stress", "worry",
    "hands", "contact", "smoke", "drug", "scent", "dye", "gmo", "waste", "carbon", "guilt",
    "streak", "residue", "lint", "drip", "tangle", "frizz", "smudge", "crease", "wrinkle",
    "stain", "odor", "odour", "scratch", "rust", "mess", "spill", "pain", "itch", "flake",
    "clump", "static", "phosphate", "bleach", "ammonia", "lead", "phthalate", "toxin",
    "maintenance", "upkeep", "rot", "draught", "trouble", "fuss", "jargon", "clutter", "salt",
    "meat", "spam", "headache",
)  # fmt: skip
"""Words that form an adjective with a following "free" (``gluten free``, ``maintenance free``:
without the thing): not an offer."""
_REDUCTION = (
    r"(?:de\s+|di\s+)?(?:remise|reduction|rabais|descuento|dto|rebaja|reintegro|rabatt|"
    r"nachlass|preisnachlass|sconto|korting)\b"
)
"""A reduction in French, Spanish, German, Italian or Dutch copy (``15 % de remise``); in the
Spanish of the River Plate a refund of part of the price (``20% de reintegro``)."""
_REDUCTION_BEFORE = (
    r"\b(?:remise|reduction|rabais|descuento|rebaja|reintegro|rabatt|nachlass|sconto|korting)"
    r"\s+(?:del\s+|de\s+|di\s+|von\s+|van\s+)?(?:jusqu'a\s+|hasta\s+(?:un\s+)?|bis zu\s+)?"
)
_VOUCHER = (
    r"(?:vouchers?|coupons?|gutschein(?:e|en)?\b|wertgutschein\w*|bons? d'achat|vales?\b|"
    r"cupon(?:es)?\b)"
)
"""A voucher or coupon (English, German, French, Spanish): given with a value, an incentive."""
_FREE_WORDS = (
    r"offerte?s?|gratuite?s?|gratuit[oa]s?|gratis|omaggio|in regalo|falas|" + LITHUANIAN_FREE
)
""""Free" after its noun in French, Spanish, Italian, Albanian and Lithuanian copy (``livraison
offerte``, ``transport falas``, :mod:`~nextbest.tools.compliance.lithuanian_free_words`)."""
_FREE_BEFORE = r"kostenlose[rns]?|gratis|" + LITHUANIAN_FREE
""""Free" before its noun in German and Lithuanian copy (``kostenloser Versand``)."""
_NOT_FREE_NOUNS = (
    r"numero|appel|llamada|chamada|chamadas|ligacao|linha|anruf|hotline|entree|ingresso|"
    r"eintritt|est|sont|ist|sind|eshte|jane|reste|"
    r"restent|resta|son|esta|estan|sera|seront|wird|llamanos|llamenos|llama|llame|llamar|"
    r"appelez|appeler|appelle|chiama|chiamaci|chiamare|anrufen|telefono|telefonea|"
    r"incearca|incercati|testeaza|testati|asculta|ascultati|citeste|cititi|descarca|"
    r"descarcati|activeaza|activati|incepe|incepeti|sunati|suna"
)
"""Words before a "free" word that are no gift: a toll-free number, line or call ("Llámenos
gratis", "(chamada gratuita)"), entry, a verb (Romanian "testează gratuit", test it free;
"descarcă gratuit", download free: how, not what, is free)."""
_FREE_VERBS = (
    r"viaggia|viaggiano|mangia|mangiano|dorme|dormono|soggiorna|soggiornano|vola|volano|"
    r"parcheggia|parcheggiano|viaja|viajan|viajam|comen|comem|duerme|duermen|dormem|vuela|"
    r"vuelan|voa|voam|aparca|aparcan|voyagent|mangent|dorment|volent|reist|reizen|eet|slaapt|"
    r"vliegt|parkeert|reser|ater|sover|flyger|aker|parkerar"
)
"""Verbs of travelling, eating, sleeping or parking that sit between who goes free and a
postposed "free" word ("il tuo cane viaggia gratis", "los niños comen gratis", "barn åker
gratis"): the free thing is the word before the verb."""
FREE_VOCABULARY = frozenset(
    {
        "free", "offert", "offerte", "offerts", "offertes", "gratuit", "gratuite", "gratuits",
        "gratuites", "gratuito", "gratuita", "gratis", "kostenlos", "kostenlose", "kostenloser",
        "kostenlosen", "kostenloses", "omaggio", "falas",
    }
)  # fmt: skip
_FREE_TO_JOIN = (
    "join", "joining", "join for", "register", "sign up", "sign up for", "signup", "enrol",
    "enroll", "enrol for", "enroll for", "register for",
)  # fmt: skip
"""Words before "free" that say a programme costs nothing to join ("Join free:", "sign up for
free"): a standing fact of the programme, not a promotion."""
FREE_WORD = re.compile(
    r"(?<![\w-])(?:fr(?:ee|3e|e3|33)|" + _FREE_WORDS + "|" + _FREE_BEFORE + r")(?![\w-])"
)
"""The "free" word itself inside a ``free`` mention (folded view): "gratis" in "wordt gratis"."""

MENTION_PATTERNS: dict[str, str] = {
    "percent": (
        BEFORE_FIGURE
        + NUMBER
        + r"\s?(?:%|percent)(?:\s+|-)?(?:off|discount|savings?|cash[ -]?back|"
        r"(?:profit\s+|odds\s+|winnings\s+)?boost)\b"
        r"|\b(?:save|saving|get|enjoy|extra)\s+(?:up to\s+)?" + NUMBER + r"\s?(?:%|percent)"
        # "take 20%" is a cut, "we take 30% of your settlement" a share taken: a fee
        r"|\btake\s+(?:up to\s+)?" + NUMBER + r"\s?(?:%|percent)(?!\s+of\b)"
        r"|(?<![\w.])"
        + NUMBER
        + r"\s?%\s+"
        + _REDUCTION
        + r"|"
        + _REDUCTION_BEFORE
        + NUMBER
        + r"\s?%"
        r"|(?<![\w%.,-])(?<![\d%] )-\s?" + NUMBER + r"\s?%"
        r"|(?<![\w.])"
        + NUMBER
        + r"\s?%(?:-\w+)?\s+(?:"
        + reduction_words.AFTER
        + "|"
        + bonus_words.AFTER
        + "|"
        + urdu_promotions.PERCENT_AFTER
        + r")|(?:"
        + reduction_words.BEFORE
        + r")\s+"
        + NUMBER
        + r"\s?%"
    ),
    "amount": (
        # one currency-first amount, then its tail: a discount word in Urdu, "$5 off", "$10 for
        # every friend" or "$10 voucher" (the tails share the amount's reading; one alternative
        # each would read the currency and the amount again at every position)
        CURRENCY
        + NUMBER
        + r"(?:"
        + urdu_promotions.AMOUNT_AFTER
        + r"|\s*(?:off|discount|(?:bill |account |statement )?credit|rebate|cash ?back)\b|"
        + referral_rewards.AFTER
        + r"|[\s-]*"
        + _VOUCHER
        + r")"
        # one figure-first amount, then its tail: "10 € Rabatt", "10 000 Ar per friend", "1 250
        # FCFA wàññi", "a 5 € Gutschein"
        + r"|(?<![\w.])"
        + NUMBER
        + CURRENCY_AFTER
        + r"(?:"
        + urdu_promotions.AMOUNT_AFTER
        + r"|\s*(?:off|discount)\b|"
        + referral_rewards.AFTER
        + r"|\s+"
        + _REDUCTION
        + r"|\s+(?:"
        + reduction_words.AFTER
        + r")|[\s-]*"
        + _VOUCHER
        + r")"
        r"|\b(?:save|saving|take|get|extra)\s+(?:up to\s+|an?\s+)?"
        + CURRENCY
        + NUMBER
        + r"|"
        + receiving_words.BEFORE
        + NUMBER
        + CURRENCY_AFTER
        # "we'll add £3 to your account": money credited to the customer is an incentive
        + r"|\b(?:add|adds|added|credit|credits|credited|deposit|deposits|put|drop|pay|pays)\s+"
        + r"(?:you\s+)?"
        + CURRENCY
        + NUMBER
        + r"\s+(?:to|in|into|on)\s+(?:your\s+)?(?:balance|account|wallet|card)\b"
    ),
    # "10¢/gal off", "5 cents a litre off": an amount off in the currency's hundredths
    "cents": (
        r"(?<![\w.])"
        + NUMBER
        + r"\s?(?:¢|cents?\b)(?:\s*(?:/\s?|\bper\s+|\ba\s+|\beach\s+)[a-z]{1,12}\b)?"
        + r"\s*(?:off|discount)\b"
    ),
    "half": r"\bhalf[- ](?:off|price)\b",
    "price": CURRENCY
    + NUMBER
    + r"|"
    + BEFORE_FIGURE
    + NUMBER
    + CURRENCY_AFTER
    + r"|(?<![\w.])"
    + NUMBER
    + FORINT_SIGN,
    "free": r"(?<![\w-])fr(?:ee|3e|e3|33)\b"  # "fr3e": free in leetspeak
    + "".join(f"(?<!{w} free)" for w in ("feel", *_FREE_COMPOUNDS, *_FREE_TO_JOIN))
    + r"(?!-\w)(?! to\b)(?!\s+(?:your|yourself|yourselves|up|them|him|her|us|me)\b)"
    + FREE_SUBSTANCE  # "free T4", "free radicals": a word of science, no gift
    + r"(?=((?:\s+[\w-]+){0,4}))"
    + r"|\b(?!(?:"
    + _NOT_FREE_NOUNS
    + r")\b)([a-z]{3,})\s+(?:(?:"
    + _FREE_VERBS
    + r")\s+)?(?:"
    + _FREE_WORDS
    + r")\b"
    + r"|\b(?:"
    + _FREE_BEFORE
    + r")\s+(?!(?:"
    + _NOT_FREE_NOUNS
    + r")\b)([a-z]{3,})\b",
    "bogo": (
        r"\bbogo\b|\bb1g1\b|\bbuy (?:one|1|two|2),? get (?:one|1|a second|the second)\b"
        r"|\b(?:2|two)[ -]for[ -](?:1|one)\b|\b(?:3|three)[ -]for[ -](?:2|two)\b"
        r"|\bsecond (?:one |item |pouch )?(?:free|half off|at half price)\b"
        # the second one given free in other words: "the second one's on us", "… on the house"
        r"|\b(?:second|2nd)(?: [a-z]+)?(?:'s| is) on (?:us|the house)\b"
    ),
    "points": (
        r"\b(?:double|triple|bonus|\d+x)\s+points?\b"
        # "earn 4 points per $1": a loyalty programme's standing earn rate, not a promotion
        r"|\bearn\s+(?:up to\s+)?\d+\s+(?:\w+\s+)?points?\b(?!\s+(?:per|for every|for each|"
        r"on every|on each)\s+(?:[$£€]|\d|dollar|pound|euro))"
        # a counted bonus ("40,000 bonus miles", "500 reward points"): the count is group 1/2
        r"|(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:bonus|reward|rewards|loyalty)\s+points?\b"
        r"|(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s+bonus\s+miles\b"
        r"|\b\d+(?:[.,]\d{3})*\s+(?:bonus|extra|treue|pramien)punkte\b"  # German compounds
    ),
    "duration": (
        r"(?<![\w-])free (?:for )?(\d+)[ -](?:days?|weeks?|months?)\b"  # not "risk-free for"
        r"|\b(\d+)[ -](?:days?|weeks?|months?) (?:free|on us)\b"
        r"|\b(\d+)[ -](?:day|week|month)s? (?:free )?trial\b"
    ),
    "no_fee": FEE_WAIVER,  # "no booking fees this week": read by :mod:`.fee_waivers`
    "no_minimum": (
        r"\b(?:with|on) (?:every|any|all|each) (?:orders?|purchases?)\b"
        r"(?!\s+(?:over|above|of|worth|totalling|totaling|from|more than|[$£€]))"
        r"|\bno minimum(?: spend| order| purchase)?\b"
    ),
    "code": (
        r"\b(?:promo code|code promo|codigo promocional|codigo|gutscheincode|gutschein|"
        r"codice sconto|code|coupon|voucher|"
        + urdu_promotions.CODE_WORD
        + "|"
        + code_words.WORDS
        + r")\s*:?\s+['\"]?([a-z0-9]{3,24})\b"
    ),
    "promo": (
        r"\b(?:sale|on sale|discount|discounted|discounts|coupon|promo|promotion|"
        # a bare "deals" is a catalogue's noun ("browse our lease deals"); qualified, a promotion
        r"(?:great|best|special) deals?|(?:hot|big|huge|amazing|exclusive|unbeatable|"
        r"incredible|bumper|flash|black friday|cyber monday|doorbuster) deals|"
        r"deals of the (?:day|week)|deals up to|"
        r"clearance|off your (?:next|first|entire) (?:order|purchase)|"
        r"special offer|limited[- ]time offer|soldes|rebajas|saldi|sonderangebot|"
        r"schlussverkauf|bon plan|offre speciale|oferta especial|promocion|offerta speciale)\b"
        r"|(?<![\w.,])0(?:[.,]0+)?\s?% (?:intro(?:ductory)? )?(?:apr|financing|interest)\b"
        r"|\bno interest (?:for|if paid)\b|\binterest[- ]free (?:financing|for|monthly|payments?|"
        r"instal+ments?)\b"
        # Turkish: instalments at the cash price, without a maturity charge or interest
        r"|\bpesin fiyatina (?:\d+ )?taksit\w*|\bvade farksiz\b|\bfaizsiz taksit\w*"
        r"|(?<![\w.])[$£€]0 down\b"
        r"|\b(?:stay|buy|book|order) (?:[a-z0-9]+ ){0,2}(?:nights?|items?|pairs?|bags?|boxes?)?,? "
        r"(?:and )?(?:only )?pay (?:for )?(?:just )?(?:one|two|three|four|\d+)\b"
        # an amount given as a gift in Cyrillic script ("3 ГБ белек", "в подарок")
        r"|" + cyrillic_gift_words.GIVEN
    ),
}
"""Regular expressions (folded view) for each kind of promotional mention."""

STOP_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "on", "of", "to", "and", "or", "for", "in"}
)


_ENTER_BEFORE = re.compile(
    r"\benter(?:s|ing)?\b(?:\s+(?!(?:the\s+)?(?:promo\s+)?codes?\b)[\w'&-]+){0,6}\s+(?:for\s+)?$"
)
_ENTER_AFTER = re.compile(r"\s*(?:$|[.,:;!?)]|(?:at|now|today|online|here|by|via|through)\b)")


def entry_is_free(folded: str, start: int, end: int) -> bool:
    """Whether the "free" at ``folded[start:end]`` says that entering costs nothing.

    "Enter free at <link>", "Enter the <name> Sweepstakes free", "enter for free": the word
    qualifies the verb "enter" of its clause (within six words) and no noun follows it, so it
    states that a contest or sweepstakes takes no purchase (a legal condition of a
    sweepstakes), not a thing given free. "Enter code X for free shipping" keeps its "free":
    a code is entered and a noun follows.

    Args:
        folded: The folded (lower-case) text of the field.
        start: Where the "free" word starts.
        end: Where it ends.

    Returns:
        True when the "free" is the cost of entering.
    """
    if _ENTER_AFTER.match(folded, end) is None:
        return False
    return _ENTER_BEFORE.search(folded[max(0, start - 80) : start]) is not None


def contains_run(tokens: list[str], words: list[str]) -> bool:
    """Whether ``words`` occur in ``tokens`` as one contiguous run."""
    size = len(words)
    return any(tokens[i : i + size] == words for i in range(len(tokens) - size + 1))


CONTEXT_KINDS: frozenset[str] = frozenset({"no_minimum"})
"""Mention kinds that are not promotions themselves, only checked against an offer's terms."""

SHIPPING_WORDS: frozenset[str] = frozenset(
    {
        "shipping", "delivery", "postage", "returns", "livraison", "retours", "envio", "envios",
        "devoluciones", "versand", "lieferung", "rucksendung", "spedizione", "consegna",
    }
)  # fmt: skip
FILLER_WORDS: frozenset[str] = frozenset(
    {
        "standard",
        "travel",
        "size",
        "travel-size",
        "mini",
        "full",
        "full-size",
        "a",
        "your",
        "ml",
        "oz",
        "with",
        "on",
        "for",
        "the",
        "any",
        "and",
    }
)


@dataclass(frozen=True)
class Mention:
    """One promotional mention.

    Attributes:
        kind: ``percent``, ``amount``, ``cents`` (an amount off in hundredths of the
            currency), ``price``, ``free``, ``bogo``, ``points``, ``code`` or ``promo``.
        field: Copy field.
        start: Start in the original field text.
        end: End (exclusive) in the original field text.
        value: The number, code or following words, when the kind has one.
        text: The mention as found in the folded view.
    """

    kind: str
    field: TextField
    start: int
    end: int
    value: str
    text: str = ""


_MULTIPLES = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}
_MULTIPLE = re.compile(r"\b(double|triple|quadruple|(\d+)x)\b")
WORD_SPLIT = re.compile(r"[\s-]+")


def points_multiple(text: str) -> float | None:
    """The multiple a points mention promises (``double points`` → 2, ``3x points`` → 3)."""
    match = _MULTIPLE.search(text)
    if match is None:
        return None
    return float(match.group(2)) if match.group(2) else _MULTIPLES[match.group(1)]
