"""``disclosure``: when a trigger appears, one of the required disclosures appears too.

A trigger inside the path of a link to one of the brand's own domains (``/blog/unlimited-…``)
is not a trigger: the words are an address, not a statement. Nor is a topic mention ("see the
intro APR details at <brand link>", :mod:`~nextbest.tools.compliance.topics`), nor a trigger
inside an everyday sense of its word ("deposit your bags at the desk" under a rule about
payment deposits, :mod:`~nextbest.tools.compliance.senses`), nor a trigger inside a set phrase
or compound ("trial and error", "snow-covered", :mod:`~nextbest.tools.compliance.idioms`), nor
a noun in a connective ("in the event you move" under a rule about event invitations,
:mod:`~nextbest.tools.compliance.connectives`), nor a "first" counted within a repeating period
("your first donation of the week" under a rule about newcomers,
:mod:`~nextbest.tools.compliance.period_ordinals`), nor a trigger word the copy says is absent,
with no qualifier after it ("a one-time box, no subscription", "no subscription and nothing to
cancel" under a rule about subscriptions; "No annual fee the first year" is still the fee,
:func:`~nextbest.tools.compliance.denials.stated_absent`), nor an act the copy says the reader
need not do ("Free valuation, with no obligation to sell or borrow." under a rule about loan
promotions; "No need to pay for 12 months" is qualified and still the act,
:func:`~nextbest.tools.compliance.denials.unneeded_act`), nor a thing the copy says something
does not replace ("It does not replace your disinfectant." under a rule about disinfecting
claims, :mod:`~nextbest.tools.compliance.substitutes`), nor a thing the reader arranges or
has arranged alone or been given ("Already booked your ferry?", "book your own parking",
"Santa left a spa voucher under the tree", for trigger words and product names alike,
:mod:`~nextbest.tools.compliance.reader_arranged`), nor, under a rule whose description
speaks of invitations, a reminder of the reader's own booking ("reminder, your home survey is
on Tue 9 Feb", :func:`~nextbest.tools.compliance.invitations.reminds_of_booking`), nor,
under a rule whose description speaks of asks for giving, a gift named in a message that asks
for none ("it came to us as a gift from the Webb family",
:mod:`~nextbest.tools.compliance.giving_asks`).

A trigger that matches because of a price is read against what the price is: a threshold
("fares of $300 or more", "orders over $50", "ab 30 € Bestellwert",
:mod:`~nextbest.tools.compliance.thresholds`) is a condition, not an advertised price, and a
catalogue price of a product whose category the rule never names (an optional seat fee under a
rule about fares) is outside the rule's subject, unless the trigger is a starting price ("from
$42", "starts at $42": the shape is the rule's subject whatever the product); a rule that names
no category of the catalogue covers every product's price, and one whose wording names a product
by two words of its name ("per 6-pack") covers that product's price. Under ``prices_of_products`` an
amount off ("$40 off") and a benefit limit ("covers repairs up to $3,000") are not what a
product costs (:mod:`~nextbest.tools.compliance.price_roles`; under the ``any`` price shape
neither is a price at all), nor is money given or received as a reward ("Give $15, get $15",
"$10 in ride credit") or the cap of a reduction ("50% off your first order, up to $20",
:mod:`~nextbest.tools.compliance.reward_amounts`), nor a figure inside a usable approved claim
that states no money (a share or a rating, :mod:`~nextbest.tools.compliance.claim_figures`),
nor is the fixed price of the message's offer when the offer covers none of the rule's
products ("Give 12 months of <plan> for $99" under a gift offer,
:mod:`~nextbest.tools.compliance.offer_own_price`), nor the amount an amount or gift offer gives
("a $400 trade-in bonus on <product>", "a gift worth $120 with every <product>");
under any rule, money moved or exchanged ("Send $300", "1 USD = 19.85 MXN",
:mod:`~nextbest.tools.compliance.moved_amounts`) is no price, nor is pay for work ("earn $25 an
hour") unless the rule's description or wordings name pay ("a dollar amount of compensation
carries the amounts-vary line"). A recurring price said of no
product named in the message ("Plans from $29.99/mo") is the price of the products listed at
that figure, unless its sentence states credit terms (APR, a loan, a down payment, "for 36 months",
:func:`~nextbest.tools.compliance.financing.speaks_of_credit`). When every price in the trigger
is one of these, the trigger does not fire. Under a rule whose wordings state the lowest price
of the last 30 days (EU price indication), the percentage of an order-level offer (a percent
offer with a minimum spend) reduces no product's price and triggers nothing, nor does an
interest rate, a share or quantity stated as a percentage, a percentage in a catalogue
product's name ("Lager 0,0%") or a denied reduction word
(:mod:`~nextbest.tools.compliance.prior_price`).

Wording the pack itself requires or approves verbatim (another disclosure's wording, a claim's
disclaimer, an offer's terms or conditions, a required or standing statement) never triggers a
disclosure by itself (:mod:`~nextbest.tools.compliance.required_text`): a mandated "Medication,
if prescribed, is billed separately" line does not call for the medication disclosures, nor a
mandated "$27/day" surcharge line for the all-in-rate line. A product of the message's
offer that its conditions name still calls for the product's line, but anywhere in the message:
the officer's words cannot take it within ``within_chars`` ("… plus a side salad or a soda …"
in the conditions; the copy's own mention of the salad carries its line). A wording that
states a rate its own sentence contradicts ("$1,100 for 20 hours, just $60 per hour") is no
disclosure (:mod:`~nextbest.tools.compliance.unit_rates`). A required wording written as a
slash and a unit ("/can") counts only with its slash
(:mod:`~nextbest.tools.compliance.slash_units`): the word "can" in "you can" or a product's
name is no price basis.

Four trigger sources, any of which may be given: ``trigger_prices`` (price shapes such as
``per month`` or ``from``, :mod:`~nextbest.tools.compliance.price_triggers`; with
``prices_of_products`` only a price said of one of ``trigger_products``), ``triggers``
(regular expressions), ``trigger_phrases`` (literal words, matched case-insensitively as whole
words, so ``$0 down`` is the characters, not an anchor; a regular expression with a
case-sensitive group ``(?-i:PHX|SEA)`` matches that group's letter case as written,
:mod:`~nextbest.tools.compliance.case_scoped`) and ``trigger_products`` (each mention of one of
these products by catalogue name or alias: a wording required per product). ``within_chars`` is
measured from each trigger or mention.

Scope and wording may depend on the message: ``regions`` limits the rule to recipients of those
regions (a recipient whose region is not known needs it too: the safe side), ``offers`` /
``except_offers`` to messages with or without some offers. A message whose offer is named by a
lower-case trigger word ("<topic> workshop") needs the disclosure even when its copy avoids the
word ("Join us for <topic>"): the offer is what it promotes (``within_chars`` has no spot to
measure from then); so does a message whose amount offer gives its amount in such words ("you
get $10 in ride credit" under a rule about credit mentions,
:mod:`~nextbest.tools.compliance.offer_benefits`). ``required_by_region`` replaces
``required_any`` for a recipient of that region (another state's licence number does not do,
and a message that carries another region's line is on the rule's topic even with no trigger
word outside it) and ``required_by_channel`` adds wordings on one channel (a short SMS form).
A wording the message does not carry may be restated in other words
(:mod:`~nextbest.tools.compliance.restated_terms`), but a line required wherever a product is
named (a rule reached by product mentions alone: a medicine's statutory text, a product
warning) is fixed wording, and a passage that quotes its opening words and then departs from
it (an older version) is not the line (:mod:`~nextbest.tools.compliance.misquotes`), nor are
the words of another mandated line (an offer's short conditions "… cash-pay only, Rx required
…" for the line "Rx required for CPAP machines and masks.",
:func:`~nextbest.tools.compliance.required_text.without_mandated_lines`) a restatement of it; and
never by a passage carrying another of
the rule's own wordings that does not do here: the general line "Prices are per vehicle, per
month; <State> locations add $3/month." is not the wording the rule requires for a recipient
in that state, however many words they share; nor by another disclosure rule's own line, word
for word ("<other airport> from-prices are for …": that rule's disclosure).
A one-word product name written all in lower case ("let your mind wander" for the
product "Wander") is the everyday word, not a mention
(:mod:`~nextbest.tools.compliance.lowercase_names`), nor a product named in a standing
statement of the pack that denies something of it ("Public schemes do not fund <product>",
:mod:`~nextbest.tools.compliance.standing_denials`), nor is a product's short name followed by
another capitalised word ("our Gold Coast centre" for the product "Gold Dental",
:mod:`~nextbest.tools.compliance.short_name_compounds`).
``feature_of_products`` names the products a triggered feature belongs to: a trigger whose
sentence names only other catalogue products ("Even the basic card earns rebates") is a
violation, disclosure or not, even when the trigger is the words of a mandated line woven into
that sentence ("our basic card is <mandated line>").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from nextbest.brand_context.models import DisclosureRule, Product
from nextbest.tools.compliance.case_scoped import OfficerPattern
from nextbest.tools.compliance.claim_figures import inside_unpriced_claim
from nextbest.tools.compliance.connectives import inside_connective
from nextbest.tools.compliance.denials import stated_absent, unneeded_act
from nextbest.tools.compliance.every_price import speaks_of_every_price
from nextbest.tools.compliance.financing import speaks_of_credit
from nextbest.tools.compliance.giving_asks import asks_to_give, speaks_of_giving_asks
from nextbest.tools.compliance.invitations import reminds_of_booking
from nextbest.tools.compliance.kinds.audience import region_names, rule_regions
from nextbest.tools.compliance.kinds.base import (
    CheckContext,
    find_plain,
    gap,
    overlaps,
    violation,
)
from nextbest.tools.compliance.kinds.link_policy import own_links
from nextbest.tools.compliance.lowercase_names import capitalised_one_word_names, everyday_word
from nextbest.tools.compliance.maltese_elision import elidable
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.misquotes import misquoted
from nextbest.tools.compliance.moved_amounts import moved_amount
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.offer_benefits import offer_benefit
from nextbest.tools.compliance.offer_own_price import (
    offer_given_amount,
    offer_price_of_other_products,
    offer_terms_price,
)
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.org_names import in_organisation_name
from nextbest.tools.compliance.period_ordinals import period_ordinal
from nextbest.tools.compliance.phrases import compile_phrases
from nextbest.tools.compliance.price_roles import not_a_product_price
from nextbest.tools.compliance.price_triggers import shape_key, shape_pattern
from nextbest.tools.compliance.prior_price import (
    bare_comparison,
    is_prior_price_wording,
    names_product,
    order_discount,
    reduces_no_price,
)
from nextbest.tools.compliance.reader_arranged import reader_arranged
from nextbest.tools.compliance.required_text import inside_required, without_mandated_lines
from nextbest.tools.compliance.restated_terms import restated_spans
from nextbest.tools.compliance.reward_amounts import reward_amount
from nextbest.tools.compliance.senses import inside_sense
from nextbest.tools.compliance.short_fields import echoes_body
from nextbest.tools.compliance.short_name_compounds import in_longer_name, opens_named_product
from nextbest.tools.compliance.slash_units import slash_units, unit_without_slash
from nextbest.tools.compliance.standing_denials import in_denying_statement
from nextbest.tools.compliance.substitutes import denied_substitute
from nextbest.tools.compliance.thresholds import is_threshold
from nextbest.tools.compliance.topics import is_topic_mention
from nextbest.tools.compliance.unit_rates import contradicted_rate
from nextbest.tools.compliance.unspaced_scripts import word_guards
from nextbest.tools.compliance.upfront_amounts import zero_upfront
from nextbest.tools.compliance.verdict import Violation

if TYPE_CHECKING:  # it reads promotions as offer_terms does, whose modules import this one
    from nextbest.tools.compliance.kinds.promotion_free import PromotionFree

_PRICE = re.compile(
    r"(?:[$£€¥₹]|\b(?:usd|gbp|eur|cad|aud|lkr)\s?|(?<!\w)(?:රු|रु|ரூ)\.)\s?"
    r"(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"|(\d+(?:[.,]\d{1,2})?)\s?(?:€|£|\b(?:usd|gbp|eur|dollars?|euros?)\b)"
    r"|(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:₺|\b(?:lei|ron|tl)\b|ден\.|денар)"
    r"|(?:฿|\bthb\s?)\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"|(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?:บาท|\bthb\b)",
    re.IGNORECASE,
)
"""A price in the original text; Romanian lei and Turkish lira follow a figure whose thousands
a dot groups ("2.400 TL", "74,50 lei"), as do Macedonian denars ("1.290 ден.", "990 денари");
Thai baht is a sign before the figure ("฿1,290") or a
word after it ("1,290 บาท"); a rupee figure may be grouped in lakhs ("₹ 2,40,000"), and its
short form written in Sinhala, Hindi or Tamil script ("රු. 2,450", "रु. 600", "ரூ. 1,250")."""
_LAKH = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?")
"""A figure grouped in lakhs ("2,40,000"): its commas group no thousands."""
_PER_PERIOD = re.compile(
    r"\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+)"
    r"(?:mo|mos|month|yr|year|wk|week|day|night)\b",
    re.IGNORECASE,
)


_PAY_WORDS = (
    "compensation", "earnings", "salary", "salaries", "wage", "wages", "stipend", "stipends",
    "payout", "payouts",
)  # fmt: skip
"""Nouns of money paid to a person: a rule naming one is about pay, and an earned amount
("earn up to $130 a week", otherwise pay for work and no price) is its subject."""


_INVITING = re.compile(r"\binvit(?:e|es|ed|ing|ation|ations)\b", re.IGNORECASE)
"""A rule description about invitations ("Invitations to book a survey carry …")."""


def literal_phrase(phrase: str) -> str:
    """A folded-view pattern for a literal trigger phrase: no regex syntax, whole words.

    Args:
        phrase: The phrase as the compliance officer wrote it (e.g. ``$0 down``).

    Returns:
        A pattern for the folded view (case folded), guarded on word boundaries where the
        phrase starts or ends with a letter or digit. A phrase glued to the negating prefix
        ``non-`` is its opposite, not a mention: "non-airport locations" does not name an
        airport, "non-prescription" is not a prescription. A last word of four letters or
        more also matches its plural (``camera`` finds "cameras"): officers list the plural
        when they remember it. An edge written in Japanese, Chinese or Thai letters needs no
        boundary (:func:`~nextbest.tools.compliance.unspaced_scripts.word_guards`). A word
        listed with the Maltese helping vowel is also found without it ("ġie kkanċellat" for
        "ikkanċellat", :mod:`~nextbest.tools.compliance.maltese_elision`).
    """
    words = fold(phrase.strip()).text.split()
    body = r"\s+".join(elidable(w) for w in words)  # "ikkancellat" also as "kkancellat"
    before, after = word_guards(" ".join(words))  # none at an edge of Japanese, Thai …
    if before:
        body = before + r"(?<!non-)" + body
    if after:
        if words[-1].isalpha() and len(words[-1]) >= 4 and not words[-1].endswith("s"):
            body += r"(?:e?s)?"
        body += after
    return body


def _wrong_rate(ctx: CheckContext, name: TextField, start: int, end: int) -> bool:
    """Whether a disclosure found at ``start:end`` states a rate its sentence contradicts.

    "… is $1,100 for 20 hours, just $60 per hour" copies an approved "$60 per hour" wording
    but discloses a wrong rate (:mod:`~nextbest.tools.compliance.unit_rates`): it does not
    count as the disclosure.
    """
    text = ctx.fields[name]
    s_start, s_end = text.sentence_at(start)
    return contradicted_rate(text.original[s_start:s_end], start - s_start, end - s_start)


def _product_name_spans(ctx: CheckContext, folded: str) -> list[tuple[int, int]]:
    """Where catalogue products' names (and aliases) occur in a folded offer name.

    Args:
        ctx: The check context (its pack's products).
        folded: The offer's name, folded.

    Returns:
        The spans (start, end) in ``folded``.
    """
    spans: list[tuple[int, int]] = []
    for product in ctx.pack.products:
        for name in product.names:
            key = fold(name).text.strip()
            if len(key) < 2 or key not in folded:
                continue
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(key), folded))
    return spans


class DisclosureCheck:
    """Finds trigger patterns and requires a disclosure (near them when ``within_chars``).

    With ``no_promotion`` the triggers also put the message on a topic that carries no
    promotion (:mod:`~nextbest.tools.compliance.promotion_free`).
    """

    def __init__(self, rule: DisclosureRule, promotion_free: PromotionFree | None = None) -> None:
        """Compile the triggers and the acceptable disclosure wordings once.

        Args:
            rule: The rule.
            promotion_free: Under ``no_promotion``, the rule's promotion reader (built by
                :func:`~nextbest.tools.compliance.kinds.compile_rule` from the pack).

        Raises:
            ValueError: A ``no_promotion`` rule without its promotion reader.
        """
        if rule.params.no_promotion and promotion_free is None:
            raise ValueError(f"rule {rule.id!r}: no_promotion needs its promotion reader")
        self.rule = rule
        self.promotion_free = promotion_free
        self.rule_id = rule.id
        self._other_lines: tuple[re.Pattern[str] | None] | None = None  # read on first check
        self.triggers = [OfficerPattern.compile(p) for p in rule.params.triggers]
        self.triggers.extend(
            OfficerPattern(re.compile(literal_phrase(p)), on_original=False)
            for p in rule.params.trigger_phrases
            if p.strip()
        )
        self.price_shapes = [
            OfficerPattern(re.compile(shape_pattern(p)), on_original=False)
            for p in rule.params.trigger_prices
            if p.strip()
        ]
        self.starting_prices = [  # "from $42": a price said to vary, whatever the product
            shape
            for shape, name in zip(
                self.price_shapes, [p for p in rule.params.trigger_prices if p.strip()], strict=True
            )
            if shape_key(name) == "from"
        ]
        self.any_prices = [  # "$12": any price, which an amount off ("$40 off") is not
            shape
            for shape, name in zip(
                self.price_shapes, [p for p in rule.params.trigger_prices if p.strip()], strict=True
            )
            if shape_key(name) == "any"
        ]
        self.percent_shapes = [  # "20%": a percentage, which a product's name may carry
            shape
            for shape, name in zip(
                self.price_shapes, [p for p in rule.params.trigger_prices if p.strip()], strict=True
            )
            if shape_key(name) == "percent"
        ]
        self.trigger_products = frozenset(rule.params.trigger_products)
        self.prices_of_products = rule.params.prices_of_products and bool(self.trigger_products)
        params = rule.params
        self.regions = rule_regions(params.regions)
        self.offers = frozenset(params.offers)
        self.except_offers = frozenset(params.except_offers)
        self.by_region = {
            name: (list(wordings), compile_phrases(list(wordings), obfuscation=False))
            for region, wordings in params.required_by_region.items()
            if wordings
            for name in rule_regions([region])
        }
        self.other_regions = {
            name: compile_phrases(
                [w for ws in params.required_by_region.values() for w in ws if w not in wordings],
                obfuscation=False,
            )
            for name, (wordings, _) in self.by_region.items()
        }
        """Per region: the other regions' own lines (a line of one state sent to another)."""
        self.by_channel = {
            channel: (
                [*wordings, *params.required_any],
                compile_phrases([*wordings, *params.required_any], obfuscation=False),
            )
            for channel, wordings in params.required_by_channel.items()
            if wordings
        }
        self.required = compile_phrases(rule.params.required_any, obfuscation=False)
        self.all_wordings = tuple(
            dict.fromkeys(
                [
                    *params.required_any,
                    *(w for ws in params.required_by_region.values() for w in ws),
                    *(w for ws in params.required_by_channel.values() for w in ws),
                ]
            )
        )
        self.prior_price = is_prior_price_wording(rule.params.required_any)
        self.offer_named: dict[str, tuple[str, str] | None] = {}
        self.own_words: dict[str, str] = {}
        self.feature_of = frozenset(params.feature_of_products)
        self.kind_words = [
            re.compile(literal_phrase(p))
            for p in rule.params.trigger_phrases
            if p.strip() and p == p.lower() and any(c.isalpha() for c in p)
        ]  # common words ("workshop", "rebate"), not names ("<Brand> Summer Sale")
        self.subject = f" {plain(' '.join([rule.description, *rule.params.required_any]))} "
        self.named_products: dict[str, bool] = {}
        self.of_invitations = _INVITING.search(rule.description) is not None
        self.every_price = speaks_of_every_price(self.subject)  # "Any price carries …"
        self.of_giving_asks = speaks_of_giving_asks(rule.description)
        # a line required wherever a product is named is fixed wording: never misquoted
        self.product_line = bool(self.trigger_products) and not (
            params.triggers or params.trigger_phrases or params.trigger_prices
        )
        self.of_pay = any(f" {word} " in self.subject for word in _PAY_WORDS)

    def _names(self, category: str) -> bool:
        """Whether the rule's description or wordings name ``category`` (plain form)."""
        return any(f" {form} " in self.subject for form in (category, f"{category}s"))

    def _names_category(self, product: Product, pack_categories: list[str]) -> bool:
        """Whether the product's category is the rule's subject.

        It is when the rule names it, or speaks of every price ("Any price carries the tax
        line", :mod:`~nextbest.tools.compliance.every_price`), or when the rule names no
        category of the catalogue at all (a rule about "a per-day rate" covers every product's
        rate), or when the rule names the product itself by two or more words of its name
        ("per 6-pack" of the "<brand> Lager 6-pack", filed under another category than the
        cans the rule names).
        """
        category = plain(product.category or "")
        if not category or self.every_price or self._names(category):
            return True
        if self._names_product(product):
            return True
        return not any(self._names(c) for c in pack_categories if c)

    def _names_product(self, product: Product) -> bool:
        """Whether the rule's description or wordings hold two words in a row of its name."""
        named = self.named_products.get(product.id)
        if named is None:
            runs = {
                " ".join(words[i : i + 2])
                for name in product.names
                for words in [plain(name).split()]
                for i in range(len(words) - 1)
            }
            named = any(f" {run} " in self.subject for run in runs)
            self.named_products[product.id] = named
        return named

    def _price_outside(
        self, ctx: CheckContext, name: TextField, start: int, end: int, starting: bool = False
    ) -> bool:
        """Whether every price in the trigger is a threshold or another category's list price.

        Under ``prices_of_products`` the rule's subject is its ``trigger_products``: the list
        price of another product named beside one of them ("the <trigger product> stacks in a
        Display Case ($19.95)") is that product's, whatever their categories.

        A starting price (``starting``: "<product> starts at $425") is never another
        category's list price: the shape itself says the final price may differ, which is what
        the rule is about whatever the product.
        """
        original = ctx.fields[name].original
        prices = list(_PRICE.finditer(original, start, end))
        if not prices:
            return False
        for price in prices:
            p_start, p_end = price.span()
            if is_threshold(original, p_start, p_end):
                continue
            if starting:
                return False
            written = next(g for g in price.groups() if g)
            figure = read_number(written.replace(",", "") if _LAKH.fullmatch(written) else written)
            near = ctx.products_near(name, p_start)
            owners = [
                h.product
                for h in near
                if h.product.list_price is not None and float(h.product.list_price) == figure
            ]
            if (
                not near
                and _PER_PERIOD.match(original, p_end)
                and not speaks_of_credit(original, p_start)
            ):
                owners = [  # no product named: the products listed at that price
                    p
                    for p in ctx.pack.products
                    if p.list_price is not None and float(p.list_price) == figure
                ]
            categories = [plain(p.category or "") for p in ctx.pack.products] if owners else []
            if owners and not any(
                p.id in self.trigger_products
                or (not self.prices_of_products and self._names_category(p, categories))
                for p in owners
            ):
                continue  # another category's list price; a trigger product's own is the rule's
            return False
        return True

    def _own_words(self, wording: str, ctx: CheckContext) -> str:
        """``wording`` without the phrases that trigger the rule and the catalogue's names.

        A restatement must repeat what the disclosure says, not the names in it: "<product> is
        programmed by a licensed professional" shares the product's name and a few words with
        "<product> is sold only after a hearing test with a licensed professional" but drops
        the point, and "our <feature> at <place>" shares the place's name with "<feature> is
        offered at <place> only" but drops the restriction. Read once per wording.
        """
        own = self.own_words.get(wording)
        if own is not None:
            return own
        names = [p for p in self.rule.params.trigger_phrases if p.strip()]
        for product in ctx.pack.products:
            names += product.names
        own = wording
        for name in sorted(set(names), key=len, reverse=True):
            own = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " ", own, flags=re.IGNORECASE)
        self.own_words[wording] = own
        return own

    def _said_of_products(self, ctx: CheckContext, name: TextField, index: int) -> bool:
        """Whether a price at ``index`` is said of one of the rule's ``trigger_products``.

        It is when one of them is named near it (its sentence, else its paragraph; not inside
        mandated wording) or, with no product named near it, when the message's offer covers
        one of them.
        """
        near = [
            hit
            for hit in ctx.products_near(name, index)
            if not inside_required(ctx, cast(TextField, hit.field), hit.start, hit.end)
        ]
        if near:
            return any(hit.product.id in self.trigger_products for hit in near)
        offer = ctx.pack.offer(ctx.message.offer_id) if ctx.message.offer_id else None
        return offer is not None and not self.trigger_products.isdisjoint(offer.products)

    def _offer_trigger(self, ctx: CheckContext) -> tuple[str, str] | None:
        """The trigger words the message's offer is named by and its name, if any.

        Read once per offer.

        An offer named "Turning 65? <topic> workshop" is a workshop: a message promoting it
        invites to a workshop whatever words its copy uses ("Join us for …"), so a rule about
        workshop invitations applies. Only the officer's literal trigger words written in lower
        case count: they name a kind of thing (``workshop``, ``rebate``, ``trial``); a trigger
        written with capitals is a name (a campaign's, "<Brand> Summer Sale") that governs copy
        naming it, not every message of the offer. An amount offer whose terms give its amount
        in such words ("you get $10 in ride credit") is that thing too
        (:mod:`~nextbest.tools.compliance.offer_benefits`). A trigger inside the name of a
        catalogue product that the offer's name carries ("Switch to the <Limitless 40> plan for
        less" under a trigger "limitless") is that product's name, not the offer's kind: it
        governs copy naming the product, as any trigger in copy does.
        """
        offer = ctx.pack.offer(ctx.message.offer_id) if ctx.message.offer_id else None
        if offer is None:
            return None
        if offer.id not in self.offer_named:
            folded = fold(offer.name).text
            names = _product_name_spans(ctx, folded)
            found: tuple[str, str] | None = None
            for pattern in self.kind_words:
                match = next(
                    (
                        m
                        for m in pattern.finditer(folded)
                        if m.end() > m.start()
                        and not any(s <= m.start() and m.end() <= e for s, e in names)
                    ),
                    None,
                )
                if match is not None:
                    found = (match.group(), offer.name)
                    break
            benefit = offer_benefit(offer, self.kind_words) if found is None else None
            if benefit is not None:  # "you get $10 in ride credit": a credit offer
                found = (benefit, offer.name)
            self.offer_named[offer.id] = found
        return self.offer_named[offer.id]

    def _feature_of_other(
        self, ctx: CheckContext, worded: list[tuple[TextField, int, int]]
    ) -> list[Violation]:
        """A violation when a trigger's sentence gives the feature only to other products.

        With ``feature_of_products`` (only the premium card earns "rebates"), "Even the basic
        card earns rebates" says the feature of a product that lacks it: the sentence names
        catalogue products (outside mandated wording), none of them the feature's own.
        """
        products = self.trigger_products
        for name, start, end in worded:
            text = ctx.fields[name]
            s_start, s_end = text.sentence_at(start)
            named = {
                hit.product.id: hit.product
                for hit in ctx.product_hits
                if hit.field == name
                and s_start <= hit.start < s_end
                and hit.product.id not in products
                and not inside_required(ctx, name, hit.start, hit.end)
            }
            if not named or not self.feature_of.isdisjoint(named):
                continue
            words = text.original[start:end]
            others = ", ".join(sorted(p.name for p in named.values()))
            owners = ", ".join(sorted(p.name for p in ctx.pack.products if p.id in self.feature_of))
            return [
                violation(
                    self.rule,
                    f"{words!r} is said of {others}; it belongs only to "
                    f"{owners or 'other products'}.",
                    field=name,
                    span=(start, end),
                    evidence=text.original[s_start:s_end].strip(),
                    fix_hint=f"Say {words!r} only of {owners or 'the products that have it'}.",
                )
            ]
        return []

    def applies(self, ctx: CheckContext) -> bool:
        """Whether the message's offer and recipient are within the rule's scope."""
        offer_id = ctx.message.offer_id
        if self.offers and offer_id not in self.offers:
            return False
        if offer_id is not None and offer_id in self.except_offers:
            return False
        if self.regions:
            recipient = ctx.message.recipient
            region = recipient.region if recipient else None
            return not region or not region_names(region).isdisjoint(self.regions)
        return True

    def _other_region_line(self, ctx: CheckContext) -> tuple[TextField, int, int] | None:
        """Another region's own line in a message to a region that has its own, if any.

        A message that carries the rule's line for one state ("<State A> licence no. 123")
        is one the rule covers; sent to a recipient of another state with its own line, it
        needs that line, though no trigger word stands outside the mandated wording.
        """
        recipient = ctx.message.recipient
        if not self.other_regions or recipient is None or not recipient.region:
            return None
        for name in sorted(region_names(recipient.region)):
            if name in self.other_regions:
                pattern = self.other_regions[name]
                found = find_plain(pattern, ctx) if pattern is not None else []
                return found[0] if found else None
        return None

    def _without_other_lines(
        self, ctx: CheckContext, found: list[tuple[TextField, int, int]]
    ) -> list[tuple[TextField, int, int]]:
        """The restatements found, less those that are another disclosure rule's own line.

        "<Other airport> from-prices are for stays arriving 4 to 25 March." is the line another
        rule requires, word for word: it is that rule's disclosure, and however many words and
        figures it shares with this rule's line, it does not restate it.

        Args:
            ctx: The check context.
            found: The restated spans (field, start, end).

        Returns:
            Those that hold no other disclosure rule's wording.
        """
        if self._other_lines is None:  # once per pack: the engine keeps one check per rule
            own = set(self.all_wordings)
            texts = [
                wording
                for rule in ctx.pack.rules
                if isinstance(rule, DisclosureRule) and rule.id != self.rule.id
                for wording in (
                    *rule.params.required_any,
                    *(w for ws in rule.params.required_by_region.values() for w in ws),
                    *(w for ws in rule.params.required_by_channel.values() for w in ws),
                )
                if wording.strip() and wording not in own
            ]
            self._other_lines = (compile_phrases(texts, obfuscation=False) if texts else None,)
        pattern = self._other_lines[0]
        if pattern is None:
            return found
        kept: list[tuple[TextField, int, int]] = []
        for name, start, end in found:
            skel = ctx.fields[name].skel
            lines = [skel.original_span(*m.span()) for m in pattern.finditer(skel.text)]
            if not any(s < end and start < e for s, e in lines):  # the run holds none
                kept.append((name, start, end))
        return kept

    def wordings(self, ctx: CheckContext) -> tuple[list[str], re.Pattern[str] | None]:
        """The wordings that satisfy the rule for this recipient and channel, compiled.

        The recipient's region's wordings when the rule has some, else ``required_any`` with
        the channel's own (a short SMS form) added.
        """
        recipient = ctx.message.recipient
        if self.by_region and recipient is not None and recipient.region:
            for name in sorted(region_names(recipient.region)):
                if name in self.by_region:
                    return self.by_region[name]
        if ctx.message.channel in self.by_channel:
            return self.by_channel[ctx.message.channel]
        return list(self.rule.params.required_any), self.required

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for the first trigger without a (close enough) disclosure.

        Under ``no_promotion``, first a violation when a trigger puts the message on the
        rule's topic and the message carries a promotion.
        """
        if not self.applies(ctx):
            return []
        triggers, worded, named_products, woven, in_terms = self._triggers(ctx)
        if self.promotion_free is None:
            return self._disclosures(ctx, triggers, worded, woven, in_terms)
        found = self.promotion_free.check(ctx, [*worded, *named_products])
        if self.rule.params.required_any:
            found.extend(self._disclosures(ctx, triggers, worded, woven, in_terms))
        return found

    def _triggers(
        self, ctx: CheckContext
    ) -> tuple[
        list[tuple[TextField, int, int]],
        list[tuple[TextField, int, int]],
        list[tuple[TextField, int, int]],
        list[tuple[TextField, int, int]],
        list[tuple[TextField, int, int]],
    ]:
        """The rule's triggers in the copy: all, the worded ones, the product mentions.

        Returns:
            Every trigger (field, start, end); those from ``triggers`` / ``trigger_phrases``;
            the mentions of ``trigger_products`` (outside ``prices_of_products``); under
            ``feature_of_products``, the worded ones inside mandated wording (read only for
            the product their sentence gives the feature to); the mentions of the offer's
            products inside mandated wording (the offer's conditions listing them).
        """
        triggers: list[tuple[TextField, int, int]] = []
        worded: list[tuple[TextField, int, int]] = []  # from triggers / trigger_phrases
        woven: list[tuple[TextField, int, int]] = []  # worded, inside mandated wording
        named_products: list[tuple[TextField, int, int]] = []  # from trigger_products
        in_terms: list[tuple[TextField, int, int]] = []  # the offer's, in mandated wording
        links = own_links(ctx)
        offer = ctx.pack.offer(ctx.message.offer_id) if ctx.message.offer_id else None
        for name, text in ctx.fields.items():
            addresses = [link.span for link in links if link.field == name and link.span]
            for pattern, of_products, priced in [
                *((p, False, False) for p in self.triggers),
                *((p, self.prices_of_products, True) for p in self.price_shapes),
            ]:
                found_spans = pattern.spans(text)
                if not found_spans:
                    continue
                # what the pattern is, read once per pattern, not per span (list tests by ==)
                quoted = pattern in self.triggers
                any_price = pattern in self.any_prices
                starting = pattern in self.starting_prices
                for start, end in found_spans:
                    if overlaps(start, end, addresses):
                        continue
                    if of_products and not self._said_of_products(ctx, name, start):
                        continue
                    if (of_products or any_price) and not_a_product_price(
                        text.original, start, end
                    ):
                        continue  # "$40 off", "covers up to $3,000": not what it costs
                    if of_products and reward_amount(text.original, start, end):
                        continue  # "Give $15, get $15", "50% off, up to $20": no cost
                    if of_products and inside_unpriced_claim(ctx, name, start, end):
                        continue  # "holds up to 80 % in bonds": an approved share, no cost
                    if priced and moved_amount(text.original, start, end, pay=not self.of_pay):
                        continue  # "Send $300", "1 USD = 19.85 MXN": money moved, no price
                    if of_products and zero_upfront(text.original, start, end):
                        continue  # "$0 upfront": a payment plan's shape, not the price
                    if of_products and offer_price_of_other_products(
                        offer, self.trigger_products, text.original[start:end]
                    ):
                        continue  # the offer's price of its own product (a gift of a plan)
                    if of_products and offer_given_amount(offer, text.original[start:end]):
                        continue  # "a $400 trade-in bonus", "a gift worth $120": given, no cost
                    if of_products and offer_terms_price(
                        offer, self.trigger_products, text.original[start:end]
                    ):
                        continue  # the offer's terms price its own product, not the rule's
                    if inside_sense(start, end, text.everyday_senses):
                        continue
                    if quoted and overlaps(start, end, text.idioms):
                        continue  # "trial and error", "snow-covered": no trigger
                    if quoted and period_ordinal(text.original, start, end):
                        continue  # "first donation of the week": a count that restarts
                    if quoted and stated_absent(text.original, start, end):
                        continue  # "a one-time box, no subscription": nothing to disclose
                    if quoted and unneeded_act(text.original, start, end):
                        continue  # "no obligation to sell or borrow": the act not offered
                    if quoted and denied_substitute(text.original, start, end):
                        continue  # "it does not replace your <thing>": named to deny it
                    if quoted and reader_arranged(text.original, start, end):
                        continue  # "Already booked your ferry?": the reader's own, not sold
                    if (
                        self.of_invitations
                        and pattern in self.triggers
                        and reminds_of_booking(text.original, start, end)
                    ):
                        continue  # "your home survey is on Tue 9 Feb": booked, no invitation
                    if quoted and self.of_giving_asks and not asks_to_give(ctx):
                        continue  # "it came to us as a gift from …": no ask to give
                    if inside_connective(start, end, text.connectives):
                        continue  # "in the event you move": "if", no event
                    if is_topic_mention(ctx, name, start, end):
                        continue
                    if not of_products and in_organisation_name(text.original, start, end):
                        continue  # "named by the Vacation Ownership Guild"
                    if self._price_outside(ctx, name, start, end, starting=starting):
                        continue
                    if self.prior_price and order_discount(offer, text.original[start:end]):
                        continue  # a basket code's "-10 %" reduces no product's price
                    if self.prior_price and bare_comparison(
                        text.original[start:end], text.original[slice(*text.sentence_at(start))]
                    ):
                        continue  # "Statt Glühwein mal Cold Brew?": no price compared
                    if self.prior_price and reduces_no_price(
                        text.original, start, end, text.sentence_at(start)
                    ):
                        continue  # "TAN 0%", "90% recycled", "no discounts on safety"
                    if (
                        self.prior_price
                        and pattern in self.percent_shapes
                        and names_product(
                            start,
                            end,
                            [(h.start, h.end) for h in ctx.product_hits if h.field == name],
                        )
                    ):
                        continue  # "Mleko Bio 3,2%": a fat content the product is named by
                    if inside_required(ctx, name, start, end, quoted=quoted):
                        if quoted and self.feature_of:
                            woven.append((name, start, end))
                        continue
                    triggers.append((name, start, end))
                    if quoted:
                        worded.append((name, start, end))
        if self.trigger_products and not self.prices_of_products:
            offer = ctx.pack.offer(ctx.message.offer_id) if ctx.message.offer_id else None
            offered = frozenset(offer.products) if offer is not None else frozenset()
            originals: dict[str, str] = {f: t.original for f, t in ctx.fields.items()}
            for hit in ctx.product_hits:
                if hit.product.id not in self.trigger_products:
                    continue
                spans = [link.span for link in links if link.field == hit.field and link.span]
                if overlaps(hit.start, hit.end, spans):
                    continue
                fixed = inside_required(ctx, cast(TextField, hit.field), hit.start, hit.end)
                if fixed and hit.product.id not in offered:
                    continue  # named only in mandated wording, and not the offer's product
                if hit.product.id not in offered and in_denying_statement(
                    ctx, cast(TextField, hit.field), hit.start, hit.end
                ):
                    continue  # "<payer> does not fund <product>": a standing line, no promotion
                field_text = ctx.fields[cast(TextField, hit.field)]
                original = field_text.original
                if in_longer_name(
                    hit.product,
                    original,
                    hit.start,
                    hit.end,
                    original[slice(*field_text.sentence_at(hit.start))],
                ):
                    continue  # "our Gold Coast centre": a place, not the product "Gold …"
                if reader_arranged(original, hit.start, hit.end):
                    continue  # "Santa left you a <brand> voucher": held, not sold here
                if opens_named_product(hit, ctx.product_hits, originals):
                    continue  # "the Kite" beside the "Kite Spare Battery": which one is unclear
                if original[hit.start : hit.end].islower() and everyday_word(
                    original, hit.start, hit.end, capitalised_one_word_names([hit.product])
                ):
                    continue  # "let your mind wander": the word, not the name "Wander"
                triggers.append((cast(TextField, hit.field), hit.start, hit.end))
                named_products.append((cast(TextField, hit.field), hit.start, hit.end))
                if fixed:  # the offer's conditions name it: their words cannot take the line
                    in_terms.append(triggers[-1])
        return triggers, worded, named_products, woven, in_terms

    def _disclosures(
        self,
        ctx: CheckContext,
        triggers: list[tuple[TextField, int, int]],
        worded: list[tuple[TextField, int, int]],
        woven: list[tuple[TextField, int, int]],
        in_terms: list[tuple[TextField, int, int]],
    ) -> list[Violation]:
        """A violation for the first trigger without a (close enough) disclosure.

        Args:
            ctx: The check context.
            triggers: Every trigger found (:meth:`_triggers`).
            worded: The triggers from ``triggers`` / ``trigger_phrases``.
            woven: The worded triggers inside mandated wording: a mandated line woven into a
                sentence about another product ("our basic plan is <mandated line>") says
                the feature of that product all the same.
            in_terms: The product mentions inside mandated wording: the disclosure is due, but
                anywhere in the message, since the officer's words cannot take it beside them.

        Returns:
            At most one violation.
        """
        params = self.rule.params
        if self.feature_of:
            misplaced = self._feature_of_other(ctx, [*worded, *woven])
            if misplaced:
                return misplaced
        named = self._offer_trigger(ctx) if not triggers else None
        if not triggers and named is None:
            misplaced_line = self._other_region_line(ctx)
            if misplaced_line is None:
                return []
            triggers = [misplaced_line]  # another state's line: the rule's topic all the same
        required_any, required = self.wordings(ctx)
        disclosures = find_plain(required, ctx) if required is not None else []
        units = slash_units(tuple(required_any))
        disclosures = [
            (name, start, end)
            for name, start, end in disclosures
            if not unit_without_slash(ctx.fields[name].original, start, end, units)
        ]  # "/can" is a rate: the word "can" alone is no disclosure
        if not disclosures:  # the wording restated: every part and figure kept
            replaced = [f" {plain(w)} " for w in self.all_wordings if w not in required_any]
            disclosures = [
                (name, start, end)
                for wording in required_any
                for name, text in ctx.fields.items()
                for start, end in restated_spans(
                    self._own_words(wording, ctx),
                    without_mandated_lines(ctx, name) if self.product_line else text.original,
                )
                if not any(w in f" {plain(text.original[start:end])} " for w in replaced)
                and not (self.product_line and misquoted(wording, text.original[start:end]))
            ]
            if disclosures:  # another rule's own line restates nothing of this one
                disclosures = self._without_other_lines(ctx, disclosures)
        wrong = [d for d in disclosures if _wrong_rate(ctx, *d)]
        disclosures = [d for d in disclosures if d not in wrong]
        wordings = " / ".join(repr(w) for w in required_any)
        if named is not None and not disclosures:  # the offer's name is the trigger
            words, offer_name = named
            return [
                violation(
                    self.rule,
                    f"The message's offer {offer_name!r} is a {words!r} offer: it needs a "
                    f"disclosure ({wordings}), and none is present.",
                    evidence=f"offer {ctx.message.offer_id}",
                    fix_hint=f"Add {required_any[0]!r}.",
                )
            ]
        for name, start, end in sorted(triggers, key=lambda t: ctx.combined(t[0], t[1])):
            words = ctx.fields[name].original[start:end]
            if not disclosures:
                present = (
                    "; the rate stated does not match the sentence's count and total"
                    if wrong
                    else ", and none is present"
                )
                return [
                    violation(
                        self.rule,
                        f"{words!r} needs a disclosure ({wordings}){present}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Add {required_any[0]!r}"
                        + (
                            f" within {params.within_chars} characters."
                            if params.within_chars
                            else "."
                        ),
                    )
                ]
            if params.within_chars is None or (name, start, end) in in_terms:
                continue  # a mention in the offer's conditions: the line anywhere does
            within = params.within_chars

            def near(field: TextField, lo: int, hi: int, limit: int = within) -> bool:
                lo, hi = ctx.combined(field, lo), ctx.combined(field, hi)
                return any(
                    gap(lo, hi, ctx.combined(f, s), ctx.combined(f, e)) <= limit
                    for f, s, e in disclosures
                )

            if not near(name, start, end) and not echoes_body(ctx, triggers, name, words, near):
                return [
                    violation(
                        self.rule,
                        f"The disclosure is more than {params.within_chars} characters from "
                        f"{words!r}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Move {required_any[0]!r} next to {words!r}.",
                    )
                ]
        return []
