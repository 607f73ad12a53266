"""Copy sentences that restate an offer's terms in other words, and the figures they change.

An offer is not always a discount: a gift match ("every gift doubled"), a threshold ("give $60 or
more and receive a tote"), a fee ("a 1% listing fee") or an interest rate ("3,00 % p.a.") has no "%
off" for the mention patterns to find. Such copy restates a sentence of the offer's terms instead
(or its name, when the terms do not repeat it: "<plan>: no monthly fee for the first 3 months").
A copy sentence *restates* an offer sentence when it repeats at least :data:`MIN_SHARED_WORDS` of
that sentence's content words and at least :data:`MIN_SHARE` of them (figures, multipliers and a
few function words aside). A restatement must keep the offer's figures: a number or multiplier
("tripled") that the offer does not state — in its terms, disclosure (any channel's form of it; a
count written as a word, "one exam", is the figure 1), amount, minimum spend, its products' list
prices, the figures in their names (``Hull Wax 250 ml``) or their catalogue facts (a "64 GB"
storage fact) — is a changed term. A count of a thing the offer's wording never mentions ("…: 300
gems and a pet" describing what the product holds; an accented noun too, "6 baños") is not
(:func:`counted_figures`); a count of time or of a limit ("14 days", "2 per customer") is.

Numbers are read in English, German and French notation alike: ``$50,000``, ``250.000 €``,
``1 599 $``, ``3,50 %`` and ``1.25`` are 50000, 250000, 1599, 3.5 and 1.25.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nextbest.brand_context.models import BrandPack, DisclosureRule, DiscountType, Offer
from nextbest.tools.compliance.instalments import derived_figures
from nextbest.tools.compliance.measure_prices import measure_unit_prices
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.sentence_marks import SENTENCE_END_PATTERN
from nextbest.tools.compliance.stated_dates import ANY_DATE, readings

MIN_SHARED_WORDS = 3
"""Content words a copy sentence must share with an offer sentence to restate it."""
MIN_SHARE = 0.6
"""Share of an offer sentence's content words a restatement repeats."""

FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "on", "of", "to", "and", "or", "for", "in", "by", "at", "with", "is",
        "are", "be", "your", "you", "our", "we", "it", "this", "that", "per", "from", "up",
        "der", "die", "das", "und", "oder", "fur", "mit", "im", "am", "auf", "aufs",
        "ihr", "ihre", "ihren", "ihrem", "sie", "bei", "bis", "von", "zu", "zum", "zur", "ein",
        "eine", "einen", "dem", "den", "des",
    }
)  # fmt: skip
"""Words too common to show that a sentence restates another (English and German)."""

MULTIPLIERS: dict[str, float] = {
    "double": 2.0, "doubled": 2.0, "doubles": 2.0, "twice": 2.0,
    "triple": 3.0, "tripled": 3.0, "triples": 3.0,
    "quadruple": 4.0, "quadrupled": 4.0, "quadruples": 4.0,
    "verdoppelt": 2.0, "doppelt": 2.0, "verdreifacht": 3.0, "dreifach": 3.0,
}  # fmt: skip
"""Words that state a multiple (a match, points): figures, not content words."""

_FIGURE = re.compile(
    r"(?<![A-Za-z\d.,])"
    r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![.,]?\d)"  # 1 599 or 12 000,50
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 50,000 or 1,234.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 250.000 or 1.234,50
    r"|\d+(?:[.,]\d+)?)"  # 3,50 or 1.25 or 60
    r"(?![A-Za-z\d])(?!:\d)(?![.,]\d)|(?<![A-Za-z\d])(\d+)x\b"  # 3x; not a time of day
)
_GLUED_SIGN = re.compile(r"(?<=\d)[đ₫]")
"""A currency sign written against its figure ("30.000đ"): spaced off before folding turns it
into a letter, so that the whole figure is read, not its first group."""
_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|uhr)(?!\w)|\b\d{1,2}:\d{2}\b", re.I
)
_NOT_TERMS = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?!\w)"
    r"|\bage[sd]?\s*\d+\s*(?:\+|(?:[–-]|to)\s*\d+)?"
    r"|\b[A-Za-z]{1,4}-\d+\b"
    r"|\b(?:ending|ends|ending with|last (?:4|four)(?: digits)?)(?: in| with)?:? [x*•]*\d{4}\b",
    re.I,
)
"""Phone numbers, age grades (``Ages 6+``), model codes (``XR-150``) and a card's last four
digits (``ending in 4821``): not offer figures."""
_REFERENCE_QUANTITY = re.compile(
    r"(?:[$£€¥]|\d)\s?(?:/|\bper\b|\bpro\b|\bje\b|\bpor\b)\s?"
    r"(\d+(?:[.,]\d+)?)\s?(?:ml|cl|dl|l|mg|g|kg|m|m²|qm|oz|lbs?|stk|stück)(?!\w)",
    re.I,
)
"""The quantity a unit price is given for ("19,90 € / 100 ml", "$0.45 per 100 g"): the basis
the law sets for comparing prices, not a figure of the offer."""
_MEASURED = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?\s?"
    r"(?:ml|cl|dl|l|mg|g|kg|lbs?|oz|mm|cm|m|km|m²|m2|m³|m3|ft²|sq\.? ?ft|pi²|po|btu|w|kw|kwh|"
    r"v|mah|gb|tb)(?!\w)",
    re.I,
)
"""A size or quantity of what is sold ("boîte de 1,9 m²", "3,78 L", "12 000 BTU"): what the
product is, not what the offer gives."""
_MONTH = (
    r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:ar(?:ch)?|ärz|aerz)|apr(?:il)?|ma[iy]|"
    r"june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|"
    r"de[cz](?:ember)?)\.?"
)
_NO_RATE = r"(?![\d%]|[.,]\d|\s%)"
"""After a day: no more digits, decimals or a percent sign ("Apr 12.5%" is a rate)."""
_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?"  # 31.12.2026, 31.12.
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"  # 12/31/2026
    r"|\b" + _MONTH + r"\s+\d{1,2}" + _NO_RATE + r"(?:st|nd|rd|th)?"
    r"(?:\s?[–-]\s?\d{1,2}|\s(?:through|thru|to|until|and)\s\d{1,2}(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+\d{4})?\b"
    r"|(?<!\d[.,])\b\d{1,2}\.?\s+" + _MONTH + r"(?:\s+\d{4})?\b"  # 31. März 2027, 31 March
    r"|\b(?:19|20)\d{2}\b",  # a year
    re.I,
)
"""Dates and years: a restated deadline is not a changed figure of the offer. The cents of an
amount ending a sentence before an "APR" ("total £2,593.75. APR 45.6%") are no day of April,
nor is the rate after it ("APR 12.5%", "APR 45%") a date."""
HEADLINE_SOURCE = 2
"""Index of the offer's name among the wordings its sentences are read from (terms, disclosure,
name)."""
PRICE_TOLERANCE = 0.011
"""Currency units two amounts may differ by and still be the same amount (rounding to the cent):
the tolerance of every restated price, unit rate and period share."""
_SENTENCE_END = re.compile(SENTENCE_END_PATTERN)
"""A sentence's end (see :data:`~nextbest.tools.compliance.sentence_marks.SENTENCE_END_PATTERN`)."""
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:\w|\w\.\w|\d{1,2})$")
"""A piece ending in a one-letter word, ``p.a`` or an ordinal number (``im 4.``) did not end a
sentence; a year (``by Mar 1, 2027.``) does."""
_DATE_GOES_ON = re.compile(r"\s?\d{1,2}\.\s?(?:19|20)\d{2}\b")
"""What follows the day's full stop of a dotted date ("4. 7. 2031"): its month and year. A day
glued to a range dash ("27. 6.–4. 7. 2031") is not an ordinal the piece's last word shows, yet
its full stop ends no sentence either."""
_DAY_AT_END = re.compile(r"\d{1,2}$")


def read_number(raw: str) -> float:
    """A figure in English, German or French notation as a number.

    Args:
        raw: Digits with ``,``, ``.``, space or apostrophe separators, e.g. ``50,000``,
            ``250.000``, ``3,50``, ``1 234,50``, ``1'234.50``.

    Returns:
        The number. A figure whose first group is a lone ``0`` ("0,789", "0.125") has no
        thousands: its separator is the decimal mark.
    """
    if re.fullmatch(r"(?!0\D)\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"(?!0\D)\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(re.sub(r"[ \u00a0\u202f'\u2019]", "", raw).replace(",", "."))


def without_times(text: str) -> str:
    """``text`` with its times of day and dates blanked out (each by one space).

    "Your call is set for Thursday at 2 p.m." states no figure of what it says: a time or a
    date is when, not how much.

    Args:
        text: Any copy.

    Returns:
        The text without times ("2 p.m.", "14:30") and dates ("12/31", "January 5").
    """
    return _DATE.sub(" ", _TIME.sub(" ", text))


def figures_of(text: str) -> set[float]:
    """The numbers and multipliers ``text`` states (``tripled`` is 3, ``2x`` is 2).

    Times of day, dates, phone numbers, age grades (``Ages 6+``), model codes (``XR-150``) and
    the quantity a unit price is given for (``€ / 100 ml``) are not figures of an offer and are
    left out.

    Args:
        text: Any copy or offer text.

    Returns:
        The figures as numbers.
    """
    text = _REFERENCE_QUANTITY.sub(lambda m: m.group()[: m.start(1) - m.start()] + " ", text)
    text = _DATE.sub(" ", _TIME.sub(" ", _NOT_TERMS.sub(" ", text)))
    text = _GLUED_SIGN.sub(lambda m: " " + m.group(), text)
    text = ANY_DATE.sub(lambda m: " " if readings(m) else m.group(), fold(text).text)
    found = {
        read_number(m.group(1)) if m.group(1) else float(m.group(2)) for m in _FIGURE.finditer(text)
    }
    found |= {MULTIPLIERS[w] for w in plain(text).split() if w in MULTIPLIERS}
    return found


_NUMBER_WORDS: dict[str, float] = {
    word: float(value)
    for value, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"),
        start=1,
    )
}  # fmt: skip
"""English number words an offer's wording may state a count in ("one free exam")."""


def worded_figures(text: str) -> set[float]:
    """The counts ``text`` states as English number words ("One accessible drain" is 1).

    An offer's wording that says "one free exam per household" gives the figure 1: copy that
    writes it in digits ("1 free exam per household") changes nothing.

    Args:
        text: An offer's wording.

    Returns:
        The values of the number words it holds.
    """
    return {_NUMBER_WORDS[w] for w in plain(text).split() if w in _NUMBER_WORDS}


@lru_cache(maxsize=8192)
def content_words(text: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of ``text`` that carry its meaning.

    Args:
        text: Any text.
        names: Words of product names, left out: naming a product is not restating an offer
            (the offer's product scope is checked on its own).

    Returns:
        Its words without figures, multipliers, function words and product-name words.
    """
    return frozenset(
        w
        for w in plain(text).split()
        if w not in FUNCTION_WORDS
        and w not in MULTIPLIERS
        and w not in names
        and not any(c.isdigit() for c in w)
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``; abbreviations (``p.a.``) and ordinals (``4.``) do not end one.

    Args:
        text: Any text.

    Returns:
        ``(start, end)`` spans, end exclusive, surrounding space trimmed.
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=4096)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentence_spans`, kept per text: several rules split the same field and wording."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()]
        if match.group() != "\n" and _ABBREVIATION.search(piece):
            continue
        if (
            match.group() == "."
            and _DAY_AT_END.search(piece)
            and _DATE_GOES_ON.match(text, match.end())
        ):
            continue  # "…–4. 7. 2031": a date's day, not a sentence's end
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


@dataclass(frozen=True)
class OfferSentence:
    """One sentence of an offer's terms or disclosure.

    Attributes:
        offer: The offer.
        text: The sentence.
        words: Its content words.
        unnamed: Its content words without product-name words.
        condition: Whether it is part of the offer's conditions (its disclosure), not its promise.
        headline: Whether it is the offer's name, which its terms do not repeat: copy restating
            it counts only when it states as many figures and changes one ("<plan>: no fee for
            6 months" of a name that says 3): a name is short, and copy echoes it in passing
            beside figures of its own.
    """

    offer: Offer
    text: str
    words: frozenset[str]
    unnamed: frozenset[str]
    condition: bool
    headline: bool = False


@dataclass(frozen=True)
class Restatement:
    """A copy sentence that restates a sentence of an offer.

    Attributes:
        sentence: The offer sentence restated.
        start: Start of the copy sentence in the field's original text.
        end: End (exclusive).
        changed: Figures the copy sentence states that the offer does not.
        states_offer: Whether the sentence states a figure of the offer's own (not only list
            prices, nor a figure of the pack's required disclosures or standing statements, nor
            a size or quantity of what is sold, "boîte de 1,9 m²").
    """

    sentence: OfferSentence
    start: int
    end: int
    changed: tuple[float, ...]
    states_offer: bool


class OfferParaphrases:
    """The sentences of every offer in a pack, and the figures each offer allows."""

    def __init__(self, pack: BrandPack) -> None:
        """Split every offer's terms and disclosure into sentences; collect its figures.

        Args:
            pack: The brand pack.
        """
        self.sentences: list[OfferSentence] = []
        self.figures: dict[str, set[float]] = {}
        self.own_figures: dict[str, set[float]] = {}
        self.words: dict[str, frozenset[str]] = {}
        self.names = frozenset(w for p in pack.products for n in p.names for w in plain(n).split())
        list_prices = {p.id: float(p.list_price) for p in pack.products if p.list_price}
        standing = figures_of(  # a basis every price states ("at 1,000 kWh"): not the offer's
            " ".join(
                [
                    *(s.text for s in pack.standing_statements),
                    *(
                        w
                        for r in pack.rules
                        if isinstance(r, DisclosureRule)
                        for w in r.params.required_any
                    ),
                ]
            )
        )
        for offer in pack.offers:
            conditions = plain(offer.disclosure or "")
            seen: set[str] = set()
            sources = [offer.terms, offer.disclosure or ""]
            if plain(offer.name):  # the name states the offer too, unless a whole sentence
                sources.append(offer.name)  # repeats it; terms that run it into their
                # conditions ("<name>; new customers only") do not state it on its own
            for index, wording in enumerate(sources):
                headed = index == HEADLINE_SOURCE
                for start, end in sentence_spans(wording):
                    text = wording[start:end]
                    if plain(text) in seen:
                        continue
                    seen.add(plain(text))
                    words = content_words(text)
                    if words:
                        condition = bool(conditions) and plain(text) in conditions
                        unnamed = content_words(text, self.names)
                        self.sentences.append(
                            OfferSentence(offer, text, words, unnamed, condition, headed)
                        )
            wordings = " ".join(
                [
                    offer.terms,
                    offer.disclosure or "",
                    offer.name,
                    *offer.disclosure_by_channel.values(),
                ]
            )
            own = figures_of(wordings) | worded_figures(wordings)
            self.words[offer.id] = _word_keys(
                " ".join([offer.terms, offer.disclosure or "", offer.name])
            )
            own |= {float(v) for v in (offer.discount_amount, offer.min_spend) if v}
            promised = figures_of(_MEASURED.sub(" ", wordings)) | worded_figures(wordings)
            promised |= {float(v) for v in (offer.discount_amount, offer.min_spend) if v}
            self.own_figures[offer.id] = {f for f in promised if not _among(f, standing)}
            prices = [
                price
                for pid, price in list_prices.items()
                if not offer.products or pid in offer.products
            ]
            allowed = own | set(prices)
            allowed |= {s for p in prices if (s := sale_price(p, offer)) is not None}
            allowed |= figures_of(  # a product's name ("CBD Oil 500 mg"), not a term
                " ".join(
                    n
                    for p in pack.products
                    if not offer.products or p.id in offer.products
                    for n in p.names
                )
            )
            allowed |= {  # a catalogue fact of its product ("32 GB"): the facts rule's to check
                float(f.value)
                for p in pack.products
                if not offer.products or p.id in offer.products
                for f in p.facts
            }
            self.figures[offer.id] = allowed

    def restatements(
        self,
        text: str,
        offers: list[Offer] | None = None,
        masked: list[tuple[int, int]] | None = None,
    ) -> list[Restatement]:
        """Copy sentences of ``text`` that restate a sentence of one of ``offers``.

        Args:
            text: A copy field's original text.
            offers: The offers to look for (all of the pack's when None).
            masked: Spans that are something else (approved claims, standing statements):
                their words and figures are not read.

        Without ``offers`` (a message with no offer attached), product names are left out of
        the comparison: a sentence about a product is not a restatement of an offer on it.
        With them, the sentence must share a word with the offer's sentence besides product
        names ("<product> is distilled with 11 botanicals" does not restate "$10 off
        <product>").

        Returns:
            For each restating copy sentence, its best-matching offer sentence and the figures
            it states that the offer does not.
        """
        ids = None if offers is None else {o.id for o in offers}
        found: list[Restatement] = []
        for m_start, m_end in masked or []:
            text = text[:m_start] + " " * (m_end - m_start) + text[m_end:]
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            words = content_words(sentence, self.names if ids is None else frozenset())
            best: tuple[float, OfferSentence] | None = None
            for candidate in self.sentences:
                if ids is not None and candidate.offer.id not in ids:
                    continue
                own = candidate.unnamed if ids is None else candidate.words
                if not own:
                    continue
                shared = len(words & own)
                share = shared / len(own)
                good = shared >= MIN_SHARED_WORDS and share >= MIN_SHARE
                good = good and bool(words & candidate.unnamed)  # more than a product's name
                if good and (  # a sentence of the terms first, then the better share
                    best is None
                    or (not candidate.headline, share) > (not best[1].headline, best[0])
                ):
                    best = (share, candidate)
            if best is None:
                continue
            offer_id = best[1].offer.id
            stated = figures_of(sentence)
            allowed = self.figures[offer_id]
            derived = derived_figures(fold(sentence).text, allowed)  # "10x de R$ 199,99"
            derived |= measure_unit_prices(sentence, allowed)  # "75 cl: 9,90 € (13,20 €/l)"
            counted = counted_figures(sentence, self.words[offer_id])
            changed = tuple(
                sorted(
                    f
                    for f in stated
                    if not _among(f, allowed) and not _among(f, derived) and f not in counted
                )
            )
            if best[1].headline and not (changed and len(stated) == len(figures_of(best[1].text))):
                continue  # the name echoed: only the name with a figure swapped is a term
            states_offer = any(_among(f, self.own_figures[offer_id]) for f in stated)
            found.append(Restatement(best[1], start, end, changed, states_offer))
        return found


_COUNT = re.compile(
    r"(?<![\w$£€¥₹.,/])(?<![$£€¥₹]\s)(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z][a-z-]{2,})\b"
)
"""A figure and the word it counts (lower case, no currency before it): "300 gems"."""
_TIME_UNITS = re.compile(
    r"(?:second|minute|hour|day|night|week|weekend|month|year|time|use|order|purchase|"
    r"customer|account|person|household)s?$"
    # Spanish, Portuguese, French, Italian and German durations (folded: "dias", "anos")
    r"|(?:segundo|minuto|hora|dia|noche|noite|semana|mes|meses|ano|anos|jour|heure|nuit|"
    r"semaine|mois|annee|giorno|giorni|ora|ore|notte|notti|settimana|settimane|mese|mesi|"
    r"anno|anni|sekunde|minute|stunde|tag|tage|nacht|woche|monat|monate|jahr|jahre)[sn]?$"
)
"""Words whose count is an offer's term whatever the offer says (a duration, a limit), in
the folded view (no accents)."""


def _word_keys(text: str) -> frozenset[str]:
    """Words of ``text`` (plain view)."""
    return frozenset(plain(text).split())


def _uses(words: frozenset[str], noun: str) -> bool:
    """Whether ``words`` hold ``noun`` in some inflection ("box" for "boxes")."""
    return any(
        (w.startswith(noun) or noun.startswith(w)) and abs(len(w) - len(noun)) <= 2
        for w in words
        if len(w) >= 3
    )


def counted_figures(sentence: str, offer_words: frozenset[str]) -> set[float]:
    """Figures a copy sentence uses only to count a thing the offer does not speak of.

    "The pack is $1.99 (usually $2.99): 300 gems and a pet" describes what the product holds;
    "300" is no term of an offer whose wording never mentions gems. A count of a word the
    offer uses ("3 bags" for "2 bags"), of time ("14 days") or of a limit ("2 per customer",
    "one use") is still a term.

    Args:
        sentence: A copy sentence.
        offer_words: The offer's words (:func:`_word_keys` of its name, terms, disclosure).

    Returns:
        The figures every occurrence of which counts such a thing.
    """
    text = fold(sentence).text  # "12 análisis" counts a word with an accent too
    counted: set[float] = set()
    other: set[float] = set()
    for match in _FIGURE.finditer(text):  # a price is never a count
        if not match.group(1):
            continue  # "3x": a multiplier
        value = read_number(match.group(1))
        count = _COUNT.match(text, match.start())
        noun = count.group(2) if count is not None and count.end(1) == match.end() else ""
        if noun and not _uses(offer_words, noun) and not _TIME_UNITS.match(noun):
            counted.add(value)
        else:
            other.add(value)
    return counted - other


def _among(figure: float, allowed: set[float]) -> bool:
    """Whether ``figure`` is one of ``allowed`` (to the cent)."""
    return any(abs(figure - a) <= PRICE_TOLERANCE for a in allowed)


def sale_price(list_price: float, offer: Offer) -> float | None:
    """The price ``offer`` gives a product of ``list_price``, when it sets one.

    Args:
        list_price: The product's list price.
        offer: The offer.

    Returns:
        The list price less a percent or amount discount, a fixed offer price, or None.
    """
    amount = offer.discount_amount
    if amount is None:
        return None
    match offer.discount_type:
        case DiscountType.PERCENT:
            return round(list_price * (1 - amount / 100), 2)
        case DiscountType.AMOUNT:
            return round(list_price - amount, 2)
        case DiscountType.PRICE:
            return float(amount)
    return None


EQUIVALENT_SHARE = 0.5
"""Share of an offer's disclosure an approved disclosure wording must make up to stand for it."""


def equivalent_wordings(offer: Offer, pack: BrandPack) -> list[str]:
    """Other approved wordings of the disclosure an offer's conditions consist of.

    Args:
        offer: The offer.
        pack: The pack (its ``disclosure`` rules list equivalent approved wordings).

    Returns:
        The other ``required_any`` wordings of every disclosure rule one of whose wordings
        makes up at least :data:`EQUIVALENT_SHARE` of the offer's disclosure.
    """
    own = plain(offer.disclosure or offer.terms)
    if not own:
        return []
    found: list[str] = []
    for rule in pack.rules:
        if not isinstance(rule, DisclosureRule):
            continue
        wordings = rule.params.required_any
        if any(
            (w := plain(text)) and w in own and len(w) >= EQUIVALENT_SHARE * len(own)
            for text in wordings
        ):
            found += [text for text in wordings if plain(text) not in own]
    return found
