"""Readings under which a claim trigger found in the copy is not a claim here.

:func:`excused` holds the tests ``claim_grounding`` applies to every trigger it finds, in
order: quotes, testimonials, stories, topic mentions, product names, category words, brand
names, place names, open questions, questions answered "no", rebuttals, denials, helplines,
line-claim echoes, claim introductions, invitations to compare, statements of nobody,
withheld guarantees, free items counted, compared states, bare comparatives, acts graded as
easy, sentence breaks and measure names.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.chinese_ordinals import counted_first
from nextbest.tools.compliance.claim_clauses import neighbours
from nextbest.tools.compliance.claim_instructions import instructs_use
from nextbest.tools.compliance.claim_romance_superlatives import bare_comparative
from nextbest.tools.compliance.denials import (
    charge_denied,
    denied_by_subject,
    denied_to_be,
    fronted_denied,
    rebutted,
    said_of_nobody,
    withheld,
)
from nextbest.tools.compliance.difficulty import eases_own_act
from nextbest.tools.compliance.fact_units import CatalogueFigures, inside_unit
from nextbest.tools.compliance.generic_comparisons import compares_states, compares_with_own_norm
from nextbest.tools.compliance.helplines import names_helpline
from nextbest.tools.compliance.invitations import invites_to_compare
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, overlaps
from nextbest.tools.compliance.kinds.claim_wording import canon, stem
from nextbest.tools.compliance.kinds.testimonials import OPINION_CATEGORIES
from nextbest.tools.compliance.lexicon import STRENGTHENERS
from nextbest.tools.compliance.list_numbers import numbered_item
from nextbest.tools.compliance.measures import gives_value
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.multipliers import catalogue_multiple, counts_free_items
from nextbest.tools.compliance.native_words import native_sense
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.proper_names import in_place_name
from nextbest.tools.compliance.questions import answered_no, open_question, question_at
from nextbest.tools.compliance.sender_denials import disowns_wording
from nextbest.tools.compliance.testimony import speaker_says, story_says
from nextbest.tools.compliance.topics import is_topic_mention


def excused(
    ctx: CheckContext,
    text: FieldText,
    category: str | None,
    start: int,
    end: int,
    *,
    skipped: list[tuple[int, int]],
    units: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
    experience: list[tuple[int, int]],
    disclosed: list[tuple[int, int]],
    own: list[tuple[int, int]],
    brand_spans: list[tuple[int, int]],
    catalogue: CatalogueFigures,
    helplines: frozenset[str],
    keyword_stems: dict[str, set[str]],
    measures: frozenset[str],
) -> bool:
    """Whether a claim trigger found in a field is not a claim here.

    The readings, tested in this order (the first that holds excuses the trigger):

    - inside a span read as no claim (declared exceptions, covered claims, masked wording),
      also when only the trigger's own opening and closing marks fall outside it (a trigger
      written with its title marks, 《…》, inside an approved disclaimer);
    - a Chinese ordinal before a measure word (「第一次」, the first time: no rank);
    - an everyday word of the copy's own language (Hungarian "most", now);
    - inside a catalogue fact's unit ("21 clinical categories");
    - a catalogue fact of the products it is said of ("a 5-year warranty");
    - a figure in the unit of such a fact, as the fact allows it ("4 stars" of a star grade);
    - an opinion inside a disclosed testimonial, or the speaker's own experience there;
    - said in a disclosed story ("his bike was repaired within the hour");
    - a topic mention;
    - a trigger a disclosure rule governs ("same-day" needing the cut-off line);
    - the end of a product's name ("the Northcrest Lamp");
    - only words of the catalogue category of its products ("certified units");
    - the brand's own name ("the Fernrest app");
    - part of a place name ("the Finest Catch Oyster Bar");
    - a health trigger in an open question not about the brand;
    - a question the copy answers "no";
    - wording the sender disowns ("Why our cartons don't say carbon neutral");
    - a label others give that the copy rebuts;
    - a claim the copy denies ("It is not a cure"), also a German or Dutch predicate put
      first and denied by its copula ("Plastikfrei ist die Dose nicht");
    - "ever" after a named charge the copy says there is none of ("no parking fee, ever");
    - a service trigger said of a helpline the pack prints;
    - a word leading into an approved claim stated on the same line;
    - an instruction to use what a usable claim describes;
    - a lead-in introducing an approved claim of its kind ("… the FDA lets us make:");
    - an invitation to compare ("Compare tariffs your way");
    - said of nobody, and of no brand or product ("Nobody starts out fluent");
    - a guarantee withheld ("no refunds on sale items") or said of no subject ("no saddle
      guarantees a smooth ride");
    - the first item of a list the copy numbers ("Myth no. 1: … Myth no. 2: …");
    - a comparative counting free items ("Twice the crackers: buy one, get one free");
    - a multiple of one own product's catalogue figure over another's ("the Pro 40 tank is
      double the Pro 20 capacity");
    - a comparison of states or with one's own norm, of no brand or product;
    - a bare comparative read as a superlative ("più veloce");
    - a superlative of ease grading the act a sentence opens with, of no brand or product;
    - a trigger running on across a sentence or paragraph break;
    - the name of a measure given no value ("what a hatch rate counts").

    Args:
        ctx: The message being checked.
        text: The field the trigger is in.
        category: The trigger's claim category (the match's group name).
        start: Start of the trigger in the original field text.
        end: End of the trigger in the original field text.
        skipped: Spans read as no claim (exceptions, covered claims, masked wording).
        units: Spans of the catalogue facts' units.
        quotes: Spans of disclosed testimonials.
        experience: Spans of quoted experience in disclosed testimonials.
        disclosed: Spans of triggers a disclosure rule governs.
        own: Spans among ``disclosed`` that stay the brand's own claims.
        brand_spans: Spans of the brand's name in the field.
        catalogue: The catalogue's facts and figures.
        helplines: The helpline numbers the pack prints.
        keyword_stems: Stems naming each claim's kind, by claim id.
        measures: Triggers (plain form) that only name a measure.

    Returns:
        True when the trigger is not a claim here.
    """
    if overlaps(start, end, skipped):
        return True
    inner = _inner_span(text.original, start, end)
    if inner != (start, end) and inner[0] < inner[1] and overlaps(*inner, skipped):
        return True  # a trigger whose own marks a skipped span leaves out: 《…》
    if counted_first(text.original, start, end):
        return True  # 「第一次」: the first time, no rank
    locales = ctx.pack.brand.locales
    if native_sense(
        ctx.message.locale or (locales[0] if len(locales) == 1 else None),
        text.original,
        start,
        end,
    ):
        return True  # "Foglalj most" (Hungarian: now), not the English superlative
    if units and inside_unit(units, text.original, start, end):
        return True  # "clinical" in "21 clinical categories", a catalogue fact's unit
    if catalogue.words and catalogue.names_fact(
        (h.product for h in ctx.products_near(text.name, start)),
        text.original,
        start,
        end,
    ):
        return True  # "a 5-year warranty" of a product whose catalogue warranty it is
    if catalogue.facts and catalogue.states_fact(
        (h.product for h in ctx.products_near(text.name, start)), text.original, start, end
    ):
        return True  # "4 stars" of a product whose catalogue grade in stars it is
    if category in OPINION_CATEGORIES and overlaps(start, end, quotes):
        return True
    if experience and speaker_says(text.original, experience, start, end):
        return True  # "I lost 14 lbs" in a disclosed testimonial: the speaker's own
    if story_says(ctx, text.original, text.sentence_at(start)[0], start):
        return True  # "his bike was repaired within the hour", a disclosed story
    if is_topic_mention(ctx, text.name, start, end):
        return True
    if overlaps(start, end, disclosed) and not any(s < end and start < e for s, e in own):
        return True  # "same-day" under a disclosure rule requiring the cut-off line
    if ctx.in_product_name(text.name, end - 1):
        return True  # ends inside a product's name ("the Northcrest Lamp")
    if _category_words(ctx, text.name, start, end):
        return True  # "one of our certified units" of a product listed as certified
    if any(
        s < end <= e and set(plain(text.original[start:s]).split()) <= _DETERMINERS
        for s, e in ctx.brand_name_spans[text.name]
    ):
        return True  # the brand's own name ("the Fernrest app": ``the …est``)
    if in_place_name(text.original, start, end):
        return True  # "the Finest Catch Oyster Bar"
    sentence = text.sentence_at(start)
    if (
        category == "health"
        and open_question(question_at(text.original, sentence, start))
        and not any(s < sentence[1] and sentence[0] < e for s, e in brand_spans)
    ):
        return True  # "Is retinol safe for sensitive skin?" asks, not asserts
    if answered_no(text.original, start):
        return True  # "Is <product> dairy-free? No." asks, and the copy denies it
    if disowns_wording(text.original, start):
        return True  # "Why our cartons don't say carbon neutral": no claim made
    if rebutted(text.original, start, end):
        return True  # "You'll see wood stoves sold as zero carbon. They aren't"
    if denied_to_be(text.original, start, end):
        return True  # "It is not a cure: when you stop, …" denies the claim
    if fronted_denied(text.original, start, end):
        return True  # "Plastikfrei ist die Dose nicht, …": the predicate put first, denied
    if category == "superlative" and _ever_after_denied_charge(text.original, start, end):
        return True  # "no parking fee, ever, at any court.": a named charge there is none of
    if (
        category == "service"
        and helplines
        and names_helpline(text.original[sentence[0] : sentence[1]], helplines)
        and not any(s < sentence[1] and sentence[0] < e for s, e in brand_spans)
    ):
        return True  # "help is available 24/7 at <the helpline the pack prints>"
    if _echoes_line_claim(ctx, text, sentence, start, end, keyword_stems):
        return True  # "Book your repair" beside "We'll repair your bike …"
    if instructs_use(
        text.original,
        sentence,
        start,
        end,
        (h.claim.text for h in ctx.claim_hits if h.usable),
    ):
        return True  # "If you see fraud, lock the card first" beside the lock claim
    if _introduces_claim(ctx, text, sentence, category or ""):
        return True  # "The one health statement the FDA lets us make:" above it
    if invites_to_compare(text.original, sentence, start):
        return True  # "Compare tariffs your way": the reader compares
    if (
        category not in ("superlative", "comparative")
        and said_of_nobody(text.original[sentence[0] : sentence[1]])
        and not any(s < sentence[1] and sentence[0] < e for s, e in brand_spans)
        and not any(
            h.field == text.name and sentence[0] <= h.start < sentence[1] for h in ctx.product_hits
        )
    ):
        return True  # "Nobody starts out fluent": said of no one, of no product
    if category == "guarantee" and (
        withheld(text.original, start) or denied_by_subject(text.original, sentence[1], start, end)
    ):
        return True  # "no refunds on sale items", "no saddle guarantees a smooth ride"
    if category == "superlative" and numbered_item(text.original, start, end):
        return True  # "Myth no. 1: … Myth no. 2: …" numbers a list
    if category == "comparative" and counts_free_items(text.original, sentence, start):
        return True  # "Twice the crackers: buy one box, get one free"
    if (
        category == "comparative"
        and ctx.product_hits
        and catalogue_multiple(ctx.products_in_sentence(text.name, start), text.original, start)
    ):
        return True  # "The Pro 40 tank is double the Pro 20 capacity", as the catalogue says
    if (
        category == "comparative"
        and (
            compares_states(text.original, sentence, start, end)
            or compares_with_own_norm(text.original, sentence, start, end)
        )
        and not any(s < sentence[1] and sentence[0] < e for s, e in brand_spans)
        and not any(
            h.field == text.name and sentence[0] <= h.start < sentence[1] for h in ctx.product_hits
        )
    ):
        return True  # "A dry wetsuit keeps you warmer than a damp one", "… your average"
    if category == "superlative" and bare_comparative(text.original, start, end):
        return True  # "l'imbarco sarà più veloce": faster, than nothing
    if (
        category == "superlative"
        and eases_own_act(text.original, sentence, start, end)
        and not any(s < sentence[1] and sentence[0] < e for s, e in brand_spans)
        and not any(
            h.field == text.name and sentence[0] <= h.start < sentence[1] for h in ctx.product_hits
        )
    ):
        return True  # "Switching off at the wall is the simplest saving there is"
    if end > sentence[1] and _SENTENCE_BREAK.search(text.original, start, end):
        return True  # runs on into the next paragraph or sentence: two phrases
    # "Check what a hatch rate counts": names the measure only
    return (
        bool(measures)
        and plain(text.original[start:end]) in measures
        and not gives_value(text.original[sentence[0] : sentence[1]])
    )


def _inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the marks that open or close it (quotes, brackets, title marks).

    A span matched on the skeleton view starts and ends with a letter or digit, so a trigger
    written with its marks (「《Gazette》」) is read without them when compared with one.
    """
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _category_words(ctx: CheckContext, field: TextField, start: int, end: int) -> bool:
    """Whether a trigger is only words of the catalogue category of the products it is said of.

    "The <car> is one of our certified units", "What goes into a certified <car>" of cars the
    catalogue lists under ``used-certified``: the word names the product's category, which
    the pack itself assigns; it is not a claim of its own. The products are those of the
    sentence, else of its paragraph, else of the message (see ``products_near``).

    Args:
        ctx: The message being checked.
        field: The field the trigger is in.
        start: Start of the trigger in the original field text.
        end: End of the trigger in the original field text.

    Returns:
        True when every word of the trigger is a word of those products' categories.
    """
    words = plain(ctx.fields[field].original[start:end]).split()
    if not words:
        return False
    categories = {
        w for h in ctx.products_near(field, start) for w in plain(h.product.category or "").split()
    }
    return all(w in categories for w in words)


_CHARGE_BEFORE = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s*,\s*$")
"""The last one or two words before ", ever": the charge the copy may say there is none of."""


def _ever_after_denied_charge(text: str, start: int, end: int) -> bool:
    """Whether "ever" follows a named charge the copy says there is none of.

    "Courts by the hour, no parking fee, ever.": the copy states a truthful absence of a charge
    it names (see :func:`~nextbest.tools.compliance.denials.charge_denied`); "ever" stresses
    it and ranks nothing. A qualified charge ("No hidden fees, ever.") stays a claim.

    Args:
        text: The field's original text.
        start: Start of the trigger.
        end: End of the trigger (exclusive).

    Returns:
        True when the trigger is "ever" right after ", " and a denied named charge.
    """
    if plain(text[start:end]) != "ever":
        return False
    before = _CHARGE_BEFORE.search(text, max(0, start - 48), start)
    if before is None:
        return False
    charge_end = before.end(2)
    starts = [before.start(2)] + ([before.start(1)] if before.group(1) else [])
    return any(charge_denied(text, s, charge_end) for s in starts)


_SENTENCE_BREAK = re.compile(r"\n|[.!?]\s+[A-Z]")
"""A paragraph break, or a sentence's final stop before a capital: a trigger across one is two
phrases ("renews on October 3. Review it any time" is no "on … any time" promise)."""

AWARD_STEMS: frozenset[str] = frozenset(
    stem(canon(w)) for w in ("award", "voted", "winner", "winning", "prize")
)
"""Stems of an award won (``award``, ``voted``, ``winner``…): a claim of one award announces
the others' words, so an "Award-winning …" subject or CTA above it names that award, and a
"thank you for voting" beside it on its line speaks of that award."""

_DETERMINERS = frozenset({"the", "our", "its", "a", "an", "very"})
"""Words a trigger may hold before the brand's own name and still be that name ("the
Fernrest app" read as ``the …est``); "only on <brand>" is a claim."""

DEGREE_WORDS: frozenset[str] = frozenset(
    {
        "more", "most", "less", "least", "very", "so", "too", "than", "piu", "meno", "molto",
        "plus", "moins", "tres", "mas", "menos", "muy", "mais", "mehr", "meist", "am", "sehr",
        "meer", "meest", "zeer", "mer", "mest", "mycket",
    }
)  # fmt: skip
"""Words that grade an adjective ("the most reliable", "le più affidabili"): a lead-in that
grades a claim's keyword says more than the claim."""


def _echoes_line_claim(
    ctx: CheckContext,
    text: FieldText,
    sentence: tuple[int, int],
    start: int,
    end: int,
    kind_words: dict[str, set[str]],
) -> bool:
    """Whether a trigger only repeats words of an approved claim stated on the same line.

    "Book your repair before the summer. We'll repair your bike even if you bought it
    elsewhere.": the word leads into the claim the line states word for word; it
    is not a second claim. The sentence may hold no figure, and the trigger's clause no
    strengthener (``fully covered``) other than the claim's own words ("one of our Approved
    Fitters" beside "All our fitters are Approved Fitters"); the claim must be usable and
    stated in the same field and line. The words of an award claim take in the other words of
    an award won ("Thank you to everyone who voted for us" beside "Winner, <award> 2026").
    A keyword naming the claim's kind (``kind_words``, "punctual" of an on-time claim) leads
    into it too ("Punctuality matters. 96% of our sailings arrived on time."), unless the
    sentence grades it (a degree word: "the most punctual").

    Args:
        ctx: The message being checked.
        text: The field the trigger is in.
        sentence: Span of the trigger's sentence in the original field text.
        start: Start of the trigger in the original field text.
        end: End of the trigger in the original field text.
        kind_words: Stems naming each claim's kind, by claim id.

    Returns:
        True when the trigger only leads into a claim stated on its line.
    """
    original = text.original
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", end)
    line_end = len(original) if line_end < 0 else line_end
    claims = [
        h.claim
        for h in ctx.claim_hits
        if h.usable and h.field == text.name and line_start <= h.start < line_end
    ]
    if not claims:
        return False
    said = original[sentence[0] : sentence[1]]
    if any(c.isdigit() for c in said):
        return False
    claim_words = {w for c in claims for w in plain(c.text).split()}
    before, after = neighbours(original, sentence, start, end)
    near = {*before, *after, *plain(original[start:end]).split()}
    if (near - claim_words) & STRENGTHENERS:
        return False
    words = {stem(canon(w)) for w in plain(original[start:end]).split()}
    own = {stem(canon(w)) for w in claim_words}
    if own & AWARD_STEMS:
        own |= AWARD_STEMS  # "who voted for us" beside "Winner, <award>"
    if words and words <= own:
        return True
    if set(plain(said).split()) & DEGREE_WORDS:
        return False
    kinds = {w for c in claims for w in kind_words.get(c.id, ())}
    return bool(words) and words <= kinds


_AFTER_COLON = re.compile(r"[\s\"“‘'«]*")
"""Space and opening quotes between a lead-in's colon and what it introduces."""


def _introduces_claim(
    ctx: CheckContext, text: FieldText, sentence: tuple[int, int], category: str
) -> bool:
    """Whether a sentence ending in a colon introduces an approved claim of the trigger's kind.

    "Here is the one health statement the FDA lets us make about <product>:" above the
    authorised health claim word for word: the sentence announces the claim that follows it;
    it says nothing of its own. The claim is usable, of the trigger's own category, and its
    wording starts right after the colon (space and an opening quote aside). The lead-in may
    hold no figure outside a product's name, no strengthener and no degree word ("Our most
    effective formula yet:" stays a claim).

    Args:
        ctx: The message being checked.
        text: The field the sentence is in.
        sentence: Span of the sentence in the original field text.
        category: The trigger's claim category.

    Returns:
        True when the sentence announces the approved claim that follows it.
    """
    original = text.original
    said = original[sentence[0] : sentence[1]].rstrip()
    if not said.endswith(":"):
        return False
    colon = sentence[0] + len(said)
    gap = _AFTER_COLON.match(original, colon)
    start = gap.end() if gap is not None else colon
    if not any(
        h.usable
        and h.field == text.name
        and h.start == start
        and h.claim.category.value == category
        for h in ctx.claim_hits
    ):
        return False
    if set(plain(said).split()) & (STRENGTHENERS | DEGREE_WORDS):
        return False
    names = [(h.start, h.end) for h in ctx.product_hits if h.field == text.name]
    return not any(
        c.isdigit() and not any(s <= sentence[0] + i < e for s, e in names)
        for i, c in enumerate(said)
    )
