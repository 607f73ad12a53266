"""``product_facts``: figures and features said of a product match its catalogue facts.

A product may carry ``facts`` (a figure in a unit with a limit: a load limit of at most 120 kg,
a hull length of exactly 3.05 m) and ``lacks`` (features it does not have: "rudder"). In each
copy field, every figure written in a fact's unit ("150 kg", "3.5-m", "41,00 €/kg"; a unit that
is the pack's own currency also before its figure, "R 40 000",
:mod:`~nextbest.tools.compliance.currency_fact_units`) and every lacked feature is said of one
product: the nearest named before it in its clause, else the
nearest in its sentence, paragraph or message (see
:meth:`~nextbest.tools.compliance.kinds.base.CheckContext.products_near`). A figure that breaks
that product's limit or a lacked feature said of it is a violation; a figure within the limit
("up to 100 kg" when the limit is 120), a feature the copy denies ("no rudder", "without a
rudder", "without paddles or a rudder"), a figure said of a product with no fact in that
unit and a feature added on top of a product ("all of <A> plus <feature>",
:mod:`~nextbest.tools.compliance.added_items`) are fine. A figure the copy gives as a bound
on the product's own measure ("weighs under 180 g",
:func:`~nextbest.tools.compliance.measure_bounds.measure_bound`) breaks a fact only when
no measure the fact allows lies on that side of it. A figure the copy excludes ("not
suitable for babies under 12 months") states what no product is for, not a product's own
figure; and a figure in a sentence that names no product is not said of a product named
only after it, in a later sentence ("Stage A from 6 months, Stage B from 7 months. Mix and
match <product> …"); nor is a figure in a sentence that names no product wrong when it holds
of one of the products in reach ("<service> covers rent collection and repairs. The fee is
12.4%." is the first service's fee, not a wrong fee of the second).

A figure written right before a product's name ("the Solo is light, and the 200 kg Tandem
carries two") or inside it is said of that product, not of one named earlier in the clause. A
figure the message's own offer states in the same unit ("rent the Solo at 29 a day" under an
offer whose terms say "29 a day", below the catalogue's day rate) is the offer's figure, not
the catalogue's: an offer may undercut a product's standing minimum, and whether it is in
force is the offer rule's question. Words inside a line the pack mandates word for word (a
disclosure's required line, a claim's disclaimer, an offer's conditions: "a rudder does not
make a kayak safe", :func:`~nextbest.tools.compliance.required_text.required_spans`; a line
of :data:`MANDATED_WORDS` words or more) are the rulebook's text, not said of a product, and
so is a phrase the pack declares no claim (``non_claim_phrases``: a direction of use "Brew 15 g
of coffee with 250 ml of water" beside a 250 g bag of beans), and so is a standing statement
of the pack quoted in the copy (the pack's own fact: "every cake can be made nut-free, the
praline tart excepted" beside the praline tart); so
are the words and figures of an approved claim that names no product ("Default rate
2019-2024: 1.8 % of the sums lent", beside a product whose catalogue rate is another figure in
the same unit); a claim approved for some products speaks of them (its figure said of one of
them is the claim's, a difference or a comparison rather than the catalogue's measure), and its
figures said of another product are read. A
lacked feature after a negated verb of having ("does not come with a spray deck or a
rudder", Portuguese "não inclui televisão", "sem 5G") is denied, and so is one with a
privative "-free" after it ("a caffeine-free sparkling water"); a subject that names no
product and mentions a feature the body denies of the product ("Your question: pregnancy and
alcohol" above "<product> has no alcohol") sets the topic and says nothing of the product.
A lacked built-in feature
is also found the other way round ("GPS built in", "GPS out of the box" for "built-in GPS"). A
lacked feature a blocking disclosure rule binds to other products (``feature_of_products``, the
feature's words among its ``trigger_phrases``) is that rule's finding: one fault, reported
once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.brand_context.models import (
    BrandPack,
    DisclosureRule,
    EntryStatus,
    Offer,
    ProductFact,
    ProductFactsRule,
)
from nextbest.tools.compliance.added_items import added_to
from nextbest.tools.compliance.built_in_features import postposed_pattern
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.currency_fact_units import pack_currency_signs, sign_before
from nextbest.tools.compliance.feature_denials import denies_feature
from nextbest.tools.compliance.footer_paragraphs import footer_forms, in_footer_paragraph
from nextbest.tools.compliance.kinds.base import CheckContext, PackRuleKeeper, overlaps, violation
from nextbest.tools.compliance.measure_bounds import Bound, bound_breaks, measure_bound
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.nepali_postpositions import GLUED_AFTER
from nextbest.tools.compliance.nordic_bantu_denials import denied_before
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.noun_first_figures import counts_noun_first, noun_first_pattern
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.phrases import compile_phrases
from nextbest.tools.compliance.required_text import required_spans
from nextbest.tools.compliance.unspaced_scripts import SPACED_WORD_CHAR
from nextbest.tools.compliance.verdict import Violation

_NUMBER = (
    r"(\d{1,3}(?:[,\u066c]\d{3})+(?:[.\u066b]\d+)?(?![\d,\u066c])|\d{1,3}(?:\.\d{3})+,\d+"
    r"|\d{1,3}(?:[ \u00a0\u202f'\u2019]\d{3})+(?![.,]?\d)|\d+(?:[.,\u066b]\d+)?)"
)
"""A figure as copy writes it: ``45``, ``1,200``, ``2.5``, in decimal-comma notation ``41,00``
or ``1.250,50``, grouped by a space or an apostrophe (``12 500``, ``12'500``), or with the
Arabic decimal and thousands marks (``٤٫٥``, ``١٬٢٠٠``); read by :func:`_read_figure`. Not part
of a longer token (see :func:`_figure_start`)."""
_ARABIC_MARKS = str.maketrans({"\u066b": ".", "\u066c": ","})
"""The Arabic decimal and thousands marks (Arabic, Persian, Urdu copy) as their Latin forms."""


def _read_figure(raw: str) -> float:
    """A figure matched by :data:`_NUMBER` as a number (the Arabic marks read as such).

    Args:
        raw: The figure, e.g. ``2.5``, ``1,200`` or ``٤٫٥``.

    Returns:
        Its value: ``٤٫٥`` is 4.5 (not 5, the digits after the mark alone), ``١٬٢٠٠`` 1200.
    """
    if "\u066b" in raw or "\u066c" in raw:
        return float(raw.replace("\u066c", "").replace("\u066b", "."))
    return read_number(raw)


_POINT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
"""A figure both notations read: ``2.125`` is 2125 in decimal-comma notation, 2.125 otherwise."""


def _fact_reading(raw: str, fact: ProductFact) -> float:
    """The reading of a figure to hold against a fact: of two readings, one that fits it.

    Args:
        raw: The figure as matched by :data:`_NUMBER`.
        fact: The product's fact.

    Returns:
        The figure read as :func:`_read_figure` does, or, for a figure such as ``2.125`` that
        is a decimal fraction in one notation and a thousand-grouped whole in the other, the
        decimal reading when that one keeps the fact (a 2.125 ml vial stated as ``2.125 ml``).
    """
    value = _read_figure(raw)
    if _POINT_THOUSANDS.fullmatch(raw) and _breaks(fact, value) and not _breaks(fact, float(raw)):
        return float(raw)
    return value


_CURRENCY_LETTERS: dict[str, str] = {"ZAR": "R", "INR": "Rs", "IDR": "Rp", "MYR": "RM"}
"""Currencies whose sign is written in letters glued to the figure ("R1 500", "Rs450")."""


def _figure_start(pack: BrandPack) -> str:
    """Where a figure may start: after no letter, digit or separator, or after a currency.

    A figure may be glued to a currency code or letter sign of the pack's own currencies
    ("CHF2 400", "R12 500"); any other letter before it makes it part of a name ("R9"), but
    for a Japanese or Chinese letter: those scripts run the word before into the figure.

    Args:
        pack: The brand pack.

    Returns:
        A regex alternation of look-behinds.
    """
    codes = {p.currency for p in pack.products if p.currency}
    codes |= {o.currency for o in pack.offers if o.currency}
    signs = sorted(codes | {_CURRENCY_LETTERS[c] for c in codes if c in _CURRENCY_LETTERS})
    return (
        "(?:"
        + "".join(f"(?<=\\b{re.escape(s)})|" for s in signs)
        + rf"(?<!{SPACED_WORD_CHAR})(?<![.,]))"
    )


_ARTICLE = r"(?:(?:a|an|the|any|need\s+for|need\s+to|use\s+(?:a|the)|have\s+(?:a|the))\s+)?"
_HAVING = (
    r"(?:(?:cover|include|contain|feature|offer|provide|come)(?:s|es|ed|d)?"
    r"(?:\s+(?:for|with))?\s+)?"
)
"""A verb of having between a negation and the feature ("does not cover", "doesn't include",
"isn't covered for", "don't come with")."""
_DENIED = re.compile(
    r"(?:\b(?:no|not|without|never|zero|lacks?|instead\s+of)|n[’']t)\s+"
    rf"{_HAVING}{_ARTICLE}(?:(?:[\w-]+\s+){{1,3}}(?:or|nor|and)\s+{_ARTICLE})?$",
    re.IGNORECASE,
)
"""Words right before a feature that deny it ("no throttle", "without a throttle", "does not
cover maternity"), also as the second of two things denied together ("sold without box or
papers", "does not cover cataract surgery or hearing aids")."""

_ITEM = r"(?:[\w-]+\s+){0,2}[\w-]+"
_DENIED_LIST = re.compile(
    r"(?:\b(?:no|not|without|never|neither)|n[’']t)\s+"
    rf"{_HAVING}{_ARTICLE}(?:{_ITEM},\s+{_ARTICLE})+"
    rf"(?:{_ITEM},?\s+(?:or|nor|and)\s+{_ARTICLE})?$",
    re.IGNORECASE,
)
"""Words before a feature that is an item of a list of three or more denied together ("does not
include a sauna, a pool or a gym"): the middle items ("a pool") and the last."""
_LIST_GOES_ON = re.compile(rf"(?:,\s+{_ARTICLE}{_ITEM})*,?\s+(?:or|nor)\b", re.IGNORECASE)
"""The rest of such a list after a middle item: more items, then "or" / "nor"."""
LIST_REACH = 90
"""Characters before a feature searched for a denied list it belongs to."""

_ARTICLE_OTHER = (
    r"(?:(?:o|a|os|as|um|uma|de|el|la|los|las|un|una|il|lo|i|gli|le|uno|les|une|des|du|"
    r"acesso\s+(?:a|ao|à)|acceso\s+a|accesso\s+a|accès\s+(?:à|au))\s+|(?:l|d|un)[’'])?"
)
_HAVING_OTHER = (
    r"(?:(?:inclui|incluem|tem|têm|traz|trazem|oferece|oferecem|possui|cobre|dá|"
    r"incluye|incluyen|tiene|tienen|trae|ofrece|ofrecen|cubre|lleva|"
    r"include|includono|comprende|ha|hanno|offre|copre|prevede|"
    r"inclut|comprend|propose|couvre)\s+|"
    r"(?:vem|vêm|viene|vienen)\s+com\s+|(?:viene|vienen)\s+con\s+|dispõe\s+de\s+|"
    r"dispone\s+(?:de|di)\s+)?"
)
_DENIED_OTHER = re.compile(
    r"(?:"
    # pt / es / it: "sem 5G", "não inclui televisão", "sin 5G", "no incluye", "senza", "non ha"
    r"\b(?:sem|nem|n[ãa]o|nenhum|nenhuma|sin|ni|no|ningún|ninguna|senza|né|non|nessun|"
    r"nessuna|nessuno)\s+"
    rf"{_HAVING_OTHER}|"
    # fr: "sans 5G", "pas de télévision", "aucun décodeur", "n'inclut pas la télévision"
    r"\b(?:sans|aucun|aucune|ni)\s+|\bpas\s+(?:de\s+|d[’'])|"
    r"\b(?:n[’']|ne\s+)(?:inclut|comprend|a|propose|offre|couvre)\s+(?:pas|jamais)\s+"
    r"(?:de\s+|d[’'])?"
    rf"){_ARTICLE_OTHER}"
    rf"(?:(?:[\w’'-]+\s+){{1,3}}(?:ou|nem|o|ni|né)\s+{_ARTICLE_OTHER})?$",
    re.IGNORECASE,
)
"""The same denial in Portuguese, Spanish, Italian and French: "sem 5G", "não inclui
televisão", "sin 5G", "no incluye televisión", "senza 5G", "non include la TV", "sans 5G",
"n'inclut pas la télévision", also as the second of two things denied together ("sem
televisão nem telefone")."""

_ARTICLE_GERMANIC = (
    r"(?:(?:ein|eine|einen|einem|einer|eines|den|die|das|dem|der|een|de|het|"
    r"eigene[nmrs]?|eigen)\s+)?"
)
_DENIED_GERMANIC = re.compile(
    # de: "kein Schließfach", "keinen festen Platz", "ohne Balkon", "nicht mit Sauna";
    # nl: "geen balkon", "zonder sauna", "niet met een lift"
    r"(?:\b(?:kein|keine|keinen|keinem|keiner|keines|ohne|weder|geen|zonder|noch)\s+"
    r"|\b(?:nicht|niet)\s+(?:mit|met)\s+"
    rf"){_ARTICLE_GERMANIC}"
    rf"(?:(?:[\w’'-]+\s+){{1,3}}(?:oder|und|noch|of|en|nog)\s+{_ARTICLE_GERMANIC})?$",
    re.IGNORECASE,
)
"""The same denial in German and Dutch: "kein Schließfach", "ohne eigenen Balkon", "geen
lift", "zonder sauna", also as the second of two things denied together ("ohne Balkon oder
Garten", "geen lift of sauna")."""

DENIAL_REACH = 48
"""Characters before a feature searched for a denial."""

_FREE_AFTER = re.compile(r"[ -]?free\b", re.IGNORECASE)
"""A privative "-free" right after a feature ("caffeine-free", "gluten free"): it is absent."""

MANDATED_WORDS = 5
"""Words a mandated wording needs to be a line of the rulebook: a shorter one ("from 7
months", one of several a rule accepts) is a form the copy's own statement must take, and
its figure is still said of the product."""
_WORD = re.compile(r"\w+")

EXCLUSION_REACH = 90
"""Characters before a figure searched for the words that exclude it."""

_EXCLUDED = re.compile(
    r"(?:\b(?:not|never|unsuitable|no\s+one)\b|n[’']t\b)[^;.!?\n]*?"
    r"\b(?:under|below|younger\s+than|less\s+than|before)\s*$",
    re.IGNORECASE,
)
"""The words of a clause before a figure the copy excludes: "not suitable for babies under
12 months", "never give before 6 months" (no product is said to be for that age)."""


def _denied(original: str, start: int, end: int) -> bool:
    """Whether the copy denies the feature at ``start:end`` ("no rudder", "caffeine-free")."""
    window = max(0, start - DENIAL_REACH)
    return (
        _DENIED.search(original, window, start) is not None
        or _DENIED_OTHER.search(original, window, start) is not None
        or _DENIED_GERMANIC.search(original, window, start) is not None
        or _FREE_AFTER.match(original, end) is not None
        or _in_denied_list(original, start, end)
        or denies_feature(original, start, end)  # Romanian "nu are …", Turkish "… yok"
        or denied_before(original, start)  # Faroese "uttan …", Kinyarwanda "nta …"
    )


def _in_denied_list(original: str, start: int, end: int) -> bool:
    """Whether the feature at ``start:end`` is an item of a list of three or more denied.

    "It does not include a sauna, a pool or a gym": the last item follows the list's "or", a
    middle item is followed by the rest of the list.
    """
    if "," not in original[max(0, start - LIST_REACH) : start]:
        return False
    match = _DENIED_LIST.search(original, max(0, start - LIST_REACH), start)
    if match is None:
        return False
    if re.search(r"\b(?:or|nor|and)\s+" + _ARTICLE + "$", match.group(), re.IGNORECASE):
        return True  # the last item
    return _LIST_GOES_ON.match(original, end) is not None


@dataclass(frozen=True)
class _UnitFacts:
    """One unit's figures in copy and the facts of each product stated in that unit."""

    pattern: re.Pattern[str]
    facts: dict[str, ProductFact]


def _bound_features(pack: BrandPack, product_id: str, channels: frozenset[str]) -> frozenset[str]:
    """Features (plain form) a blocking disclosure rule binds to products other than this one.

    A rule with ``feature_of_products`` and the feature's words among its ``trigger_phrases``
    reports the words said of any other product; the same words as a lacked feature of that
    product are one fault, reported once, by the rule written for the feature. Only a rule that
    reads every message this one reads (its channels, ``channels`` empty for all; no region or
    offer scope) takes it over.
    """
    return frozenset(
        plain(phrase)
        for rule in pack.rules
        if isinstance(rule, DisclosureRule)
        and rule.severity == "block"
        and rule.params.feature_of_products
        and product_id not in rule.params.feature_of_products
        and (not rule.channels or bool(channels) and channels <= set(rule.channels))
        and not (rule.regions or rule.except_regions or rule.params.offers)
        for phrase in rule.params.trigger_phrases
    )


def _breaks(fact: ProductFact, value: float) -> bool:
    """Whether ``value`` stated of the product breaks the fact's limit."""
    return not fact.allows(value)


_CLAUSE_BREAK = re.compile(r"[;.!?\n]")
_BEFORE_NAME = re.compile(r"[\s-]{0,2}")
"""What may stand between a figure and the product name it is written before ("5 oz Rounds")."""


def _named_at(
    hits: list[ProductHit], field: str, text: str, start: int, end: int
) -> ProductHit | None:
    """The product whose name holds the figure at ``[start, end)`` or follows it directly.

    "The first 5 oz Copper Rounds" states the rounds' weight, not that of a product named
    earlier in the clause.
    """
    for hit in hits:
        if hit.field != field:
            continue
        if hit.start <= start < hit.end:
            return hit
        if hit.start >= end and _BEFORE_NAME.fullmatch(text, end, hit.start):
            return hit
    return None


def _ends_name(hits: list[ProductHit], field: str, start: int, end: int) -> bool:
    """Whether the figure at ``[start, end)`` is the number that ends a product's name.

    In "the Trek 20 range is twice the Trek 10" the 20 belongs to the name "Trek 20"; the unit
    word after it states no fact. A name that holds its unit too ("5 oz Copper Rounds") does
    state it.
    """
    return any(hit.field == field and hit.start <= start and hit.end == end for hit in hits)


def _in_other_name(
    hits: list[ProductHit], field: str, product_id: str, start: int, end: int
) -> bool:
    """Whether the lacked word at ``[start, end)`` lies inside a longer name of another product.

    A product that lacks "Lakeside" is not said to have it by "Hill Tea and Lakeside Tea are
    in stock": the word is part of the name of another catalogue product, which it names. A
    lacked feature that is itself a product's whole name (an add-on: "now includes Gloss Guard")
    is still said of the product it is added to.
    """
    return any(
        hit.field == field
        and hit.product.id != product_id
        and hit.start <= start
        and end <= hit.end
        and (hit.start, hit.end) != (start, end)
        for hit in hits
    )


def _nearest(
    text: str,
    hits: list[ProductHit],
    field: str,
    index: int,
    sentence: tuple[int, int] | None = None,
) -> ProductHit | None:
    """The product a figure or feature at ``index`` is said of.

    The nearest name before it in its clause ("Only the Tandem has a rudder; the Solo …"),
    else the nearest name on its line (a list line names its own item: "• Alpha, Nr. 4, 30 cm,
    lid" is said of Alpha, not of the next line's item), else the nearest name in the field,
    else the one product named in the other fields. When
    ``sentence`` (the figure's sentence) names no product and every name comes after it, the
    figure is said of none: a later sentence does not reach back.
    """
    same = [h for h in hits if h.field == field]
    if not same:  # named only in another field: said of it when it is the only product
        return hits[0] if len({h.product.id for h in hits}) == 1 else None
    before = [h for h in same if h.end <= index and not _CLAUSE_BREAK.search(text, h.end, index)]
    if before:
        return max(before, key=lambda h: h.end)
    if sentence is not None and all(h.start >= sentence[1] for h in same):
        return None  # "Stage A from 6 months. … <product> …": no product named yet
    line = [
        h
        for h in same
        if (h.end <= index and "\n" not in text[h.end : index])
        or (h.start >= index and "\n" not in text[index : h.start])
    ]
    return min(line or same, key=lambda h: abs(h.start - index))


def _asked_of(
    text: str, hits: list[ProductHit], field: str, sentence: tuple[int, int], index: int
) -> tuple[ProductHit | None] | None:
    """The product a feature asked about in a question is said of, when it is in a question.

    A question that names no product asks the reader what they want; it is answered by the
    sentence after it ("You're on the Starter plan. Need a private locker? Go Pro." asks about
    the locker and answers with Pro, not Starter). The feature is said of the first product
    that next sentence names ("Need a locker? Starter has one." still says it of Starter), or
    of none. None when the feature is not in such a question.
    """
    s_start, s_end = sentence
    mark = text.find("?", index, s_end)
    if mark < 0 or text[mark + 1 : s_end].strip():
        return None  # not a question, or the question mark is not the sentence's end
    same = [h for h in hits if h.field == field]
    if any(s_start <= h.start < s_end for h in same):
        return None  # the question names its product
    stop = _CLAUSE_BREAK.search(text, s_end + 1)
    n_end = stop.end() if stop else len(text)
    after = [h for h in same if s_end <= h.start < n_end]
    return (min(after, key=lambda h: h.start) if after else None,)


class ProductFactsCheck(PackRuleKeeper[ProductFactsRule]):
    """Compares figures and features in copy with the facts of the product they are said of."""

    def __init__(self, rule: ProductFactsRule, pack: BrandPack) -> None:
        """Compile one figure pattern per unit and one feature pattern per product.

        Args:
            rule: The rule.
            pack: The brand pack (its catalogue's facts and lacked features).
        """
        super().__init__(rule, pack)
        by_unit: dict[tuple[str, ...], dict[str, ProductFact]] = {}
        for product in pack.products:
            if not product.in_force:
                continue
            for fact in product.facts:
                units = tuple(sorted({u.strip().lower() for u in fact.units if u.strip()}))
                by_unit.setdefault(units, {})[product.id] = fact
        start = _figure_start(pack)
        self.units = [
            _UnitFacts(
                re.compile(
                    start
                    + _NUMBER
                    + r"\s*-?\s*(?:"
                    + "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
                    + rf"){GLUED_AFTER}(?!{SPACED_WORD_CHAR})",  # "५ दिनमा": in five days
                    re.IGNORECASE,
                ),
                facts,
            )
            for units, facts in by_unit.items()
        ]
        if counts_noun_first(pack.brand.locales):  # "amasaha 10": the unit's noun first
            self.units += [
                _UnitFacts(pattern, facts)
                for units, facts in by_unit.items()
                if (pattern := noun_first_pattern(units, _NUMBER)) is not None
            ]
        signs = pack_currency_signs(pack)
        self.units += [  # "R 40 000" of a fact in unit "R": the pack's currency before its figure
            _UnitFacts(pattern, facts)
            for units, facts in by_unit.items()
            if (pattern := sign_before(units, signs, _NUMBER)) is not None
        ]
        channels = frozenset(rule.channels)
        self.lacks = [
            (product.id, pattern)
            for product in pack.products
            if product.in_force
            and (
                pattern := compile_phrases(
                    [
                        f
                        for f in product.lacks
                        if plain(f) not in _bound_features(pack, product.id, channels)
                    ],
                    obfuscation=False,
                )
            )
            is not None
        ]
        self.built_in = [
            (product.id, pattern)
            for product in pack.products
            if product.in_force
            for feature in product.lacks
            if plain(feature) not in _bound_features(pack, product.id, channels)
            and (pattern := postposed_pattern(feature)) is not None
        ]
        """Pairs of product id and pattern of a lacked built-in feature said the other way round
        ("GPS built in" for "built-in GPS", :mod:`~nextbest.tools.compliance.built_in_features`)."""
        self.offer_figures: dict[str, list[set[float]]] = {
            offer.id: [
                {
                    _read_figure(m.group(1))
                    for m in unit.pattern.finditer(f"{offer.name}. {offer.terms}")
                }
                for unit in self.units
            ]
            for offer in pack.offers
        }
        """Offer id → per unit (as :attr:`units`), the figures its name and terms state."""
        self.footer_forms = footer_forms(pack.brand)
        """The brand's legal name and address forms: a lacked word in their paragraph is
        boilerplate (:mod:`~nextbest.tools.compliance.footer_paragraphs`)."""
        self.non_claims = compile_phrases(pack.non_claim_phrases, obfuscation=False)
        """The pack's declared non-claim phrases (directions of use, dish names): their figures
        and words are the brand's standing wording, not said of a product."""

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for each figure or feature that does not hold of its product."""
        if not (self.units or self.lacks or self.built_in) or not ctx.product_hits:
            return []
        found: list[Violation] = []
        offer = ctx.pack.offer(ctx.message.offer_id) if ctx.message.offer_id else None
        for name in self.rule.params.fields:
            text = ctx.fields.get(name)
            if text is None:
                continue
            mandated = [
                (start, end)
                for start, end in required_spans(ctx).get(name, [])
                if len(_WORD.findall(text.original, start, end)) >= MANDATED_WORDS
            ]
            if self.non_claims is not None:  # "Brew 15 g of coffee with 250 ml of water."
                mandated += [
                    text.skel.original_span(*m.span())
                    for m in self.non_claims.finditer(text.skel.text)
                ]
            mandated += ctx.statement_spans.get(name, [])  # a standing statement: the pack's fact
            mandated += [  # an approved claim's own wording, said of no product in particular
                (h.start, h.end)
                for h in ctx.claim_hits
                if h.field == name and h.claim.status == EntryStatus.ACTIVE and not h.claim.products
            ]
            claimed = [  # an approved claim's own wording, said of the products it is for
                (h.start, h.end, frozenset(h.claim.products))
                for h in ctx.claim_hits
                if h.field == name and h.claim.status == EntryStatus.ACTIVE and h.claim.products
            ]
            for index, unit in enumerate(self.units):
                for match in unit.pattern.finditer(text.original):
                    if overlaps(match.start(), match.end(), mandated):
                        continue  # the rulebook's own wording
                    clause = text.original[max(0, match.start() - EXCLUSION_REACH) : match.start()]
                    if _EXCLUDED.search(clause):
                        continue  # "not suitable for babies under 12 months"
                    if _ends_name(ctx.product_hits, name, match.start(1), match.end(1)):
                        continue  # "the Trek 20 range": the name's own number, not a figure
                    hit = _named_at(
                        ctx.product_hits, name, text.original, match.start(), match.end()
                    ) or _nearest(
                        text.original,
                        ctx.products_near(name, match.start()),
                        name,
                        match.start(),
                        text.sentence_at(match.start()),
                    )
                    fact = unit.facts.get(hit.product.id) if hit is not None else None
                    if hit is None or fact is None:
                        continue
                    if any(
                        hit.product.id in products and s < match.end() and match.start() < e
                        for s, e, products in claimed
                    ):
                        continue  # the approved claim's figure ("1.5 points below average")
                    value = _fact_reading(match.group(1), fact)
                    bound = measure_bound(text.original, match.start())
                    if bound is not None:
                        if not bound_breaks(fact.limit, fact.value, bound, value):
                            continue  # "weighs under 180 g" of a 179 g product
                    elif not _breaks(fact, value):
                        continue
                    if offer is not None and self._offers(offer, index, value, hit):
                        continue  # the offer's own figure ("$2.49 over spot" under it)
                    if self._fits_other(ctx, name, index, match.start(), value, bound):
                        continue  # "The fee is 12.4%" after naming two services: the one it fits
                    found.append(self._figure(name, match, hit, fact))
            spans = [
                (product_id, *text.skel.original_span(*match.span()))
                for product_id, pattern in self.lacks
                for match in pattern.finditer(text.skel.text)
            ]
            spans += [
                (product_id, *match.span())
                for product_id, pattern in self.built_in
                for match in pattern.finditer(text.original)
            ]
            for product_id, start, end in spans:
                if overlaps(start, end, mandated):
                    continue  # the rulebook's own wording
                if in_footer_paragraph(text.original, start, self.footer_forms):
                    continue  # "you get this e-mail because …" beside the address: no product
                if _in_other_name(ctx.product_hits, name, product_id, start, end):
                    continue  # "<A> and Lakeside Tea": the word names another product
                near = ctx.products_near(name, start)
                asked = _asked_of(text.original, near, name, text.sentence_at(start), start)
                hit = asked[0] if asked else _nearest(text.original, near, name, start)
                if hit is None or hit.product.id != product_id:
                    continue
                if hit.field == name and added_to(text.original, hit.end, start):
                    continue  # "all of <A> plus <feature>": added on top of it, not in it
                if _denied(text.original, start, end):
                    continue  # "no rudder", "caffeine-free"
                if not any(h.field == name for h in ctx.product_hits) and self._denied_elsewhere(
                    ctx, name, product_id
                ):
                    continue  # a subject's topic the body denies of the product
                words = text.original[start:end]
                found.append(
                    violation(
                        self.rule,
                        f"The {name} says {words!r} of {hit.product.name}, which does not have it.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Say {words!r} only of a product that has it.",
                    )
                )
        return found

    def _denied_elsewhere(self, ctx: CheckContext, name: TextField, product_id: str) -> bool:
        """Whether another field denies a lacked feature of the product, naming it.

        "Your question: pregnancy and alcohol" above a body saying "<product> has no
        alcohol": the subject names no product and only sets the topic the body answers.
        """
        pattern = next((p for pid, p in self.lacks if pid == product_id), None)
        if pattern is None:
            return False
        for other, text in ctx.fields.items():
            if other == name:
                continue
            for match in pattern.finditer(text.skel.text):
                start, end = text.skel.original_span(*match.span())
                hit = _nearest(text.original, ctx.products_near(other, start), other, start)
                if (
                    hit is not None
                    and hit.product.id == product_id
                    and _denied(text.original, start, end)
                ):
                    return True
        return False

    def _fits_other(
        self,
        ctx: CheckContext,
        name: TextField,
        unit: int,
        start: int,
        value: float,
        bound: Bound | None,
    ) -> bool:
        """Whether a figure whose sentence names no product holds of another product in reach.

        "Complete Care takes care of rent collection, repairs and inspections. The fee is 12.4%
        of the monthly rent." names two services before a sentence that names none: the figure
        is the catalogued fee of one of them, and reading it as the other's is a guess. A
        figure that holds of no product the passage names still breaks the nearest one's fact.
        """
        text = ctx.fields[name]
        s_start, s_end = text.sentence_at(start)
        hits = [h for h in ctx.products_near(name, start) if h.field == name]
        if any(s_start <= h.start < s_end for h in hits):
            return False  # the sentence says whose figure it is
        for hit in hits:
            fact = self.units[unit].facts.get(hit.product.id)
            if fact is None:
                continue
            if bound is not None:
                if not bound_breaks(fact.limit, fact.value, bound, value):
                    return True
            elif not _breaks(fact, value):
                return True
        return False

    def _offers(self, offer: Offer, unit: int, value: float, hit: ProductHit) -> bool:
        """Whether ``offer`` states ``value`` in unit ``unit`` and covers the product."""
        figures = self.offer_figures.get(offer.id)
        if figures is None or value not in figures[unit]:
            return False
        return not offer.products or hit.product.id in offer.products

    def _figure(
        self, name: str, match: re.Match[str], hit: ProductHit, fact: ProductFact
    ) -> Violation:
        """The violation for a figure that breaks a product's fact."""
        words = match.group()
        bound = {"max": "at most", "min": "at least", "exact": "exactly"}[fact.limit]
        return violation(
            self.rule,
            f"The {name} states {words!r} of {hit.product.name}, whose {fact.name} is {bound} "
            f"{fact.value:g} {fact.unit}.",
            field=name,
            span=match.span(),
            evidence=words,
            fix_hint=f"State the {fact.name} of {hit.product.name} as {bound} "
            f"{fact.value:g} {fact.unit}.",
        )
