"""``offer_terms``: every discount, price and "free" in the copy matches the message's offer.

Promotional mentions are found on the folded view: percentages and amounts off, prices,
"free …", buy-one-get-one, points, promo codes and plain promotional words (``sale``,
``discount``…), and the Chinese "free" and "half price" (「免費」, 「半價」) and Basque "free"
(``doan``) no word pattern reads (:mod:`~nextbest.tools.compliance.native_mentions`). Text
inside a usable approved claim, a claim's approved disclaimer, a link, a standing statement
of the brand, or the offer's own terms or disclosure is not a mention
(``fragrance-free`` is not "free" either: it is one word, nor is the "free" of ``free weights``,
an everyday sense, nor a "free" in a question the copy answers "no": '"Is <brand> free?" …
the straight answer: no'). Each mention must agree with the
offer: same discount type and amount in the same unit (``15% off`` is not ``$15 off``), same
code, "free" only for what the offer gives free (a "free" followed by a time, a place or a
clause names nothing after it: "get one free this February", "Jewellery clean: FREE in
Glasgow" give what comes before). The offer must exist, be valid on the send
date and be allowed on the channel, and its disclosure (or full terms, or the channel's own
form of the conditions, ``disclosure_by_channel``) must appear within
``conditions_within_chars`` of every mention. When the offer's disclosure is mostly one of a
``disclosure`` rule's approved wordings, that rule's other wordings (e.g. its SMS short form)
are equivalent forms of the offer's conditions.

Prices and "free" are read against the catalogue and the offer as
:mod:`~nextbest.tools.compliance.kinds.offer_prices` says: a plain catalogue price, an asking
price or a standing free policy is not a promotion; a sale price must be the offer's. Nor is
a discount named by whom a standing statement gives it to ("a members' discount in the café",
:mod:`~nextbest.tools.compliance.standing_discounts`). A standing statement repeated with a
lower price than its own is a price cut no one approved
(:mod:`~nextbest.tools.compliance.standing_prices`).

A sentence that restates a sentence of the offer's terms in other words (see
:mod:`~nextbest.tools.compliance.offer_paraphrase`) must keep the offer's figures, is a mention
whose conditions must be near, and — on a message without an offer — is promotional wording
without an offer. A promotion said only of catalogue products the offer does not cover
(``offer.products``) is out of the offer's scope, and so is one said of what the offer's own
wording excludes (:mod:`~nextbest.tools.compliance.kinds.offer_exclusions`). An offer's
financing fields (``apr``, ``term_months``, ``down_payment``, ``monthly_payment``) are its
figures too: copy stating one of them must state the offer's
(:mod:`~nextbest.tools.compliance.financing`), and an instalment plan must keep the offer's
term, minimum and arithmetic (:mod:`~nextbest.tools.compliance.instalments`). The recipient,
when the message tells who it is, must be one the offer is for
(:mod:`~nextbest.tools.compliance.kinds.offer_eligibility`), and a stated minimum spend must
be the offer's (:mod:`~nextbest.tools.compliance.kinds.offer_thresholds`), and an amount the
unit the offer gives it (:mod:`~nextbest.tools.compliance.kinds.offer_units`), and a gift card's
value the gift's (:mod:`~nextbest.tools.compliance.kinds.offer_gift_values`). A figure the
offer gives only "up to" must be said "up to"
(:mod:`~nextbest.tools.compliance.kinds.offer_ceilings`). A fee waived for a limited time ("no
transfer fees this week", :mod:`~nextbest.tools.compliance.fee_waivers`) is a promotion on a
message without an offer. Money moved or exchanged ("Send $300", "1 USD = 19.85 MXN",
:mod:`~nextbest.tools.compliance.moved_amounts`) is no price, nor is a policy's excess or
deductible ("$250 excess", :mod:`~nextbest.tools.compliance.policy_amounts`). An offer that
gives no discount (an enrollment window, an event) is its conditions: a message carrying it
must state them. The pack's own codes are read wherever the copy writes them as words of their
own (:mod:`~nextbest.tools.compliance.quoted_codes`): in copy whose words the mention patterns
do not read, a message quoting its offer's code promotes the offer, whose conditions must be
near, and a message without an offer quoting one carries promotional wording.

A subject or CTA whose words are words of the offer's conditions that the body carries ("Clip
the coupon" above "Clip the digital coupon at …",
:func:`~nextbest.tools.compliance.short_fields.echoes_conditions`) is as near them as they are.
A "free" before a catalogue product the offer gives, described by a word or two ("Free smart
Hub" of an offer giving a free Hub), states the offer, and so does a "free" said of catalogue
products whose whole list price an amount-off offer takes off (a £7,500 grant on a product
listed at £7,500). On a message without an offer, a credit term
("interest-free payments", "0% interest") that a ``disclosure`` rule governs, said with that
rule's wording within its reach and nothing temporary, is the product's standing term, not a
promotion (:func:`~nextbest.tools.compliance.kinds.offer_prices.governed_credit_term`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from nextbest.brand_context.models import (
    BrandPack,
    DiscountType,
    Offer,
    OfferTermsRule,
)
from nextbest.tools.compliance.basque_name_suffixes import BASQUE
from nextbest.tools.compliance.bundle_prices import bundle_list_price
from nextbest.tools.compliance.countdown_figures import true_countdowns
from nextbest.tools.compliance.deposit_shares import without_deposit_shares
from nextbest.tools.compliance.fee_waivers import time_limited
from nextbest.tools.compliance.financing import FigureKind, stated_figures
from nextbest.tools.compliance.free_services import everyday_free
from nextbest.tools.compliance.free_statement_heads import free_statements
from nextbest.tools.compliance.kinds.banned_phrase import required_wordings
from nextbest.tools.compliance.kinds.base import (
    CheckContext,
    FieldText,
    PackRuleKeeper,
    gap,
    overlaps,
    violation,
)
from nextbest.tools.compliance.kinds.claim_validity import claim_problem
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.kinds.offer_breadth import widened_mentions
from nextbest.tools.compliance.kinds.offer_ceilings import (
    ceiling_figures,
    money_ceilings,
    stated_flat,
)
from nextbest.tools.compliance.kinds.offer_eligibility import ineligible_recipient
from nextbest.tools.compliance.kinds.offer_exclusions import excluded_mentions
from nextbest.tools.compliance.kinds.offer_features import product_feature
from nextbest.tools.compliance.kinds.offer_financing import (
    contradicted_figures,
    figures_out_of_scope,
    instalment_problems,
    states_credit_figures,
)
from nextbest.tools.compliance.kinds.offer_gift_values import gift_value_problems
from nextbest.tools.compliance.kinds.offer_mentions import (
    CONTEXT_KINDS,
    CURRENCY,
    CURRENCY_AFTER,
    FILLER_WORDS,
    FREE_VOCABULARY,
    FREE_WORD,
    MENTION_PATTERNS,
    NUMBER,
    SHIPPING_WORDS,
    STOP_WORDS,
    WORD_SPLIT,
    Mention,
    contains_run,
    entry_is_free,
    foot_not_forint,
    points_multiple,
)
from nextbest.tools.compliance.kinds.offer_prices import (
    PERCENT_TOLERANCE,
    PRICE_TOLERANCE,
    TEMPORARY,
    OfferPrices,
    governed_credit_term,
    governed_credit_terms,
    governed_free_rules,
    standing_free_terms,
    standing_free_words,
)
from nextbest.tools.compliance.kinds.offer_scope import out_of_scope
from nextbest.tools.compliance.kinds.offer_thresholds import threshold_problems
from nextbest.tools.compliance.kinds.offer_units import unit_problems
from nextbest.tools.compliance.mandated_runons import outside_lines
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.moved_amounts import moved_amount
from nextbest.tools.compliance.name_cases import copy_language
from nextbest.tools.compliance.named_offer_prices import offer_price_beside
from nextbest.tools.compliance.native_mentions import native_mentions
from nextbest.tools.compliance.native_words import native_sense
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.offer_paraphrase import (
    OfferParaphrases,
    Restatement,
    equivalent_wordings,
    read_number,
    without_times,
)
from nextbest.tools.compliance.offer_savings import running_cost_saving
from nextbest.tools.compliance.phrases import compile_phrases, phrase_pattern
from nextbest.tools.compliance.policy_amounts import policy_amount
from nextbest.tools.compliance.prefilter import Prefiltered
from nextbest.tools.compliance.promotions_in_general import promotion_in_general
from nextbest.tools.compliance.questions import answered_no, quoted_open_question
from nextbest.tools.compliance.quoted_codes import QuotedCodes
from nextbest.tools.compliance.restated_terms import restated_spans
from nextbest.tools.compliance.sales_open import first_sold, period_on_sale, sales_open
from nextbest.tools.compliance.senses import inside_sense
from nextbest.tools.compliance.short_fields import SHORT_FIELDS, echoes_body, echoes_conditions
from nextbest.tools.compliance.spaced_dashes import spaced_dash
from nextbest.tools.compliance.standing_discounts import (
    standing_discount,
    standing_discount_holders,
)
from nextbest.tools.compliance.standing_figures import share_violations, standing_shares
from nextbest.tools.compliance.standing_prices import price_violations, standing_prices
from nextbest.tools.compliance.third_party_discounts import third_party_discount
from nextbest.tools.compliance.upfront_amounts import zero_upfront
from nextbest.tools.compliance.verdict import Violation
from nextbest.tools.compliance.written_currencies import other_currency

_FREE_UNITS: frozenset[str] = frozenset(
    {"pair", "pairs", "set", "sets", "box", "boxes", "piece", "pieces", "pack", "packs", "bottle"}
)
"""Counting words before a free thing ("a free pair of hoops"): the thing is the noun."""

_AFTER_POSTPOSED_FREE: frozenset[str] = frozenset(
    {"this", "that", "next", "every", "all", "until", "till", "through", "today", "tonight",
     "tomorrow", "now", "when", "while", "during", "in", "at", "from", "before", "after", "if",
     "on", "with"}
)  # fmt: skip
"""Words after a "free" that open a time, a place or a clause, not the thing given: the thing
is before it ("get one free this February", "Jewellery clean: FREE in Glasgow", "the fifth
lesson free on every course", "a scarf free with any coat")."""

_FREE_PERIODS: frozenset[str] = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights"}
)
"""Units of a free period ("free for 7 days"): checked by its figure against the terms."""


def _singular(word: str) -> str:
    """``word`` without a plural ``-s`` / ``-es`` (``huggies`` → ``huggie``)."""
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_OTHER_CODES: frozenset[str] = frozenset(
    {
        "alarm", "keypad", "access", "security", "verification", "verify", "gate", "zip", "postal",
        "post", "area", "country", "door", "entry", "dress", "error", "tracking", "confirmation",
        "booking", "reference", "pin", "login", "sign-in", "one-time", "qr", "bar", "sort",
        "swift", "tax", "product", "colour", "color", "activation", "pairing", "backup",
    }
)  # fmt: skip
"""Nouns that make the "code" after them something other than a promo code."""

_PER_UNIT = re.compile(r"\s?(?:/\s?|(?:per|an?|each)\s+)[a-z]", re.IGNORECASE)
"""A unit right after a price ("$90 per hour", "$9/mo"): the price is a rate."""
NUMBER_KINDS: frozenset[str] = frozenset({"percent", "amount", "cents", "price"})
"""Mention kinds whose every pattern contains a number (so a digit)."""
_DIGIT = re.compile(r"\d")
_FIGURE_RUN = re.compile(r"\d+(?:[.,]\d+)*")


class OfferTermsCheck(PackRuleKeeper[OfferTermsRule], OfferPrices):
    """Checks promotional mentions against the message's offer."""

    def __init__(self, rule: OfferTermsRule, pack: BrandPack) -> None:
        """Compile the mention patterns and each offer's terms and disclosure wording.

        Args:
            rule: The rule.
            pack: The brand pack.
        """
        super().__init__(rule, pack)
        self.patterns = {kind: re.compile(p) for kind, p in MENTION_PATTERNS.items()}
        self.scans = {kind: Prefiltered(p) for kind, p in self.patterns.items()}  # skip hopeless
        self.disclaimers = compile_phrases(required_wordings(pack), obfuscation=False)
        offer_lines = {
            plain(w)
            for o in pack.offers
            for w in (o.terms, o.disclosure, *o.disclosure_by_channel.values())
            if w
        }
        self.mandated_lines = compile_phrases(
            [w for w in required_wordings(pack) if plain(w) not in offer_lines],
            obfuscation=False,
        )  # lines a rule mandates whatever the message promotes; never an offer's conditions
        self.claim_words = [(c, plain(c.text).split()) for c in pack.claims]
        self.offer_text: dict[str, list[re.Pattern[str]]] = {}
        self.offer_numbers: dict[str, set[float]] = {}
        self.offer_integers: dict[str, set[int]] = {}
        self.offer_words: dict[str, set[str]] = {}
        self.offer_singulars: dict[str, set[str]] = {}
        self.offer_has_free: dict[str, bool] = {}
        self.offer_financing: dict[str, frozenset[tuple[FigureKind, float]]] = {}
        self.offer_percents: dict[str, set[float]] = {}
        self.offer_amounts: dict[str, set[float]] = {}
        self.offer_cents: dict[str, set[float]] = {}
        self.offer_ceilings = {offer.id: ceiling_figures(offer) for offer in pack.offers}
        self.money_ceilings = {offer.id: money_ceilings(offer) for offer in pack.offers}
        self.channel_text: dict[tuple[str, str], re.Pattern[str]] = {}
        self.paraphrases = OfferParaphrases(pack)
        self.quoted_codes = QuotedCodes(pack)  # the pack's own codes, whatever words surround them
        self.governed_free = governed_free_rules(pack)
        self.governed_credit = governed_credit_terms(pack)
        self.standing_free = standing_free_words(pack)
        self.free_terms = standing_free_terms(pack)
        self.free_statements = free_statements(pack, TEMPORARY)
        self.discount_holders = standing_discount_holders(pack)  # "Members get 10% off …"
        self.standing_shares = standing_shares(pack)  # statements giving one percentage
        self.standing_prices = standing_prices(pack)  # statements giving one price
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
            numbers = {read_number(n) for n in re.findall(CURRENCY + NUMBER, terms)}
            numbers |= {read_number(n) for n in re.findall(NUMBER + CURRENCY_AFTER, terms)}
            numbers |= {read_number(n) for n in re.findall(NUMBER + r"\s?%", terms)}
            for value in (
                offer.discount_amount,
                offer.min_spend,
                offer.down_payment,
                offer.monthly_payment,
                offer.apr,
            ):
                if value is not None:
                    numbers.add(float(value))
            self.offer_numbers[offer.id] = numbers
            self.offer_percents[offer.id] = {  # "a 20% deposit" is no amount off
                read_number(n)
                for n in re.findall(NUMBER + r"\s?(?:%|percent)", without_deposit_shares(terms))
            } | (
                {float(offer.discount_amount)}
                if offer.discount_type == "percent" and offer.discount_amount is not None
                else set()
            )
            self.offer_amounts[offer.id] = {
                read_number(n) for n in re.findall(CURRENCY + NUMBER, terms)
            } | {read_number(n) for n in re.findall(NUMBER + CURRENCY_AFTER, terms)}
            self.offer_percents[offer.id] |= {float(offer.apr)} if offer.apr is not None else set()
            self.offer_amounts[offer.id] |= {
                float(v) for v in (offer.down_payment, offer.monthly_payment) if v is not None
            }
            self.offer_cents[offer.id] = {
                read_number(n) for n in re.findall(NUMBER + r"\s?(?:¢|cents?\b)", terms)
            }
            self.offer_integers[offer.id] = {int(n) for n in re.findall(r"\d+", terms)}
            if offer.term_months is not None:
                self.offer_integers[offer.id].add(offer.term_months)
            self.offer_words[offer.id] = set(plain(joined + " " + offer.name).split())
            self.offer_financing[offer.id] = stated_figures(
                [*wordings, *offer.disclosure_by_channel.values()]
            )
            self.offer_has_free[offer.id] = bool(
                self.offer_words[offer.id] & FREE_VOCABULARY
            ) or any(  # 「免費」, "doan": "free" in words the vocabulary does not hold
                kind == "free"
                for kind, _, _ in native_mentions(fold(f"{joined} {offer.name}").text, basque=True)
            )
            self.offer_singulars[offer.id] = {_singular(w) for w in self.offer_words[offer.id]}

    def mentions(self, ctx: CheckContext, offer: Offer | None) -> list[Mention]:
        """Promotional mentions outside approved claims and the offer's own wording.

        Args:
            ctx: The check context.
            offer: The message's offer, whose terms and disclosure are not mentions.

        Returns:
            Mentions in order of appearance; an amount off is not also a price.
        """
        found: list[Mention] = []
        basque = copy_language(ctx.message.locale, self.pack.brand.locales) == BASQUE
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
            names = [(h.start, h.end) for h in ctx.product_hits if h.field == name]
            taken: list[tuple[int, int]] = []
            digits = _DIGIT.search(text.folded.text) is not None
            for kind, pattern in self.scans.items():
                if not digits and kind in NUMBER_KINDS:
                    continue  # each of their patterns reads a number: none in digit-free text
                if (
                    kind == "cents"
                    and "¢" not in text.folded.text
                    and "cent" not in text.folded.text
                ):
                    continue  # no cent sign or word: no amount in cents
                for match in self._scan(kind, pattern, text, names):
                    start, end = text.folded.original_span(*match.span())
                    if overlaps(start, end, masked) or (
                        kind in ("price", "promo") and any(s < end and start < e for s, e in taken)
                    ):
                        continue
                    if kind == "price" and foot_not_forint(text.original, end, match.group()):
                        continue  # "a 6 ft pole": a length, not forints
                    if kind == "percent" and spaced_dash(text.original, start):
                        continue  # "Coat — 80% wool": a dash of punctuation, no minus sign
                    if kind == "free" and _free_word_masked(text, match, masked):
                        continue  # "wordt gratis thuisbezorgd …": the "free" of an approved claim
                    value = next((g for g in match.groups() if g), "") if match.groups() else ""
                    if kind == "code" and not self._looks_like_code(text.original, match, text):
                        continue
                    if kind in ("free", "promo") and inside_sense(start, end, text.everyday_senses):
                        continue  # "free weights", "the bake sale": an everyday sense
                    if kind == "free" and everyday_free(text.skel, start):
                        continue  # "Parking is free", "our free support groups": no promotion
                    if kind == "free" and entry_is_free(text.folded.text, *match.span()):
                        continue  # "Enter free at <link>": entering costs nothing
                    if kind == "free" and answered_no(text.original, start):
                        continue  # '"Is <brand> free?" … the straight answer: no'
                    if kind == "free" and quoted_open_question(text.original, start):
                        continue  # 'A parent asked: "Is it really free?"': the parent's words
                    if kind == "promo" and native_sense(
                        ctx.message.locale, text.original, start, end
                    ):
                        continue  # Italian "sale grosso" (salt), not the English promotion
                    if kind == "promo" and sales_open(ctx.all_skeleton, match.group()):
                        continue  # "Tickets on sale": sales open, no price cut
                    if kind == "promo" and first_sold(text.folded.text, match.start()):
                        continue  # "tested before it goes on sale": first sold, no price cut
                    if kind == "promo" and period_on_sale(text.folded.text, match.start()):
                        continue  # "Winter 2031 is on sale": bookings open, no price cut
                    if kind in ("promo", "percent", "amount") and third_party_discount(
                        text.original, start
                    ):
                        continue  # "Some insurers offer a discount": not the brand's
                    if self._claim_figure(ctx, text, start, end):
                        continue
                    if name in SHORT_FIELDS and _echoes_body_claim(ctx, text, start, end, value):
                        continue
                    taken.append((start, end))
                    found.append(Mention(kind, name, start, end, value.strip(), match.group()))
            for kind, f_start, f_end in native_mentions(text.folded.text, basque):
                start, end = text.folded.original_span(f_start, f_end)
                if overlaps(start, end, masked) or any(s < end and start < e for s, e in taken):
                    continue
                if inside_sense(start, end, text.everyday_senses):
                    continue
                taken.append((start, end))  # 「免費試堂」, "saioa doan": words no pattern reads
                found.append(Mention(kind, name, start, end, "", text.folded.text[f_start:f_end]))
        return sorted(found, key=lambda m: ctx.combined(m.field, m.start))

    def _scan(
        self, kind: str, scan: Prefiltered, text: FieldText, names: list[tuple[int, int]]
    ) -> Iterator[re.Match[str]]:
        """The matches of one mention pattern in a field, none starting in a product's figure.

        "E-bike Pedal 5 € 1.999": the "5 €" a price pattern reads first ends a model name;
        the field is read again after the name's figure, so the price is "€ 1.999".
        """
        folded = text.folded.text
        if kind not in NUMBER_KINDS or not names:
            yield from scan.finditer(folded)
            return
        if not scan.possible(folded):
            return  # the field lacks a literal every match needs
        pattern = scan.scan  # the same matches, found sooner (prefilter.lead_tested)
        pos = 0
        while pos <= len(folded) and (match := pattern.search(folded, pos)) is not None:
            after = _name_figure_end(text, match, names)
            if after is not None:
                pos = after
                continue
            yield match
            pos = match.end() if match.end() > match.start() else match.end() + 1

    def _claim_figure(self, ctx: CheckContext, text: FieldText, start: int, end: int) -> bool:
        """Whether a mention is the figure of an approved claim the sentence states.

        "Rewards Plus cardmembers earn 3x points on dining" states the approved claim "Earn 3x
        points on dining and groceries." in a narrower form: its "3x points" is a standing
        feature of the product, not an offer. The mention's words must be part of a claim
        usable on the send date and channel, the sentence must repeat at least two more of that
        claim's words and state no figure the claim does not (a time or a date, "your free
        fitting is set for 2 p.m.", is none; claim grounding judges whether the sentence is an
        approved form).
        """
        words = plain(text.original[start:end]).split()
        if not words:
            return False
        s_start, s_end = text.sentence_at(start)
        sentence = set(plain(without_times(text.original[s_start:s_end])).split())
        for claim, tokens in self.claim_words:
            if claim_problem(claim, ctx.day, ctx.message.channel) is not None:
                continue
            if not contains_run(tokens, words):
                continue
            if any(any(c.isdigit() for c in w) and w not in tokens for w in sentence):
                continue  # a figure the claim does not state: not the claim
            if len((sentence & set(tokens)) - set(words) - STOP_WORDS) >= 2:
                return True
        return False

    @staticmethod
    def _looks_like_code(original: str, match: re.Match[str], text: FieldText) -> bool:
        """A promo code is written in capitals or contains a digit ("No code needed" is not).

        A code another noun names ("alarm code 4417", "zip code 10001", "verification code")
        is not a promo code.
        """
        before = text.folded.text[max(0, match.start() - 20) : match.start()].split()
        if before and before[-1] in _OTHER_CODES:
            return False
        start, end = text.folded.original_span(*match.span(1))
        written = original[start:end]
        return any(c.isdigit() for c in written) or written.isupper()

    def promotional_mentions(self, ctx: CheckContext, offer: Offer | None) -> list[Mention]:
        """The mentions the rule reads as promotion, beside ``offer`` or without one.

        A catalogue list price, a prize's value, money moved, a policy amount, a zero upfront
        amount, a running-cost saving and (under ``prices_are_facts``) a plain price are not
        promotions; a fee waiver is one only as :meth:`_waiver_promoted` says. Without an
        offer, a standing free service or term and a product's own feature are none either.
        Context kinds (``no_minimum``) are kept: they are read against an offer's terms.

        Args:
            ctx: The check context.
            offer: The message's offer, whose own wording is not a mention; None reads the
                copy as a message without an offer.

        Returns:
            The mentions, in order of appearance.
        """
        params = self.rule.params
        all_mentions = self.mentions(ctx, offer)
        found_mentions = [
            m
            for m in all_mentions
            if not self._is_list_price(ctx, m, offer)
            and not (params.prices_are_facts and m.kind == "price" and self._plain(ctx, m))
            and not self._prize_value(ctx, m)
            and not (
                m.kind == "price" and moved_amount(ctx.fields[m.field].original, m.start, m.end)
            )
            and not (
                m.kind == "price" and policy_amount(ctx.fields[m.field].original, m.start, m.end)
            )
            and not (
                m.kind == "price" and zero_upfront(ctx.fields[m.field].original, m.start, m.end)
            )
            and not (
                m.kind in ("percent", "amount")
                and running_cost_saving(ctx.fields[m.field], m.start, m.end)
            )  # "save 50% on your energy bills": what the product does, no discount
        ]
        found_mentions = [m for m in found_mentions if self._waiver_promoted(ctx, m, offer)]
        body_list_prices = [
            read_number(m.value)
            for m in all_mentions
            if m.field == "body" and m.kind == "price" and self._is_list_price(ctx, m, offer)
        ]
        found_mentions = _without_list_price_echoes(found_mentions, body_list_prices)
        if offer is None:
            found_mentions = [
                m
                for m in found_mentions
                if not self._standing_free(ctx, m)
                and not self._standing_term(ctx, m)
                and not product_feature(ctx, m)
                and not governed_credit_term(ctx, m, self.governed_credit)
                and not (
                    m.kind == "promo"
                    and promotion_in_general(ctx.fields[m.field].original, m.start, m.end)
                )  # "each promotion has its own terms": promotions as a class, none offered
                and not (
                    m.kind == "promo"
                    and standing_discount(
                        ctx.fields[m.field].original,
                        ctx.fields[m.field].sentence_at(m.start),
                        m.start,
                        m.end,
                        self.discount_holders,
                        TEMPORARY,
                    )
                )  # "a members' discount in the café": the holder's standing benefit
            ]
        return found_mentions

    def promotions(self, ctx: CheckContext) -> list[Mention]:
        """Promotional wording in copy read as a message without an offer.

        What the rule reports as "promotional wording without an offer": every promotional
        mention (:meth:`promotional_mentions` without an offer, context kinds left out), else
        a fixed-price offer's own price said beside a sentence restating that offer
        (:mod:`~nextbest.tools.compliance.named_offer_prices`), else sentences restating an
        offer's promise (kind ``restates``). An offer's own terms are
        promotional wording here too.

        Args:
            ctx: The check context.

        Returns:
            The promotions, in order of appearance (empty when the copy promotes nothing).
        """
        mentions = [m for m in self.promotional_mentions(ctx, None) if m.kind not in CONTEXT_KINDS]
        if mentions:
            return mentions
        codes = self.quoted_codes.mentions(ctx, self.pack.offers)
        if codes:
            return codes  # one of the pack's codes, in words the patterns do not read
        restated = [(n, r) for n, r in self._restatements(ctx, None) if not r.sentence.condition]
        if not restated:
            return []
        prices = [m for m in self.mentions(ctx, None) if m.kind == "price"]
        priced = offer_price_beside(restated, prices)
        if priced is not None:
            return [priced]  # "Missed our <offer name>? Back this week for <its price>"
        return [self._as_mention(r, name) for name, r in restated if r.states_offer]

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for offer problems, mismatched mentions and missing conditions."""
        params = self.rule.params
        offer_id = ctx.message.offer_id
        offer = self.pack.offer(offer_id) if offer_id else None
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
        found.extend(share_violations(self.rule, ctx, self.standing_shares))
        found.extend(  # "<menu> from $9" of a statement "<menu> from $12": a price cut
            price_violations(
                self.rule,
                ctx,
                self.standing_prices,
                self.offer_amounts[offer.id] if offer is not None else set(),
            )
        )
        if offer is None:
            mentions = self.promotions(ctx) if params.require_offer_id else []
            if mentions:
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
        found_mentions = [
            m for m in self.promotional_mentions(ctx, offer) if not self._free_as_standing(ctx, m)
        ]  # the brand's standing free service ("a free survey"): no term of the offer
        mentions = [m for m in found_mentions if m.kind not in CONTEXT_KINDS]
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
        financing = (
            contradicted_figures(self.rule, ctx, offer, self.offer_financing[offer.id])
            if offer.is_financing
            else []
        )
        found.extend(v for v, _ in financing)
        if offer.is_financing or self.offer_financing[offer.id]:  # by its fields or words
            found.extend(figures_out_of_scope(self.rule, ctx, offer))
        found.extend(instalment_problems(self.rule, ctx, offer))
        found.extend(ineligible_recipient(self.rule, ctx, offer))
        found.extend(threshold_problems(self.rule, ctx, offer))
        found.extend(unit_problems(self.rule, ctx, offer))
        found.extend(gift_value_problems(self.rule, ctx, offer, self.offer_amounts[offer.id]))
        for mention in found_mentions:
            if any(
                f == mention.field and s < mention.end and mention.start < e
                for _, (f, s, e) in financing
            ):
                continue  # already reported as a financing figure
            reason = (
                self._price_mismatch(ctx, mention, offer)
                if mention.kind == "price"
                else self._mismatch(mention, offer)
            )
            if reason and self._covered_in_full(ctx, mention, offer):
                reason = None  # "a free <product>": the amount off is its whole list price
            if reason and self._free_offer_product(ctx, mention, offer):
                reason = None  # "Free smart Hub": the offer's own product, described
            if (
                reason is None
                and mention.kind in ("percent", "amount")
                and read_number(mention.value) in self.offer_ceilings[offer.id]
                and stated_flat(ctx.fields[mention.field].original, mention.start, mention.text)
            ):
                reason = (
                    f"the offer gives up to {mention.value}, not that much off everything; "
                    "say 'up to'"
                )
            if (
                reason is None
                and mention.kind == "price"
                and read_number(mention.value) in self.money_ceilings[offer.id]
                and stated_flat(
                    ctx.fields[mention.field].original, mention.start, mention.text, mention.end
                )
            ):  # "₹5,000 बोनस" where the offer gives "₹5,000 तक" (up to ₹5,000)
                reason = f"the offer gives up to {mention.value}, not always that much; say 'up to'"
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
            catalogue = _catalogue_figures(ctx, name, restatement.start, restatement.end)
            words = ctx.fields[name].original[restatement.start : restatement.end]
            left = true_countdowns(words, ctx.day, offer.valid_until)  # "3 weeks left"
            changed = tuple(
                f for f in restatement.changed if round(f, 2) not in catalogue and f not in left
            )
            if changed:  # a named product's own figures ("6-pack", its list price) are facts
                found.append(
                    self._changed_terms(ctx, name, replace(restatement, changed=changed), offer)
                )
        found.extend(self._out_of_scope(ctx, offer, mentions))
        found.extend(excluded_mentions(self.rule, ctx, offer, mentions))
        promises = [self._as_mention(r, n) for n, r in restated if not r.sentence.condition]
        found.extend(widened_mentions(self.rule, ctx, offer, mentions + promises))
        if not (mentions or promises):  # the offer's code in words the patterns do not read
            mentions = self.quoted_codes.mentions(ctx, [offer])
        if (
            mentions
            or promises
            or self._only_conditions(offer)
            or (offer.is_financing and bool(offer.disclosure) and states_credit_figures(ctx))
        ):
            found.extend(
                self._conditions(ctx, offer, mentions + promises, params.conditions_within_chars)
            )
        return found

    @staticmethod
    def _waiver_promoted(ctx: CheckContext, mention: Mention, offer: Offer | None) -> bool:
        """Whether a mention is kept: any but a fee waiver, which only as a promotion.

        A fee waived for a limited time ("no transfer fees this week") on a message without
        an offer is a promotion without an offer; said without a time limit ("no calls, no
        fees") it is how the product is priced. Beside an offer the offer's own figures
        (a "$0 fee") are what is checked, so the waiver's words are not read again.
        """
        if mention.kind != "no_fee":
            return True
        if offer is not None:
            return False
        text = ctx.fields[mention.field]
        start, end = text.sentence_at(mention.start)
        return time_limited(text.original[start:end])

    def _plain(self, ctx: CheckContext, mention: Mention) -> bool:
        """Whether a price is a plain fact under ``prices_are_facts``, not a price claim.

        "Premiums are facts" covers "<plan> is $39 a month", not "<plan> now just $9.99 a
        month" below the list price of the catalogue product its sentence names, nor a
        "was £399" for a product listed at £299: a cut below list and a reference price that
        is not the list price are promotions whatever the pack says of plain prices. A rate
        ("compare at $90 per hour elsewhere") is not the product's price unless worded as its
        new price ("now"); a price no catalogue product is named with (a listing's "now
        $3,900") stays a fact.
        """
        text = ctx.fields[mention.field]
        role = self._sale_role(ctx, mention)
        if role != "now" and _PER_UNIT.match(text.original, mention.end):
            return True  # "$90 per hour": a rate, not the price of the product named
        start, end = text.sentence_at(mention.start)
        value = read_number(mention.value)
        lists = [
            float(h.product.list_price)
            for h in ctx.product_hits
            if h.field == mention.field
            and start <= h.start < end
            and h.product.list_price is not None
            and not other_currency(mention.text, h.product.currency)
        ]  # "US$69" beside a list price in another currency: a second price list, no cut
        if role == "was" and lists:
            return any(abs(v - value) <= PRICE_TOLERANCE for v in lists)
        return not any(value < v - PRICE_TOLERANCE for v in lists)

    @staticmethod
    def _only_conditions(offer: Offer) -> bool:
        """Whether the offer gives no discount, so a message carrying it must state its terms.

        An enrollment window or an event ("one plan change January 1-March 31, for people
        already in a plan", a free seminar) has no "% off" for the mention patterns to find:
        the copy promotes it in any words ("You can make one change before March 31"), and
        its disclosure is what the offer is. A financing offer (APR, term) is read by its
        figures instead (:mod:`~nextbest.tools.compliance.financing`): copy that states one
        ("just $200 a month", "small monthly payments over 36 months") promotes the credit, and
        its disclosure (the representative example, the credit terms) must go with it.
        """
        return (
            offer.discount_type == DiscountType.NONE
            and bool(offer.disclosure)
            and not offer.is_financing
        )

    def _restatements(
        self, ctx: CheckContext, offer: Offer | None
    ) -> list[tuple[TextField, Restatement]]:
        """Copy sentences restating ``offer`` (any when None), outside claims and statements.

        A line another rule mandates word for word ("Annual storage is $185 (Essential) or $325
        (Complete), billed each year …" beside an offer saying "Annual storage is billed
        separately.") is that rule's wording, not the offer restated with other figures.
        """
        found: list[tuple[TextField, Restatement]] = []
        offers = None if offer is None else [offer]
        for name, text in ctx.fields.items():
            masked = [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
            masked.extend(ctx.statement_spans.get(name, []))
            lines = (
                [
                    text.skel.original_span(*match.span())
                    for match in self.mandated_lines.finditer(text.skel.text)
                ]
                if self.mandated_lines is not None
                else []
            )
            for restatement in self.paraphrases.restatements(text.original, offers, masked):
                if any(
                    s <= restatement.start and restatement.end <= e + 1 for s, e in lines
                ):  # the whole sentence is a line another rule mandates
                    continue
                found.append((name, outside_lines(text.original, restatement, lines)))
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
            named = [h.product for h in ctx.products_in_sentence(mention.field, mention.start)]
            wording = f" {plain(' '.join((offer.name, offer.terms, offer.disclosure or '')))} "
            in_wording = [p for p in named if any(f" {plain(n)} " in wording for n in p.names)]
            if (
                named
                and not any(p.id in offer.products for p in named)
                and len(in_wording) < len(named)
            ):  # a product the offer's own wording names (its gift, what to buy) is in scope
                words = text.original[mention.start : mention.end]
                others = ", ".join(sorted({p.name for p in named}))
                span = (mention.start, mention.end)
                return [out_of_scope(self.rule, offer, mention.field, span, words, others)]
        return []

    def _mismatch(self, mention: Mention, offer: Offer) -> str | None:
        numbers = self.offer_numbers[offer.id]
        if mention.kind in ("percent", "half"):
            value = 50.0 if mention.kind == "half" else read_number(mention.value)
            if offer.discount_type == DiscountType.PERCENT and value == offer.discount_amount:
                return None
            if value in self.offer_percents[offer.id]:
                return None
            if any(abs(r - value) <= PERCENT_TOLERANCE for r in self._price_reductions(offer)):
                return None
            return f"the offer is {self._describe(offer)}"
        if mention.kind == "amount":
            value = read_number(mention.value)
            if offer.discount_type == DiscountType.AMOUNT and value == offer.discount_amount:
                return None
            if (
                offer.discount_type != DiscountType.AMOUNT
                and value != offer.min_spend
                and value in self.offer_amounts[offer.id]
            ):
                return None  # an amount the offer's terms give ("get $200 in bonus credit")
            return f"the offer is {self._describe(offer)}"
        if mention.kind == "cents":  # "15¢/gal off": hundredths of the offer's currency
            value = read_number(mention.value)
            if offer.discount_type == DiscountType.AMOUNT and offer.discount_amount is not None:
                if abs(value / 100 - offer.discount_amount) <= 1e-6:
                    return None
            elif value in self.offer_cents[offer.id]:
                return None
            return f"the offer is {self._describe(offer)}"
        if mention.kind == "price":
            if read_number(mention.value) in numbers:
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
            multiple = points_multiple(mention.text)
            if multiple is None:
                count = read_number(mention.value) if mention.value else None
                if (
                    count is None
                    or mention.field == "subject"  # a subject's promise: subject honesty's
                    or offer.discount_amount is None
                    or count == offer.discount_amount
                    or count in self.offer_numbers[offer.id]
                ):
                    return None  # no count, or the offer's: "60,000 bonus miles" of a 60,000
                return f"the offer gives {offer.discount_amount:,g}, not {count:,g}"
            if offer.discount_amount in (None, multiple):
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
        if mention.value.split()[:1] and mention.value.split()[0] in _AFTER_POSTPOSED_FREE:
            return None  # "get one free this February": nothing named after the "free"
        words = [w for w in WORD_SPLIT.split(mention.value) if w and w not in FILLER_WORDS]
        figures = {int(w) for w in words if w.isdigit()}
        words = [w for w in words if not any(c.isdigit() for c in w)]
        while len(words) > 1 and (words[0] in _FREE_UNITS or words[0] == "of"):
            words = words[1:]  # "a free pair of <gift>": the gift is the noun
        if not words:
            return None
        noun = words[0]
        if noun in _FREE_PERIODS and figures and figures <= self.offer_integers[offer.id]:
            return None  # "free for 7 days" on an offer whose terms give the 7 days
        if noun in SHIPPING_WORDS:
            if (
                offer.discount_type == DiscountType.FREE_SHIPPING
                or noun in self.offer_words[offer.id]
            ):
                return None
            return f"the offer does not include free {noun}"
        if noun in ("gift", "gifts") and offer.discount_type == DiscountType.FREE_GIFT:
            return None
        if noun in self.offer_words[offer.id] or _singular(noun) in self.offer_singulars[offer.id]:
            return None
        return f"the offer does not give a free {noun}"

    def _conditions(
        self, ctx: CheckContext, offer: Offer, mentions: list[Mention], within: int
    ) -> list[Violation]:
        places: list[tuple[int, int]] = []
        in_body: list[tuple[int, int]] = []  # the conditions the body carries, word for word
        for name, text in ctx.fields.items():
            for pattern in self._wordings(offer, ctx.message.channel):
                for match in pattern.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    places.append((ctx.combined(name, start), ctx.combined(name, end)))
                    if name == "body":
                        in_body.append((start, end))
        required = (
            offer.disclosure_by_channel.get(ctx.message.channel) or offer.disclosure or offer.terms
        )
        if not places:  # the conditions in other words, every part and figure kept
            for name, text in ctx.fields.items():
                places.extend(
                    (ctx.combined(name, start), ctx.combined(name, end))
                    for start, end in restated_spans(required, text.original)
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

        def near(field: TextField, start: int, end: int) -> bool:
            lo, hi = ctx.combined(field, start), ctx.combined(field, end)
            return any(gap(lo, hi, s, e) <= within for s, e in places)

        spots = [(m.field, m.start, m.end) for m in mentions]
        for mention in mentions:
            words = ctx.fields[mention.field].original[mention.start : mention.end]
            if (
                not near(mention.field, mention.start, mention.end)
                and not echoes_body(ctx, spots, mention.field, words, near)
                and not echoes_conditions(ctx, mention.field, words, in_body)
            ):  # "Clip the coupon" under "Clip the digital coupon at …": the conditions' word
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
            case DiscountType.FREE_GIFT if amount is not None:
                return f"a free gift worth {amount:g} {offer.currency}"
            case kind:
                return kind.value.replace("_", " ")


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_REFERENCE = re.compile(
    r"\b(?:was|were|usually|regularly|reg|originally|normally|instead of|compare at)\b",
    re.IGNORECASE,
)
"""A former or reference price in the sentence: a list price there may be the offer's claim."""


def _free_word_masked(text: FieldText, match: re.Match[str], masked: list[tuple[int, int]]) -> bool:
    """Whether the "free" word of a ``free`` mention lies in wording that is no mention.

    The mention may reach past the wording that holds its "free" ("je fiets wordt gratis
    thuisbezorgd" around the approved claim "Gratis thuisbezorgd …", "een gratis proefrit"):
    the "free" is the approved claim's (or statement's, or product name's) all the same.
    """
    word = FREE_WORD.search(text.folded.text, match.start(), match.end())
    if word is None:
        return False
    return overlaps(*text.folded.original_span(*word.span()), masked)


def _without_list_price_echoes(promoted: list[Mention], body_prices: list[float]) -> list[Mention]:
    """``promoted`` without subject or CTA prices that repeat a body price read as a list price.

    "Fibra, TV e telefone por 1,50 € por dia" as a subject, over a body that says "Por 44,99
    €/mês, o Ondalar Casa 500 fica em 1,50 € por dia" (the list price per day), headlines the
    body's list price: the subject cannot name the product and its list price beside the
    figure, the body does. A subject price the body does not state, or states below the list
    price, is still read on its own.

    Args:
        promoted: The mentions read as promotion.
        body_prices: The body's prices read as list prices (or their restatement per period).

    Returns:
        ``promoted`` without those echoes, in order.
    """
    if not body_prices:
        return promoted
    return [
        m
        for m in promoted
        if not (
            m.field in SHORT_FIELDS
            and m.kind == "price"
            and any(abs(read_number(m.value) - v) <= PRICE_TOLERANCE for v in body_prices)
        )
    ]


def _echoes_body_claim(
    ctx: CheckContext, text: FieldText, start: int, end: int, thing: str
) -> bool:
    """Whether a subject or CTA mention says again what an approved claim in the body says.

    Subject "Try the Pedal 7 a whole day free" above a body carrying the approved claim "Free
    one-day test ride.": the mention's words and the thing it names (its first content word,
    ``thing``) are all the claim's, and the claim is there, in its approved wording, usable on
    the send date and channel. The claim's ``keywords`` are its words too: subject "Free
    delivery with <plan>" above the approved claim "<plan> members pay a $0 delivery fee", whose
    keywords include "free delivery", says the claim again. A figure the claim does not state
    is no echo, nor is "Free phone" above a body whose approved claim gives free returns.
    """
    words = set(plain(text.original[start:end]).split())
    named = [w for w in plain(thing).split() if w not in STOP_WORDS and w not in FILLER_WORDS]
    if named:
        words.add(named[0])
    if not words:
        return False
    for hit in ctx.claim_hits:
        if not hit.usable or hit.field in SHORT_FIELDS:
            continue
        tokens = set(plain(" ".join([hit.claim.text, *hit.claim.keywords])).split())
        if words <= tokens:
            return True
    return False


def _name_figure_end(
    text: FieldText, match: re.Match[str], names: list[tuple[int, int]]
) -> int | None:
    """Where a product name's figure ends, when a figure mention starts with one, else None.

    "E-bike Pedal 5 € 1.999": the "5 €" the price pattern reads ends a model name.

    Returns:
        The folded index just after the name's figure.
    """
    figure = _FIGURE_RUN.search(text.folded.text, match.start(), match.end())
    if figure is None:
        return None
    at = text.folded.original_span(figure.start(), figure.end())[0]
    return figure.end() if any(s <= at < e for s, e in names) else None


def _catalogue_figures(ctx: CheckContext, name: TextField, start: int, end: int) -> set[float]:
    """Figures of the products named between ``start`` and ``end``: names, prices, their sum.

    "The Biweekly 6-pack is $29.99/box, and the rebate on …" names another product with its
    catalogue price next to the offer: the 6 and the 29.99 are no terms of the offer. A list
    price in a sentence that gives a former price ("now $899 (was $1,399)") is not exempt.
    """
    figures: set[float] = set()
    text = ctx.fields[name].original[start:end]
    named = [h for h in ctx.product_hits if h.field == name and start <= h.start < end]
    bundle = bundle_list_price(h.product for h in named)
    if bundle is not None:
        figures.add(bundle)  # "<A> and <B> … (usually $120)": the package's list price
    for hit in named:
        for product_name in hit.product.names:
            figures.update(
                round(float(f.replace(",", ".")), 2) for f in _FIGURE.findall(product_name)
            )
        if hit.product.list_price is not None and not _REFERENCE.search(text):
            figures.add(round(float(hit.product.list_price), 2))
    return figures
