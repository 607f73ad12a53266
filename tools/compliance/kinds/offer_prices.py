"""What a price or a "free" in copy means beside the message's offer and the catalogue.

Prices are read against the catalogue (when the pack has one): a plain price — not "was" or
"now", and not below the list price of a product named in the same sentence (or paragraph, or
the message when it is one paragraph) — is not a promotion, nor is a periodic list price
restated per shorter period ("$44.97 every 3 months, which works out to $14.99 a month",
:mod:`~nextbest.tools.compliance.period_equivalents`), nor is a carried standing statement's
price per period restated per another ("$14 a week" beside "$2 a day",
:mod:`~nextbest.tools.compliance.restated_periods`). A price below list is, and must be the
sale price the offer gives that product; a "was / reg." price must be the list price and a
"now" price the list price less the offer's discount; when the message discloses a lowest price
of the last 30 days below the list price (EU price indication), the discount is taken from that
reference instead, unless the price is the one the offer's own terms state; and when the offer
is a rebate paid later, its net price is not a "now" price. Without a catalogue a price on a
message without an offer is a promotion only when worded as one; beside an offer, a plain price
in a paragraph of its own is the price of something else. A "free" stated as standing policy,
said of a product that is free by name or price, restating a standing statement the message
carries, said with the condition a ``disclosure`` rule mandates for it, naming the prize of a
disclosed prize draw, or giving a thing a standing statement of the pack gives free with no
condition ("use the free air pumps" beside "Free self-serve air pumps at every <brand> location.",
carried or not), or naming a term the standing statements define ("withdrawals above the free
amount" beside "… above the annual free amount …") is not a promotion on a message without an
offer; nor is another promotional term ("0% APR") that a standing statement the message carries
states in the same words, nor a credit term a ``disclosure`` rule governs said with its wording
("4 interest-free payments" beside the late-fee line the rule mandates). An amount that states
what a prize is worth ("a $1,200 gift card (ARV $4,800)") is no price at all
(:mod:`~nextbest.tools.compliance.prize_values`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from nextbest.brand_context.models import (
    BrandPack,
    DisclosureRule,
    DiscountType,
    EntryStatus,
    Offer,
    Product,
)
from nextbest.tools.compliance.bundle_prices import bundle_list_price
from nextbest.tools.compliance.category_prices import category_list_price
from nextbest.tools.compliance.free_statement_heads import restates_free_head
from nextbest.tools.compliance.instalments import instalment_plans, sentence_amounts
from nextbest.tools.compliance.item_prices import priced_things_elsewhere
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, gap
from nextbest.tools.compliance.kinds.disclosure import literal_phrase
from nextbest.tools.compliance.kinds.offer_mentions import Mention
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.offer_paraphrase import read_number, sale_price
from nextbest.tools.compliance.per_unit_shares import list_price_share
from nextbest.tools.compliance.period_equivalents import period_equivalent
from nextbest.tools.compliance.phrases import compile_phrases
from nextbest.tools.compliance.prior_price import PRIOR_LOWEST
from nextbest.tools.compliance.prize_values import prize_value
from nextbest.tools.compliance.restated_periods import restates_standing_period
from nextbest.tools.compliance.supplement_prices import supplement_price
from nextbest.tools.compliance.tier_prices import buyer_tier
from nextbest.tools.compliance.whole_unit_prices import same_sale_price
from nextbest.tools.compliance.written_currencies import other_currency, priced_in

_WAS_BEFORE = re.compile(
    r"(?:\bwas|\breg\.?|\bregular(?:ly)?(?: price)?|\boriginally|\blist price|\bnormally|"
    r"\busually|\bbefore|\bmsrp|\brrp|\bcompare at|\bcompare to|\bvalued at|\bpreviously|"
    r"\bformerly|\bretail|\bau lieu de|\bprix barré|\bprix initial|\bstatt|\buvp|\bantes|"
    r"\bprecio anterior|\bαντί|\bαρχική τιμή|\beredeti ár|\beredetileg|\bkorábban"
    r"|\bharga (?:asal|biasa|normal)|\bхуучин үнэ|\bүндсэн үнэ|\bআগের দাম|\bনিয়মিত দাম"
    r"|\bপূর্বের দাম|តម្លៃធម្មតា|តម្លៃដើម)"
    r"\s*:?\s*(?:just\s+|only\s+)?$"
)
"""Words before a reference price: English, French, German, Spanish; Greek "αντί" (instead
of), "αρχική τιμή"; Hungarian "eredeti ár", "korábban"; Malay and Indonesian "harga asal",
"harga biasa", "harga normal" (original, usual price); Mongolian "хуучин үнэ", "үндсэн үнэ"
(old, base price); Bengali "আগের দাম", "পূর্বের দাম", "নিয়মিত দাম" (earlier, regular price); Khmer
"តម្លៃធម្មតា", "តម្លៃដើម" (normal, original price), written with no space before them."""
_WAS_AFTER = re.compile(r"^\s*(?:helyett|yerine)\b")
"""A postposition after a reference price: Hungarian "(4 990 Ft helyett)", Turkish "yerine"
(instead of)."""
_NOW_BEFORE = re.compile(
    r"(?:\bnow|\bsale price|\bsale|\bspecial price|\bmaintenant|\bjetzt|\bnur noch|\bahora"
    r"|\bτώρα|(?<!\bat )(?<!\bthe )\bmost|\bодоо|\bএখন|ឥឡូវ(?:នេះ)?)"
    r"\s*:?\s*(?:just\s+|only\s+|à\s+|μόνο\s+|csak\s+|মাত্র\s+|ត្រឹម(?:តែ)?\s*|តែ\s*)?$"
)
"""Words before a sale price; Greek "τώρα" and Hungarian "most" (now; not English "at most");
Mongolian "одоо" and Bengali "এখন" (now; "এখন মাত্র", now only); Khmer "ឥឡូវ", "ឥឡូវនេះ" (now),
"ឥឡូវត្រឹម" (now only), unspaced."""
_NOW_AFTER = re.compile(
    r"^\s*[,;:]?\s*(?:now|→|->|τώρα|μόνο|most|csak)\s*(?:just\s+|only\s+|csak\s+)?(?:[$£€¥]|\d)"
)
"""A sale price right after a price, which is then the reference price: "$45 now $39", Greek
"45 € μόνο 39 €" (only), Hungarian "4 990 Ft most 3 990 Ft"."""
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_PROMO_CUE_BEFORE = re.compile(
    r"(?:\bonly|\bjust|\bas low as|"
    r"\bat just|\bfor only|\bfor just|\blow(?:est)? price of|\bdeal:?|\bspecial:?|"
    r"\bseulement|\buniquement|\bsolo|\bnur|\bμόνο|\bcsak|\bmindössze)"
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
TEMPORARY = _TEMPORARY
"""Public name of :data:`_TEMPORARY` for the other offer readers (a product's features)."""
_STATEMENT_FILLER = frozenset(
    {"free", "a", "an", "the", "at", "on", "in", "of", "for", "with", "and", "or", "to", "is",
     "are", "it", "its", "it's", "any", "our", "your", "all"}
)  # fmt: skip


def _content(text: str) -> set[str]:
    """Content words of ``text`` (folded, plural ``-s`` dropped), fillers left out."""
    words = re.findall(r"[a-z][a-z'-]*", text.lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - _STATEMENT_FILLER


def _echoes_statement(ctx: CheckContext, phrase: str) -> bool:
    """Whether a "free" phrase restates a standing statement the message carries verbatim.

    "It's free at any <studio>" or a subject "Free shipping on $40+" beside the brand's
    standing "Free <scan> at any <studio>." / "Free shipping on orders of $35 or more.": the
    phrase (from "free" to the end of its sentence) shares a content word with a statement
    that gives something free, states no figure the statement does not, and nothing makes it
    temporary or conditional (``this week``, ``code``, ``when you``).
    """
    if _TEMPORARY.search(phrase.lower()) is not None:
        return False
    figures = set(_FIGURE.findall(phrase))
    words = _content(phrase)
    for name, spans in ctx.statement_spans.items():
        original = ctx.fields[name].original
        for s_start, s_end in spans:
            statement = original[s_start:s_end]
            if "free" not in re.findall(r"[a-z]+", statement.lower()):
                continue  # "Free, no-obligation <service>.": the word before its comma counts
            if figures <= set(_FIGURE.findall(statement)) and words & _content(statement):
                return True
    return False


def _states_standing_term(ctx: CheckContext, mention: Mention) -> bool:
    """Whether a promotional term restates a term of a standing statement the message carries.

    A subject "<bike> from $124.92/mo at 0% APR" above the brand's standing financing line
    "Rates 0%-29.99% APR; 0% APR on 12-month plans for qualified buyers. …": the "0% APR" is
    the brand's standing credit term, stated in full where the message carries it, not a
    promotion that needs an offer. The statement must contain the mention's words as written
    (plain form); the phrase from the mention to the end of its sentence states no figure the
    statement does not, and nothing makes it temporary or conditional (``this week``,
    ``code``, ``when you``).
    """
    if mention.kind == "free":
        return False  # a "free" is read by :func:`_echoes_statement`
    text = ctx.fields[mention.field]
    words = f" {plain(text.original[mention.start : mention.end])} "
    if not words.strip():
        return False
    _, end = text.sentence_at(mention.start)
    phrase = text.original[mention.start : end]
    if _TEMPORARY.search(phrase.lower()) is not None:
        return False
    figures = set(_FIGURE.findall(phrase))
    for name, spans in ctx.statement_spans.items():
        original = ctx.fields[name].original
        for s_start, s_end in spans:
            statement = original[s_start:s_end]
            if words in f" {plain(statement)} " and figures <= set(_FIGURE.findall(statement)):
                return True
    return False


def standing_free_words(pack: BrandPack) -> frozenset[str]:
    """Content words of the pack's standing statements that give something free outright.

    "Free self-serve air pumps at every <brand> location." gives air pumps free as a standing
    policy: no figure, nothing temporary or conditional (``this week``, ``over``,
    ``when you``). A statement with a figure or a condition ("Free shipping on orders of $40
    or more.") gives nothing free outright, nor does one scoped to some products or offers
    ("Free assembly included." said only of one bike): their words are not kept.

    Args:
        pack: The brand pack.

    Returns:
        The content words (folded, plural ``-s`` dropped) of those statements.
    """
    words: set[str] = set()
    for statement in pack.standing_statements:
        if statement.status == EntryStatus.RETIRED or statement.products or statement.offers:
            continue
        text = statement.text.lower()
        if "free" not in re.findall(r"[a-z]+", text):
            continue
        if _TEMPORARY.search(text) is None and _FIGURE.search(text) is None:
            words |= _content(text)
    return frozenset(words)


_DEFINITE = r"\b(?:the|your|its|their|our|this|that|each)\s+(?:[a-z]+\s+)?"
_TERM_IN_STATEMENT = re.compile(_DEFINITE + r"free\s+([a-z]+)")
_DEFINITE_BEFORE = re.compile(_DEFINITE + r"$")


def standing_free_terms(pack: BrandPack) -> frozenset[str]:
    """Nouns the pack's standing statements name with "free" as a term of the product.

    "Surrender charges … apply to withdrawals above the annual free amount …": the statement
    speaks of "the free amount" as a defined part of the product (an article or a possessive
    before it), not as a thing given free.

    Args:
        pack: The brand pack.

    Returns:
        The nouns after such a "free" (folded, plural ``-s`` dropped).
    """
    nouns: set[str] = set()
    for statement in pack.standing_statements:
        if statement.status == EntryStatus.RETIRED:
            continue
        for match in _TERM_IN_STATEMENT.finditer(fold(statement.text).text):
            noun = match.group(1)
            nouns.add(noun[:-1] if len(noun) > 3 and noun.endswith("s") else noun)
    return frozenset(nouns)


def _free_term(ctx: CheckContext, mention: Mention, terms: frozenset[str]) -> bool:
    """Whether a "free" names a standing term of the product, as the pack's statements do.

    "Withdrawals above the free amount cost a surrender charge" beside the standing statement
    "… withdrawals above the annual free amount …": the copy speaks of the defined term (an
    article or a possessive before "free", the statement's noun after it), not of a thing
    given free, and nothing after it makes it temporary or conditional (``this week``,
    ``code``).
    """
    if mention.kind != "free" or not terms:
        return False
    text = ctx.fields[mention.field]
    folded = text.folded.text
    f_start = bisect_left(text.folded.offsets, mention.start)
    if _DEFINITE_BEFORE.search(folded[max(0, f_start - 40) : f_start]) is None:
        return False
    end = text.sentence_at(mention.start)[1]
    following = re.findall(r"[a-z][a-z'-]*", text.original[mention.end : end].lower())
    if not following or _TEMPORARY.search(" ".join(following)) is not None:
        return False
    noun = following[0]
    return (noun[:-1] if len(noun) > 3 and noun.endswith("s") else noun) in terms


def _free_as_stated(ctx: CheckContext, mention: Mention, words: frozenset[str]) -> bool:
    """Whether a "free" gives a thing the brand's standing statements give free outright.

    "Swing by and use the free air pumps on your way out" beside the standing statement "Free
    self-serve air pumps at every <brand> location." (not carried by the message): the free
    thing (the first content word after "free") is one a standing statement gives free with
    no condition, and the sentence states no figure and nothing temporary or conditional.
    """
    if mention.kind != "free" or not words:
        return False
    text = ctx.fields[mention.field]
    start, end = text.sentence_at(mention.start)
    sentence = text.original[start:end]
    if _TEMPORARY.search(sentence.lower()) is not None or _FIGURE.search(sentence):
        return False
    following = re.findall(r"[a-z][a-z'-]*", text.original[mention.end : end].lower())
    thing = next((w for w in following if w not in _STATEMENT_FILLER), None)
    if thing is None:
        return False
    singular = thing[:-1] if len(thing) > 3 and thing.endswith("s") else thing
    return singular in words


GovernedFree = tuple[re.Pattern[str], tuple[str, ...]]
"""A ``disclosure`` rule's literal trigger (folded view) and its mandated wordings (plain)."""


def governed_free_rules(pack: BrandPack) -> list[GovernedFree]:
    """The pack's disclosure rules that say how a "free" must be worded, compiled once.

    A rule counts when one of its ``trigger_phrases`` contains "free" (``free shipping``,
    ``ships free``) and its wordings are conditions no offer of the pack states: a wording an
    offer's terms or disclosure contain is that offer's condition, not a standing policy.

    Args:
        pack: The brand pack.

    Returns:
        (trigger pattern, plain wordings) pairs.
    """
    offer_text = " ".join(
        f" {plain(w)} " for o in pack.offers for w in (o.terms, o.disclosure or "") if w
    )
    found: list[GovernedFree] = []
    for rule in pack.rules:
        if not isinstance(rule, DisclosureRule):
            continue
        wordings = tuple(
            w
            for w in (plain(x) for x in rule.params.required_any)
            if w and f" {w} " not in offer_text
        )
        if not wordings or len(wordings) < len(rule.params.required_any):
            continue
        for phrase in rule.params.trigger_phrases:
            if "free" in phrase.lower().split():
                found.append((re.compile(literal_phrase(phrase)), wordings))
    return found


def _governed_free(ctx: CheckContext, mention: Mention, rules: list[GovernedFree]) -> bool:
    """Whether a "free" is a standing policy said with the condition a rule mandates for it.

    "Every <brand> bike ships free on orders over $999 in the contiguous U.S." under a
    ``disclosure`` rule whose trigger is ``ships free`` and whose wording is "on orders over
    $999": the officer wrote down how the brand's standing free shipping must be said, and the
    sentence says it so. The mention must lie in the rule's trigger, its sentence must carry one
    of the rule's wordings, and the rest of the sentence must state no other figure and
    nothing that makes the "free" temporary or conditional (``this week``, ``code``).
    """
    if mention.kind != "free" or not rules:
        return False
    text = ctx.fields[mention.field]
    start, end = text.sentence_at(mention.start)
    sentence = f" {plain(text.original[start:end])} "
    for pattern, wordings in rules:
        inside = False
        for match in pattern.finditer(text.folded.text):
            t_start, t_end = text.folded.original_span(*match.span())
            if t_start <= mention.start < t_end:
                inside = True
                break
        if not inside:
            continue
        for wording in wordings:
            if f" {wording} " not in sentence:
                continue
            rest = sentence.replace(f" {wording} ", " ")
            if _TEMPORARY.search(rest) is None and not _FIGURE.search(rest):
                return True
    return False


_NOT_DESCRIBING = frozenset(
    {"with", "for", "on", "when", "if", "by", "at", "in", "to", "from", "and", "or", "of", "worth"}
)
"""Words that end the thing a "free" gives ("free delivery with a <product>")."""

GovernedTerm = tuple[re.Pattern[str], re.Pattern[str], int | None]
"""A ``disclosure`` rule's credit-term trigger (folded view), its wordings (skeleton view) and
its ``within_chars``."""
_CREDIT_TERM = re.compile(r"\b(?:interest|apr|financing)\b")
"""A promotional credit term ("0% interest", "interest-free payments", "0% APR")."""


def governed_credit_terms(pack: BrandPack) -> list[GovernedTerm]:
    """The pack's disclosure rules that say how a standing credit term must be worded.

    A rule counts for each of its ``trigger_phrases`` that names a credit term
    (``interest-free``, ``0% interest``) no offer of the pack states, when its wordings are
    lines no offer's terms or disclosure contain: the officer wrote down the line the brand's
    own interest-free product is said with, not an offer's conditions.

    Args:
        pack: The brand pack.

    Returns:
        (trigger pattern, wordings pattern, within_chars) triples.
    """
    offer_text = " ".join(
        f" {plain(w)} " for o in pack.offers for w in (o.name, o.terms, o.disclosure or "") if w
    )
    found: list[GovernedTerm] = []
    for rule in pack.rules:
        if not isinstance(rule, DisclosureRule):
            continue
        params = rule.params
        wordings = [
            *params.required_any,
            *(w for ws in params.required_by_channel.values() for w in ws),
            *(w for ws in params.required_by_region.values() for w in ws),
        ]
        if not wordings or any(f" {plain(w)} " in offer_text for w in wordings):
            continue
        compiled = compile_phrases(wordings, obfuscation=False)
        if compiled is None:
            continue
        for phrase in params.trigger_phrases:
            key = plain(phrase)
            if _CREDIT_TERM.search(fold(phrase).text) and f" {key} " not in offer_text:
                found.append((re.compile(literal_phrase(phrase)), compiled, params.within_chars))
    return found


def _costs_more_than_its_price(sentence: str) -> bool:
    """Whether an interest-free plan in a folded sentence costs more than any price it states.

    "That A$240 jacket is 4 interest-free payments of A$65": the instalments add up to A$260,
    more than the cash price, so the plan is not interest-free as stated.
    """
    for plan in instalment_plans(sentence):
        amounts = sentence_amounts(sentence, plan)
        if plan.interest_free and amounts and plan.cost > max(amounts) + 0.01 * plan.count:
            return True
    return False


def governed_credit_term(ctx: CheckContext, mention: Mention, rules: list[GovernedTerm]) -> bool:
    """Whether a credit term is the product's standing term, said as a rule mandates.

    "Split it into 4 interest-free payments of A$35" under a ``disclosure`` rule whose trigger
    is ``interest-free`` and whose wording is the late-fee line, with that line within the
    rule's reach: the brand's product charges no interest, and the officer wrote down how that
    must be said; on a message without an offer it is no promotion. The mention must lie in
    the rule's trigger, the message must carry one of the rule's wordings within its
    ``within_chars`` (anywhere when it has none), and nothing in the mention's sentence may make
    the term temporary or conditional (``this week``, ``until``, ``code``).
    """
    if mention.kind != "promo" or not rules or not _CREDIT_TERM.search(mention.text):
        return False
    text = ctx.fields[mention.field]
    start, end = text.sentence_at(mention.start)
    if _TEMPORARY.search(text.original[start:end].lower()) is not None:
        return False
    if _costs_more_than_its_price(fold(text.original[start:end]).text):
        return False  # "an A$240 jacket is 4 interest-free payments of A$65": not the term
    low, high = ctx.combined(mention.field, mention.start), ctx.combined(mention.field, mention.end)
    for trigger, wordings, within in rules:
        if not any(
            t_start <= mention.start < t_end or mention.start <= t_start < mention.end
            for t_start, t_end in (
                text.folded.original_span(*m.span()) for m in trigger.finditer(text.folded.text)
            )
        ):
            continue
        for name, field_text in ctx.fields.items():
            for match in wordings.finditer(field_text.skel.text):
                w_start, w_end = field_text.skel.original_span(*match.span())
                if (
                    within is None
                    or gap(low, high, ctx.combined(name, w_start), ctx.combined(name, w_end))
                    <= within
                ):
                    return True
    return False


_PRIZE_DRAW = re.compile(
    r"\b(?:prize draw|sweepstakes?|giveaway|competition|contest|raffle|chance to win|"
    r"enter to win|to be won)\b"
)
_NO_PURCHASE = re.compile(r"\bno purchase (?:necessary|required|needed)\b")


def _prize(ctx: CheckContext, mention: Mention) -> bool:
    """Whether a "free" names the prize of a prize draw the message discloses.

    "Fancy a free weekend at <festival>? Enter our prize draw for a chance to win two passes.
    No purchase necessary.": the free thing is won, not sold at a discount; the draw's own
    rules (closing date, terms) govern it. The paragraph must speak of the draw and the
    message must say that no purchase is necessary.
    """
    text = ctx.fields[mention.field]
    start = text.original.rfind("\n\n", 0, mention.start) + 1
    end = text.original.find("\n\n", mention.end)
    paragraph = text.original[start : end if end >= 0 else len(text.original)].lower()
    if _PRIZE_DRAW.search(paragraph) is None:
        return False
    return any(_NO_PURCHASE.search(t.original.lower()) for t in ctx.fields.values())


_PRIOR_LOWEST = PRIOR_LOWEST


_DEAL_CUE_BEFORE = re.compile(
    r"(?:\bonly|\bjust|\bdeal:?|\bspecial:?|\bseulement|\buniquement|\bsolo|\bnur)\s*:?\s*$"
)
"""Words that sell a price as a deal ("just $99"); a lead-in ("as low as $19") does not."""
_DEAL_CUE_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|/)\s?[a-z]+\s+)?(?:offer|deal|special|promo|promotion|sale|discount)s?\b"
)
"""A price named as an offer ("your $2 a week offer", "the $20/mo deal")."""
_GIVEN_BEFORE = re.compile(
    r"(?:\b(?:give|gives|giving|gift|gifts) you|\btreat you to|\bon us:"
    r"|\bbjuder (?:dig |er )?på|\bvi ger dig|\bti regaliamo|\bvi regaliamo|\bte regalamos"
    r"|\bte offrons|\bvous offrons|\bon vous offre|\bschenken (?:dir|ihnen)|\bwir schenken"
    r"|\bkrijg je|\bje krijgt|\bte damos|\bganhe|\bganha"
    r"|\b(?:win|wins|winning|vinn|vinner|vinci|gagnez|gagner|gana|ganar|gewinne|gewinnen)"
    r"(?:\s+(?:an?|one|un|une|uno|una|ett|en|einen|eine|ein|um|uma|een))?)\s*:?\s*$"
)
"""Words that give an amount away ("we treat you to", "Vi bjuder på 500 kr", "ti regaliamo
20 €") or offer it as a prize ("to win a $75 gift card"): money given is a promotion, never a
list price."""


def _cued_as_promotion(original: str, start: int, end: int) -> bool:
    """Whether a promotional cue leads into the price at ``start:end`` or names it an offer.

    With a catalogue, a price that is no product's list price and names no product ("a new
    <thing> for just $99/mo", "only $49 today", "your $2 a week offer") is worded as a deal:
    on a message without an offer it is a promotion, whatever the catalogue's prices. A lead-in
    ("as low as $19/month") states where prices start, not a deal.
    """
    before = original[max(0, start - 24) : start].lower()
    if _DEAL_CUE_BEFORE.search(before) is not None or _GIVEN_BEFORE.search(before) is not None:
        return True
    return _DEAL_CUE_AFTER.match(original[end : end + 32].lower()) is not None


def _prior_lowest_figures(ctx: CheckContext) -> set[float]:
    """Figures of the sentences that disclose the lowest price of the last 30 days.

    Under the EU price-indication rule a reduction is shown against the lowest price of the
    30 days before it ("Prix de référence : 22,40 €, prix le plus bas pratiqué au cours des 30
    jours précédant l'offre"), which may be below the list price.
    """
    figures: set[float] = set()
    for text in ctx.fields.values():
        original = text.original
        for match in _PRIOR_LOWEST.finditer(original):
            start, end = text.sentence_at(match.start())
            figures |= {read_number(f) for f in _FIGURE.findall(original[start:end])}
    return figures - {30.0}


_REBATE = re.compile(r"\brebates?\b", re.IGNORECASE)


def _after_rebate(ctx: CheckContext, mention: Mention, offer: Offer) -> bool:
    """Whether a "now" price is the net of a rebate the offer pays later.

    An offer whose own name or terms speak of a rebate ("$129.99 after $20 mail-in rebate")
    is paid at the list price and refunded later: "now just $129.99" is not what the buyer
    pays, unless the price's own sentence says it is after the rebate.
    """
    if not _REBATE.search(f"{offer.name} {offer.terms}"):
        return False
    text = ctx.fields[mention.field]
    start, end = text.sentence_at(mention.start)
    return _REBATE.search(text.original, start, end) is None


def _off_list_not_reference(
    ctx: CheckContext, value: float, lists: set[float], offer: Offer
) -> str | None:
    """Why a sale price worked out from the list price is wrong when a lower reference is given.

    A message that discloses the lowest price of the last 30 days below the list price
    ("Prix de référence : 22,40 €" for a product listed at 28 €) has said what the reduction
    is taken from: "-10 % : 25,20 €" (10 % off the list price) is then not the offer's price,
    which is 10 % off the reference. Fixed-price offers are not concerned.
    """
    if offer.discount_type not in (DiscountType.PERCENT, DiscountType.AMOUNT):
        return None
    top = max(lists)
    references = {r for r in _prior_lowest_figures(ctx) if r < top - PRICE_TOLERANCE}
    expected = {s for r in references if (s := sale_price(r, offer)) is not None}
    if not expected or any(abs(s - value) <= PRICE_TOLERANCE for s in expected):
        return None
    return (
        f"the reduction is taken from the disclosed lowest price of the last 30 days, not from "
        f"the list price ({top:g}): {value:g} is not the offer's price"
    )


def _instalment_of(ctx: CheckContext, mention: Mention, value: float, prices: set[float]) -> bool:
    """Whether a price is one instalment of a plan that adds up to one of ``prices``."""
    text = ctx.fields[mention.field]
    for plan in instalment_plans(text.folded.text):
        start, end = text.folded.original_span(plan.start, plan.end)
        if start <= mention.start < end and abs(plan.value - value) <= PRICE_TOLERANCE:
            return any(plan.adds_up_to(p) for p in prices)
    return False


def _prior_lowest(ctx: CheckContext, value: float) -> bool:
    """Whether ``value`` is a disclosed lowest price of the last 30 days.

    A "was" / "au lieu de" price equal to it is that reference, not a false list price.
    """
    return any(abs(f - value) <= PRICE_TOLERANCE for f in _prior_lowest_figures(ctx))


def _free_product(ctx: CheckContext, mention: Mention) -> bool:
    """Whether a "free" describes a catalogue product whose very name or price is free.

    "It's FREE" above "<brand> Free Edition: $0 federal", "Electricity is free from 9 p.m. on
    <Free Nights plan>": the product the phrase is said of is named "free" or lists at 0, so
    the word states what the product is, not a promotion.
    """
    for hit in ctx.products_near(mention.field, mention.start):
        product = hit.product
        if product.list_price is not None and float(product.list_price) == 0:
            return True
        if any("free" in name.lower().split() for name in product.names):
            return True
    return False


PERCENT_TOLERANCE = 1.0
"""Percentage points a stated reduction may differ from the one a fixed price gives."""
PRICE_TOLERANCE = 0.01
"""Currency units two prices may differ by and still be the same price (rounding)."""
LIST_TOLERANCE = 0.005
"""Currency units a stated price may differ from a list price by: less than a cent. Both are
written out, nothing is rounded: "$9.98" of a charge listed at $9.99 is another price."""


class OfferPrices:
    """Price and "free" reading for the offer-terms check.

    A mixin: it reads the check's compiled patterns and offer figures.

    Attributes:
        pack: The brand pack.
        patterns: Mention kind → compiled pattern.
        offer_text: Offer id → patterns of its terms and disclosure.
        channel_text: ``(offer id, channel)`` → pattern of the offer's own form there.
        offer_numbers: Offer id → figures its terms state.
        offer_amounts: Offer id → currency amounts its terms state.
    """

    pack: BrandPack
    patterns: dict[str, re.Pattern[str]]
    offer_text: dict[str, list[re.Pattern[str]]]
    channel_text: dict[tuple[str, str], re.Pattern[str]]
    offer_numbers: dict[str, set[float]]
    offer_amounts: dict[str, set[float]]
    governed_free: list[GovernedFree]
    standing_free: frozenset[str]
    free_terms: frozenset[str]
    free_statements: tuple[str, ...]

    @cached_property
    def quoted_currencies(self) -> frozenset[str]:
        """The currencies the brand prices its products and offers in (read once)."""
        return priced_in(self.pack)

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
        if _WAS_BEFORE.search(before) or _NOW_AFTER.search(after) or _WAS_AFTER.search(after):
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
        and not below the list price of the products it may belong to; a reference price
        (``MSRP``, ``was``) or a "now" price that is the list price of a product named with it
        is one too (a "now" at the list price cuts nothing; a "was" beside it that is not the
        list price is read on its own).
        Without a catalogue, on a message without an offer: a price that is not a sale price
        and not worded as a promotion (see :meth:`_promoted`) — an asking price, a fare, a
        monthly fee stated as a fact. With an offer and no catalogue every price is checked
        against the offer. The price of the message's own fixed-price offer is that offer's,
        even above a product's list price (a multi-buy: "3 packs for $150" of a $59 pack),
        unless it is the list price of a product named with it. A package's list price per
        unit ("10-class pass, $24 per class" of a $240 pass,
        :mod:`~nextbest.tools.compliance.per_unit_shares`) is a list price too. A price written
        in another currency than a product's list price ("$42" beside a list price in soʻm,
        :mod:`~nextbest.tools.compliance.written_currencies`) is not compared with it.
        """
        if mention.kind != "price":
            return False
        role = self._sale_role(ctx, mention)
        value = read_number(mention.value)
        quoted = self.quoted_currencies
        named = [  # "$42" beside a list price in soʻm: a second price list, not that price
            h.product.list_price
            for h in ctx.products_near(mention.field, mention.start)
            if not other_currency(mention.text, h.product.currency, quoted)
        ]
        at_list = any(v is not None and abs(float(v) - value) <= LIST_TOLERANCE for v in named)
        if role is not None:
            if at_list:  # "MSRP $27,410", "<product>, now £5.99": the list price of the
                return True  # product named with it, whatever word leads into it
            return (
                role == "was"
                and not ctx.pack.products
                and offer is None
                and self._lone_reference(ctx, mention)
            )
        if not ctx.pack.products and offer is None:
            return not self._promoted(ctx, mention)
        if offer is not None and not at_list and _offer_price(offer, value):
            return False  # "3 packs for $150" of a fixed-price offer of $150: the offer's price
        if offer is not None and self._aside(ctx, mention, offer):
            return True
        if not ctx.pack.products:
            return False
        if value in self._statement_figures(ctx):
            return True
        if restates_standing_period(
            ctx.fields[mention.field].original, mention.start, value, self._statement_texts(ctx)
        ):
            return True  # "$14 a week" beside a carried "$2 a day": the same plan
        if at_list:
            return True  # the list price of a product named with it, in the offer's scope or not
        if self._tier_price(ctx, mention, value, named):
            return True  # "Day passes $24 (students $19)": the students' own price
        lists = {float(v) for v in named if v is not None}
        if lists and _instalment_of(ctx, mention, value, lists):
            return True  # "10x de R$ 249,90" of a list price of R$ 2.499,00
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        said_of = [
            float(h.product.list_price)
            for h in ctx.product_hits
            if h.field == mention.field
            and start <= h.start < end
            and h.product.list_price
            and not other_currency(mention.text, h.product.currency, quoted)
        ]
        if said_of and period_equivalent(
            text.original[start:end], mention.start - start, set(said_of)
        ):
            return True  # "$44.97 every 3 months, which works out to $14.99 a month"
        named_spans = [(h.start, h.end) for h in ctx.product_hits if h.field == mention.field]
        if said_of and category_list_price(
            text.original, start, mention.start, value, ctx.pack.products, named_spans
        ):
            return True  # "en flaska kostar 39 kr och en back …": a can's list price
        if self._item_price(ctx, mention, start, end):
            return True  # "spare poles are $9 each": the price of the poles, not the tent's
        if (
            said_of
            and supplement_price(text.original, start, mention.start)
            and not _cued_as_promotion(text.original, mention.start, mention.end)
        ):
            return True  # "a supplement to <product> of €9": the extra's price, not the product's
        if said_of and list_price_share(
            text.original,
            (start, end),
            mention.start,
            mention.end,
            value,
            (
                (float(h.product.list_price), h.product.names)
                for h in ctx.product_hits
                if h.field == mention.field
                and start <= h.start < end
                and h.product.list_price
                and not other_currency(mention.text, h.product.currency, quoted)
            ),
        ):
            return True  # "10-class pass, $24 per class" of a pass listed at $240
        if any(value < v - LIST_TOLERANCE for v in said_of):
            return False  # below the list price of the product its sentence names
        lists = [
            float(p.list_price)
            for p in self._priced_products(ctx, mention, offer)
            if p.list_price is not None and not other_currency(mention.text, p.currency, quoted)
        ]
        if any(abs(v - value) <= LIST_TOLERANCE for v in lists):
            return True
        if (
            not said_of
            and offer is None
            and _cued_as_promotion(text.original, mention.start, mention.end)
        ):
            return False  # "a new deck for just $89/mo": no product's price, sold as a deal
        if not said_of and category_list_price(
            text.original, start, mention.start, value, ctx.pack.products, named_spans
        ):
            return True  # "junior 6-15 år kr 320" of a listed junior ticket
        return not any(value < v - LIST_TOLERANCE for v in lists)

    def _tier_price(
        self, ctx: CheckContext, mention: Mention, value: float, named: list[float | None]
    ) -> bool:
        """Whether a plain price is a buyer class's own price beside the full price.

        "Day passes $24 (students $19)" of a pass listed at $24: the clause of the price opens
        with a class of buyer (:func:`~nextbest.tools.compliance.tier_prices.buyer_tier`) and
        its sentence states a higher price that is the list price of a product the price may
        be said of, the full price. Nothing in the sentence may sell it as a deal ("now just",
        "save", "this week"): a tier price worded as a cut is still a promotion.
        """
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        if not buyer_tier(text.original, start, mention.start):
            return False
        if _cued_as_promotion(text.original, mention.start, mention.end):
            return False
        if _PROMO_CUE_SENTENCE.search(text.original[start:end].lower()) is not None:
            return False
        full = {float(v) for v in named if v is not None and float(v) > value + PRICE_TOLERANCE}
        f_start, f_end = self._folded_span(text, start, end)
        for match in self.patterns["price"].finditer(text.folded.text, f_start, f_end):
            figure = next((g for g in match.groups() if g), None)
            if figure is None:
                continue
            stated = read_number(figure)
            if any(abs(stated - v) <= PRICE_TOLERANCE for v in full):
                return True
        return False

    @staticmethod
    def _item_price(ctx: CheckContext, mention: Mention, start: int, end: int) -> bool:
        """Whether a unit price prices things its clause names, not a catalogue product.

        See :func:`~nextbest.tools.compliance.item_prices.priced_things_elsewhere`: "spare
        poles are $9 each" after a tent's price, "mugs printed with <product>, $14 each". A
        price sold as a deal ("just $9 each", "save") is not let off.
        """
        text = ctx.fields[mention.field]
        named = [h.start for h in ctx.product_hits if h.field == mention.field]
        if not priced_things_elsewhere(text.original, start, mention.start, mention.end, named):
            return False
        if _cued_as_promotion(text.original, mention.start, mention.end):
            return False
        return _PROMO_CUE_SENTENCE.search(text.original[start:end].lower()) is None

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
            if kind in ("price", "no_minimum", "no_fee"):
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

    def _standing_free(self, ctx: CheckContext, mention: Mention) -> bool:
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
        if _TEMPORARY.search(sentence) is None and (
            _STANDING.search(sentence) is not None or _free_product(ctx, mention)
        ):
            return True
        if _prize(ctx, mention) or _governed_free(ctx, mention, self.governed_free):
            return True
        if _free_as_stated(ctx, mention, self.standing_free):
            return True
        if _free_term(ctx, mention, self.free_terms):
            return True  # "above the free amount": a defined term of the product
        if restates_free_head(
            self.free_statements, text.original, (start, end), mention.end, _TEMPORARY
        ):
            return True  # the head of a standing statement, its tail left off
        return _echoes_statement(ctx, text.original[mention.start : end])

    def _free_as_standing(self, ctx: CheckContext, mention: Mention) -> bool:
        """Whether a "free" gives what the brand's standing statements give free outright.

        Beside an offer that gives nothing free ("0% APR for 18 months"), "Get a free estimate"
        next to the standing statement "Free in-home estimates on <work>." speaks of the
        brand's standing policy, not of the offer: no term of the offer is changed.
        """
        if mention.kind != "free":
            return False
        if _free_as_stated(ctx, mention, self.standing_free):
            return True
        if _free_term(ctx, mention, self.free_terms):
            return True  # "above the free amount": a defined term of the product
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        if restates_free_head(
            self.free_statements, text.original, (start, end), mention.end, _TEMPORARY
        ):
            return True  # the head of a standing statement, its tail left off
        return _echoes_statement(ctx, text.original[mention.start : end])

    @staticmethod
    def _covered_in_full(ctx: CheckContext, mention: Mention, offer: Offer) -> bool:
        """Whether a "free" is said of products whose whole list price the offer takes off.

        "The <model> is a free heat pump for eligible homes" beside a grant of £7,500 off a
        product listed at £7,500: the amount off covers the whole price, so the product is free
        under the offer's conditions. Every catalogue product the sentence names must be one the
        offer covers, in the offer's currency, listed at no more than the amount off.
        """
        if mention.kind != "free" or offer.discount_type != DiscountType.AMOUNT:
            return False
        if offer.discount_amount is None:
            return False
        named = [h.product for h in ctx.products_in_sentence(mention.field, mention.start)]
        return bool(named) and all(
            product.list_price is not None
            and float(product.list_price) <= float(offer.discount_amount) + PRICE_TOLERANCE
            and (not offer.products or product.id in offer.products)
            and (offer.currency is None or product.currency in (None, offer.currency))
            for product in named
        )

    @staticmethod
    def _free_offer_product(ctx: CheckContext, mention: Mention, offer: Offer) -> bool:
        """Whether a "free" gives a catalogue product the offer gives, a word or two after it.

        "Free smart Hub with your <model>" of an offer whose wording gives "Free <brand> Hub":
        the words between "free" and the product's name describe it ("smart"), and the offer's
        own wording (name, terms, disclosure or a channel's form) gives that product free, a
        word or two after its "free". A product the offer sells at a price ("Free Plus for a
        year" of a reduced Plus price) is not free, nor is a thing no catalogue product names
        ("a free sea-view upgrade"): those are read by their words as before.
        """
        if mention.kind != "free":
            return False
        text = ctx.fields[mention.field]
        wording = " ".join(
            plain(w)
            for w in (
                offer.name,
                offer.terms,
                offer.disclosure,
                *offer.disclosure_by_channel.values(),
            )
            if w
        )
        for hit in ctx.product_hits:
            if hit.field != mention.field or hit.start < mention.end:
                continue
            between = re.findall(r"[\w'-]+", text.original[mention.end : hit.start])
            if len(between) > 2 or not all(w.isalpha() for w in between):
                continue
            if set(plain(" ".join(between)).split()) & _NOT_DESCRIBING:
                continue
            if any(
                re.search(rf"\bfree(?: \w+){{0,2}}? {re.escape(plain(n))}\b", wording)
                for n in hit.product.names
            ):
                return True
        return False

    @staticmethod
    def _prize_value(ctx: CheckContext, mention: Mention) -> bool:
        """Whether a price states what a prize is worth (see :mod:`.prize_values`).

        "Grand Prize: a <boat> plus a $2,500 check (ARV $9,500)": nobody pays the $2,500; it
        is no price for the catalogue or the offer to match.
        """
        if mention.kind != "price":
            return False
        text = ctx.fields[mention.field]
        return prize_value(text.original, text.sentence_at(mention.start), mention.start)

    @staticmethod
    def _standing_term(ctx: CheckContext, mention: Mention) -> bool:
        """Whether a mention restates a term of a standing statement the message carries.

        See :func:`_states_standing_term`: "0% APR" beside the brand's standing financing
        line that states it is that line's term, not a promotion.
        """
        return _states_standing_term(ctx, mention)

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
    def _statement_texts(ctx: CheckContext) -> list[str]:
        """The standing statements the message carries, as written."""
        return [
            ctx.fields[name].original[start:end]
            for name, spans in ctx.statement_spans.items()
            for start, end in spans
        ]

    @staticmethod
    def _statement_figures(ctx: CheckContext) -> set[float]:
        """Figures of the standing statements the message carries."""
        figures: set[float] = set()
        for name, spans in ctx.statement_spans.items():
            original = ctx.fields[name].original
            for start, end in spans:
                figures |= {read_number(f) for f in _FIGURE.findall(original[start:end])}
        return figures

    def _price_mismatch(self, ctx: CheckContext, mention: Mention, offer: Offer) -> str | None:
        """Why a price does not agree with the offer and the catalogue, or None."""
        value = read_number(mention.value)
        role = self._sale_role(ctx, mention)
        products = self._priced_products(ctx, mention, offer)
        lists = {float(p.list_price) for p in products if p.list_price is not None}
        if lists and value < max(lists) and _prior_lowest(ctx, value):
            return None  # the disclosed lowest price of the last 30 days (EU Omnibus)
        if role == "was" and lists:
            if any(abs(v - value) <= PRICE_TOLERANCE for v in lists):
                return None
            bundle = bundle_list_price(
                h.product for h in ctx.products_in_sentence(mention.field, mention.start)
            )
            if bundle is not None and abs(bundle - value) <= PRICE_TOLERANCE:
                return None  # "<A> and <B> for $90 (usually $120)": their list prices together
            listed = ", ".join(f"{v:g}" for v in sorted(lists))
            return f"the reference price {mention.value} is not the list price ({listed})"
        sale = {s for v in lists if (s := sale_price(v, offer)) is not None}
        if any(same_sale_price(s, value, mention.value) for s in sale):  # 2,249 of 2,249.10
            if role == "now" and _after_rebate(ctx, mention, offer):
                return (
                    f"{mention.value} is the price after a rebate paid later, not a price "
                    "paid now; call it the price after the rebate"
                )
            if any(abs(a - value) <= PRICE_TOLERANCE for a in self.offer_amounts[offer.id]):
                return None  # the sale price the offer's own terms state: approved as written
            return _off_list_not_reference(ctx, value, lists, offer)
        if lists and any(  # the offer applied to a disclosed 30-day lowest price
            (s := sale_price(r, offer)) is not None and abs(s - value) <= PRICE_TOLERANCE
            for r in _prior_lowest_figures(ctx)
            if r < max(lists)
        ):
            return None
        if role == "now" and sale:
            expected = ", ".join(f"{s:g}" for s in sorted(sale))
            return f"the sale price {mention.value} is not the offer's price ({expected})"
        stated = {offer.min_spend, offer.discount_amount} | self.offer_amounts[offer.id]
        if value in stated:
            return None
        if _instalment_of(ctx, mention, value, {float(v) for v in stated if v} | sale | lists):
            return None  # "4 x $80" of an offer price of $320
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


def _offer_price(offer: Offer, value: float) -> bool:
    """Whether ``value`` is the price a fixed-price offer sells at ("3 for $150": $150).

    Args:
        offer: The message's offer.
        value: A price the copy states.

    Returns:
        True when the offer is a fixed price (``discount_type: price``) of that amount.
    """
    return (
        offer.discount_type == DiscountType.PRICE
        and offer.discount_amount is not None
        and abs(float(offer.discount_amount) - value) <= PRICE_TOLERANCE
    )
