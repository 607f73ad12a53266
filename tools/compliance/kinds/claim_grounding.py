"""``claim_grounding``: governed statements must be approved claims, valid on the send date.

How a message is checked:

1. Cited claim ids must exist, be active, be inside their validity window on the send date and
   be allowed on the channel.
2. Every approved claim's exact wording (case, punctuation and spacing folded) is located in
   the copy. A wording whose claim is not usable (expired, draft, wrong channel) is a
   violation; a usable one *covers* its span.
3. Claim triggers of the governed categories (built-in lexicon plus ``extra_triggers``) are
   found in the copy. A trigger outside every covered span is an unapproved statement unless
   its sentence is a *close match* of a usable claim: the claim's words in order, stop words
   aside, with at most two inserted words none of which is a number or a strengthener
   (``all``, ``completely``, ``clinically``…). Paraphrases that strengthen therefore fail.
   A sentence that repeats most of a governed claim's words without matching it (``Free
   returns within 60 days`` for ``Free returns within 30 days``) is a paraphrase, trigger word
   or not. An approved wording with a strengthener next to it (``always``) fails too.
   A sentence made only of an approved claim's own words (narrower or reordered, at most
   two other words, no strengthener, no new figure, no qualifier such as ``up to`` dropped)
   matches that claim too. Links, product names, declared non-claim phrases, the brand's
   standing statements, the texts the pack requires (disclosures, statements) and its offers'
   names ("$1 off any <Brand> Organic half gallon") are never read as claims, nor is a trigger
   in a question the copy answers "no" ("Is <product> dairy-free? No.") or in a label others
   give that the copy rejects ("heat pumps sold as zero carbon. They aren't"); a trigger in the
   subject or CTA that is part of an approved claim the body carries (a subject announcing the
   claim; its wording, disclaimer or a keyword of its own kind, also when the body's claim is
   expired and reported there; any trigger of the kind of a governed claim the body carries but
   may not use, in a field with no figure: "Loved by riders" above an expired rating repeats
   that one finding), or made only of the name words of a product the body names (a short form
   of the name), is not a claim of its own; nor is one trigger word of a usable body claim's
   kind, not a ranking, beside that claim's own words ("Cleaner depots" above "Our depots run
   on …").
   Everyday senses of triggers ("if you're ever", "most cases", "when you pay on time", see
   :mod:`~nextbest.tools.compliance.claim_senses`) are no claims, nor is the time the reader's
   own act takes, said in Armenian or Russian ("place your order in a few minutes", see
   :mod:`~nextbest.tools.compliance.reader_act_times`), and a built-in trigger the
   pack governs by a disclosure rule ("same-day" needing the cut-off line, see
   :mod:`~nextbest.tools.compliance.disclosed_triggers`) is left to that rule. A service
   trigger said of a helpline the pack prints ("help is available 24/7 at 1-800-GAMBLER", see
   :mod:`~nextbest.tools.compliance.helplines`), or a subject restating that sentence, is the
   helpline's, not the brand's. A trigger word marked with a reference mark whose footnote
   line states a usable approved claim ("Radiance*" above "*Gives skin …", see
   :mod:`~nextbest.tools.compliance.footnoted_triggers`) is that claim.
4. A claim used (found or cited) that has a disclaimer needs that disclaimer in the message.
5. A claim scoped to products may only be used for them: when the sentence (or else the
   message) names products of the catalogue and none is in the claim's scope, it is blocked
   (the brand's own name is not the product named after it). A claim whose own words name
   its product ("Our 500 ml spray bottle is …") is read against its sentence only (see
   :mod:`~nextbest.tools.compliance.claim_subjects`). A claim said only of other
   products needs no disclaimer finding besides, nor a strengthener finding.

Each problem has its own code (``claim.expired``, ``claim.unapproved``,
``claim.missing_disclaimer``, ``claim.wrong_product``) and may be reported under its own rule
id (``report_as``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from nextbest.brand_context.models import (
    BrandPack,
    Claim,
    ClaimCategory,
    ClaimGroundingRule,
    ClaimProblem,
)
from nextbest.tools.compliance.alternation import guard_once
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.claim_clauses import neighbours, price_spans
from nextbest.tools.compliance.claim_cognition import COGNITION_TRIGGERS
from nextbest.tools.compliance.claim_comparatives import COMPARATIVE_PATTERNS
from nextbest.tools.compliance.claim_concessives import CONCESSIVE_PATTERN
from nextbest.tools.compliance.claim_content_picks import CONTENT_PICK_PATTERN
from nextbest.tools.compliance.claim_coverage import COVERAGE_TRIGGERS
from nextbest.tools.compliance.claim_echoes import echoes, name_headline, name_phrase_words
from nextbest.tools.compliance.claim_inflections import INFLECTED_TRIGGERS, modal_forms
from nextbest.tools.compliance.claim_longevity import LONGEVITY_TRIGGERS
from nextbest.tools.compliance.claim_phrases import claim_phrase
from nextbest.tools.compliance.claim_proportions import PROPORTION_TRIGGERS
from nextbest.tools.compliance.claim_reader_superlatives import READER_SUPERLATIVE_PATTERN
from nextbest.tools.compliance.claim_removal import REMOVAL_EXCEPTIONS, REMOVAL_TRIGGERS
from nextbest.tools.compliance.claim_risk import RISK_TRIGGERS
from nextbest.tools.compliance.claim_romance_superlatives import (
    ROMANCE_SUPERLATIVE_TRIGGERS,
)
from nextbest.tools.compliance.claim_savings import SAVINGS_TRIGGERS
from nextbest.tools.compliance.claim_scope_lists import ScopeLists
from nextbest.tools.compliance.claim_senses import CLAIM_SENSE_PATTERNS
from nextbest.tools.compliance.claim_speed import SPEED_TRIGGERS
from nextbest.tools.compliance.claim_subjects import (
    ClaimSubjects,
    named_by_other_claim,
    named_in_disclaimer,
    preceding_products,
)
from nextbest.tools.compliance.claim_tails import ClaimTails
from nextbest.tools.compliance.claim_tautologies import TAUTOLOGY_PATTERN
from nextbest.tools.compliance.claim_trigger_excuses import AWARD_STEMS, excused
from nextbest.tools.compliance.claim_wellbeing import WELLBEING_TRIGGERS
from nextbest.tools.compliance.counted_nouns import (
    counted_nouns,
    counts_something,
    implied_count,
)
from nextbest.tools.compliance.difficulty import DIFFICULTY_PATTERN
from nextbest.tools.compliance.disclosed_triggers import DisclosedTriggers
from nextbest.tools.compliance.emphatic_negations import emphatic_forms
from nextbest.tools.compliance.fact_units import (
    CatalogueFigures,
    fact_unit_pattern,
    unit_spans,
)
from nextbest.tools.compliance.footnoted_triggers import footnoted_claim
from nextbest.tools.compliance.helplines import helpline_numbers, names_helpline, restates_helpline
from nextbest.tools.compliance.hypernyms import general_nouns
from nextbest.tools.compliance.indic_superlatives import INDIC_SUPERLATIVE_TRIGGERS
from nextbest.tools.compliance.invitations import invites_to_meet
from nextbest.tools.compliance.kinds.banned_phrase import required_texts
from nextbest.tools.compliance.kinds.base import (
    CheckContext,
    ClaimHit,
    FieldText,
    PackRuleKeeper,
    overlaps,
    violation,
)
from nextbest.tools.compliance.kinds.claim_validity import claim_problem, problem_kind
from nextbest.tools.compliance.kinds.claim_wording import (
    FUNCTION_WORDS,
    MIN_PARAPHRASE_WORDS,
    TOKEN,
    ClaimForms,
    canon,
    close_match,
    common_in_order,
    content_tokens,
    has_digit,
    qualifiers_of,
    stem,
)
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.kinds.testimonials import disclosed_testimonials
from nextbest.tools.compliance.lexicon import (
    CATEGORY_TRIGGERS,
    STOPWORDS,
    STRENGTHENERS,
    TriggerSet,
)
from nextbest.tools.compliance.mandated_claim_words import MandatedClaimWords
from nextbest.tools.compliance.measures import measure_names
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import NormalisedText, plain
from nextbest.tools.compliance.offer_condition_products import OfferConditionProducts
from nextbest.tools.compliance.offer_headlines import OfferHeadlines
from nextbest.tools.compliance.phrases import (
    compile_phrases,
    is_literal,
    literal_pattern,
    phrase_pattern,
    phrases_pattern,
)
from nextbest.tools.compliance.prefilter import Prefiltered
from nextbest.tools.compliance.product_swaps import swaps_product
from nextbest.tools.compliance.reader_act_times import READER_ACT_TIME_PATTERN
from nextbest.tools.compliance.required_text import brand_address_forms
from nextbest.tools.compliance.reserved_wording import ReservedWording
from nextbest.tools.compliance.scoped_words import ScopedWords
from nextbest.tools.compliance.testimony import quoted_experience
from nextbest.tools.compliance.verdict import Violation

DURABILITY: frozenset[str] = frozenset(
    stem(canon(w))
    for w in ("built", "made", "to", "last", "lasting", "for", "years", "a", "decade")
)
"""Stems of a durability headline ("Built to last", "Made to last for years"): a subject or CTA
above a warranty claim the body carries announces that claim."""

HOLDER_NOUNS: frozenset[str] = frozenset(
    {
        "member", "cardmember", "cardholder", "holder", "customer", "user", "subscriber",
        "owner", "client", "guest", "passenger", "rider", "traveller", "traveler", "diner",
        "patient", "parent", "household", "account holder", "plan holder",
    }
)  # fmt: skip
"""Nouns for the people who hold a product, compared after :func:`canon` (singular)."""


_GUARD = "(?<![a-z0-9])"


def _unguarded(part: str) -> str:
    """A trigger pattern without its leading word-start guard.

    The combined trigger pattern tests that guard once, before its alternatives; the same
    guard at the start of an alternative tests the same position again.
    """
    return part[len(_GUARD) :] if part.startswith(_GUARD) else part


def _read_whole(said: str, found: str) -> bool:
    """Whether a trigger found on a joined view is written whole in the skeleton too.

    The joined views (``cu.re`` read as ``cure``) keep only a few words around each joined
    word, so a trigger's look-ahead may run out of words there ("The lake's warmer than it
    looks" is read as ``lakes warmer than``). A trigger whose own words need no joining is
    read on the skeleton, with its whole context: that reading decides.

    Args:
        said: The original text of the trigger's span.
        found: The text the trigger matched on the joined view.

    Returns:
        True when the trigger's words stand as they are in the skeleton.
    """
    return plain(said) == found


Tokens = list[tuple[str, int, int]]
"""Canonical content tokens of a skeleton, each with its original span."""

_last_tokens: tuple[NormalisedText, Tokens, list[int], bool] | None = None
"""The tokens of the skeleton read last (one entry, kept with its skeleton)."""


def _skeleton_tokens(skel: NormalisedText) -> tuple[Tokens, list[int], bool]:
    """The content tokens of a skeleton, their starts, and whether the starts are in order.

    Every claim rule of a pack reads the same fields' skeletons (one object per text, see
    :func:`~nextbest.tools.compliance.normalise.skeleton`): the tokens of the skeleton read last
    are kept, so that the next rule reading it does not tokenise it again. The lists returned
    are shared and must not be changed.

    Args:
        skel: The skeleton of a field.

    Returns:
        The canonical tokens other than stop words with their original spans, their starts,
        and whether those starts are in ascending order.
    """
    global _last_tokens
    last = _last_tokens  # one read: another thread may replace the entry
    if last is not None and last[0] is skel:
        return last[1], last[2], last[3]
    at = skel.offsets  # a token is never empty: its original span, without original_span()
    text = skel.text
    # str.split() cuts where ``\s`` reads a space: its pieces are the matches of ``TOKEN``
    words = text.split()
    tokens: Tokens = []
    if words and sum(map(len, words)) + len(words) - 1 == len(text):
        position = 0  # one space between words, none around: each start follows from the lengths
        for word in words:
            end = position + len(word)
            if word not in STOPWORDS:
                tokens.append((canon(word), at[position], at[end - 1] + 1))
            position = end + 1
    else:
        tokens = [
            (canon(m.group()), at[m.start()], at[m.end() - 1] + 1)
            for m in TOKEN.finditer(text)
            if m.group() not in STOPWORDS
        ]
    starts = [t[1] for t in tokens]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    _last_tokens = (skel, tokens, starts, ordered)
    return tokens, starts, ordered


SHORTENED_SHARE = 0.75
"""Share of a disclaimer's words (in order) a text message must keep to state it shortened."""


def shortened_disclaimer(disclaimer: str | None, everything: str) -> bool:
    """Whether a text message states a disclaimer cut down to fit (SMS only).

    Every figure of the disclaimer is kept and at least :data:`SHORTENED_SHARE` of its other
    words, in order ("Spread of up to 0.50% included in the price." for "A spread of up to
    0.50% is included in the price you see."). A short form that drops a figure does not count.

    Args:
        disclaimer: The claim's disclaimer.
        everything: The skeleton of the whole message.

    Returns:
        True when the message keeps the disclaimer's figures and most of its words.
    """
    if not disclaimer:
        return False
    wanted = content_tokens(disclaimer)
    if len(wanted) < MIN_PARAPHRASE_WORDS:
        return False
    said = content_tokens(everything)
    if not {t for t in wanted if has_digit(t)} <= set(said):
        return False
    return common_in_order(wanted, said) >= SHORTENED_SHARE * len(wanted)


def _alternatives(patterns: list[str]) -> str:
    """One pattern for several, testing a word-start guard once per run of patterns sharing it."""
    return guard_once(patterns, _GUARD)


def hit_sentence(ctx: CheckContext, hit: ClaimHit) -> tuple[int, int]:
    """The sentence span around a claim hit."""
    return ctx.fields[hit.field].sentence_at(hit.start)


_RANKS = frozenset({"superlative", "comparative"})
"""Kinds of trigger that rank: a headline of one such word and the body claim's other words
("Best <thing>" above a count of <things>) says more than the claim."""

_ANAPHORIC = frozenset({stem(canon("same"))})
"""Words that point back to what the body names: "Cleaned up the same day" above a claim "…
on the day we finish" says the claim's day again; "same" adds nothing of its own."""


def _footer_forms(pack: BrandPack) -> list[str]:
    """The postal footer's wordings: the address forms, each also after the legal name.

    An address ("4 Mill Lane, Riverside District") may hold a claim trigger ("district"); the
    footer the law requires states no claim. The legal name is taken with the address that
    follows it, so a footer line is read as a whole and its name is not left standing alone
    as a sentence about the company.

    Args:
        pack: The brand pack.

    Returns:
        Each address form, and each after the legal name when the pack gives one.
    """
    forms = brand_address_forms(pack.brand)
    legal = pack.brand.legal_name.strip() if pack.brand.legal_name else ""
    return [*forms, *(f"{legal} {form}" for form in forms if legal)]


class ClaimGroundingCheck(PackRuleKeeper[ClaimGroundingRule]):
    """Claim grounding for the rule's categories, with the lexicon compiled once."""

    def __init__(self, rule: ClaimGroundingRule, pack: BrandPack) -> None:
        """Compile the triggers, exceptions, claim tokens and disclaimers.

        Args:
            rule: The rule.
            pack: The brand pack.
        """
        super().__init__(rule, pack)
        self.governed: set[ClaimCategory] = set(rule.params.categories)
        self.forms = ClaimForms(pack, self.governed)
        groups: list[str] = []
        exceptions: list[str] = []
        exception_patterns: list[str] = []
        literal_groups: list[str] = []
        for category in rule.params.categories:
            base = CATEGORY_TRIGGERS.get(category, TriggerSet(()))
            extra = rule.params.extra_triggers.get(category, [])
            literal = [t for t in extra if is_literal(t)]
            phrases = [
                *base.phrases,
                *INFLECTED_TRIGGERS.get(category, ()),  # "neige garantie" of "garanti"
                *(t for t in extra if not is_literal(t)),
                *(f for t in extra if not is_literal(t) for f in modal_forms(t)),  # "never have to"
                *(f for t in extra if not is_literal(t) for f in emphatic_forms(t)),  # Urdu "never"
            ]
            parts = [
                phrases_pattern(phrases),
                *base.patterns,
                *SPEED_TRIGGERS.get(category, ()),
                *COMPARATIVE_PATTERNS.get(category, ()),  # "verder dan", "schneller als"
                *PROPORTION_TRIGGERS.get(category, ()),  # "more than half of our clients"
                *LONGEVITY_TRIGGERS.get(category, ()),  # "adds two years to your dog's life"
                *SAVINGS_TRIGGERS.get(category, ()),  # "save 50% on your energy bills"
                *WELLBEING_TRIGGERS.get(category, ()),  # "keeps your body healthy"
                *RISK_TRIGGERS.get(category, ()),  # "helps lower your cancer risk"
                *ROMANCE_SUPERLATIVE_TRIGGERS.get(category, ()),  # "el más barato"
                *INDIC_SUPERLATIVE_TRIGGERS.get(category, ()),  # Hindi "the best"
                *REMOVAL_TRIGGERS.get(category, ()),  # "strips out virtually every impurity"
                *COGNITION_TRIGGERS.get(category, ()),  # "sharpens your concentration"
                *COVERAGE_TRIGGERS.get(category, ()),  # "could cost you nothing with Medicare"
            ]
            parts = [_unguarded(p) for p in parts if p]
            if parts:
                groups.append(f"(?P<{category.value}>{'|'.join(parts)})")
            if literal:
                bodies = "|".join(literal_pattern(t) for t in literal)
                literal_groups.append(f"(?P<{category.value}>{bodies})")
            exceptions.extend(base.exceptions)
            exception_patterns.extend(base.exception_patterns)
            exception_patterns.extend(CLAIM_SENSE_PATTERNS.get(category, ()))
            exception_patterns.extend(REMOVAL_EXCEPTIONS.get(category, ()))  # "no filter removes"
            if category == ClaimCategory.SUPERLATIVE:
                exception_patterns.append(DIFFICULTY_PATTERN)  # "the hardest unit"
                exception_patterns.append(CONCESSIVE_PATTERN)  # "even the best tyre"
                exception_patterns.append(CONTENT_PICK_PATTERN)  # "our most-read guides"
                exception_patterns.append(READER_SUPERLATIVE_PATTERN)  # Korean "readers' most"
        exception_patterns.append(TAUTOLOGY_PATTERN)  # "caffeine-free decaf"
        exception_patterns.append(READER_ACT_TIME_PATTERN)  # Armenian "order in a few minutes"
        # Every trigger starts on a word boundary: test it once per position, up front.
        self.triggers = re.compile(f"(?<![a-z0-9])(?:{'|'.join(groups)})") if groups else None
        self.literal_triggers = re.compile("|".join(literal_groups)) if literal_groups else None
        self.exceptions = compile_phrases(exceptions, obfuscation=False)
        self.exception_patterns = (
            re.compile(_alternatives(exception_patterns)) if exception_patterns else None
        )
        self.disclaimers = {  # each skips a field without the words it needs
            c.id: Prefiltered(re.compile(phrase_pattern(c.disclaimer, obfuscation=False)))
            for c in pack.claims
            if c.disclaimer
        }
        self.short_disclaimers: dict[tuple[str, str], Prefiltered] = {  # one channel's form
            (c.id, channel): Prefiltered(re.compile(phrase_pattern(wording, obfuscation=False)))
            for c in pack.claims
            for channel, wording in c.disclaimer_by_channel.items()
            if plain(wording)
        }
        self.required = compile_phrases(  # offer names and the postal footer are its wording too
            [*required_texts(pack), *(o.name for o in pack.offers), *_footer_forms(pack)],
            obfuscation=False,
        )
        self.helplines = helpline_numbers(  # "Gambling problem? Call 1-800-GAMBLER."
            required_texts(pack),
            [*pack.brand.own_names, pack.brand.legal_name],
        )
        self.disclosed = DisclosedTriggers(pack, rule)
        self.mandated = MandatedClaimWords(pack)  # a claim's words inside another mandated line
        self.offer_conditions = OfferConditionProducts(pack)  # a bundle's companion product
        self.keyword_stems: dict[str, set[str]] = {c.id: self._kind_words(c) for c in pack.claims}
        self.measures = measure_names(  # "hatch rate": read only when given a value
            t for triggers in rule.params.extra_triggers.values() for t in triggers
        )
        self.fact_units = fact_unit_pattern(pack)  # "21 clinical categories" of a fact
        self.catalogue = CatalogueFigures(pack)  # "a 5-year warranty" of a 5-year warranty fact
        self.reserved = ReservedWording(pack)  # "our highest cover" said of the top cover
        self.offer_headlines = OfferHeadlines(pack)  # a subject of the offer's own words
        self.scoped_words = ScopedWords(pack)  # "UL 2849" of a claim scoped to other bikes
        self.scope_lists = ScopeLists(pack)  # claims that list the products they are for
        self.subjects = ClaimSubjects(pack)  # "Our … spray bottle is …" names its product
        self.tails = ClaimTails(pack.claims)  # a short variant carried on with another figure
        self.counted = counted_nouns(  # "docks" of "Over 40 docks": read only when counted
            rule.params.extra_triggers.get(ClaimCategory.SUPERLATIVE, []),
            [c.text for c in pack.claims if c.category == ClaimCategory.SUPERLATIVE],
        )

    def _implied_count(self, ctx: CheckContext, said: str, noun: str) -> Claim | None:
        """A usable approved claim (of no product scope) whose count implies the sentence's."""
        prices = price_spans(said)
        for claim in self.pack.claims:
            if claim.category != ClaimCategory.SUPERLATIVE or claim.products:
                continue
            if claim_problem(claim, ctx.day, ctx.message.channel) is not None:
                continue
            if implied_count(said, noun, claim.text, prices):
                return claim
        return None

    def _kind_words(self, claim: Claim) -> set[str]:
        """Stems of the claim's keywords that name its kind of statement.

        A keyword that is a trigger of the claim's own category ("on time" of a punctuality
        claim) names what the claim says; a subject or CTA of its words above the body's claim
        announces that claim. A keyword of another category ("fastest" of a speed claim) or
        with a strengthener is a search term only.
        """
        words: set[str] = set()
        if self.triggers is None:
            return words
        for keyword in claim.keywords:
            said = plain(keyword)
            match = self.triggers.search(said)
            if match is None or match.lastgroup != claim.category.value:
                continue
            if set(said.split()) & STRENGTHENERS:
                continue
            words |= {stem(canon(w)) for w in said.split()}
        return words

    def _disclaimers(self, claim_id: str, channel: str) -> list[Prefiltered]:
        """Patterns of the disclaimer wordings that may accompany a claim on ``channel``."""
        full = self.disclaimers.get(claim_id)
        short = self.short_disclaimers.get((claim_id, channel))
        return [p for p in (full, short) if p is not None]

    def _as(self, problem: ClaimProblem, found: Violation) -> Violation:
        """``found`` with its problem code, under the rule id the pack reports it as."""
        rule_id = self.rule.params.report_as.get(problem, found.rule_id)
        return found.model_copy(update={"rule_id": rule_id, "code": f"claim.{problem}"})

    def _scope_violation(
        self,
        ctx: CheckContext,
        claim: Claim,
        field: str,
        start: int,
        end: int,
        *,
        own_subject: bool = False,
    ) -> Violation | None:
        """A violation when a product-scoped claim is used for other products only.

        A claim whose words name its own product (``own_subject``) is not said of products
        named only after it, in later sentences (see :mod:`claim_subjects`). Nor is a claim
        said of a product named inside the wording of another approved claim for that product
        ("Results within 5 days. Your <other package> results within 7 days."): that claim is
        what the copy says of it; nor of a product its own disclaimer names as the basis of a
        comparison; nor of a companion product the attached offer's quoted conditions name
        (:mod:`~nextbest.tools.compliance.offer_condition_products`); nor of a product named
        only inside one of the brand's standing statements that no statement is scoped to
        ("Gift wrapping on every order." on the line after a claim about the produce): the
        statement is the brand's carried wording, not what the copy says of that product.
        """
        if not claim.products:
            return None
        brand = ctx.brand_name_spans[field]  # type: ignore[index]
        near = ctx.products_near(field, start)  # type: ignore[arg-type]
        if own_subject:
            near = preceding_products(ctx, field, start, near)
        disclaimers = self._disclaimers(claim.id, ctx.message.channel)
        statements = ctx.statement_spans.get(field, [])  # type: ignore[call-overload]
        near = [
            h
            for h in near
            if not named_by_other_claim(ctx, claim, h)
            and not (disclaimers and named_in_disclaimer(ctx, h, disclaimers))
            and not self.offer_conditions.names(ctx, claim, h)
            and not _in_unscoped_statement(ctx, h, statements)
        ]
        named = {  # "<Brand>:" names the brand, not its "<Brand> app"
            h.product.id for h in near if not overlaps(h.start, h.end, brand)
        }
        if not named:
            return None
        others = self.scope_lists.added(  # "… at <shop A>, <shop B> and <shop C>" adds C
            claim.id,
            claim.products,
            ctx.fields[field].original,  # type: ignore[index]
            [h for h in near if not overlaps(h.start, h.end, brand)],
            (start, end),
        )
        if not others and named & set(claim.products):
            return None
        others = others or sorted(named)
        return self._as(
            "wrong_product",
            violation(
                self.rule,
                f"Claim {claim.id!r} is approved for {', '.join(claim.products)}, not for "
                f"{', '.join(others)}.",
                field=field,
                span=(start, end),
                evidence=ctx.fields[field].original[start:end],  # type: ignore[index]
                fix_hint=f"Use {claim.id!r} only for {', '.join(claim.products)}.",
            ),
        )

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for unapproved statements, unusable claims and missing disclaimers."""
        found: list[Violation] = []
        channel = ctx.message.channel
        used: dict[str, Claim] = {}
        fits: dict[str, bool] = {}  # claim id -> some use of it is said of its own products
        for claim_id in ctx.message.claim_ids:
            claim = self.pack.claim(claim_id)
            if claim is None:
                found.append(
                    self._as(
                        "unapproved",
                        violation(
                            self.rule,
                            f"Cited claim {claim_id!r} does not exist in the brand pack.",
                            evidence=f"claim_ids contains {claim_id!r}",
                            fix_hint="Cite only approved claim ids.",
                        ),
                    )
                )
                continue
            problem = claim_problem(claim, ctx.day, channel)
            if problem:
                found.append(
                    self._as(
                        problem_kind(claim, ctx.day, channel),
                        violation(
                            self.rule,
                            f"Cited claim {claim_id!r} {problem} (send date {ctx.day}).",
                            evidence=claim.text,
                            fix_hint="Remove the claim or cite one valid on the send date.",
                        ),
                    )
                )
            else:
                used[claim.id] = claim
                fits[claim.id] = True
        covered: dict[str, list[tuple[int, int]]] = {name: [] for name in ctx.fields}
        hits = [  # a claim's words inside a longer mandated line use no claim
            h
            for h in ctx.claim_hits
            if not (self.mandated.lines and self.mandated.inside(ctx.fields, h))
        ]
        usable_spans = {(h.field, h.start, h.end) for h in hits if h.usable}
        for hit in hits:
            if not hit.usable:
                continue
            used[hit.claim.id] = hit.claim
            covered[hit.field].append((hit.start, hit.end))
            said = ctx.fields[hit.field].original[hit.start : hit.end]
            scoped = self._scope_violation(
                ctx,
                hit.claim,
                hit.field,
                hit.start,
                hit.end,
                own_subject=self.subjects.names_own_product(hit.claim.id, said),
            )
            fits[hit.claim.id] = fits.get(hit.claim.id, False) or scoped is None
            if scoped is not None:
                found.append(scoped)
                continue  # said of another product: that is the fault, whatever its wording
            if hit.claim.category not in self.governed:
                continue
            field_text = ctx.fields[hit.field]
            changed = self.tails.changed_tail(
                hit.claim, field_text.original, hit.end, field_text.sentence_at(hit.start)[1]
            )
            if changed is not None:
                found.append(
                    self._as(
                        "unapproved",
                        violation(
                            self.rule,
                            f"A short form of claim {hit.claim.id!r} goes on with {changed!r}, "
                            "a figure the claim does not state.",
                            field=hit.field,
                            span=(hit.start, hit.end),
                            evidence=field_text.original[slice(*hit_sentence(ctx, hit))].strip(),
                            fix_hint=f"Use the approved wording: {hit.claim.text!r}.",
                        ),
                    )
                )
                continue
            word = self._strengthener_near(field_text, hit.claim, hit.start, hit.end)
            if word is None:
                continue
            found.append(
                self._as(
                    "unapproved",
                    violation(
                        self.rule,
                        f"Approved claim {hit.claim.id!r} is strengthened by {word!r}.",
                        field=hit.field,
                        span=(hit.start, hit.end),
                        evidence=ctx.fields[hit.field]
                        .original[slice(*hit_sentence(ctx, hit))]
                        .strip(),
                        fix_hint=f"Use the approved wording without {word!r}: {hit.claim.text!r}.",
                    ),
                )
            )
        for hit in hits:
            if hit.usable or hit.claim.category not in self.governed:
                continue
            if any(f == hit.field and s <= hit.start and hit.end <= e for f, s, e in usable_spans):
                continue
            covered[hit.field].append((hit.start, hit.end))
            problem = claim_problem(hit.claim, ctx.day, channel) or "is not usable"
            words = ctx.fields[hit.field].original[hit.start : hit.end]
            found.append(
                self._as(
                    problem_kind(hit.claim, ctx.day, channel),
                    violation(
                        self.rule,
                        f"Uses the wording of claim {hit.claim.id!r}, which {problem} "
                        f"(send date {ctx.day}).",
                        field=hit.field,
                        span=(hit.start, hit.end),
                        evidence=words,
                        fix_hint="Remove this claim; it may not be used on this date or channel.",
                    ),
                )
            )
        for claim in self.pack.claims:
            if claim_problem(claim, ctx.day, channel) is not None:
                continue
            for pattern in self._disclaimers(claim.id, channel):
                for name, text in ctx.fields.items():
                    for match in pattern.finditer(text.skel.text):
                        covered[name].append(text.skel.original_span(*match.span()))
        masked: dict[str, list[tuple[int, int]]] = {
            name: [*ctx.non_claim_spans[name], *ctx.statement_spans[name]] for name in ctx.fields
        }
        if self.required is not None:
            for name, text in ctx.fields.items():
                masked[name].extend(
                    text.skel.original_span(*m.span())
                    for m in self.required.finditer(text.skel.text)
                )
        for link in extract_links(ctx):
            if link.field is not None and link.span is not None:
                masked[link.field].append(link.span)
        for name, text in ctx.fields.items():
            masked[name].extend(text.everyday_senses)
            if self.reserved.rules:  # wording a rule reserves, said of its holder
                masked[name].extend(self.reserved.spans(text))
        for product_hit in ctx.product_hits:  # also names written without their category word
            masked[product_hit.field].append((product_hit.start, product_hit.end))
        if self.triggers is not None:
            by_field: dict[str, list[Violation]] = {}
            body_used: dict[str, Claim] = {}
            if "body" in ctx.fields:
                by_field["body"] = self._statements(
                    ctx, ctx.fields["body"], covered["body"], masked["body"], body_used, fits
                )
            used.update(body_used)
            announced = self._announced_words(ctx, body_used)
            named = {
                stem(canon(w))
                for h in ctx.product_hits
                if h.field == "body"
                for n in h.product.names
                for w in plain(n).split()
            }
            named |= name_phrase_words(ctx)
            helpline_said = self._helpline_words(ctx)
            reported = {  # kinds of the governed claims the body uses but may not (reported there)
                h.claim.category.value
                for h in ctx.claim_hits
                if h.field == "body" and not h.usable and h.claim.category in self.governed
            }
            short_fields: tuple[TextField, ...] = ("subject", "cta")
            for name in short_fields:
                text = ctx.fields.get(name)
                if text is None:
                    continue
                if self.offer_headlines.announces(ctx.message.offer_id, text.original):
                    continue  # "Free shipping on any order" above the offer it names
                headline = self._figure_headline(text, announced)
                views = [(view, self.triggers) for view in text.match_views]
                if self.literal_triggers is not None:  # the pack's own literal triggers too
                    views.append((text.folded, self.literal_triggers))
                for view, triggers in views if named or announced or helpline_said else []:
                    for match in triggers.finditer(view.text):
                        span = view.original_span(*match.span())
                        words = {stem(canon(w)) for w in plain(text.original[slice(*span)]).split()}
                        # a short form of a product the body names ("Pain relief for less"),
                        # or words of a claim the body carries ("award-winning" / "won an award")
                        if words <= named or words <= announced:
                            masked[name].append(span)
                        elif (words - _ANAPHORIC) and (words - _ANAPHORIC) <= announced:
                            masked[name].append(span)  # "same day" above "on the day we …"
                        elif headline and match.lastgroup in self._categories(ctx, body_used):
                            masked[name].append(span)  # "Thank you for 2,100 reviews"
                        elif name_headline(
                            text, words, named
                        ) and match.lastgroup in self._categories(ctx, body_used):
                            masked[name].append(span)  # "<Depot>, greener" above its claim
                        elif (
                            name_headline(text, words, announced)
                            and match.lastgroup in self._categories(ctx, body_used) - _RANKS
                        ):
                            masked[name].append(span)  # "Cleaner depots" above "Our depots …"
                        elif match.lastgroup in reported and not has_digit(text.original):
                            masked[name].append(span)  # "Loved by you" above an expired rating
                        elif words <= DURABILITY and "warranty" in announced:
                            masked[name].append(span)  # "Built to last" over a warranty claim
                        elif match.lastgroup == "service" and restates_helpline(
                            text.original, text.original[slice(*span)], helpline_said
                        ):
                            masked[name].append(span)  # "Help is always available" above it
                by_field[name] = self._statements(
                    ctx, text, covered[name], masked[name], used, fits
                )
            for name in ctx.fields:
                found.extend(by_field.get(name, []))
        everything = ctx.all_skeleton
        for claim in used.values():
            if not fits.get(claim.id, True):
                continue  # said only of other products: that is the finding, not its disclaimer
            patterns = self._disclaimers(claim.id, channel)
            if patterns and not any(p.search(everything) for p in patterns):
                if channel == "sms" and shortened_disclaimer(claim.disclaimer, everything):
                    continue  # the disclaimer cut down to fit a text message

                found.append(
                    self._as(
                        "missing_disclaimer",
                        violation(
                            self.rule,
                            f"Claim {claim.id!r} requires its disclaimer.",
                            evidence=claim.text,
                            fix_hint=f"Add the disclaimer: {claim.disclaimer!r}.",
                        ),
                    )
                )
        return found

    def _said_of_others(
        self,
        ctx: CheckContext,
        text: FieldText,
        triggers: list[tuple[str, int, int]],
        usable: list[Claim],
        used: dict[str, Claim],
        fits: dict[str, bool],
        found: list[Violation],
    ) -> list[tuple[str, int, int]]:
        """The triggers left once those of one scoped claim said of other products are reported.

        A trigger only one usable claim's words hold, that claim scoped to products the
        sentence does not name (see :mod:`~nextbest.tools.compliance.scoped_words`), is the
        claim said of the wrong product: one scope finding per claim is added to ``found``.
        """
        kept: list[tuple[str, int, int]] = []
        reported: set[str] = set()
        for trigger in triggers:
            owner = self.scoped_words.owner(text.original[trigger[1] : trigger[2]], usable)
            scoped = (
                self._scope_violation(ctx, owner, text.name, trigger[1], trigger[2])
                if owner is not None
                else None
            )
            if owner is None or scoped is None:
                kept.append(trigger)
                continue
            used[owner.id] = owner
            fits[owner.id] = fits.get(owner.id, False)
            if owner.id not in reported:
                reported.add(owner.id)
                found.append(scoped)
        return kept

    def _helpline_words(self, ctx: CheckContext) -> set[str]:
        """Stems of the body's sentences that give a helpline number the pack prints."""
        body = ctx.fields.get("body")
        if body is None or not self.helplines:
            return set()
        words: set[str] = set()
        for start, end in body.sentences:
            said = body.original[start:end]
            if names_helpline(said, self.helplines):
                words |= {stem(canon(w)) for w in plain(said).split()}
        return words

    @staticmethod
    def _holder_spans(
        ctx: CheckContext, field: str, sentence: list[tuple[str, int, int]]
    ) -> list[tuple[int, int]]:
        """Spans of holder nouns right after a product name (``Rewards Plus cardmembers``).

        "<product> members earn 3x points" is the approved "Earn 3x points" said of the
        product's holders: the noun belongs to the product reference, not to the claim.
        """
        ends = {h.end for h in ctx.product_hits if h.field == field}
        if not ends:
            return []
        original = ctx.fields[field].original  # type: ignore[index]
        spans: list[tuple[int, int]] = []
        for token, start, end in sentence:
            before = original[:start].rstrip()
            if token in HOLDER_NOUNS and before != original[:start] and len(before) in ends:
                spans.append((start, end))
        return spans

    def _announced_words(self, ctx: CheckContext, body_used: dict[str, Claim]) -> set[str]:
        """Stems of the wording, disclaimer and kind keywords of every claim the body carries.

        A subject or CTA trigger made only of these words announces the body's claim ("5G
        coverage" above "Our 5G network covers 92% of Americans. Coverage not available
        everywhere."; "On time last winter" above a punctuality claim whose keyword is "on
        time"); it is not a claim of its own. A governed claim the body carries but may not
        use (expired, wrong channel) counts too: the body's wording is reported, and an
        "Award-winning" subject above an expired award only repeats that problem.
        """
        claims = {
            h.claim.id: h.claim
            for h in ctx.claim_hits
            if h.field == "body" and (h.usable or h.claim.category in self.governed)
        }  # an unusable claim the body carries is reported there, its headline with it
        claims.update(body_used)
        words: set[str] = set()
        for claim in claims.values():
            wording = f"{claim.text} {claim.disclaimer or ''}"
            words |= {stem(canon(w)) for w in plain(wording).split()}
            words |= self.keyword_stems.get(claim.id, set())
        if words & AWARD_STEMS:
            words |= AWARD_STEMS  # "award-winning" above "Voted Best Bike 2026 by <magazine>"
        words |= general_nouns(words)  # "A doctor at every fitting" above "… by a podiatrist"
        return words

    @staticmethod
    def _categories(ctx: CheckContext, body_used: dict[str, Claim]) -> set[str]:
        """Categories of the usable claims the body carries."""
        hits = [h.claim for h in ctx.claim_hits if h.usable and h.field == "body"]
        return {c.category.value for c in (*hits, *body_used.values())}

    @staticmethod
    def _figure_headline(text: FieldText, announced: set[str]) -> bool:
        """Whether a subject or CTA restates the figures of a claim the body carries.

        "Thank you for 2,100 reviews" above "Rated 4.8 out of 5 by more than 2,100 customers":
        every figure of the field is one of the body claim's, and at most three other words are
        not the claim's. A trigger there of the claim's category announces that claim.
        """
        words = [  # "9,000+ shoppers" restates "more than 9,000 customers"
            stem(canon(w.rstrip("+"))) for w in plain(text.original).split() if w not in STOPWORDS
        ]
        figures = {w for w in words if has_digit(w)}
        others = {w for w in words if not has_digit(w) and w not in announced}
        return bool(figures) and figures <= announced and len(others - FUNCTION_WORDS) <= 3

    def _strengthener_near(self, text: FieldText, claim: Claim, start: int, end: int) -> str | None:
        """A strengthening word just before or after a claim's wording, in its clause."""
        s_start, s_end = text.sentence_at(start)
        own = set(self.forms.claim_tokens.get(claim.id, ()))
        before, after = neighbours(text.original, (s_start, s_end), start, end)
        return next((w for w in [*before, *after] if w in STRENGTHENERS and w not in own), None)

    def _claims_people(self, ctx: CheckContext, said: str) -> bool:
        """Whether every word of a trigger is a word of one usable approved claim.

        Whom an invitation names ("Meet our support team") is no claim when the approved
        claims name them so ("… with our support team"); a title no claim gives them
        ("Meet our master tailors") stays a claim of its own.

        Args:
            ctx: The message being checked.
            said: The trigger's text.

        Returns:
            True when a usable claim holds every word of the trigger (by stem).
        """
        words = {stem(canon(w)) for w in plain(said).split()}
        return any(
            words <= self.forms.claim_stems[c.id][1]
            for c in self.pack.claims
            if claim_problem(c, ctx.day, ctx.message.channel) is None
        )

    def _excepted(self, skel: NormalisedText) -> list[tuple[int, int]]:
        """Original spans of the everyday senses and exceptions of the rule's triggers."""
        excepted: list[tuple[int, int]] = []
        if self.exceptions is not None:
            excepted = [skel.original_span(*m.span()) for m in self.exceptions.finditer(skel.text)]
        if self.exception_patterns is not None:
            excepted += [
                skel.original_span(*m.span()) for m in self.exception_patterns.finditer(skel.text)
            ]
        return excepted

    def _statements(
        self,
        ctx: CheckContext,
        text: FieldText,
        covered: list[tuple[int, int]],
        masked: list[tuple[int, int]],
        used: dict[str, Claim],
        fits: dict[str, bool],
    ) -> list[Violation]:
        if self.triggers is None:
            return []
        skel = text.skel
        pending: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
        seen: set[tuple[int, int]] = set()
        views = [(view, self.triggers) for view in text.match_views]
        if self.literal_triggers is not None:
            views.append((text.folded, self.literal_triggers))
        # what may excuse a trigger is read on the first trigger found (none: not read at all)
        skipped: list[tuple[int, int]] | None = None
        quotes: list[tuple[int, int]] = []
        experience: list[tuple[int, int]] = []
        brand_spans = ctx.brand_name_spans[text.name]
        disclosed: list[tuple[int, int]] = []
        own: list[tuple[int, int]] = []
        units: list[tuple[int, int]] = []
        footnoted: list[tuple[int, int]] | None = None  # usable claims' spans, read once
        for view, triggers in views:
            for match in triggers.finditer(view.text):
                start, end = view.original_span(*match.span())
                if (start, end) in seen:
                    continue
                if (
                    view is not skel
                    and triggers is self.triggers
                    and _read_whole(text.original[start:end], match.group())
                ):
                    continue  # the skeleton read these words with all their context
                if skipped is None:
                    skipped = [*self._excepted(skel), *covered, *masked]
                    quotes = disclosed_testimonials(ctx, text)
                    experience = quoted_experience(ctx, text)
                    units = unit_spans(self.fact_units, text.original)
                    if self.disclosed.rules:
                        disclosed, own = self.disclosed.spans(ctx, text)
                if excused(
                    ctx,
                    text,
                    match.lastgroup,
                    start,
                    end,
                    skipped=skipped,
                    units=units,
                    quotes=quotes,
                    experience=experience,
                    disclosed=disclosed,
                    own=own,
                    brand_spans=brand_spans,
                    catalogue=self.catalogue,
                    helplines=self.helplines,
                    keyword_stems=self.keyword_stems,
                    measures=self.measures,
                ):
                    continue  # not a claim here (see :func:`excused`)
                if footnoted is None:
                    footnoted = [
                        (h.start, h.end)
                        for h in ctx.claim_hits
                        if h.usable and h.field == text.name
                    ]
                if footnoted and footnoted_claim(text.original, start, end, footnoted):
                    continue  # "<word>*" whose footnote states an approved claim
                sentence = text.sentence_at(start)
                if self.offer_headlines.restates(
                    ctx.message.offer_id,
                    text.original[sentence[0] : sentence[1]],
                    text.original[start:end],
                    match.lastgroup,
                ):
                    continue  # "pay no delivery fee with code PINE10": the offer's own words
                if invites_to_meet(text.original, sentence, start, end) and self._claims_people(
                    ctx, text.original[start:end]
                ):
                    continue  # "Meet our support team in Leeds": whom, as a claim names them
                if (
                    match.lastgroup == "superlative"
                    and self.counted
                    and (noun := plain(text.original[start:end])) in self.counted
                ):
                    said = text.original[sentence[0] : sentence[1]]
                    if not counts_something(said):
                        continue  # "New docks open this week": names what a claim counts
                    implied = self._implied_count(ctx, said, noun)
                    if implied is not None:
                        used[implied.id] = implied
                        fits[implied.id] = True
                        continue  # "over 30 docks" for "Over 40 docks"
                seen.add((start, end))
                pending.setdefault(sentence, []).append((match.lastgroup or "", start, end))
        if not pending and not self.forms.may_paraphrase(skel.text):
            return []
        usable = [
            c for c in self.pack.claims if claim_problem(c, ctx.day, ctx.message.channel) is None
        ]
        tokens, starts, ordered = _skeleton_tokens(skel)

        def within(s_start: int, s_end: int) -> list[tuple[str, int, int]]:
            """The tokens starting in ``[s_start, s_end)``, in order."""
            if ordered:
                return tokens[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
            return [t for t in tokens if s_start <= t[1] < s_end]

        found: list[Violation] = []
        prices = price_spans(text.original)  # a price next to a claim is not part of it
        for (s_start, s_end), triggers in pending.items():
            sentence = within(s_start, s_end)
            matched: list[tuple[Claim, tuple[int, int]]] = []
            statement = text.original[s_start:s_end].strip()
            holders = self._holder_spans(ctx, text.name, sentence)
            for claim in usable:
                window = close_match(self.forms.claim_tokens[claim.id], sentence)
                if window is None and sentence:
                    window = self.forms.subset_match(
                        claim, sentence, statement, masked + holders, prices
                    )
                if window is not None:
                    matched.append((claim, window))
            windows = [w for _, w in matched]
            if any(not overlaps(t[1], t[2], windows) for t in triggers):
                matched += self.forms.clause_matches(
                    usable, text.original, sentence, (s_start, s_end), masked + holders, prices
                )
            for claim, window in matched:
                used[claim.id] = claim
                scoped = self._scope_violation(ctx, claim, text.name, *window)
                fits[claim.id] = fits.get(claim.id, False) or scoped is None
                if scoped is not None:
                    found.append(scoped)
            windows = [w for _, w in matched]
            remaining = []
            for trigger in triggers:
                if overlaps(trigger[1], trigger[2], windows):
                    continue
                phrased = claim_phrase(
                    self.forms, usable, text.original, sentence, prices, *trigger[1:]
                )
                if phrased is None or self._scope_violation(ctx, phrased, text.name, *trigger[1:]):
                    remaining.append(trigger)  # not a claim's phrase, or said of other products
                else:  # "… with board-certified clinicians": the claim, narrowed
                    used[phrased.id] = phrased
                    fits[phrased.id] = True
            if remaining and self.scoped_words.any_scoped:
                remaining = self._said_of_others(ctx, text, remaining, usable, used, fits, found)
            if not remaining:
                continue
            categories = sorted({t[0] for t in remaining})
            category, start, end = remaining[0]
            found.append(
                self._as(
                    "unapproved",
                    violation(
                        self.rule,
                        f"Unapproved {' / '.join(categories)} statement "
                        f"({', '.join(repr(text.original[s:e]) for _, s, e in remaining)}): it "
                        f"does not match an approved claim valid for {ctx.message.channel} on "
                        f"{ctx.day}.",
                        field=text.name,
                        span=(start, end),
                        evidence=statement,
                        fix_hint=self.forms.hint(statement, categories, usable),
                    ),
                )
            )
        flagged = set(pending)
        for s_start, s_end in text.sentences:
            if (s_start, s_end) in flagged or any(s_start < e and s < s_end for s, e in covered):
                continue
            sentence = within(s_start, s_end)
            if sentence and all(overlaps(t[1], t[2], masked) for t in sentence):
                continue  # wording the pack itself requires or approves: not a paraphrase
            if (
                len({t[0] for t in sentence} & self.forms.claim_vocabulary)
                < MIN_PARAPHRASE_WORDS - 1
            ):
                continue
            statement = text.original[s_start:s_end].strip()
            first = next(  # the first claim the sentence narrows, else its clauses'
                (
                    (c, (s_start, s_end))
                    for c in usable
                    if self.forms.subset_match(c, sentence, statement, masked, prices)
                ),
                None,
            )
            narrower = (
                [first]
                if first is not None
                else self.forms.clause_matches(
                    usable, text.original, sentence, (s_start, s_end), masked, prices
                )
            )
            if narrower:  # a narrower or reordered form: the claim is used
                for claim, window in narrower:
                    used[claim.id] = claim
                    scoped = self._scope_violation(ctx, claim, text.name, *window)
                    fits[claim.id] = fits.get(claim.id, False) or scoped is None
                    if scoped is not None:
                        found.append(scoped)
                continue
            stronger = self.forms.strengthened(usable, sentence, statement, masked, prices)
            if stronger is not None:
                found.append(
                    self._as(
                        "unapproved",
                        violation(
                            self.rule,
                            f"Strengthens approved claim {stronger[0].id!r} with {stronger[1]!r}.",
                            field=text.name,
                            span=(s_start, s_end),
                            evidence=statement,
                            fix_hint=f"Use the approved wording: {stronger[0].text!r}.",
                        ),
                    )
                )
                continue
            claim = self.forms.paraphrased(sentence)
            if claim is None:
                continue
            if self.catalogue.lists(
                [
                    h
                    for h in ctx.product_hits
                    if h.field == text.name and s_start <= h.start < s_end
                ],
                text.original,
                (s_start, s_end),
                [t for t in sentence if t[0] not in self.forms.claim_parts[claim.id][2]],
            ):
                continue  # "<product>, $3.29: 160 mg caffeine …": its list price and facts
            if claim.products and swaps_product(self.forms, claim, sentence):
                scoped = self._scope_violation(ctx, claim, text.name, s_start, s_end)
                if scoped is not None:  # the claim's words said of another product
                    found.append(scoped)
                    continue
            if (
                text.name != "body"
                and claim.id in used
                and echoes(self.forms, claim, sentence)
                and self.forms.claim_qualifiers[claim.id] <= qualifiers_of(statement)
            ):
                continue  # a subject shortening the claim the body states in full
            found.append(
                self._as(
                    "unapproved",
                    violation(
                        self.rule,
                        f"Paraphrases approved claim {claim.id!r} without its exact wording.",
                        field=text.name,
                        span=(s_start, s_end),
                        evidence=statement,
                        fix_hint=f"Use the approved wording exactly: {claim.text!r}.",
                    ),
                )
            )
        return found


def _in_unscoped_statement(
    ctx: CheckContext, hit: ProductHit, statements: list[tuple[int, int]]
) -> bool:
    """Whether ``hit`` lies inside a standing statement and no statement is scoped to it.

    A statement scoped to the product ("<product> is sold only after a fitting.") speaks of
    it: a claim beside it is said of that product as well.
    """
    if not any(s <= hit.start and hit.end <= e for s, e in statements):
        return False
    return not any(hit.product.id in st.products for st in ctx.pack.standing_statements)
