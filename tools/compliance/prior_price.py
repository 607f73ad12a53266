"""The EU prior-price indication: a reduction shown against the lowest price of 30 days.

Under the EU price-indication rule (Omnibus Directive, Art. 6a) an announced price reduction
of a product states the lowest price of the 30 days before it ("Prix de référence : 31,20 €,
prix le plus bas pratiqué au cours des 30 jours précédant l'offre"). The rule concerns the
price of goods: a percentage off a whole order above a minimum spend (a basket code, "-10 %
on your online order from 60 €") reduces no product's price, so it needs no such line. Nor
does a comparison word with no figure in its sentence ("Statt Glühwein mal Cold Brew?",
"vorher mahlen, dann brühen"): "instead of" and "before" compare prices only when a price or a
percentage is there to compare. A percentage is a reduction only when something says so: an
interest rate ("TAN 0%", "0% APR") reduces no price, nor does a share or a quantity in a
sentence with no price and no word of a reduction ("made of 90% recycled card", "uses up to
40% less energy"); a reduction word its sentence denies ("we never cut corners, and never
give discounts on safety") announces none (:func:`reduces_no_price`), nor does a percentage
that is part of a catalogue product's name ("Jogurt 2,5%", "Radler 0,0%": a fat or alcohol
content, :func:`names_product`).

The 30-day line is read in English, French, Spanish, German, Italian, Polish, Danish,
Norwegian, Swedish, Dutch, Portuguese, Romanian, Turkish, Croatian (and the languages that
share its word, Serbian, Bosnian, Slovene) and Czech ("Najniższa cena z 30 dni przed
obniżką", "Laagste prijs afgelopen 30 dagen", "cel mai mic preț al ultimelor 30 de zile", "son 30
gündeki en düşük fiyat", "najniža cijena u zadnjih 30 dana"), and so is the alternative the
rule allows for goods that spoil quickly: the price before the first reduction ("Cena sprzed
pierwszej obniżki: 9,99 zł"). A Croatian reduction is worded "popust", "sniženo", "akcija",
"uštedite" or "umjesto": a percentage in a Croatian sentence without them or a price ("90 %
putnika ocijenilo je …") is a share, not a reduction.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import DiscountType, Offer
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.price_triggers import PRICE

_LOWEST = (
    r"(?:lowest price|prix le plus bas|precio m[aá]s bajo|niedrigste[rn]? preis|"
    r"prezzo pi[uù] basso|najni[zż]sz\w* cen\w*|laveste pris\w*|l[aä]gsta pris\w*|"
    r"laagste prijs|pre[cç]o mais baixo|cel mai mic pre[țţt]\w*|en d[üu][şs][üu]k fiyat\w*|"
    r"najni[zž]\w* cij?en\w*|nejni[zž]\w* cen\w*)"
)
PRIOR_LOWEST = re.compile(
    rf"{_LOWEST}(?:[^.\n]|\.(?=\w)){{0,80}}?\b30\b"
    rf"|\b30\b(?:[^.\n]|\.(?=\w)){{0,40}}?{_LOWEST}",
    re.IGNORECASE,
)
"""A statement of the lowest price of the last 30 days (English, French, Spanish, German,
Italian, Polish, Danish and Norwegian, Swedish, Dutch, Portuguese, Romanian, Turkish,
Croatian and its neighbours, Czech). A dot
inside a word (a web address, "<brand>.fr") does not end its sentence."""
FIRST_REDUCTION = re.compile(
    r"\b(?:price|cena|prix|preis|precio|prezzo|pris|prijs|pre[cç]o)\s+(?:\w+\s+){0,2}?"
    r"(?:before|sprzed|przed|avant|vor|antes de|prima|f[oø]r|voor)\s+(?:the\s+|la\s+|der\s+|"
    r"de\s+la\s+|della\s+|den\s+|de\s+|da\s+)?(?:first|pierwsz\w*|premi[eè]re|ersten|"
    r"primera|prima|f[oø]rste|f[oö]rsta|eerste|primeira)\b",
    re.IGNORECASE,
)
"""The price before the first reduction (English, Polish, French, German, Spanish, Italian,
Scandinavian, Dutch, Portuguese): the prior price the EU rule allows for goods that spoil
quickly instead of the 30-day lowest ("Cena sprzed pierwszej obniżki: 9,99 zł")."""

_PERCENT = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def is_prior_price_wording(wordings: list[str]) -> bool:
    """Whether every one of a rule's required wordings states the 30-day lowest price.

    The price before the first reduction, the alternative for goods that spoil quickly, is the
    same indication.
    """
    return bool(wordings) and all(
        PRIOR_LOWEST.search(w) or FIRST_REDUCTION.search(w) for w in wordings
    )


def order_discount(offer: Offer | None, trigger: str) -> bool:
    """Whether ``trigger`` states the percentage an order-level offer takes off an order.

    Args:
        offer: The message's offer, if any.
        trigger: The trigger's words ("-10 %").

    Returns:
        True for a percent offer with a minimum spend whose percentage the trigger states.
    """
    if offer is None or offer.discount_type != DiscountType.PERCENT:
        return False
    if offer.min_spend is None or offer.discount_amount is None:
        return False
    figures = [float(m.group(1).replace(",", ".")) for m in _PERCENT.finditer(trigger)]
    return bool(figures) and all(abs(f - float(offer.discount_amount)) < 0.01 for f in figures)


_COMPARISON_WORDS = frozenset(
    {
        "was", "before", "previously", "formerly", "instead of", "statt", "anstatt", "vorher",
        "fruher", "zuvor", "au lieu de", "avant", "auparavant", "antes", "en lugar de",
        "en vez de", "invece di", "al posto di", "prima",
    }
)  # fmt: skip
"""Words (plain form: "früher" as ``fruher``) that set a former price against a new one ("was
€40", "statt 29,90 €") and have an everyday sense besides ("instead of mulled wine", "grind
before you brew"), in English, German, French, Spanish and Italian."""
_FIGURE = re.compile(rf"{PRICE}|\d\s?%|\bpercent\b|\bprozent\b|\bpour ?cent\b|\bpor ?ciento\b")


def bare_comparison(trigger: str, sentence: str) -> bool:
    """Whether ``trigger`` is a comparison word used with no figure in its sentence.

    Args:
        trigger: The trigger's words ("statt").
        sentence: The sentence the trigger stands in.

    Returns:
        True when the trigger is one of the comparison words and the sentence states no price
        and no percentage: it compares things, not prices.
    """
    if fold(plain(trigger)).text not in _COMPARISON_WORDS:
        return False
    return _FIGURE.search(fold(sentence).text) is None


_RATE_BEFORE = re.compile(
    r"\b(?:apr|apy|aer|tan|taeg|tae|tin|teg|taux|tasso|interest|interessi|zins|zinsen|"
    r"zinssatz|sollzins|jahreszins|inter[eé]s|rate|oprocentowanie|rrso|rente|ranta|jkp|aop)\b"
    r"[^.\n\d]{0,12}$"
)
_RATE_AFTER = re.compile(
    r"^\s*(?:apr|apy|aer|tan|taeg|tae|tin|teg|interest|d interesse|di interesse|interessi|"
    r"zinsen|zins|d int[eé]r[eê]t|de inter[eé]s|financing|finanziamento|financement|"
    r"finanzierung|financiaci[oó]n|rrso|oprocentowania|rente|renta|ranta)\b"
)
_MINUS_BEFORE = re.compile(r"[-\u2212\u2013]\s?$")
_REDUCTION = re.compile(
    r"\b(?:off|discounts?|discounted|save|saving|savings|sale|sales|reduced|reduction|"
    r"markdowns?|clearance|promo|promotion|deals?|sconto|sconti|scontat[oaie]|offerta|"
    r"offerte|ribass\w*|risparmi\w*|saldi|promozion[ei]|riduzion[ei]|ridott[oaie]|"
    r"rabatt\w*|reduziert\w*|spar\w*|angebot\w*|aktion|remises?|r[eé]ductions?|"
    r"r[eé]duit\w*|soldes|[eé]conomis\w*|promos?|descuentos?|rebaj\w*|ahorr\w*|ofertas?|"
    r"korting|aanbieding|instead|invece|statt|anstatt|lieu|lugar|vez|was|now|ora|adesso|"
    r"jetzt|maintenant|ahora|nur|solo|soltanto|seulement|only|just|"
    r"taniej|obnizk\w*|obnizon\w*|rabat\w*|przecen\w*|promocj\w*|promocyjn\w*|znizk\w*|"
    r"wyprzedaz\w*|oszczedz\w*|zamiast|teraz|tylko|tilbud\w*|udsalg|rea|nu|kun|bara|"
    r"endast|actie|bespaar\w*|desconto\w*|promocao|poupe\w*|reduceri?\w*|redus\w*|"
    r"indirim\w*|popust\w*|snizen\w*|akcij\w*|usted\w*|umjesto|sada|samo)\b"
)
_ON_AFTER = re.compile(
    r"^\s*(?:on|su|sul|sull|sulla|sui|sugli|sulle|sur|auf|en|sobre|op|na|pa|em)\b"
)
_DENIED = re.compile(
    r"\b(?:no|non \w+|nessun[oa]?|senza|never|not|keine?n?|kein|ohne|pas de|sans|jamais|"
    r"sin|ning[uú]n[oa]?|nunca|nie|bez|zadn\w*|nigdy|ingen|ikke|inte|uden|utan|aldrig|geen|"
    r"niet|zonder|nooit)\s+$"
)
_REDUCTION_WORD = re.compile(_REDUCTION.pattern.replace("\\b(?:", "^(?:", 1))


def reduces_no_price(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a prior-price trigger at ``text[start:end]`` announces no price reduction.

    The EU prior-price line goes with an announced reduction of a product's price. A
    percentage announces one only when its words say so; a reduction word only when nothing
    denies it. No reduction is announced by:

    - a percentage that is an interest rate: a rate word right before it or after it
      ("TAN 0%", "0% APR", "0% di interesse");
    - a percentage in a sentence with no price and no word of a reduction, not written as a
      minus ("-20%") nor said of goods ("20% on sofas"): a share or a quantity ("made of 90%
      recycled card", "uses up to 40% less energy than a class D model");
    - a reduction word right after a denial, in a sentence with no price and no percentage
      ("we give no discounts on safety", "non facciamo sconti sulla sicurezza").

    Args:
        text: The field's original text.
        start: Where the trigger starts.
        end: Where it ends.
        sentence: The ``(start, end)`` span of the trigger's sentence.

    Returns:
        True when the trigger announces no reduction.
    """
    lower = text.lower()
    words = fold(plain(lower[start:end])).text
    s_start, s_end = sentence
    before = fold(lower[max(s_start, start - 40) : start]).text
    if re.search(r"\d\s?(?:%|per ?cent|por ?cento|pour ?cent|prozent|por ?ciento)", words):
        after = fold(plain(lower[end : min(s_end, end + 40)])).text
        if _RATE_BEFORE.search(plain(before)) or _RATE_AFTER.match(after):
            return True
        minus = _MINUS_BEFORE.search(lower[max(s_start, start - 2) : start]) or re.match(
            r"\s*[-\u2212\u2013]", lower[start:end]
        )
        if minus or _ON_AFTER.match(after):
            return False
        whole = fold(lower[s_start:s_end]).text
        return re.search(PRICE, whole) is None and _REDUCTION.search(plain(whole)) is None
    if _REDUCTION_WORD.match(words) is None or _DENIED.search(plain(before) + " ") is None:
        return False
    return _FIGURE.search(fold(lower[s_start:s_end]).text) is None


def names_product(start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether the percentage at ``start:end`` is part of a catalogue product's name.

    "Jogurt Bio 2,5%" (a fat content) and "Radler 0,0%" (an alcohol content) name the product
    they stand in: the figure is what the product is called, not a cut of its price.

    Args:
        start: Where the percentage starts.
        end: Where it ends.
        names: ``(start, end)`` of each catalogue product named in the same field.

    Returns:
        True when the percentage lies inside one of the names.
    """
    return any(s <= start and end <= e for s, e in names)
