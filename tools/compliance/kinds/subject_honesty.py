"""``subject_honesty``: the subject (or push title) promises nothing the message does not give.

What a subject promises is read as figures (``20%``, ``$15``, ``2x``, a multi-buy ratio ``2x1``
or ``3 for 2`` as one figure, :mod:`~nextbest.tools.compliance.deal_ratios`, plain numbers) and
promise words (``free``, ``gift``, ``bonus``, ``sale``, ``off``…). Each figure must appear in
the body with the same unit, or be the offer's amount or a figure of its terms; each promise
word must appear in the body or in the offer's name, terms or disclosure (singular or plural:
"Where your gift goes" is backed by "Gifts are tax-deductible"); each catalogue product the
subject names must be named in the body — by its name or by a word of its name no other
product shares ("Python" for "Intro to Python"), also in another grammatical case in a
language that declines names (:mod:`~nextbest.tools.compliance.case_endings`) — or be one
of the offer's products (a push title, shown with its body, may name the product the body is
about). A
subject that promises a discount on a message without an offer is not honest either. A bare
year ("Programs and tuition for 2027") is a date, not a promise; a price ceiling ("Gifts under
$15") is kept by any price in the body up to it; gift ideas ("A gift for every age") promise
no gift. A fee of nothing ("a $0 delivery fee", "no booking fee") gives its thing free. A free
period ("Your first month is free") must be a period the body or the offer gives ("7-day free
trial" does not keep it). A subject that reads as an order, delivery or
payment notice ("Your order has shipped") needs a body that speaks of one, and one that
announces a personal document ("Your progress report is ready", "Your new card is enclosed")
a body that names that document, by its name or another name of it (an annual statement is
"your contract's year in review"). A connective inside a catalogue product's name ("<brand>
Plus") lists no bundle: "What <brand> Plus includes" lists nothing. A flat amount off
("40% off") that the body and the offer give only as a ceiling ("up to 40% off selected
lines") overstates it. A promotion the subject widens to every thing of a kind, or reserves to
members, when the offer is on some products or open to all, is not given either (see
:mod:`~nextbest.tools.compliance.subject_reach`); nor is an offer the subject opens to everyone
when the pack keeps some recipients from it (:mod:`~nextbest.tools.compliance.subject_audience`).
In Chinese, Japanese or Thai, written without spaces between words, the promise words are found
inside the subject's runs of letters (:mod:`~nextbest.tools.compliance.unspaced_promises`). In
Basque copy a "free" (``doan``, ``doako``) must be kept by a "free" of the body or the offer
(:mod:`~nextbest.tools.compliance.basque_free_words`). A "free" in Tamil, Sinhala, Hindi or
Punjabi, and the thing it is said of, must be kept by the body or the offer's own wording
(:mod:`~nextbest.tools.compliance.indic_free_promises`). A gift or free thing promised in
Cyrillic script (Russian, Belarusian, Kyrgyz, Tajik …) must be kept by such a word of the body
or the offer (:mod:`~nextbest.tools.compliance.cyrillic_gift_words`), and a Quechua "free of
charge" by a "free" of either (:mod:`~nextbest.tools.compliance.quechua_free_words`).
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack, Offer, ProductFact, SubjectHonestyRule
from nextbest.tools.compliance.basque_free_words import unbacked_free
from nextbest.tools.compliance.basque_name_suffixes import BASQUE
from nextbest.tools.compliance.case_endings import declined_in, declines
from nextbest.tools.compliance.cyrillic_gift_words import unbacked_gifts
from nextbest.tools.compliance.deal_ratios import deal_ratios
from nextbest.tools.compliance.deposit_shares import without_deposit_shares
from nextbest.tools.compliance.indic_free_promises import unbacked_free_things
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, PackRuleKeeper, violation
from nextbest.tools.compliance.kinds.offer_ceilings import (
    ceiling_figures,
    flat_figures,
)
from nextbest.tools.compliance.kinds.offer_ceilings import ceilings as up_to_figures
from nextbest.tools.compliance.kinds.offer_mentions import SHIPPING_WORDS
from nextbest.tools.compliance.name_cases import copy_language
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.offer_paraphrase import MULTIPLIERS, read_number
from nextbest.tools.compliance.quechua_free_words import unbacked_quechua_free
from nextbest.tools.compliance.savings_products import (
    SAVING_WORDS,
    owned_savings,
    savings_products,
)
from nextbest.tools.compliance.slavic_notices import unbacked_notice
from nextbest.tools.compliance.subject_audience import everyone_unbacked, restricted_offers
from nextbest.tools.compliance.subject_reach import members_only_unbacked, widened_scope
from nextbest.tools.compliance.unspaced_promises import unbacked_promises
from nextbest.tools.compliance.verdict import Violation

PROMISE_WORDS: frozenset[str] = frozenset(
    {
        "free", "gift", "gifts", "bonus", "sale", "off", "discount", "bogo", "cashback", "refund",
        "prize", "win", "winner", "reward", "rewards", "credit", "waived", "unlimited",
        "guaranteed", "cadeau", "cadeaux", "offert", "offerte", "offerts", "offertes",
        "gratuit", "gratuite", "gratuits", "remise", "gratis", "regalo", "geschenk", "kostenlos",
        "bilaash",
    }
)  # fmt: skip
"""Words that promise a benefit: a subject may use them only when the message gives it
(Somali "bilaash", free, among them)."""

GENERIC_PROMISES: frozenset[str] = frozenset({"save", "savings", "deal", "deals", "offer"})
FREE_WORDS: frozenset[str] = frozenset(
    {"free", "gratis", "gratuit", "gratuite", "kostenlos", "bilaash"}
)
"""Words that give something free (skeleton view; Somali "bilaash")."""
FREE_REACH = 5
"""Words either side of "free" that name what is given free."""
FREE_FILLER: frozenset[str] = frozenset(
    {
        "a", "an", "the", "your", "our", "my", "new", "extra", "bonus", "de", "o", "le", "la",
        "of", "pair", "pairs", "set", "sets", "pack", "packs", "box", "boxes", "piece", "bottle",
    }
)  # fmt: skip
"""Words between "free" and the thing it names ("a free bonus pack")."""
GENERIC_FREE: frozenset[str] = frozenset(
    {
        "gift", "gifts", "trial", "trials", "for", "to", "with", "when", "on", "and", "or", "in",
        "this", "today", "now", "until", "through", "forever", "offer", "stuff", "things",
        "para", "pour", "por", "per", "fur", "da", "del", "du", "des", "em", "en", "no", "na",
        "then", "after", "every", "all", "is", "are", "at", "from", "here", "inside", "of",
    }
)  # fmt: skip
"""Words after "free" that name no particular thing (any free offer backs them)."""
"""Words that promise some benefit: any offer on the message backs them."""

PRIVATIVE_FREE = (
    r"\b(?:worry|hassle|stress|hands|care|fuss|guilt|sugar|gluten|dairy|fat|nut|alcohol|"
    r"caffeine|cruelty|scent|fragrance|paraben|clutter|mess|tangle|jargon|spam|salt|"
    r"lactose|soy|meat|plastic|waste|carbon|smoke|pain|trouble|headache|risk) free\b"
)
"""A privative compound ("worry-free", "risk-free"): without something, nothing given free
(skeleton view)."""
PRIVATIVE = re.compile(PRIVATIVE_FREE)
ZERO_FEE = re.compile(
    r"(?:[$£€¥] ?0(?:[.,]00)?|(?<![\d.,])0(?:[.,]00)? ?[$£€]|\bzero|\bno) "
    r"(?P<thing>(?:(?!hidden|extra|additional|other|added|surprise)[a-z-]+ ){1,2}?)"
    r"(?:fees?|charges?|costs?)\b"
)
"""A thing whose fee is nothing ("a $0 delivery fee", "no booking fee"; folded view): that
thing is given free. "No hidden fees" names no thing."""
ON_US = re.compile(
    r"\b(?<!count )(?<!rely )(?<!depend )(?<!lean )(?<!call )(?<!bet )(?<!focus )"
    r"on (?:us|the house)\b(?! (?:to|for|when|if)\b)"
)
"""Something given free in other words ("Your next trip is on us", "Drinks on the house";
skeleton view): not "count on us", "rely on us for …"."""

NO_PROMISE = re.compile(
    "|".join(
        (
            r"\bsave (?:the date|your (?:seat|spot|place|progress|changes))\b",
            r"\b(?:kick|kicks|kicked|kicking|day|days|time|drop|sign|log|switch|turn|set|sets|"
            r"head|heading|show|shows|cast|cut|cuts|nod|tip|tips|lift|lifts|blast|blasts|take|"
            r"takes|taking|took|put|puts|pull|pulls|come|comes|came|pay|pays|paid|doze|cool|"
            r"face|wear|wears|dust|dusted|top|tops|topped|nodded|dozed) ?off\b",
            r"\boff (?:season|peak|road|shore|white|duty|grid|the beaten)\b",
            r"\bcredit (?:cards?|scores?|reports?|unions?|limits?|history|checks?|lines?|"
            r"builder|ratings?)\b",
            r"\brefund (?:policy|policies|status|requests?|process)\b",
            # gift ideas, not a gift given: "A gift for every age", "Gifts for dad", "gift guide"
            r"\bgifts? (?:for|ideas?|guides?|lists?|shop|wrap|wrapping|wrapped|sets?|boxes?|finder|"
            r"ready|worthy|giving|shopping|shoppers?|season)\b",
            r"\b(?:perfect|great|easy|last minute|stocking|holiday) gifts?\b",
            # "worry-free", "sugar-free": without something, nothing given free
            PRIVATIVE_FREE,
            r"\baward (?:winners?|winning)\b",
            # the reader's own money, not a discount: "Grow your retirement savings"
            r"\b(?:grow|grows|growing|build|builds|building|protect|protects|protecting|invest|"
            r"invests|investing) your (?:[a-z]+ )?savings\b",
            r"\b(?:retirement|college|pension|emergency|lifetime|life) savings\b",
            r"\bsavings (?:accounts?|goals?|balances?|habits?)\b",
            # a win as a noun, someone's success: "Another win for a local family"
            r"\b(?:a|another|big|huge|major|latest|first|quick|small|easy|double) wins?\b",
        )
    )
)
"""Subject phrases whose promise word promises no benefit ("Save the date", "Kick off the
season", "Your credit score, explained"), on the skeleton view."""

FIGURE = re.compile(
    r"(?P<pre>[$£€¥]|\bus\$|\b(?:chf|fr\.|eur|usd|gbp|zar|czk|pln)(?= ?\d))?\s?"
    r"(?(pre)|(?<![a-z\d]))"
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*)"
    r"(?!\d)(?P<mag>k\b|m\b|bn\b)?(?!(?!p(?:p|n|ppn)\b)[a-wyz])\s?"
    r"(?P<post>%|x\b|percent\b|(?:€|£|\$)(?!\s?\d)|¢|cents?\b|pence\b|"
    r"(?:kr|kronor|kroner|sek|nok|dkk|chf|czk|kc|zl)\b)?"
)
"""A figure with its unit (folded view); digits inside a word ("f4stest", "fr33") are none.
An amount in hundredths ("50 cents", "50¢", "50 pence") is money: 0.50 as "$0.50" writes it;
an amount in thousands or millions ("$460K", "$1.2M") is that many dollars. A currency sign
after a number is its unit only when no figure follows it: in "Fibre 350 £27.50" the pound sign
is the next price's. Thousands may be grouped by spaces ("1 000 kr", "1 599 $"), and kronor
("kr", "SEK") are money as the other currencies are, as is a figure after a currency code
("CHF 1 200") or before one ("990 Kč"). A number is read whole or not at all
("10am", "4th" are no figure "1" or "4"), and a per-person or per-night amount ("£40pp",
"$90pn") is its amount."""
MONEY_AFTER: frozenset[str] = frozenset(
    {"€", "£", "$", "kr", "kronor", "kroner", "sek", "nok", "dkk", "chf", "czk", "kc", "zl"}
)
"""Currency units written after the figure."""
MAGNITUDES: dict[str, float] = {"k": 1e3, "m": 1e6, "bn": 1e9}
CENT = 0.005
"""Two amounts closer than this are the same amount."""
"""Multipliers of an amount's suffix (folded view)."""

HALF = re.compile(
    r"\bhalf[- ]?(?:price|off|priced)\b|\b50/50\b|\bmoitie prix\b|\bmitad de precio\b"
    r"|\bmetade do preco\b|\bmeio preco\b|\bmeta prezzo\b|\bhalbe[nr]? preis\b"
    r"|\bhalve prijs\b|\bhalva priset\b"
)
"""A half-price promise (folded view): 50 % off, in the languages the engine reads
("a metade do preço", "a metà prezzo", "zum halben Preis", "halve prijs")."""
HALF_LOW, HALF_HIGH = 0.45, 0.55
"""A price between these shares of another price is about half of it."""

COUNT_PROMISES: frozenset[str] = frozenset(
    {"get", "buy", "extra", "points", "point", "pts", "miles", "credits", "entries", "spins"}
)
"""Words that make a plain number near them a promise ("Buy 2, get 1 free", "500 bonus
points"), with :data:`PROMISE_WORDS` and :data:`GENERIC_PROMISES`."""
PROMISE_REACH = 2
"""Words either side of a plain number searched for a promise word."""
POSSESSIVES: frozenset[str] = frozenset({"your", "our", "my", "their", "his", "her", "its"})
"""Words after a multiplier that make it a verb of promise ("Double your impact")."""
AMOUNT_AFTER = re.compile(r"\s*(?:[$£€¥]|us\$)\s?\d")
"""An amount right after "N x": "4 x $50" multiplies a payment, it promises no multiple."""

BOUND = re.compile(
    r"\b(?:under|below|less than|up to|max(?:imum)?|unter|moins de|jusqu'a)\s?"
    r"(?:[$£€¥]|\bus\$)?\s?(?P<num>\d+(?:[.,]\d+)*)(?P<mag>k\b|m\b|bn\b)?"
)
"""A price ceiling (folded view): "Gifts under $15" is kept by any body price up to $15."""
TRANSACTIONAL = re.compile(
    r"\b(?P<noun>order|orders|package|parcel|shipment|delivery|receipt|invoice|payment|refund|"
    r"booking|reservation|return|report|statement|bill|card|certificate|document|documents|"
    r"results)\b(?: [a-z0-9]+){0,3} (?:has |have |is |was )?(?:shipped|"
    r"dispatched|on (?:its|the) way|confirmed|delivered|received|processed|ready|arrived|"
    r"arriving|out for delivery|update|updated|status|enclosed|attached)\b"
)
"""A subject that reads as a transactional notice ("Your order has shipped", "Your progress
report is ready", "Your new card is enclosed"): the body must speak of that order, parcel or
document too, or the subject disguises a marketing message."""
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {"report", "statement", "bill", "card", "certificate", "document", "documents", "results"}
)
"""Notice nouns for a personal document: the body must name that very document."""
DOCUMENT_OTHER_NAMES: dict[str, re.Pattern[str]] = {
    "statement": re.compile(
        r"\b(?:year|quarter|month) in review\b|\b(?:account|annual|yearly|quarterly|monthly|"
        r"year end) summary\b|\bsummary of your (?:[a-z]+ )?(?:account|contract|policy|plan)\b"
    ),
}
"""Other names of a personal document (skeleton view): an annual statement is also "your
contract's year in review" or "your account summary"."""
NOTICE_NOUNS: frozenset[str] = frozenset(
    {
        "order", "orders", "package", "parcel", "shipment", "delivery", "receipt", "invoice",
        "payment", "refund", "booking", "reservation", "return", "tracking", "track", "shipped",
        "confirmation",
    }
)  # fmt: skip
"""Words of a body that carries a real order, delivery or payment notice."""
APPOINTMENT = re.compile(
    r"\b(?P<noun>appointments?|consultations?|sessions?|meetings?|visits?|lessons?|classes|"
    r"class|viewings?|fittings?|consults?)\b(?: [a-z0-9]+){0,3} (?:has |have |is |are |was )?"
    r"(?:confirmed|booked|scheduled|rescheduled|set|all set|locked in)\b"
)
"""A subject that says the reader's appointment is booked ("Your consultation is confirmed"):
the body must confirm a booking too, or the subject invents one (skeleton view)."""
BOOKED_WORDS: frozenset[str] = frozenset(
    {
        "confirmed", "confirmation", "booked", "booking", "bookings", "scheduled", "rescheduled",
        "reserved", "reservation", "appointment", "appointments",
    }
)  # fmt: skip
"""Words of a body that confirms a booking."""
FREE_COUNT = re.compile(r"(?<![$£€¥\d.,/])\b(?P<n>\d+) (?:extra |bonus )?free\b")
"""A count of things given free ("10 free plays"; folded view): not an amount ("$10 free")."""
GIVEN_COUNT = r"(?<![$£€¥\d.,/])\b{n} (?:[a-z-]+ ){{0,3}}?free\b"
"""The same count given free in the body or the offer ("get 10 plays free")."""

EVERY = re.compile(r"\b(?:every|each|all|any) (?:[a-z]+ )?(?P<noun>[a-z]{3,})\b(?!-)")
"""A subject that gives something on every one of a kind ("$0 fees on every transfer"; folded
view: "all-day" is no quantity)."""
FIRST_ONLY = r"\b(?:first|1st|next|single) (?!per\b|a\b)(?:[a-z]+ )?{noun}\b"
"""Wording that gives it on one only ("your first transfer"), formatted with the noun (folded
view, so a sentence's end stops it)."""
WHOLE_PLACE = re.compile(
    r"\b(?:nationwide|countrywide|coast to coast)\b"
    r"|\b(?:todo o|toda a|todo el|toda la|tout le|toute la|all of|across|throughout|ganz)\s+"
    r"(?-i:[A-Z])\w+",
    re.IGNORECASE,
)
"""A subject that gives something in a whole country ("Free shipping nationwide", "Frete grátis
para todo o Brasil"; original view: the place is a proper name)."""
SOME_PLACES = re.compile(
    r"\b(?:(?:para|nas|nos|em|in|en|dans|to|for) (?:as |os |the |las |los |les |certain |some )?"
    r"(?:regioes|regiones|regions|estados|states|zonas|zones|areas|provinces|provincias)"
    r"|only in|apenas (?:para|em|nas|nos)|somente (?:para|em|nas|nos)|solo en"
    r"|uniquement (?:en|dans)"
    r"|(?:in )?selected? (?:areas|regions|cities|states|postcodes|zip codes))\b"
)
"""Wording that limits it to some regions ("para as regiões Sul e Sudeste", "only in", "in
select areas"; plain view)."""
MINIMUM_ONLY = (
    r"\b{noun} (?:of|over|above|from|totall?ing) (?:[$£€]\s?\d|\d[\d.,]*\s?(?:€|\$|£|eur))"
    r"|\b{noun} (?:of )?(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£)) (?:or more|and up|\+)"
)
"""Wording that gives it only on orders above a minimum ("orders of $50 or more"; folded view,
formatted with the noun)."""
MONEY_IN_SUBJECT = re.compile(r"[$£€]\s?\d|\d\s?(?:€|\$|£)")
"""An amount in the subject itself ("Free gift on every order over $50" states the minimum)."""
INCLUDED = re.compile(
    r"\b(?:included|includes|including|inclusive|incl|inclus|incluse|incluses|"
    r"compris|comprise|incluido|incluida|incluidos|incluidas|incluye|inklusive|inkl|"
    r"inbegriffen|incluso|inclusa)\b"
)
"""A subject that says what a deal includes ("Stay + lessons included", skeleton view)."""
BUNDLE = re.compile(r"[+&]| (?:and|et|y|und|e|plus) ")
"""A subject that lists what a bundle holds ("Stay + lessons included", folded view): each
thing it lists must be in the message."""
INCLUDED_FILLER: frozenset[str] = frozenset(
    {
        "with", "your", "our", "this", "that", "plus", "also", "more", "every", "each", "free",
        "avec", "pour", "tout", "tous", "toutes", "votre", "notre", "aussi", "para", "todo",
        "todos", "todas", "incluso", "mit", "alle", "alles", "auch", "everything", "always",
        "sempre", "tutto", "tutti", "tambien", "des", "les", "une", "und", "per", "and",
    }
)  # fmt: skip
"""Words of an inclusion subject that name no included thing."""
CONTENT_COUNT = re.compile(
    r"\b\d+ (?:(?:easy|simple|quick|smart|new|more|key|big|little|small|top|best|great|"
    r"ways?|fun) )?(?:steps?|ways?|tips?|reasons?|ideas?|things?|questions?|answers?|recipes?|"
    r"tricks?|mistakes?|signs?|facts?|myths?|rules?|pasos?|consejos?|trucos?|ideas|recetas?|"
    r"claves?|etapes?|astuces?|idees?|recettes?|conseils?|minute reads?|min reads?)\b"
    r"|\b\d+ ?(?:%|percent) (?:done|complete|completed|finished|there|ready)\b"
    r"|\b(?:in|en|dans) \d+ (?:minutes?|minutos?|mins?)\b"
)
"""Figures that count the message's own content ("Retainer care in 3 steps", "5 ways to get
ready"), state the reader's progress ("Your return is 80% done") or a recipe's time ("un
aperitivo en 5 minutos"): they promise no benefit (skeleton view; ``%`` as in the folded view)."""
ORDER_NOUNS: frozenset[str] = frozenset(
    {"order", "orders", "shipped", "shipment", "tracking", "delivered", "dispatched", "parcel"}
)
"""Words of a body that is the recipient's own order notice: its subject may name what they
bought ("Your <product> is on its way")."""
YEARS = range(1900, 2101)
"""Plain numbers read as calendar years, not as promised figures."""
MIN_NAME_WORD = 4
"""Letters a product-name word needs to stand for the product on its own."""
VENUE_BEFORE = re.compile(
    r"(?:^|\s)(?:at|@|à|au|aux|chez|bei)\s+$",
    re.IGNORECASE,
)
"""A preposition of place right before a product named in a subject ("Happy hour at <bar>")."""


_DISCOUNT_WORDS = frozenset({"sale", "discount", "off", "deal", "deals", "savings", "save"})
REDUCTION_WORDS: frozenset[str] = frozenset(
    {"off", "discount", "discounts", "discounted", "save", "saving", "savings", "reduced"}
)
"""Words that say an amount is taken off: a subject's "10% off" is kept by a body's "Save 10%"
(the figure itself is checked on its own)."""
OFFERED_FIGURE = re.compile(r"\d\s?(?:€|%|\$|£|eur|euros?)\s?offert")
"""An amount or a percentage "offered" (French "20 € offerts"): a reduction, not a gift."""
OFFER_TYPE_WORDS: dict[str, frozenset[str]] = {
    "percent": _DISCOUNT_WORDS,
    "amount": _DISCOUNT_WORDS,
    "price": _DISCOUNT_WORDS,
    "bogo": _DISCOUNT_WORDS | {"free"},
    "free_gift": frozenset({"gift", "gifts", "free", "bonus", "cadeau", "regalo", "geschenk"}),
    "free_shipping": frozenset({"free"}),
}
"""Promise words an offer backs by its kind: a percent-off offer is a "sale", a free-gift
offer gives a "gift" ("Your Valentine's gift, sorted" above a gift-with-purchase)."""


PERIOD = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|six|first|free) (?P<unit>day|week|month|year)s?\b"
    r"(?! (?:only|left|sale|event)\b)"
)
"""A period of time (skeleton view): "7 day", "first month", "a year" — not a time limit
("one day only")."""
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 360}  # 12 months = a year
_COUNT = {
    "a": 1, "an": 1, "one": 1, "first": 1, "free": 1, "two": 2, "three": 3, "four": 4, "six": 6
}  # fmt: skip


def _period(match: re.Match[str]) -> int:
    """A matched period in days (a month is 30)."""
    raw = match.group("n")
    count = int(raw) if raw.isdigit() else _COUNT[raw]
    return count * _UNIT_DAYS[match.group("unit")]


def _free_periods(text: str, *, first: bool = False) -> list[int]:
    """Free periods a text states, in days: periods within three words of "free" or "trial".

    ("free for 30 days", "3 months free", "7-day free trial"), and with ``first`` any first
    period ("Your first month is free"); "Free shipping, one day only" states no period.
    """
    words = text.split()
    spots = [i for i, w in enumerate(words) if w in ("free", "trial")]
    if not spots:
        return []
    found: list[int] = []
    for match in PERIOD.finditer(text):
        at = len(text[: match.start()].split())
        if (first and match.group("n") == "first") or any(abs(at - i) <= 3 for i in spots):
            found.append(_period(match))
    return found


def _free_things(text: str) -> set[str]:
    """What a text gives free (skeleton view).

    Words within :data:`FREE_REACH` words of "free", with their singular and plural forms.
    """
    words = text.split()
    found: set[str] = set()
    for i, word in enumerate(words):
        if word in FREE_WORDS:
            for near in words[max(0, i - FREE_REACH) : i + FREE_REACH + 1]:
                found |= _forms(near)
    return found


def _free_thing(subject: str) -> str | None:
    """The thing a subject promises free: the first content word after "free", if any.

    "Free <product>" promises the product; "Free shipping" shipping; "Try it free", "Free
    for 7 days" (a period, checked on its own), "Your free gift" (any free-gift offer backs
    it), "Hands-free" (a compound, folded view) and "Frete grátis para…" (the thing before
    the word, as Romance languages put it) name no thing to check.
    """
    raw = subject.split()
    words = [w.strip(".,:;!?'\"()") for w in raw]
    for i, word in enumerate(words):
        if word != "free":
            continue
        if raw[i] != word:
            return None  # "7 days free, then …": the phrase ends at "free"
        for after in words[i + 1 : i + 3]:
            if after in FREE_FILLER or any(c.isdigit() for c in after):
                continue
            if after in GENERIC_FREE or after in _UNIT_DAYS or after.rstrip("s") in _UNIT_DAYS:
                return None
            return after
        return None
    return None


GIFT_WORDS: frozenset[str] = frozenset({"gift", "gifts", "cadeau", "cadeaux", "regalo", "geschenk"})
"""Words for a thing given with a purchase: kept by a body that gives a thing free."""


def _gives_free_thing(text: str) -> bool:
    """Whether a text (skeleton view) gives a thing free other than shipping.

    "get a free travel pouch" gives a gift; "free shipping" and "worry-free" do not.
    """
    words = PRIVATIVE.sub(" ", text).split()
    return any(
        word in FREE_WORDS
        and any(
            after not in FREE_FILLER and after not in GENERIC_FREE for after in words[i + 1 : i + 2]
        )
        and not set(words[i + 1 : i + 3]) & SHIPPING_WORDS
        for i, word in enumerate(words)
    )


def _label_words(subject: FieldText) -> int:
    """How many words a subject's label has ("Holiday bonus: $200 off" has 2); 0 if none.

    A subject whose first part, before a colon, is a short label of what follows names that
    thing ("bonus", "gift"); what follows the colon is the promise, and it is checked itself.
    A label counts only when what follows holds a figure or a promise word.
    """
    head, colon, tail = subject.original.partition(":")
    if not colon or len(head.split()) > 3 or not tail.strip():
        return 0
    tail_plain = plain(tail)
    if not (re.search(r"\d", tail) or set(tail_plain.split()) & PROMISE_WORDS):
        return 0
    return len(plain(head).split())


def _free_period(subject: str) -> int | None:
    """The free period a subject promises, in days, if any (see :func:`_free_periods`)."""
    if "free" not in subject.split():
        return None
    return next(iter(_free_periods(subject, first=True)), None)


def _quotes_offer(subject: str, offer: Offer) -> bool:
    """Whether a subject (skeleton view) is the offer's approved name or a phrase of its terms.

    "First month of <product> free with code X" above the offer of that very name promises
    exactly the offer.
    """
    wording = [plain(w) for w in (offer.name, offer.terms) if w]
    return len(subject.split()) >= 3 and any(f" {subject} " in f" {w} " for w in wording)


def _fact_pattern(fact: ProductFact) -> re.Pattern[str]:
    """A product's exact figure in any of its units, as copy writes it (folded view).

    A body that says "4 payments of $50" speaks of the product whose catalogue gives exactly
    4 payments, though it never writes the product's name.
    """
    units = "|".join(re.escape(u.lower()) for u in sorted(fact.units, key=len, reverse=True))
    return re.compile(rf"(?<![\d.,]){fact.value:g}\s*-?\s*(?:{units})\b")


def _venue(subject: str, start: int, body_words: set[str]) -> bool:
    """Whether a product named at ``subject[start:]`` is only where the body's event happens.

    "Happy hour at <venue>" above a body that gives the happy hour: the subject names the place
    after a preposition of place, and every content word before it is in the body.
    """
    match = VENUE_BEFORE.search(subject[:start])
    if match is None:
        return False
    words = [w for w in plain(subject[: match.start()]).split() if len(w) >= MIN_NAME_WORD - 1]
    return bool(words) and all(_forms(w) & body_words for w in words)


def _forms(word: str) -> set[str]:
    """A word with its singular and plural form (``gift`` ↔ ``gifts``)."""
    return {word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word, word + "s"}


FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|your\s+)?$", re.IGNORECASE)
"""A subject's words ending just before a product name: the product is what something is
for ("Another way to pay for <product>")."""

YOUR_BEFORE = re.compile(r"\byour\s+$", re.IGNORECASE)
"""A subject's words ending in "your" just before a product name ("Your <product> guide")."""


def _serves_product(subject: str, start: int, product_id: str, body_named: set[str]) -> bool:
    """Whether a subject's product is only what another product the body names is for.

    "Another way to pay for <course>" above a body about a payment plan.

    Args:
        subject: The subject as written.
        start: Where the product's name starts in it.
        product_id: The product named there.
        body_named: Products the other fields name.
    """
    return bool(body_named - {product_id}) and bool(FOR_BEFORE.search(subject[:start]))


PROMOTION_NOUNS: frozenset[str] = frozenset(
    {
        "offer", "offers", "deal", "deals", "discount", "discounts", "sale", "price", "prices",
        "code", "codes", "voucher", "vouchers", "coupon", "coupons", "promo", "promotion",
        "savings", "saving",
    }
)  # fmt: skip
"""Nouns of a promotion: "Your <product> offer" promises a promotion on that product, not a
thing of the reader's that the body gives."""


def _modifies_given(subject: str, start: int, end: int, body_words: set[str]) -> bool:
    """Whether a subject's product only qualifies the reader's own thing the body gives.

    "Your <course> syllabus" above "Here is the syllabus you asked for". "Your <product>
    offer" is a promotion on the product (:data:`PROMOTION_NOUNS`): the body's offer on
    another product does not keep it.

    Args:
        subject: The subject as written.
        start: Where the product's name starts in it.
        end: Where it ends.
        body_words: The other fields' words (skeleton view).
    """
    after = plain(subject[end:]).split()
    return (
        bool(YOUR_BEFORE.search(subject[:start]))
        and bool(after)
        and len(after[0]) >= MIN_NAME_WORD
        and after[0] not in PROMOTION_NOUNS
        and bool(_forms(after[0]) & body_words)
    )


IRREGULAR_PAST: dict[str, frozenset[str]] = {"win": frozenset({"won"})}
"""Past forms of promise verbs that do not end in "-ed" ("won")."""


def _verb_forms(word: str) -> set[str]:
    """A word with its number forms and, for a participle or an agent noun, its verb.

    ``waived`` ↔ ``waive``, ``booked`` ↔ ``book``, ``waiving`` ↔ ``waive``: a subject's
    "Fee waived" is given by a body's "we waive the fee". An agent noun is given by its verb
    in any form: a subject's "A local winner" by a body's "Maria won $500" (``winner`` ↔
    ``win``, ``wins``, ``won``); "offer" is a noun of its own, no agent of "off".
    """
    forms = _forms(word)
    if word.endswith("ed") and len(word) > 4:
        forms |= {word[:-1], word[:-2]}
    elif word.endswith("ing") and len(word) > 5:
        forms |= {word[:-3], word[:-3] + "e"}
    elif word.endswith(("er", "ers")) and len(word) > 4 and word not in GENERIC_PROMISES:
        stem = word[: -3 if word.endswith("s") else -2]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # winn -> win
        forms |= {stem, stem + "s", *IRREGULAR_PAST.get(stem, ())}
    return forms


def _number(raw: str) -> float | None:
    """A figure's digits as a number, or None when unreadable.

    ``1,299`` is 1299; ``1.299,90`` and ``12,99`` are read in Continental notation.
    """
    try:
        return read_number(raw)
    except ValueError:
        return None


HEAD_REACH = 3
"""Words after a subject's free thing that may still be its noun phrase's head."""


def _heads_after(subject: str, thing: str) -> list[str]:
    """The words after a subject's free thing (folded view) that may head its noun phrase.

    In "free balcony upgrade" the upgrade is free, and in "free worldwide next-day delivery"
    the delivery: the words up to :data:`HEAD_REACH` after the thing, stopping at a word that
    names no noun ("for", "with"), each hyphenated word with its parts.
    """
    words = [w.strip(".,:;!?'\"()") for w in subject.split()]
    for i, word in enumerate(words[:-1]):
        if word != thing:
            continue
        heads: list[str] = []
        for head in words[i + 1 : i + 1 + HEAD_REACH]:
            if head in GENERIC_FREE or head in FREE_FILLER:
                break  # "for", "with": no noun
            if len(head) >= MIN_NAME_WORD - 1:  # a noun, not "go"
                heads += [head, *(p for p in head.split("-") if p)]
        return heads
    return []


def _bound(match: re.Match[str]) -> float | None:
    """The amount of a price ceiling ("under $460k" is 460,000)."""
    value = _number(match.group("num"))
    if value is not None and match.group("mag"):
        value *= MAGNITUDES[match.group("mag")]
    return value


def _promising(text: str, start: int, end: int) -> bool:
    """Whether a plain number at ``text[start:end]`` stands near a word that promises.

    "Get 500 points", "Buy 2, get 1 free" promise; "5 winter driving tips", "at 3 a.m.",
    "starts January 10" count, tell the time or date and promise nothing.
    """
    before = re.findall(r"[a-z]+", text[:start])[-PROMISE_REACH:]
    after = re.findall(r"[a-z]+", text[end:])[:PROMISE_REACH]
    promises = PROMISE_WORDS | GENERIC_PROMISES | COUNT_PROMISES
    return any(word in promises for word in (*before, *after))


def _multiplies(text: str, start: int, end: int, benefits: frozenset[str]) -> bool:
    """Whether a multiplier word at ``text[start:end]`` promises a multiple (subject view).

    "Double points", "Your gift doubled", "Double your impact" promise one, and so does a
    multiplier of a thing the message gives as a benefit (``benefits``: "Double gems" above
    "bonus gems"); a multiplier that describes ("Triple foam", "Twice the love") promises
    nothing the message must give.
    """
    word = text[start:end]
    after = re.findall(r"[a-z]+", text[end:])[:1]
    return (
        _promising(text, start, end)
        or word.endswith(("d", "s"))
        or bool(after and (after[0] in POSSESSIVES or _forms(after[0]) & benefits))
    )


def _benefits(text: str) -> set[str]:
    """Things a text gives as a benefit: the word after a promise word ("bonus gems")."""
    words = text.split()
    promises = PROMISE_WORDS | COUNT_PROMISES
    return {after for word, after in zip(words, words[1:], strict=False) if word in promises}


def _figures(
    text: str, *, promises_only: bool = False, benefits: frozenset[str] = frozenset()
) -> set[tuple[str, float]]:
    """``(unit, value)`` for every figure: unit ``%``, ``x``, ``money`` or ``''``.

    A multiplier word (``doubled``, ``triple``) is a figure in ``x``: "Your gift doubled" needs
    a match in the body or the offer. With ``promises_only`` (a subject), a plain number
    counts only near a promise word (:func:`_promising`), and a multiplier word only when it
    promises a multiple (:func:`_multiplies`, with the message's ``benefits``). A count
    times an amount ("4 x $50") is a plain number, not a multiple.
    """
    out: set[tuple[str, float]] = set()
    for match in FIGURE.finditer(text):
        value = _number(match.group("num"))
        if value is None:
            continue
        if match.group("mag"):
            if not match.group("pre"):
                continue  # "5k run", "10m walk": a distance, not an amount
            value *= MAGNITUDES[match.group("mag")]
        post = (match.group("post") or "").strip()
        if post == "x" and AMOUNT_AFTER.match(text, match.end()):
            post = ""  # "4 x $50": four payments of $50, not "4x"
        if post in ("%", "percent"):
            unit = "%"
        elif post == "x":
            unit = "x"
        elif post in ("¢", "cent", "cents", "pence") and not match.group("pre"):
            unit, value = "money", value / 100
        elif match.group("pre") or post in MONEY_AFTER:
            unit = "money"
        else:
            unit = ""
            if promises_only and not _promising(text, match.start(), match.end()):
                continue
        out.add((unit, value))
    out |= {
        ("x", MULTIPLIERS[m.group()])
        for m in re.finditer(r"[a-z]+", text)
        if m.group() in MULTIPLIERS
        and (not promises_only or _multiplies(text, m.start(), m.end(), benefits))
    }
    out |= {("deal", ratio) for ratio in deal_ratios(text)}  # "2x1": take two, pay for one
    if HALF.search(text):
        out.add(("%", 50.0))  # "half price" promises 50 % off
    money = sorted({v for u, v in out if u == "money" and v > 0})
    if any(HALF_LOW <= a / b <= HALF_HIGH for i, b in enumerate(money) for a in money[:i]):
        out.add(("%", 50.0))  # "$59, now $29": half price
    return out


class SubjectHonestyCheck(PackRuleKeeper[SubjectHonestyRule]):
    """Checks the subject against the body and the message's offer."""

    def __init__(self, rule: SubjectHonestyRule, pack: BrandPack) -> None:
        """Read each offer's figures and words once.

        Args:
            rule: The rule.
            pack: The brand pack.
        """
        super().__init__(rule, pack)
        self.offer_figures: dict[str, set[tuple[str, float]]] = {}
        self.offer_words: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        for product in pack.products:
            for word in {w for n in product.names for w in plain(n).split()}:
                counts[word] = counts.get(word, 0) + 1
        self.name_words = {
            p.id: {
                w
                for n in p.names
                for w in plain(n).split()
                if counts[w] == 1 and len(w) >= MIN_NAME_WORD and not w.isdigit()
            }
            for p in pack.products
        }
        for offer in pack.offers:
            wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
            figures = _figures(without_deposit_shares(fold(wording).text))  # no "20% deposit"
            if offer.discount_amount is not None:
                unit = {"percent": "%", "points": "x"}.get(offer.discount_type.value, "money")
                figures.add((unit, float(offer.discount_amount)))
            self.offer_figures[offer.id] = figures
            self.offer_words[offer.id] = set(plain(wording).split())
        self.offer_ceilings = {offer.id: ceiling_figures(offer) for offer in pack.offers}
        self.restricted = restricted_offers(pack)
        """Offers the pack keeps from some recipients (see
        :mod:`~nextbest.tools.compliance.subject_audience`)."""
        joined = {
            fold(name).text.strip()
            for product in pack.products
            for name in product.names
            if BUNDLE.search(f" {fold(name).text} ")  # "… Plus" lists once a word follows
        }
        self.joined_names = (
            re.compile(
                r"(?<![a-z0-9])(?:"
                + "|".join(re.escape(n) for n in sorted(joined, key=len, reverse=True))
                + r")(?![a-z0-9])"
            )
            if joined
            else None
        )
        """Catalogue names holding a bundle's connective ("<brand> Plus", "Salt & Pepper")."""
        self.standing_words = {
            w for statement in pack.standing_statements for w in plain(statement.text).split()
        } & PROMISE_WORDS - FREE_WORDS
        self.fact_patterns = {
            p.id: [_fact_pattern(fact) for fact in p.facts if fact.limit == "exact"]
            for p in pack.products
            if any(fact.limit == "exact" for fact in p.facts)
        }
        self.savings = savings_products(pack)
        """Products the reader saves in: "savings" said with one promises no reduction."""

    def _states_facts(self, body: str) -> set[str]:
        """Products whose own exact catalogue figure the body states ("4 payments")."""
        return {
            product_id
            for product_id, patterns in self.fact_patterns.items()
            if any(pattern.search(body) for pattern in patterns)
        }

    def _unbacked(
        self, subject: FieldText, rest: list[FieldText], offer: Offer | None
    ) -> list[str]:
        """What the subject promises that neither the other fields nor the offer give."""
        body_figures = {
            f for text in rest for f in _figures(without_deposit_shares(text.folded.text))
        }  # "a 20% deposit" keeps no "20% off"
        body_values = {v for _, v in body_figures}
        offer_figures = self.offer_figures[offer.id] if offer else set()
        missing: list[str] = []
        ceilings = {_bound(m) for m in BOUND.finditer(subject.folded.text)}
        prices = [v for u, v in body_figures if u == "money"]
        counted = {
            _number(n)
            for m in CONTENT_COUNT.finditer(subject.folded.text)
            for n in re.findall(r"\d+", m.group())
        }
        benefits = {b for text in rest for b in _benefits(text.skel.text)}
        if offer is not None:
            benefits |= self.offer_words[offer.id]
        promised = _figures(subject.folded.text, promises_only=True, benefits=frozenset(benefits))
        for unit, value in sorted(promised):
            if (unit, value) in body_figures or (unit, value) in offer_figures:
                continue
            if value in counted:
                continue  # "3 steps", "80% done": a count or progress, not a promise
            if unit == "money" and value in ceilings and any(p <= value for p in prices):
                continue  # "under $15" kept by a price of $14.99
            if (
                unit == "money"
                and offer is None  # an offer's own figures say what it saves
                and any(
                    abs(abs(a - b) - value) < CENT for i, a in enumerate(prices) for b in prices[:i]
                )
            ):
                continue  # "€100 cheaper" above "was €649, now €549": the difference
            if not unit and (value in body_values or value in {v for _, v in offer_figures}):
                continue
            if not unit and value.is_integer() and int(value) in YEARS:
                continue
            missing.append(f"{value:g}{unit if unit in ('%', 'x') else ''}")
        body_text = "\n".join(text.folded.text for text in rest)
        flat = flat_figures(subject.folded.text)
        if flat:  # "40% off" where the message and its offer give only "up to 40% off"
            capped = up_to_figures(body_text) | (
                (self.offer_ceilings[offer.id] - flat_figures(body_text)) if offer else frozenset()
            )
            missing += [f"{value:g} off flat, not 'up to'" for value in sorted(flat & capped)]
        body_words = {w for text in rest for w in text.skel.text.split()}
        zero_fee = {  # "a $0 delivery fee": delivery is free
            w
            for text in rest
            for m in ZERO_FEE.finditer(text.folded.text)
            for w in re.split(r"[\s-]+", m["thing"])
            if w
        }
        if zero_fee:
            body_words |= {"free"}
        offer_words = self.offer_words[offer.id] if offer else set()
        if offer is not None:
            offer_words = offer_words | OFFER_TYPE_WORDS.get(offer.discount_type.value, set())
        body_reduces = bool(body_words & REDUCTION_WORDS)
        wording = [offer.name, offer.terms or "", offer.disclosure or ""] if offer else []
        backing = [*(text.original for text in rest), *wording]
        missing += unbacked_promises(subject.original, backing)  # "全店免運" over no free delivery
        missing += unbacked_free_things(subject.original, backing)  # "இலவச <thing>", none given
        missing += unbacked_gifts(subject.original, backing)  # a Cyrillic gift, none given
        missing += unbacked_quechua_free(  # "mana qullqiyuq" above a body giving nothing free
            subject.folded.text,
            [*(text.folded.text for text in rest), *(fold(w).text for w in wording)],
        )
        label = _label_words(subject)
        gives_free = bool(GIFT_WORDS & set(subject.skel.text.split())) and any(
            _gives_free_thing(text.skel.text) for text in rest
        )  # read only under a subject that promises a gift
        for index, match in enumerate(re.finditer(r"\S+", subject.skel.text)):
            word = match.group()
            if _verb_forms(word) & (body_words | offer_words):
                continue
            if index < label:
                continue  # "Holiday bonus: $200 off": the label of what follows, checked itself
            if word in GIFT_WORDS and gives_free:
                continue  # "A gift with your kit" above "get a free <product>"
            if word in self.standing_words:
                continue  # "Unlimited washes": a standing feature the brand's statements define
            if word in REDUCTION_WORDS and body_words & REDUCTION_WORDS:
                continue  # "10% off" above "Save 10%": the same reduction
            if any(
                n.start() <= match.start() and match.end() <= n.end()
                for n in NO_PROMISE.finditer(subject.skel.text)
            ):
                continue  # "save the date", "kick off", "credit score": no benefit promised
            if (
                word.startswith("offert")
                and offer is not None
                and offer.discount_type.value in ("percent", "amount")
                and OFFERED_FIGURE.search(subject.folded.text)
            ):
                continue  # "20 € offerts": 20 € off, which a 20 €-off offer gives
            if word in GENERIC_PROMISES and offer is None and body_reduces:
                continue  # "Weekend deal" above "10% off lattes": the missing offer is the
                # offers rule's finding (a bare list price keeps no "deal")
            if word in PROMISE_WORDS or (word in GENERIC_PROMISES and offer is None):
                missing.append(word)
        if ON_US.search(subject.skel.text) and not (
            {"free", *FREE_WORDS} & (body_words | offer_words)
            or any(ON_US.search(text.skel.text) for text in rest)
        ):
            missing.append("something free ('on us')")
        thing = _free_thing(subject.folded.text)
        if thing is not None:
            given = set().union(*(_free_things(text.skel.text) for text in rest))
            given |= {f for w in zero_fee for f in _forms(w)}
            if offer is not None:
                wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
                given |= _free_things(plain(wording))
                if offer.discount_type.value == "free_shipping":
                    given |= SHIPPING_WORDS
            if given & SHIPPING_WORDS:
                given |= SHIPPING_WORDS
            parts = [p for p in thing.split("-") if p]
            heads = _heads_after(subject.folded.text, thing)
            if not all(_forms(p) & given for p in parts) and not any(
                _forms(head) & given for head in heads
            ):
                missing.append(f"a free {thing}")  # "free balcony upgrade" kept by a free upgrade
        period = _free_period(PRIVATIVE.sub(" ", subject.skel.text))
        if period is not None:
            given = {p for text in rest for p in _free_periods(text.skel.text)}
            if offer is not None:
                wording = " ".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
                given |= set(_free_periods(plain(wording)))
            if period not in given:
                missing.append(f"a free period of {period} days")
        counts = {m.group("n") for m in FREE_COUNT.finditer(subject.folded.text)}
        if counts:  # "10 free plays" above "buy 10 plays, get 1 free": one is free, not ten
            given_text = "\n".join(text.folded.text for text in rest)
            if offer is not None:
                wording = "\n".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
                given_text += "\n" + fold(wording).text
            missing += [
                f"{n} free"
                for n in sorted(counts)
                if re.search(GIVEN_COUNT.format(n=n), given_text) is None
            ]
        booked = APPOINTMENT.search(subject.skel.text)
        if booked is not None and not body_words & BOOKED_WORDS:
            missing.append(f"a booked {booked.group('noun')}")
        every = EVERY.search(subject.folded.text)
        if every is not None:
            noun = every.group("noun")
            given_text = "\n".join(text.folded.text for text in rest)
            if offer is not None:
                given_text += (
                    "\n"
                    + fold(
                        "\n".join(w for w in (offer.name, offer.terms, offer.disclosure) if w)
                    ).text
                )
            nouns = "(?:" + "|".join(sorted(_forms(noun))) + ")"
            if re.search(FIRST_ONLY.format(noun=nouns), given_text) and not re.search(
                rf"\b(?:every|each|all|any|unlimited) (?:[a-z]+ )?{nouns}\b", given_text
            ):
                missing.append(f"every {noun}")
            elif MONEY_IN_SUBJECT.search(subject.folded.text) is None and re.search(
                MINIMUM_ONLY.format(noun=nouns), given_text
            ):
                missing.append(f"every {noun}, not only above a minimum")
        if WHOLE_PLACE.search(subject.original):
            given_text = " ".join(plain(text.original) for text in rest)
            if SOME_PLACES.search(given_text) and not WHOLE_PLACE.search(
                " ".join(text.original for text in rest)
            ):
                missing.append("the whole country")
        listed = subject.folded.text
        if self.joined_names is not None:
            listed = self.joined_names.sub(" ", listed)  # "<brand> Plus": a name, no bundle
        if INCLUDED.search(subject.skel.text) and BUNDLE.search(listed):
            given = body_words | offer_words
            missing += [
                word
                for word in subject.skel.text.split()
                if len(word) >= MIN_NAME_WORD
                and word not in INCLUDED_FILLER
                and not INCLUDED.fullmatch(word)
                and not word.isdigit()
                and not _forms(word) & given
            ]
        notice = TRANSACTIONAL.search(subject.skel.text)
        if notice is not None:
            noun = notice.group("noun")
            body_forms = {f for w in body_words for f in _forms(w)}
            wanted = _forms(noun) if noun in DOCUMENT_NOUNS else NOTICE_NOUNS
            other_names = DOCUMENT_OTHER_NAMES.get(noun)
            renamed = other_names is not None and any(
                other_names.search(text.skel.text) for text in rest
            )  # "your contract's year in review" for "your annual statement"
            if not body_forms & wanted and not renamed:
                missing.append(f"a notice about the {noun}")
        slavic = unbacked_notice(subject.skel.text, [text.skel.text for text in rest])
        if slavic is not None:  # "Потврда ваше поруџбине" above a newsletter
            missing.append(f"a notice: {slavic}")
        return missing

    @staticmethod
    def _reach(ctx: CheckContext, rest: list[FieldText], offer: Offer | None) -> list[str]:
        """A promotion the subject widens to everything, or reserves to members.

        See :mod:`~nextbest.tools.compliance.subject_reach`: "-25 % sur toutes vos lunettes"
        above an offer on one range, "Klubbpris bara för medlemmar" above an offer for all.
        """
        if offer is None:
            return []
        subject = ctx.fields["subject"]
        found: list[str] = []
        words = set(subject.skel.text.split())
        if _figures(subject.folded.text, promises_only=True) or words & (
            PROMISE_WORDS | GENERIC_PROMISES
        ):
            named = {h.product.id for h in ctx.product_hits if h.field == "subject"}
            others = [text.original for text in rest]
            wide = widened_scope(subject.original, others, offer, named)
            if wide is not None:
                found.append(f"the offer on everything ({wide})")
        if members_only_unbacked(subject.skel.text, [text.skel.text for text in rest], offer):
            found.append("a members-only price")
        return found

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation when the subject promises something the message does not give."""
        subject = ctx.message.subject
        if not subject or len(ctx.message.body) < self.rule.params.min_body_chars:
            return []
        offer_id = ctx.message.offer_id
        offer = self.pack.offer(offer_id) if offer_id else None
        if offer is not None and _quotes_offer(ctx.fields["subject"].skel.text, offer):
            return []  # the subject quotes the offer's own approved name or terms
        rest = [text for name, text in ctx.fields.items() if name != "subject"]
        missing = self._unbacked(ctx.fields["subject"], rest, offer)
        if copy_language(ctx.message.locale, self.pack.brand.locales) == BASQUE:
            wording = [offer.name, offer.terms or "", offer.disclosure or ""] if offer else []
            missing += unbacked_free(  # "Lehen saioa doan!" above a body giving nothing free
                ctx.fields["subject"].folded.text,
                [*(text.folded.text for text in rest), *(fold(w).text for w in wording)],
            )
        if self.savings and (
            any(h.product.id in self.savings for h in ctx.product_hits)
            or owned_savings(ctx.fields["subject"].skel.text)
        ):
            missing = [m for m in missing if m not in SAVING_WORDS]  # the reader's own savings
        body_named = {h.product.id for h in ctx.product_hits if h.field != "subject"}
        named = set(body_named)
        named |= set(offer.products) if offer else set()
        named |= self._states_facts("\n".join(text.folded.text for text in rest))
        body_words = {w for text in rest for w in text.skel.text.split()}
        own_order = bool(
            re.search(r"\byour\b", ctx.fields["subject"].skel.text)
            and {f for w in body_words for f in _forms(w)} & ORDER_NOUNS
        )
        declined = declines(copy_language(ctx.message.locale, self.pack.brand.locales))
        missing += [
            h.product.name
            for h in ctx.product_hits
            if h.field == "subject"
            and ctx.message.channel != "push"  # a push title names what its body is about
            and not own_order  # "Your <product> is on its way" above the order's notice
            and h.product.id not in named
            and not self.name_words.get(h.product.id, set()) & body_words
            and not (  # "<Plan>" above a body naming it in another case ("<Plan>-ending")
                declined
                and any(declined_in(w, body_words) for w in self.name_words.get(h.product.id, ()))
            )
            and not _venue(ctx.fields["subject"].original, h.start, body_words)
            and not set(plain(ctx.fields["subject"].original[h.start : h.end]).split())
            <= body_words  # "Nimbus 14" above "Nimbus 14 Laptop (Refurbished)": its variant
            and not _serves_product(
                ctx.fields["subject"].original, h.start, h.product.id, body_named
            )
            and not _modifies_given(ctx.fields["subject"].original, h.start, h.end, body_words)
        ]
        missing += self._reach(ctx, rest, offer)
        if everyone_unbacked(
            ctx.fields["subject"].skel.text, [t.skel.text for t in rest], offer, self.restricted
        ):
            missing.append("the offer to everyone")
        if not missing:
            return []
        return [
            violation(
                self.rule,
                f"The subject promises {', '.join(repr(m) for m in missing)}, which the message "
                "does not give.",
                field="subject",
                span=(0, len(subject)),
                evidence=subject,
                fix_hint="Make the subject say only what the body and the offer deliver.",
            )
        ]
