"""A trigger said inside a phrase of an approved claim: the claim, narrowed (a rule of claims).

"Every visit is with board-certified clinicians" for the approved "Board-certified clinicians
licensed in your state", "applied by state-licensed technicians" for "Technicians are
state-licensed and background-checked", "all 12 trails" for "Explore 12 trails": the trigger
word sits in a run of the claim's own words that states part of the approved fact and adds
nothing to it. The sentence around it may say other things (what a visit is with, what a plan
includes); the claim-like words are the claim's.

The run is the longest stretch of the sentence's content words around the trigger, within one
clause, whose stems are all words of one usable claim. It counts when

- it has at least two words, none a strengthener, and either a word the trigger itself does
  not have (the noun the trigger qualifies: ``board-certified clinicians``), or at least half
  of the claim's own words (figures, product names, function words and prepositions aside), or
  it is the claim's opening words, the thing it speaks of, ending its clause ("The plan
  includes video visits, a coach and an app" for "Video visits available within 3 business
  days"): naming it asserts nothing of it (a clause going on after it says something else of
  it: "<robot> cleans the whole house" for "<robot> cleans up to 120 m²", unless what follows
  is, a function word aside, only words of another usable claim: "video visits with
  board-certified clinicians"; nor when the opening leaves out the claim's figure and the
  sentence gives another one past its clause: "Fees for the Core plan (standard) are 0.75%"
  for "… are 0.85%");
- unless it is the claim's opening, it keeps every figure of the claim (leaving out "for 100
  nights" drops the claim's limit) and the claim's words it leaves out form one run at its
  start or end or one item of a list (not "reduces fine lines" for "reduces the look of fine
  lines");
- its clause states no figure the claim does not (prices aside: "rated 4.9" for "rated 4.8",
  also when the digits are the claim's: "a SCOP of 4.7" for "… 4.1" and "<product> 7"),
  no ``every``/``all``/``any`` after it ("compostable in any bin"), and none at all when the
  claim holds of some products only or limits its reach ("Every <brand> hotel is certified"
  for one hotel's certificate), sets its own reach (``all``) or the universal is followed by a
  word of the claim ("Every pan comes with …" for "… on all pastry pans");
- the word right before or after it in the clause is neither a figure the claim does not state
  (``within 1 business day`` for ``within 3 business days``) nor a strengthener or universal
  (``always``, ``every``), except ``all`` / ``every`` before the claim's own figure (``all 12
  trails`` counts the same trails);
- it does not end on a preposition whose object, next in its clause, is not the claim's
  ("accredited by the Northern Climbing Council" for "Accredited by the Climbing Guild": the
  sentence names another body);
- its clause keeps every qualifier of the claim (``up to``, ``may``…);
- and the claim is approved for the products the sentence names (the caller checks this), and
  its clause uses no word of the name of a product outside a scoped claim's products ("Your
  stove is waterproof" for a claim of tents).
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import Claim
from nextbest.tools.compliance.kinds.claim_wording import (
    EACH,
    FUNCTION_WORDS,
    PREPOSITIONS,
    UNIVERSALS,
    ClaimForms,
    has_digit,
    new_split_figure,
    qualifiers_of,
    stem,
)
from nextbest.tools.compliance.lexicon import STRENGTHENERS
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.whole_quantifiers import WHOLE_QUANTIFIERS

_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]\n\u2013\u2014]|\s-\s")
"""Punctuation between two words that ends a clause (the run may not cross it)."""

_COUNT_QUANTIFIERS: frozenset[str] = frozenset({"all", "every"})
"""Quantifiers that, before the claim's own figure, count the same things (``all 12``)."""

Token = tuple[str, int, int]

_WIDENING: frozenset[str] = UNIVERSALS | EACH | WHOLE_QUANTIFIERS
"""Words that widen a claim's phrase to every one of a kind ("every", Bulgarian "целият")."""


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two neighbouring tokens belong to the same clause."""
    return _CLAUSE_BREAK.search(text, left[2], right[1]) is None


def _run(text: str, sentence: list[Token], first: int, last: int, own: set[str]) -> tuple[int, int]:
    """The widest run of claim words around tokens ``first``…``last``, within one clause."""
    lo, hi = first, last
    while (
        lo > 0
        and stem(sentence[lo - 1][0]) in own
        and _joined(text, sentence[lo - 1], sentence[lo])
    ):
        lo -= 1
    while (
        hi + 1 < len(sentence)
        and stem(sentence[hi + 1][0]) in own
        and _joined(text, sentence[hi], sentence[hi + 1])
    ):
        hi += 1
    return lo, hi


def _adds_to(text: str, token: Token, own: set[str], before_figure: bool) -> bool:
    """Whether a word next to the run changes the claim (a new figure, a strengthener)."""
    if has_digit(token[0]):
        return stem(token[0]) not in own
    word = plain(text[token[1] : token[2]])
    if word in STRENGTHENERS or word in UNIVERSALS:
        return not (before_figure and word in _COUNT_QUANTIFIERS)
    return False


def _widened(text: str, sentence: list[Token], lo: int, hi: int, own: set[str]) -> bool:
    """Whether the word right before or after the run (in its clause) changes the claim."""
    before = (
        lo > 0
        and _joined(text, sentence[lo - 1], sentence[lo])
        and _adds_to(text, sentence[lo - 1], own, has_digit(sentence[lo][0]))
    )
    after = (
        hi + 1 < len(sentence)
        and _joined(text, sentence[hi], sentence[hi + 1])
        and _adds_to(text, sentence[hi + 1], own, False)
    )
    return before or after


def _quantifies_claim(text: str, before: list[Token], own: set[str]) -> bool:
    """Whether a universal before the run quantifies the claim's own words or its scope.

    "Every pan comes with a lifetime warranty" for "Lifetime warranty on all pastry pans": the
    universal is followed by a word of the claim, or the claim sets its own reach (``all``), so
    the sentence restates that reach, which the sentence-level comparison judges.
    """
    for i, (_, s, e) in enumerate(before):
        if plain(text[s:e]) not in UNIVERSALS | EACH:
            continue
        if own & (UNIVERSALS | EACH):
            return True
        if i + 1 < len(before) and stem(before[i + 1][0]) in own:
            return True
    return False


def _another_claims_words(
    forms: ClaimForms, claims: list[Claim], claim: Claim, rest: list[Token]
) -> bool:
    """Whether the words after a claim's opening are a phrase of another usable claim.

    "adds video visits with board-certified clinicians": after the opening of one claim
    ("Video visits …") the clause goes on with the words of another ("Board-certified
    clinicians …"), linked by a function word (``with``); it adds nothing of its own.
    """
    words = [stem(t) for t, _, _ in rest if t not in FUNCTION_WORDS]
    if len(words) < 2 or any(has_digit(w) for w in words):
        return False
    return any(
        other.id != claim.id and all(w in forms.claim_stems[other.id][1] for w in words)
        for other in claims
    )


def _clause(text: str, sentence: list[Token], lo: int, hi: int) -> tuple[int, int]:
    """The token range of the clause holding tokens ``lo``…``hi``."""
    while lo > 0 and _joined(text, sentence[lo - 1], sentence[lo]):
        lo -= 1
    while hi + 1 < len(sentence) and _joined(text, sentence[hi], sentence[hi + 1]):
        hi += 1
    return lo, hi


def claim_phrase(
    forms: ClaimForms,
    claims: list[Claim],
    text: str,
    sentence: list[Token],
    prices: list[tuple[int, int]],
    start: int,
    end: int,
) -> Claim | None:
    """The usable claim whose phrase the trigger at ``[start, end)`` is said in, if any.

    Args:
        forms: The pack's claims as token lists.
        claims: The usable claims.
        text: The field's original text.
        sentence: ``(token, start, end)`` content tokens of the trigger's sentence.
        prices: Spans of prices in ``text`` (a product's price is no figure of a claim).
        start: Start of the trigger in ``text``.
        end: End of the trigger.

    Returns:
        The claim (see the module docstring), or None.
    """
    inside = [i for i, (_, s, e) in enumerate(sentence) if s < end and start < e]
    if not inside:
        return None
    c_lo, c_hi = _clause(text, sentence, inside[0], inside[-1])
    clause = sentence[c_lo : c_hi + 1]
    said = qualifiers_of(text[clause[0][1] : clause[-1][2]])
    figures = {
        stem(t)
        for t, s, e in clause
        if has_digit(t) and not any(a <= s and e <= b for a, b in prices)
    }
    elsewhere = {  # "… (standard) are 0.75%": the figure given the claim's opening
        t
        for t, s, e in (*sentence[:c_lo], *sentence[c_hi + 1 :])
        if has_digit(t) and not any(a <= s and e <= b for a, b in prices)
    }
    words = {plain(text[s:e]) for _, s, e in clause}
    stems_said = {stem(t) for t, _, _ in clause}
    for claim in claims:
        stems, own, solid = forms.claim_stems[claim.id]
        if not all(stem(sentence[i][0]) in own for i in inside):
            continue
        if not figures <= own:
            continue  # "rated 4.9 …" for "rated 4.8 …"
        if new_split_figure(clause, prices, forms.claim_figure_pairs[claim.id]):
            continue  # "a SCOP of 4.7" for "a SCOP of 4.1" (read as "4" "7" and "4" "1")
        if words & _WIDENING and (claim.products or forms.claim_limits[claim.id]):
            continue  # "every <range>" for a claim of some products
        lo, hi = _run(text, sentence, inside[0], inside[-1], own)
        run = [stem(sentence[i][0]) for i in range(lo, hi + 1)]
        if len(run) < 2 or set(run) & STRENGTHENERS:
            continue
        if run[-1] in PREPOSITIONS and hi < c_hi:
            continue  # "accredited by <another body>": the object is not the claim's
        after = {plain(text[s:e]) for _, s, e in sentence[hi + 1 : c_hi + 1]}
        if after & _WIDENING:
            continue  # "… compostable in any bin": the clause widens the claim's words
        if claim.products and stems_said & (forms.product_words - forms.name_words[claim.id]):
            continue  # "Your stove is waterproof …" for a claim of tents
        if _quantifies_claim(text, sentence[c_lo:lo], own):
            continue  # "Every pan comes with …" for "… on all pastry pans"
        rest = sentence[hi + 1 : c_hi + 1]  # nothing said of it in its clause but another claim
        opening = (
            run == stems[: len(run)]
            and (not rest or _another_claims_words(forms, claims, claim, rest))
            and not forms.figure_elsewhere(claim, sentence[lo : hi + 1], elsewhere)
        )
        claim_figures = {t for t in stems if has_digit(t)}
        if not opening and not claim_figures <= set(run):
            continue  # a limit of the claim left out ("… for 100 nights")
        if not opening and not forms.droppable(claim, set(run)):
            continue  # words left out inside the claim ("reduces [the look of] fine lines")
        beyond = lo < inside[0] or hi > inside[-1]
        if (
            not beyond
            and not opening
            and 2 * len(set(run) & (solid - PREPOSITIONS)) < len(solid - PREPOSITIONS)
        ):
            continue
        if _widened(text, sentence, lo, hi, own):
            continue
        if not forms.claim_qualifiers[claim.id] <= said:
            continue
        return claim
    return None
