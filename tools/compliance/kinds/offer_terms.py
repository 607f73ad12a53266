"""``offer_terms``: every discount, price and "free" in the copy matches the message's offer.

Promotional mentions are found on the folded view: percentages and amounts off, prices,
"free …", buy-one-get-one, points, promo codes and plain promotional words (``sale``,
``discount``…). Text inside a usable approved claim, a claim's approved disclaimer, a link,
a standing statement of the brand, or the offer's own terms or disclosure is not a mention
(``fragrance-free`` is not "free" either: it is one word, nor is the "free" of ``free weights``,
an everyday sense). Each mention must agree with the
offer: same discount type and amount in the same unit (``15% off`` is not ``$15 off``), same
code, "free" only for what the offer gives free. The offer must exist, be valid on the send
date and be allowed on the channel, and its disclosure (or full terms, or the channel's own
form of the conditions, ``disclosure_by_channel``) must appear within
``conditions_within_chars`` of every mention. When the offer's disclosure is mostly one of a
``disclosure`` rule's approved wordings, that rule's other wordings (e.g. its SMS short form)
are equivalent forms of the offer's conditions.

Prices are read against the catalogue (when the pack has one): a plain price — not "was" or
"now", and not below the list price of a product named in the same sentence
(or anywhere in the message when the sentence names none) — is not a promotion. A price below
list is, and must be the sale price the offer gives that product; a "was / reg." price must be
the list price and a "now" price the list price less the offer's discount. A percentage on a
fixed-price offer must be the reduction that price gives off the list price ("half price" for
59 → 29). Figures of a standing statement the message carries may be repeated (a subject
"Shipping on us over €50" above "Free standard shipping on orders over €50"). A brand whose
prices are facts rather than promotions (a brokerage's listings, a dealer's inventory, fares)
says so with ``prices_are_facts``: a plain price is then never a promotion by itself. In a
pack without a catalogue, a price on a message without an offer is a promotion only when it
is a sale price or worded as one (``just``, ``sale``, ``save``, ``bonus``…); an
asking price or a fee stated as a fact is not.

A sentence that restates a sentence of the offer's terms in other words (see
:mod:`~nextbest.tools.compliance.offer_paraphrase`) must keep the offer's figures, is a mention
whose conditions must be near, and — on a message without an offer — is promotional wording
without an offer. A promotion said only of catalogue products the offer does not cover
(``offer.products``) is out of the offer's scope.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from nextbest.brand_context.models import (
    BrandPack,
    DisclosureRule,
    DiscountType,
    Offer,
    OfferTermsRule,
    Product,
)
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, gap, overlaps, violation
from nextbest.tools.compliance.kinds.claim_grounding import claim_problem
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import compile_phrases, fold, phrase_pattern, plain
from nextbest.tools.compliance.offer_paraphrase import OfferParaphrases, Restatement, sale_price
from nextbest.tools.compliance.senses import inside_sense
from nextbest.tools.compliance.verdict import Violation

_NUMBER = (
    r"(?<!\d,)(?<!\d\.)"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"  # 1,234.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"  # 1.234,50 (German, Spanish, Italian)
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?"  # 1 234,50 (French)
    r"|\d{1,7}(?:[.,]\d{1,2})?)"
)
_CURRENCY = r"(?:[$£€¥₹]|\b(?:us\$|usd|gbp|eur|cad|aud|nzd|chf|jpy|inr)\s?)"
_CURRENCY_AFTER = r"\s?(?:€|£|\b(?:usd|gbp|eur|cad|aud|nzd|chf|jpy|inr|dollars?|euros?)\b)"
_FREE_COMPOUNDS = (
    "gluten", "grain", "sugar", "dairy", "lactose", "nut", "soy", "fat", "caffeine", "fragrance",
    "perfume", "paraben", "sulfate", "sulphate", "silicone", "alcohol", "oil", "cruelty",
    "plastic", "chemical", "toxin", "bpa", "latex", "allergen", "hassle", "stress", "worry",
    "hands", "contact", "smoke", "drug", "scent", "dye", "gmo", "waste", "carbon", "guilt",
    "streak", "residue", "lint", "drip", "tangle", "frizz", "smudge", "crease", "wrinkle",
    "stain", "odor", "odour", "scratch", "rust", "mess", "spill", "pain", "itch", "flake",
    "clump", "static", "phosphate", "bleach", "ammonia", "lead", "phthalate", "toxin",
)  # fmt: skip
"""Words that form an adjective with a following "free" (``gluten free``): not an offer."""
_REDUCTION = (
    r"(?:de\s+|di\s+)?(?:remise|reduction|rabais|descuento|dto|rebaja|rabatt|nachlass|"
    r"preisnachlass|sconto|korting)\b"
)
"""A reduction in French, Spanish, German, Italian or Dutch copy (``15 % de remise``)."""
_REDUCTION_BEFORE = (
    r"\b(?:remise|reduction|rabais|descuento|rebaja|rabatt|nachlass|sconto|korting)"
    r"\s+(?:de\s+|di\s+|von\s+|van\s+)?(?:jusqu'a\s+|hasta\s+(?:un\s+)?|bis zu\s+)?"
)
_FREE_WORDS = r"offerte?s?|gratuite?s?|gratuit[oa]s?|gratis|omaggio|in regalo"
""""Free" after its noun in French, Spanish and Italian copy (``livraison offerte``)."""
_FREE_BEFORE = r"kostenlose[rns]?|gratis"
""""Free" before its noun in German copy (``kostenloser Versand``)."""
_NOT_FREE_NOUNS = (
    r"numero|appel|llamada|anruf|hotline|entree|ingresso|eintritt|est|sont|ist|sind|reste|"
    r"restent|resta|son|esta|estan|sera|seront|wird"
)
"""Words before a "free" word that are no gift: a toll-free number, entry, a verb."""
_FREE_VOCABULARY = frozenset(
    {
        "free", "offert", "offerte", "offerts", "offertes", "gratuit", "gratuite", "gratuits",
        "gratuites", "gratuito", "gratuita", "gratis", "kostenlos", "kostenlose", "kostenloser",
        "kostenlosen", "kostenloses", "omaggio",
    }
)  # fmt: skip
MENTION_PATTERNS: dict[str, str] = {
    "percent": (
        r"(?<![\w.])" + _NUMBER + r"\s?(?:%|percent)(?:\s+|-)(?:off|discount|savings?)\b"
        r"|\b(?:save|saving|take|get|enjoy|extra)\s+(?:up to\s+)?" + _NUMBER + r"\s?(?:%|percent)"
        r"|(?<![\w.])"
        + _NUMBER
        + r"\s?%\s+"
        + _REDUCTION
        + r"|"
        + _REDUCTION_BEFORE
        + _NUMBER
        + r"\s?%"
        r"|(?<![\w%.,-])(?<![\d%] )-\s?" + _NUMBER + r"\s?%"
    ),
    "amount": (
        _CURRENCY + _NUMBER + r"\s*(?:off|discount)\b"
        r"|(?<![\w.])" + _NUMBER + _CURRENCY_AFTER + r"\s*(?:off|discount)\b"
        r"|\b(?:save|saving|take|get|extra)\s+(?:up to\s+)?"
        + _CURRENCY
        + _NUMBER
        + r"|(?<![\w.])"
        + _NUMBER
        + _CURRENCY_AFTER
        + r"\s+"
        + _REDUCTION
    ),
    "half": r"\bhalf[- ](?:off|price)\b",
    "price": _CURRENCY + _NUMBER + r"|(?<![\w.])" + _NUMBER + _CURRENCY_AFTER,
    "free": r"(?<![\w-])free\b"
    + "".join(f"(?<!{w} free)" for w in ("feel", *_FREE_COMPOUNDS))
    + r"(?!-\w)(?! to\b)(?!\s+(?:your|yourself|yourselves|up|them|him|her|us|me)\b)"
    + r"(?=((?:\s+[\w-]+){0,4}))"
    + r"|\b(?!(?:"
    + _NOT_FREE_NOUNS
    + r")\b)([a-z]{3,})\s+(?:"
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
    ),
    "points": (
        r"\b(?:double|triple|bonus|\d+x)\s+points?\b"
        r"|\bearn\s+(?:up to\s+)?\d+\s+(?:\w+\s+)?points?\b"
        r"|\b\d+\s+(?:bonus|reward|rewards|loyalty)\s+points?\b"
        r"|\b\d+\s+points?\s+(?:per|for every)\b"
    ),
    "duration": (
        r"\bfree (?:for )?(\d+)[ -](?:days?|weeks?|months?)\b"
        r"|\b(\d+)[ -](?:days?|weeks?|months?) (?:free|on us)\b"
        r"|\b(\d+)[ -](?:day|week|month)s? (?:free )?trial\b"
    ),
    "no_minimum": (
        r"\b(?:with|on) (?:every|any|all|each) (?:orders?|purchases?)\b"
        r"(?!\s+(?:over|above|of|worth|totalling|totaling|from|more than|[$£€]))"
        r"|\bno minimum(?: spend| order| purchase)?\b"
    ),
    "code": (
        r"\b(?:promo code|code promo|codigo promocional|codigo|gutscheincode|gutschein|"
        r"codice sconto|code|coupon|voucher)\s*:?\s+['\"]?([a-z0-9]{3,24})\b"
    ),
    "promo": (
        r"\b(?:sale|on sale|discount|discounted|discounts|coupon|promo|promotion|deals|"
        r"great deal|best deal|special deal|"
        r"clearance|off your (?:next|first|entire) (?:order|purchase)|"
        r"special offer|limited[- ]time offer|soldes|rebajas|saldi|sonderangebot|"
        r"schlussverkauf|bon plan|offre speciale|oferta especial|promocion|offerta speciale)\b"
        r"|(?<![\w.,])0(?:[.,]0+)?\s?% (?:intro(?:ductory)? )?(?:apr|financing|interest)\b"
        r"|\bno interest (?:for|if paid)\b|\binterest[- ]free (?:financing|for)\b"
        r"|(?<![\w.])[$£€]0 down\b"
        r"|\b(?:stay|buy|book|order) (?:[a-z0-9]+ ){0,2}(?:nights?|items?|pairs?|bags?|boxes?)?,? "
        r"(?:and )?(?:only )?pay (?:for )?(?:just )?(?:one|two|three|four|\d+)\b"
    ),
}
"""Regular expressions (folded view) for each kind of promotional mention."""

_STOP: frozenset[str] = frozenset({"a", "an", "the", "on", "of", "to", "and", "or", "for", "in"})


def _contains_run(tokens: list[str], words: list[str]) -> bool:
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
        kind: ``percent``, ``amount``, ``price``, ``free``, ``bogo``, ``points``, ``code`` or
            ``promo``.
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
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_WORD_SPLIT = re.compile(r"[\s-]+")
_WAS_BEFORE = re.compile(
    r"(?:\bwas|\breg\.?|\bregular(?:ly)?(?: price)?|\boriginally|\blist price|\bnormally|"
    r"\busually|\bbefore|\bmsrp|\brrp|\bcompare at|\bcompare to|\bvalued at|\bpreviously|"
    r"\bformerly|\bretail|\bau lieu de|\bprix barré|\bprix initial|\bstatt|\buvp|\bantes|"
    r"\bprecio anterior)\s*:?\s*(?:just\s+|only\s+)?$"
)
_NOW_BEFORE = re.compile(
    r"(?:\bnow|\bsale price|\bsale|\bspecial price|\bmaintenant|\bjetzt|\bnur noch|\bahora)"
    r"\s*:?\s*(?:just\s+|only\s+|à\s+)?$"
)
_NOW_AFTER = re.compile(r"^\s*[,;:]?\s*(?:now|→|->)\s*(?:just\s+|only\s+)?(?:[$£€¥]|\d)")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_PROMO_CUE_BEFORE = re.compile(
    r"(?:\bonly|\bjust|\bas low as|"
    r"\bat just|\bfor only|\bfor just|\blow(?:est)? price of|\bdeal:?|\bspecial:?|"
    r"\bseulement|\buniquement|\bsolo|\bnur)"
    r"\s*:?\s*$"
)
_PROMO_CUE_SENTENCE = re.compile(
    r"\b(?:sale|deals?|discount(?:ed|s)?|promo(?:tion)?|special offer|limited[- ]time|"
    r"today only|this week(?:end)? only|tonight only|hurry|don't miss|dont miss|bargain|"
    r"clearance|lowest price|best price|unbeatable|steal|save|savings|bonus|rebate|cash ?back|"
    r"reward|credit toward|toward|off|soldes|promo|remise|réduction|rabatt|descuento|rebajas|"
    r"économisez|sparen|ahorra|bon plan|sonderangebot|oferta|zero down|nothing down)\b"
    r"|[$£€]0 down\b"
)
_STANDING = re.compile(
    r"\b(?:as always|always|every day|everyday|all year|year[- ]round|at (?:every|all)|"
    r"(?:up to|within|until) \d+ (?:minutes?|hours?|days?|weeks?|months?|nights?)"
    r"(?: (?:before|after|of|from|prior))?)\b"
)
"""Wording that makes a "free" a standing policy (``free returns within 30 days, as always``)."""
_TEMPORARY = re.compile(
    r"\b(?:this (?:week(?:end)?|month|season|summer|winter|spring|fall|autumn|holiday|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"today|"
    r"tonight|tomorrow|now|until|till|through|ends?|ending|limited|only|sale|code|offer|"
    r"special|introductory|for a limited time|when you|if you (?:book|buy|order|spend|join)|"
    r"spend|over|above|minimum)\b"
)
"""Wording that makes a "free" temporary or conditional: a promotion after all."""
PERCENT_TOLERANCE = 1.0
"""Percentage points a stated reduction may differ from the one a fixed price gives."""
PRICE_TOLERANCE = 0.01
"""Currency units two prices may differ by and still be the same price (rounding)."""


def _points_multiple(text: str) -> float | None:
    """The multiple a points mention promises (``double points`` → 2, ``3x points`` → 3)."""
    match = _MULTIPLE.search(text)
    if match is None:
        return None
    return float(match.group(2)) if match.group(2) else _MULTIPLES[match.group(1)]


def _number(raw: str) -> float:
    """A mention's number: ``12,000`` is twelve thousand, ``4,99`` is four point nine nine.

    ``1.234,50`` and ``1 234,50`` (thousands by dot or space, decimal comma) are read too.
    """
    if _THOUSANDS.fullmatch(raw):
        return float(raw.replace(",", ""))
    if _DOT_THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))


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


class OfferTermsCheck:
    """Checks promotional mentions against the message's offer."""

    def __init__(self, rule: OfferTermsRule, pack: BrandPack) -> None:
        """Compile the mention patterns and each offer's terms and disclosure wording.

        Args:
            rule: The rule.
            pack: The brand pack.
        """
        self.rule = rule
        self.rule_id = rule.id
        self.pack = pack
        self.patterns = {kind: re.compile(p) for kind, p in MENTION_PATTERNS.items()}
        self.disclaimers = compile_phrases(
            [c.disclaimer for c in pack.claims if c.disclaimer], obfuscation=False
        )
        self.claim_words = [(c, plain(c.text).split()) for c in pack.claims]
        self.offer_text: dict[str, list[re.Pattern[str]]] = {}
        self.offer_numbers: dict[str, set[float]] = {}
        self.offer_integers: dict[str, set[int]] = {}
        self.offer_words: dict[str, set[str]] = {}
        self.offer_has_free: dict[str, bool] = {}
        self.offer_percents: dict[str, set[float]] = {}
        self.offer_amounts: dict[str, set[float]] = {}
        self.channel_text: dict[tuple[str, str], re.Pattern[str]] = {}
        self.paraphrases = OfferParaphrases(pack)
        for offer in pack.offers:
            wordings = [w for w in (offer.disclosure, offer.terms) if w]
            self.offer_text[offer.id] = [
                re.compile(phrase_pattern(w, obfuscation=False))
                for w in [*wordings, *equivalent_wordings(offer, pack)]
            ]
            for channel, wording in offer.disclosure_by_channel.items():
                pattern = re.compile(phrase_pattern(wording, obfuscation=False))
                self.channel_text[(offer.id, channel)] = pattern
            joined = " ".join(wordings)
            terms = fold(joined).text
            numbers = {_number(n) for n in re.findall(_CURRENCY + _NUMBER, terms)}
            numbers |= {_number(n) for n in re.findall(_NUMBER + _CURRENCY_AFTER, terms)}
            numbers |= {_number(n) for n in re.findall(_NUMBER + r"\s?%", terms)}
            for value in (offer.discount_amount, offer.min_spend):
                if value is not None:
                    numbers.add(float(value))
            self.offer_numbers[offer.id] = numbers
            self.offer_percents[offer.id] = {
                _number(n) for n in re.findall(_NUMBER + r"\s?(?:%|percent)", terms)
            } | (
                {float(offer.discount_amount)}
                if offer.discount_type == "percent" and offer.discount_amount is not None
                else set()
            )
            self.offer_amounts[offer.id] = {
                _number(n) for n in re.findall(_CURRENCY + _NUMBER, terms)
            } | {_number(n) for n in re.findall(_NUMBER + _CURRENCY_AFTER, terms)}
            self.offer_integers[offer.id] = {int(n) for n in re.findall(r"\d+", terms)}
            self.offer_words[offer.id] = set(plain(joined + " " + offer.name).split())
            self.offer_has_free[offer.id] = bool(self.offer_words[offer.id] & _FREE_VOCABULARY)

    def mentions(self, ctx: CheckContext, offer: Offer | None) -> list[Mention]:
        """Promotional mentions outside approved claims and the offer's own wording.

        Args:
            ctx: The check context.
            offer: The message's offer, whose terms and disclosure are not mentions.

        Returns:
            Mentions in order of appearance; an amount off is not also a price.
        """
        found: list[Mention] = []
        for name, text in ctx.fields.items():
            masked = [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
            masked.extend(
                link.span
                for link in extract_links(ctx)
                if link.field == name and link.span is not None
            )
            masked.extend(ctx.statement_spans.get(name, []))
            masked.extend(ctx.brand_name_spans.get(name, []))
            masked.extend((h.start, h.end) for h in ctx.product_hits if h.field == name)
            if self.disclaimers is not None:
                for match in self.disclaimers.finditer(text.skel.text):
                    masked.append(text.skel.original_span(*match.span()))
            if offer is not None:
                for pattern in self._wordings(offer, ctx.message.channel):
                    for match in pattern.finditer(text.skel.text):
                        masked.append(text.skel.original_span(*match.span()))
            taken: list[tuple[int, int]] = []
            for kind, pattern in self.patterns.items():
                for match in pattern.finditer(text.folded.text):
                    start, end = text.folded.original_span(*match.span())
                    if overlaps(start, end, masked) or (
                        kind in ("price", "promo") and any(s < end and start < e for s, e in taken)
                    ):
                        continue
                    value = next((g for g in match.groups() if g), "") if match.groups() else ""
                    if kind == "code" and not self._looks_like_code(text.original, match, text):
                        continue
                    if kind == "free" and inside_sense(start, end, text.everyday_senses):
                        continue
                    if self._claim_figure(ctx, text, start, end):
                        continue
                    taken.append((start, end))
                    found.append(Mention(kind, name, start, end, value.strip(), match.group()))
        return sorted(found, key=lambda m: ctx.combined(m.field, m.start))

    def _claim_figure(self, ctx: CheckContext, text: FieldText, start: int, end: int) -> bool:
        """Whether a mention is the figure of an approved claim the sentence states.

        "Rewards Plus cardmembers earn 3x points on dining" states the approved claim "Earn 3x
        points on dining and groceries." in a narrower form: its "3x points" is a standing
        feature of the product, not an offer. The mention's words must be part of a claim
        usable on the send date and channel, the sentence must repeat at least two more of that
        claim's words and state no figure the claim does not (claim grounding judges whether
        the sentence is an approved form).
        """
        words = plain(text.original[start:end]).split()
        if not words:
            return False
        s_start, s_end = text.sentence_at(start)
        sentence = set(plain(text.original[s_start:s_end]).split())
        for claim, tokens in self.claim_words:
            if claim_problem(claim, ctx.day, ctx.message.channel) is not None:
                continue
            if not _contains_run(tokens, words):
                continue
            if any(any(c.isdigit() for c in w) and w not in tokens for w in sentence):
                continue  # a figure the claim does not state: not the claim
            if len((sentence & set(tokens)) - set(words) - _STOP) >= 2:
                return True
        return False

    @staticmethod
    def _looks_like_code(original: str, match: re.Match[str], text: FieldText) -> bool:
        """A promo code is written in capitals or contains a digit ("No code needed" is not)."""
        start, end = text.folded.original_span(*match.span(1))
        written = original[start:end]
        return any(c.isdigit() for c in written) or written.isupper()

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for offer problems, mismatched mentions and missing conditions."""
        params = self.rule.params
        offer_id = ctx.message.offer_id
        offer = self.pack.offer(offer_id) if offer_id else None
        found_mentions = [
            m
            for m in self.mentions(ctx, offer)
            if not self._is_list_price(ctx, m, offer)
            and not (params.prices_are_facts and m.kind == "price")
        ]
        if offer is None:
            found_mentions = [m for m in found_mentions if not self._standing_free(ctx, m)]
        mentions = [m for m in found_mentions if m.kind not in CONTEXT_KINDS]
        found: list[Violation] = []
        if offer_id and offer is None:
            return [
                violation(
                    self.rule,
                    f"Offer {offer_id!r} does not exist in the brand pack.",
                    evidence=f"offer_id={offer_id}",
                    fix_hint="Use an offer id from the brand pack.",
                )
            ]
        if offer is None:
            if not mentions and params.require_offer_id:
                mentions = [
                    self._as_mention(r, name)
                    for name, r in self._restatements(ctx, None)
                    if not r.sentence.condition and r.states_offer
                ]
            if mentions and params.require_offer_id:
                first = mentions[0]
                words = ctx.fields[first.field].original[first.start : first.end]
                found.append(
                    violation(
                        self.rule,
                        f"Promotional wording {words!r} without an offer: every discount, "
                        "price or 'free' must belong to an approved offer.",
                        field=first.field,
                        span=(first.start, first.end),
                        evidence=words,
                        fix_hint="Attach the offer the copy promotes, or remove the wording.",
                    )
                )
            return found
        problem = claim_problem(offer, ctx.day, ctx.message.channel)
        if problem:
            found.append(
                violation(
                    self.rule,
                    f"Offer {offer.id!r} {problem} (send date {ctx.day}).",
                    evidence=offer.terms,
                    fix_hint="Promote an offer valid on the send date and channel.",
                )
            )
        for mention in found_mentions:
            reason = (
                self._price_mismatch(ctx, mention, offer)
                if mention.kind == "price"
                else self._mismatch(mention, offer)
            )
            if reason:
                words = ctx.fields[mention.field].original[mention.start : mention.end]
                found.append(
                    violation(
                        self.rule,
                        f"{words!r} does not match offer {offer.id!r}: {reason}.",
                        field=mention.field,
                        span=(mention.start, mention.end),
                        evidence=words,
                        fix_hint=f"State the offer exactly as approved: {offer.terms}",
                    )
                )
        restated = self._restatements(ctx, offer)
        for name, restatement in restated:
            if restatement.changed:
                found.append(self._changed_terms(ctx, name, restatement, offer))
        found.extend(self._out_of_scope(ctx, offer, mentions))
        promises = [self._as_mention(r, n) for n, r in restated if not r.sentence.condition]
        if mentions or promises:
            found.extend(
                self._conditions(ctx, offer, mentions + promises, params.conditions_within_chars)
            )
        return found

    def _restatements(
        self, ctx: CheckContext, offer: Offer | None
    ) -> list[tuple[TextField, Restatement]]:
        """Copy sentences restating ``offer`` (any when None), outside claims and statements."""
        found: list[tuple[TextField, Restatement]] = []
        offers = None if offer is None else [offer]
        for name, text in ctx.fields.items():
            masked = [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
            masked.extend(ctx.statement_spans.get(name, []))
            for restatement in self.paraphrases.restatements(text.original, offers, masked):
                found.append((name, restatement))
        return found

    @staticmethod
    def _as_mention(restatement: Restatement, name: TextField) -> Mention:
        """A restatement of an offer's promise as a mention (its conditions must be near)."""
        return Mention("restates", name, restatement.start, restatement.end, "")

    def _changed_terms(
        self, ctx: CheckContext, name: TextField, restatement: Restatement, offer: Offer
    ) -> Violation:
        """A violation for a restated offer sentence whose figures the offer does not state."""
        words = ctx.fields[name].original[restatement.start : restatement.end]
        figures = ", ".join(f"{f:g}" for f in restatement.changed)
        return violation(
            self.rule,
            f"{words!r} restates offer {offer.id!r} with figures it does not give ({figures}); "
            f"the offer says {restatement.sentence.text!r}.",
            field=name,
            span=(restatement.start, restatement.end),
            evidence=words,
            fix_hint=f"State the offer exactly as approved: {offer.terms}",
        )

    def _out_of_scope(
        self, ctx: CheckContext, offer: Offer, mentions: list[Mention]
    ) -> list[Violation]:
        """A violation when a promotion's sentence names only products the offer does not cover."""
        if not offer.products:
            return []
        for mention in mentions:
            if mention.kind in CONTEXT_KINDS or mention.kind in ("code", "promo"):
                continue
            text = ctx.fields[mention.field]
            start, end = text.sentence_at(mention.start)
            named = [
                h.product
                for h in ctx.product_hits
                if h.field == mention.field and start <= h.start < end
            ]
            if named and not any(p.id in offer.products for p in named):
                words = text.original[mention.start : mention.end]
                others = ", ".join(sorted({p.name for p in named}))
                return [
                    violation(
                        self.rule,
                        f"{words!r} is said of {others}, but offer {offer.id!r} covers "
                        f"only {', '.join(offer.products)}.",
                        field=mention.field,
                        span=(mention.start, mention.end),
                        evidence=words,
                        fix_hint=f"State the offer exactly as approved: {offer.terms}",
                    )
                ]
        return []

    def _wordings(self, offer: Offer, channel: str) -> list[re.Pattern[str]]:
        """The offer's terms and disclosure patterns, and its own form for ``channel``."""
        own = self.channel_text.get((offer.id, channel))
        return [*self.offer_text[offer.id], own] if own is not None else self.offer_text[offer.id]

    @staticmethod
    def _sale_role(ctx: CheckContext, mention: Mention) -> str | None:
        """``was`` for a reference price, ``now`` for a sale price, None for a plain price."""
        original = ctx.fields[mention.field].original
        before = original[max(0, mention.start - 30) : mention.start].lower()
        after = original[mention.end : mention.end + 12].lower()
        if _WAS_BEFORE.search(before) or _NOW_AFTER.search(after):
            return "was"
        if _NOW_BEFORE.search(before):
            return "now"
        return None

    @staticmethod
    def _priced_products(ctx: CheckContext, mention: Mention, offer: Offer | None) -> list[Product]:
        """Products with a list price the price may belong to: named nearby, else the offer's."""
        near = [h.product for h in ctx.products_near(mention.field, mention.start)]
        if offer is not None and offer.products:
            scoped = [p for p in near if p.id in offer.products]
            near = scoped or [p for p in ctx.pack.products if p.id in offer.products]
        return [p for p in near if p.list_price is not None]

    def _is_list_price(self, ctx: CheckContext, mention: Mention, offer: Offer | None) -> bool:
        """Whether a price mention is a plain price (a list price, not a promotion).

        With a catalogue: a price that is not a sale price (``was``, ``now``, ``only``)
        and not below the list price of the products it may belong to. Without a catalogue,
        on a message without an offer: a price that is not a sale price and not worded as a
        promotion (see :meth:`_promoted`) — an asking price, a fare, a monthly fee stated as a
        fact. With an offer and no catalogue every price is checked against the offer.
        """
        if mention.kind != "price":
            return False
        role = self._sale_role(ctx, mention)
        if role is not None:
            return (
                role == "was"
                and not ctx.pack.products
                and offer is None
                and self._lone_reference(ctx, mention)
            )
        if not ctx.pack.products and offer is None:
            return not self._promoted(ctx, mention)
        if offer is not None and self._aside(ctx, mention, offer):
            return True
        if not ctx.pack.products:
            return False
        value = _number(mention.value)
        if value in self._statement_figures(ctx):
            return True
        named = [h.product.list_price for h in ctx.products_near(mention.field, mention.start)]
        if any(v is not None and abs(float(v) - value) <= PRICE_TOLERANCE for v in named):
            return True  # the list price of a product named with it, in the offer's scope or not
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        said_of = [
            float(h.product.list_price)
            for h in ctx.product_hits
            if h.field == mention.field and start <= h.start < end and h.product.list_price
        ]
        if any(value < v - PRICE_TOLERANCE for v in said_of):
            return False  # below the list price of the product its sentence names
        lists = [
            float(p.list_price)
            for p in self._priced_products(ctx, mention, offer)
            if p.list_price is not None
        ]
        if any(abs(v - value) <= PRICE_TOLERANCE for v in lists):
            return True
        return not any(value < v - PRICE_TOLERANCE for v in lists)

    def _aside(self, ctx: CheckContext, mention: Mention, offer: Offer) -> bool:
        """Whether a plain price stands in a paragraph of its own, away from the offer.

        "Workshops are $45 a seat" in a paragraph that names no product, states no other
        promotion, none of the offer's wording and is not worded as a promotion is the price of
        something else, not a price the offer gives.
        """
        text = ctx.fields[mention.field]
        original = text.original
        p_start = original.rfind("\n\n", 0, mention.start) + 1
        p_end = original.find("\n\n", mention.end)
        p_end = len(original) if p_end < 0 else p_end
        if any(h.field == mention.field and p_start <= h.start < p_end for h in ctx.product_hits):
            return False
        if self._promoted(ctx, mention):
            return False
        paragraph = text.folded.text
        f_start, f_end = self._folded_span(text, p_start, p_end)
        for kind, pattern in self.patterns.items():
            if kind in ("price", "no_minimum"):
                continue
            if pattern.search(paragraph, f_start, f_end):
                return False
        return not any(
            p_start <= text.skel.original_span(*m.span())[0] < p_end
            for pattern in self._wordings(offer, ctx.message.channel)
            for m in pattern.finditer(text.skel.text)
        )

    @staticmethod
    def _folded_span(text: FieldText, start: int, end: int) -> tuple[int, int]:
        """The folded-view span of the characters from the original span ``start:end``."""
        offsets = text.folded.offsets
        return bisect_left(offsets, start), bisect_left(offsets, end)

    @staticmethod
    def _standing_free(ctx: CheckContext, mention: Mention) -> bool:
        """Whether a "free" states a standing policy, not a promotion.

        "Free returns within 30 days, as always" or "Kids stay free with a paying adult,
        every day of the year": the sentence says the thing is always free (``as always``,
        ``every day``, ``at every hotel``, a policy deadline such as ``up to 48 hours
        before``) and nothing makes it temporary or conditional on a purchase (``this
        week``, ``until``, ``code``, ``when you book``, ``over $50``).
        """
        if mention.kind != "free":
            return False
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        sentence = text.original[start:end].lower()
        return _STANDING.search(sentence) is not None and _TEMPORARY.search(sentence) is None

    def _lone_reference(self, ctx: CheckContext, mention: Mention) -> bool:
        """Whether a reference price (``MSRP $27,950``) stands alone, as a fact.

        Without a catalogue, a reference price is a promotion only beside another price (the
        sale price it is compared with) or promotional wording in its sentence.
        """
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        f_start, f_end = self._folded_span(text, start, end)
        prices = list(self.patterns["price"].finditer(text.folded.text, f_start, f_end))
        return len(prices) == 1 and not self._promoted(ctx, mention)

    def _promoted(self, ctx: CheckContext, mention: Mention) -> bool:
        """Whether a price is worded as a promotion (``just $19``, ``$19 in our sale``).

        Without a catalogue the engine cannot compare a price with a list price, so a price is
        a promotion only when its wording makes it one: a cue right before it (``only``,
        ``just``, ``as low as``), or promotional words or urgency in its sentence. A price
        stated as a plain fact ("listed at $86,500", "$25 a month") or a lead-in price ("fares
        from $99") is not.
        """
        text = ctx.fields[mention.field]
        original = text.original
        before = original[max(0, mention.start - 24) : mention.start].lower()
        if _PROMO_CUE_BEFORE.search(before):
            return True
        start, end = text.sentence_at(mention.start)
        sentence = original[start:end].lower()
        return _PROMO_CUE_SENTENCE.search(sentence) is not None

    @staticmethod
    def _statement_figures(ctx: CheckContext) -> set[float]:
        """Figures of the standing statements the message carries."""
        figures: set[float] = set()
        for name, spans in ctx.statement_spans.items():
            original = ctx.fields[name].original
            for start, end in spans:
                figures |= {_number(f) for f in _FIGURE.findall(original[start:end])}
        return figures

    def _price_mismatch(self, ctx: CheckContext, mention: Mention, offer: Offer) -> str | None:
        """Why a price does not agree with the offer and the catalogue, or None."""
        value = _number(mention.value)
        role = self._sale_role(ctx, mention)
        products = self._priced_products(ctx, mention, offer)
        lists = {float(p.list_price) for p in products if p.list_price is not None}
        if role == "was" and lists:
            if any(abs(v - value) <= PRICE_TOLERANCE for v in lists):
                return None
            listed = ", ".join(f"{v:g}" for v in sorted(lists))
            return f"the reference price {mention.value} is not the list price ({listed})"
        sale = {s for v in lists if (s := sale_price(v, offer)) is not None}
        if any(abs(s - value) <= PRICE_TOLERANCE for s in sale):
            return None
        if role == "now" and sale:
            expected = ", ".join(f"{s:g}" for s in sorted(sale))
            return f"the sale price {mention.value} is not the offer's price ({expected})"
        stated = {offer.min_spend, offer.discount_amount} | self.offer_amounts[offer.id]
        if value in stated:
            return None
        if lists and all(value < v - PRICE_TOLERANCE for v in lists):
            return f"the price {mention.value} is below list and not the offer's sale price"
        if not ctx.pack.products and value in self.offer_numbers[offer.id]:
            return None
        return f"the amount {mention.value} does not appear in the offer's terms"

    def _price_reductions(self, offer: Offer) -> list[float]:
        """Percent reductions a fixed-price offer gives off its products' list prices."""
        if offer.discount_type != DiscountType.PRICE or offer.discount_amount is None:
            return []
        lists = [
            float(p.list_price)
            for p in self.pack.products
            if p.id in offer.products and p.list_price
        ]
        return [100 * (1 - offer.discount_amount / v) for v in lists]

    def _mismatch(self, mention: Mention, offer: Offer) -> str | None:
        numbers = self.offer_numbers[offer.id]
        if mention.kind in ("percent", "half"):
            value = 50.0 if mention.kind == "half" else _number(mention.value)
            if offer.discount_type == DiscountType.PERCENT and value == offer.discount_amount:
                return None
            if value in self.offer_percents[offer.id]:
                return None
            if any(abs(r - value) <= PERCENT_TOLERANCE for r in self._price_reductions(offer)):
                return None
            return f"the offer is {self._describe(offer)}"
        if mention.kind == "amount":
            value = _number(mention.value)
            if offer.discount_type == DiscountType.AMOUNT and value == offer.discount_amount:
                return None
            if (
                offer.discount_type != DiscountType.AMOUNT
                and value != offer.min_spend
                and value in self.offer_amounts[offer.id]
            ):
                return None  # an amount the offer's terms give ("get $200 in bonus credit")
            return f"the offer is {self._describe(offer)}"
        if mention.kind == "price":
            if _number(mention.value) in numbers:
                return None
            return f"the amount {mention.value} does not appear in the offer's terms"
        if mention.kind == "free":
            return self._free_mismatch(mention, offer)
        if mention.kind == "bogo":
            if offer.discount_type == DiscountType.BOGO:
                return None
            return f"the offer is {self._describe(offer)}, not buy-one-get-one"
        if mention.kind == "points":
            if offer.discount_type != DiscountType.POINTS:
                return f"the offer is {self._describe(offer)}, not a points offer"
            multiple = _points_multiple(mention.text)
            if multiple is None or offer.discount_amount in (None, multiple):
                return None
            return f"the offer is {self._describe(offer)}"
        if mention.kind == "duration":
            if int(mention.value) in self.offer_integers[offer.id]:
                return None
            return f"the offer's terms do not give {mention.value} free"
        if mention.kind == "no_minimum":
            if offer.min_spend:
                return f"the offer needs a minimum spend of {offer.min_spend:g}"
            return None
        if mention.kind == "code":
            if offer.code and mention.value.upper() == offer.code.upper():
                return None
            expected = f"code {offer.code}" if offer.code else "no code"
            return f"the offer uses {expected}"
        return None

    def _free_mismatch(self, mention: Mention, offer: Offer) -> str | None:
        free_types = (DiscountType.FREE_SHIPPING, DiscountType.FREE_GIFT)
        if offer.discount_type not in free_types and not self.offer_has_free[offer.id]:
            return f"the offer is {self._describe(offer)}; nothing is free"
        words = [w for w in _WORD_SPLIT.split(mention.value) if w and w not in FILLER_WORDS]
        words = [w for w in words if not any(c.isdigit() for c in w)]
        if not words:
            return None
        noun = words[0]
        if noun in SHIPPING_WORDS:
            if (
                offer.discount_type == DiscountType.FREE_SHIPPING
                or noun in self.offer_words[offer.id]
            ):
                return None
            return f"the offer does not include free {noun}"
        if noun in ("gift", "gifts") and offer.discount_type == DiscountType.FREE_GIFT:
            return None
        if noun in self.offer_words[offer.id]:
            return None
        return f"the offer does not give a free {noun}"

    def _conditions(
        self, ctx: CheckContext, offer: Offer, mentions: list[Mention], within: int
    ) -> list[Violation]:
        places: list[tuple[int, int]] = []
        for name, text in ctx.fields.items():
            for pattern in self._wordings(offer, ctx.message.channel):
                for match in pattern.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    places.append((ctx.combined(name, start), ctx.combined(name, end)))
        required = (
            offer.disclosure_by_channel.get(ctx.message.channel) or offer.disclosure or offer.terms
        )
        if not places:
            return [
                violation(
                    self.rule,
                    f"The conditions of offer {offer.id!r} are missing.",
                    evidence=f"no {required!r} in the message",
                    fix_hint=f"Add {required!r} within {within} characters of the offer.",
                )
            ]
        for mention in mentions:
            lo = ctx.combined(mention.field, mention.start)
            hi = ctx.combined(mention.field, mention.end)
            if all(gap(lo, hi, s, e) > within for s, e in places):
                words = ctx.fields[mention.field].original[mention.start : mention.end]
                return [
                    violation(
                        self.rule,
                        f"The offer's conditions are more than {within} characters from {words!r}.",
                        field=mention.field,
                        span=(mention.start, mention.end),
                        evidence=words,
                        fix_hint=f"Put {required!r} next to {words!r}.",
                    )
                ]
        return []

    @staticmethod
    def _describe(offer: Offer) -> str:
        amount = offer.discount_amount
        match offer.discount_type:
            case DiscountType.PERCENT:
                return f"{amount:g}% off"
            case DiscountType.AMOUNT:
                return f"{amount:g} {offer.currency} off"
            case DiscountType.POINTS:
                return f"{amount:g}x points"
            case DiscountType.PRICE:
                return f"a price of {amount:g} {offer.currency}"
            case kind:
                return kind.value.replace("_", " ")
