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
   standing statements and the texts the pack requires (disclosures, statements) are never
   read as claims; a trigger in the subject or CTA that is part of an approved claim the body
   carries (a subject announcing the claim), or made only of the name words of a product the
   body names (a short form of the name), is not a claim of its own.
4. A claim used (found or cited) that has a disclaimer needs that disclaimer in the message.
5. A claim scoped to products may only be used for them: when the sentence (or else the
   message) names products of the catalogue and none is in the claim's scope, it is blocked.

Each problem has its own code (``claim.expired``, ``claim.unapproved``,
``claim.missing_disclaimer``, ``claim.wrong_product``) and may be reported under its own rule
id (``report_as``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from nextbest.brand_context.models import (
    BrandPack,
    Claim,
    ClaimCategory,
    ClaimGroundingRule,
    ClaimProblem,
    EntryStatus,
    Offer,
)
from nextbest.tools.compliance.kinds.banned_phrase import required_texts
from nextbest.tools.compliance.kinds.base import (
    CheckContext,
    ClaimHit,
    FieldText,
    overlaps,
    violation,
)
from nextbest.tools.compliance.kinds.link_policy import extract_links
from nextbest.tools.compliance.lexicon import (
    CATEGORY_TRIGGERS,
    STOPWORDS,
    STRENGTHENERS,
    TriggerSet,
)
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import (
    compile_phrases,
    fold,
    phrase_pattern,
    phrases_pattern,
    plain,
)
from nextbest.tools.compliance.topics import is_topic_mention
from nextbest.tools.compliance.verdict import Violation

MAX_INSERTIONS = 2
"""Words that may be inserted into an approved wording for it to still count as a match."""

PARAPHRASE_OVERLAP = 0.75
"""Share of an approved claim's words a sentence must repeat, in order, to paraphrase it."""

FIGURE_OVERLAP = 0.6
"""Share of a claim's non-numeric words a sentence must repeat, in order, when it changes the
claim's figures (``40 g of protein`` for ``25 g of protein``)."""

SENTENCE_SHARE = 0.5
"""Share of the sentence's own words that must come from that claim (it is mostly the claim)."""

MIN_PARAPHRASE_WORDS = 3
"""Claims (and sentences) shorter than this are too generic for paraphrase detection."""

NEIGHBOURS = 2
"""Words before and after an approved wording searched for strengtheners (``always``…)."""

QUALIFIERS: tuple[str, ...] = (
    "up to", "may", "might", "can", "could", "help", "helps", "some", "many", "typically",
    "average", "on average", "at least", "select", "selected", "participating", "about",
    "around", "approximately", "nearly", "almost", "over", "under", "less than", "more than",
)  # fmt: skip
"""Words that limit a claim: a shorter form may not drop them (that would strengthen it)."""

HOLDER_NOUNS: frozenset[str] = frozenset(
    {
        "member", "cardmember", "cardholder", "holder", "customer", "user", "subscriber",
        "owner", "client", "guest", "passenger", "rider", "traveller", "traveler", "diner",
        "patient", "parent", "household", "account holder", "plan holder",
    }
)  # fmt: skip
"""Nouns for the people who hold a product, compared after :func:`_canon` (singular)."""

OPINION_CATEGORIES: frozenset[str] = frozenset({"superlative", "endorsement", "comparative"})
"""Claim categories that a disclosed testimonial may voice as the speaker's own opinion."""

_QUOTE = re.compile(r"[\"“„«]([^\"”“»\n]{3,400})[\"”»]\s*[—–-]{1,2}\s*[A-Z][\w.'-]*[^.\n]{0,60}")
_TYPICALITY = re.compile(
    r"\b(?:results? (?:may|will|can) vary|individual results|results (?:are|were) not typical|"
    r"not typical)\b",
    re.IGNORECASE,
)


def disclosed_testimonials(ctx: CheckContext, text: FieldText) -> list[tuple[int, int]]:
    """Spans of attributed quotes ("…" — Name) in a message that discloses typicality.

    An attributed quote is a testimonial. When the message says results may vary (the FTC's
    typicality disclosure), its superlatives, comparisons and praise are the speaker's
    opinion, not claims of the brand; health and efficacy statements in it stay claims.
    Without the disclosure a testimonial's statements are read as the brand's own.

    Args:
        ctx: The check context.
        text: The field.

    Returns:
        Spans of the quotes with their attribution, or [] without a typicality disclosure.
    """
    if not any(_TYPICALITY.search(f.original) for f in ctx.fields.values()):
        return []
    return [m.span() for m in _QUOTE.finditer(text.original)]


_TOKEN = re.compile(r"\S+")
_ISE = re.compile(r"is(e|er|ers|ed|es|ing)$")


def claim_problem(claim: Claim | Offer, day: date, channel: str) -> str | None:
    """Why ``claim`` may not be used on ``day`` and ``channel``, or None when it may.

    Args:
        claim: The claim.
        day: The send date.
        channel: The message's channel.

    Returns:
        A short reason such as ``expired on 2025-12-31``, or None.
    """
    if claim.status != "active":
        return f"is {claim.status.value}, not approved"
    if claim.valid_from and day < claim.valid_from:
        return f"is not valid until {claim.valid_from.isoformat()}"
    if claim.valid_until and day > claim.valid_until:
        return f"expired on {claim.valid_until.isoformat()}"
    if channel not in claim.channels:
        return f"is not approved for {channel} (only {', '.join(claim.channels)})"
    return None


def problem_kind(claim: Claim, day: date, channel: str) -> ClaimProblem:
    """Whether an unusable claim is ``expired`` (outside its window) or ``unapproved``.

    Args:
        claim: A claim that may not be used.
        day: The send date.
        channel: The message's channel.

    Returns:
        ``expired`` for an active claim outside its validity window, else ``unapproved``.
    """
    if claim.status == EntryStatus.ACTIVE and not claim.is_valid_on(day):
        return "expired"
    return "expired" if claim.status == EntryStatus.RETIRED else "unapproved"


FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "there", "here", "be", "been", "being", "was", "were", "by", "which", "who", "so", "also",
        "on", "with", "come", "comes", "include", "includes", "included", "have", "has",
        "earn", "earns", "get", "gets",
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer",
    }
)  # fmt: skip
"""Words a reordered claim may add or leave out without changing it: passive voice (``there
are``), and the verbs and prepositions that attach a feature to its product (``X on Team
plans`` / ``Team plans come with X``, ``X graduates earn``, ``on average``), and articles in
German copy."""

FIGURE_PREPOSITIONS: frozenset[str] = frozenset({"for", "of", "in", "since", "from", "as"})
"""Words that attach a dropped figure to the claim (``for 2026`` of ``… for 2026 graduates``)."""

CONJUNCTIONS: frozenset[str] = frozenset({"and", "or"})
"""A dropped run that starts or ends with one of these drops one item of a list."""

_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(token: str) -> str:
    """A crude stem for comparing reordered wordings (``affected`` → ``affect``)."""
    for suffix in _SUFFIXES:
        if len(token) > len(suffix) + 3 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _qualifiers(text: str) -> set[str]:
    """The qualifiers (:data:`QUALIFIERS`) a wording contains."""
    padded = f" {plain(text)} "
    return {q for q in QUALIFIERS if f" {q} " in padded}


def hit_sentence(ctx: CheckContext, hit: ClaimHit) -> tuple[int, int]:
    """The sentence span around a claim hit."""
    return ctx.fields[hit.field].sentence_at(hit.start)


NUMBER_WORDS: dict[str, str] = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100",
}  # fmt: skip
"""Number words read as figures when comparing copy with a claim (``two minutes`` = ``2``)."""


@lru_cache(maxsize=16384)
def _canon(token: str) -> str:
    """A comparable token: number words as digits, plural ``-s`` and ``-ise``/``-ize`` unified."""
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    token = _ISE.sub(r"iz\1", token)
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        token = token[:-1]
    return token


def _content_tokens(text: str) -> list[str]:
    return [_canon(t) for t in plain(text).split() if t not in STOPWORDS]


_LITERAL_PUNCTUATION = re.compile(r"[^\w\s'-]")


def _is_literal(trigger: str) -> bool:
    """Whether a trigger's punctuation matters (``/month``, ``24/7``), so the skeleton won't do."""
    return bool(_LITERAL_PUNCTUATION.search(trigger)) and bool(plain(trigger))


def _literal_pattern(trigger: str) -> str:
    """A folded-view pattern for a trigger written with meaningful punctuation."""
    body = re.escape(fold(trigger).text)
    if trigger[:1].isalnum():
        body = r"(?<![a-z0-9])" + body
    if trigger[-1:].isalnum():
        body += r"(?![a-z0-9])"
    return body


def _has_digit(token: str) -> bool:
    """Whether a token carries a figure (``72``, ``50%``, ``4.7``)."""
    return any(c.isdigit() for c in token)


def _common_in_order(first: list[str], second: list[str]) -> int:
    """Length of the longest common subsequence of two token lists."""
    previous = [0] * (len(second) + 1)
    for a in first:
        current = [0]
        for j, b in enumerate(second):
            current.append(previous[j] + 1 if a == b else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def close_match(
    claim_tokens: list[str], sentence: list[tuple[str, int, int]]
) -> tuple[int, int] | None:
    """The span of ``sentence`` that closely matches a claim's wording, if any.

    Args:
        claim_tokens: The claim's content tokens (stop words removed, spelling unified).
        sentence: ``(token, start, end)`` content tokens of one sentence, original spans.

    Returns:
        The original ``(start, end)`` span of the match, or None.
    """
    if not claim_tokens:
        return None
    first, size = claim_tokens[0], len(claim_tokens)
    for i, (token, start, _) in enumerate(sentence):
        if token != first:
            continue
        k, j, inserted = 1, i + 1, 0
        while k < size and j < len(sentence):
            word = sentence[j][0]
            if word == claim_tokens[k]:
                k += 1
            elif word in STRENGTHENERS or any(c.isdigit() for c in word):
                break
            else:
                inserted += 1
                if inserted > MAX_INSERTIONS:
                    break
            j += 1
        if k == size:
            return (start, sentence[j - 1][2])
    return None


class ClaimGroundingCheck:
    """Claim grounding for the rule's categories, with the lexicon compiled once."""

    def __init__(self, rule: ClaimGroundingRule, pack: BrandPack) -> None:
        """Compile the triggers, exceptions, claim tokens and disclaimers.

        Args:
            rule: The rule.
            pack: The brand pack.
        """
        self.rule = rule
        self.rule_id = rule.id
        self.pack = pack
        self.product_words = {
            _stem(_canon(w)) for p in pack.products for n in p.names for w in plain(n).split()
        }
        self.governed: set[ClaimCategory] = set(rule.params.categories)
        groups: list[str] = []
        exceptions: list[str] = []
        exception_patterns: list[str] = []
        literal_groups: list[str] = []
        for category in rule.params.categories:
            base = CATEGORY_TRIGGERS.get(category, TriggerSet(()))
            extra = rule.params.extra_triggers.get(category, [])
            literal = [t for t in extra if _is_literal(t)]
            phrases = [*base.phrases, *(t for t in extra if not _is_literal(t))]
            parts = [phrases_pattern(phrases), *base.patterns]
            parts = [p for p in parts if p]
            if parts:
                groups.append(f"(?P<{category.value}>{'|'.join(parts)})")
            if literal:
                bodies = "|".join(_literal_pattern(t) for t in literal)
                literal_groups.append(f"(?P<{category.value}>{bodies})")
            exceptions.extend(base.exceptions)
            exception_patterns.extend(base.exception_patterns)
        # Every trigger starts on a word boundary: test it once per position, up front.
        self.triggers = re.compile(f"(?<![a-z0-9])(?:{'|'.join(groups)})") if groups else None
        self.literal_triggers = re.compile("|".join(literal_groups)) if literal_groups else None
        self.exceptions = compile_phrases(exceptions, obfuscation=False)
        self.exception_patterns = (
            re.compile("|".join(f"(?:{p})" for p in exception_patterns))
            if exception_patterns
            else None
        )
        self.claim_tokens = {c.id: _content_tokens(c.text) for c in pack.claims}
        self.claim_sets = {cid: set(tokens) for cid, tokens in self.claim_tokens.items()}
        self.claim_parts: dict[str, tuple[list[str], set[str], set[str]]] = {}
        for cid, tokens in self.claim_tokens.items():
            words = [t for t in tokens if not _has_digit(t)]
            self.claim_parts[cid] = (words, set(words), {t for t in tokens if _has_digit(t)})
        self.claim_vocabulary: set[str] = set()
        for claim in pack.claims:
            if claim.category in self.governed:
                self.claim_vocabulary |= self.claim_parts[claim.id][1]
        self.governed_claims = [
            c
            for c in pack.claims
            if c.category in self.governed and len(self.claim_sets[c.id]) >= MIN_PARAPHRASE_WORDS
        ]
        self.disclaimers = {
            c.id: re.compile(phrase_pattern(c.disclaimer, obfuscation=False))
            for c in pack.claims
            if c.disclaimer
        }
        self.claim_qualifiers = {
            c.id: set.intersection(*(_qualifiers(w) for w in (c.text, *c.variants)))
            for c in pack.claims
        }
        self.claim_raw = {
            c.id: [_stem(_canon(w)) for w in plain(c.text).split()] for c in pack.claims
        }
        self.required = compile_phrases(required_texts(pack), obfuscation=False)

    def _as(self, problem: ClaimProblem, found: Violation) -> Violation:
        """``found`` with its problem code, under the rule id the pack reports it as."""
        rule_id = self.rule.params.report_as.get(problem, found.rule_id)
        return found.model_copy(update={"rule_id": rule_id, "code": f"claim.{problem}"})

    def _scope_violation(
        self, ctx: CheckContext, claim: Claim, field: str, start: int, end: int
    ) -> Violation | None:
        """A violation when a product-scoped claim is used for other products only."""
        if not claim.products:
            return None
        named = {h.product.id for h in ctx.products_near(field, start)}  # type: ignore[arg-type]
        if not named or named & set(claim.products):
            return None
        others = sorted(named)
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

    def _subset_match(
        self,
        claim: Claim,
        sentence: list[tuple[str, int, int]],
        statement: str,
        masked: list[tuple[int, int]] | None = None,
    ) -> tuple[int, int] | None:
        """The sentence's span when it is a narrower or reordered form of ``claim``.

        Words are compared by stem (``affect`` / ``affected``). Every word of the sentence
        (outside product names and other masked phrases, function words such as ``there`` or
        ``by`` aside) is one of the claim's; the claim's words it leaves out form one run at the
        start or the end of the claim, one item of a list (``relaxation and``), or a run of
        figures (``31 of our 38 clubs`` → ``31 clubs``); at least :data:`MIN_PARAPHRASE_WORDS`
        of its words remain; no qualifier (``up to``) is dropped.
        """
        tokens = [_stem(t) for t in self.claim_tokens[claim.id]]
        own = set(tokens)
        words = {
            _stem(t)
            for t, s, e in sentence
            if not overlaps(s, e, masked or []) and t not in FUNCTION_WORDS
        }
        if len(own) < 2 or not words or not words <= own:
            return None
        if len(words) < min(MIN_PARAPHRASE_WORDS, len(own)):
            return None
        present = words | {_stem(t) for t, _, _ in sentence}
        if not any(self._droppable(claim, tokens, kept) for kept in (words, present)):
            return None
        if not self.claim_qualifiers[claim.id] <= _qualifiers(statement):
            return None
        return (sentence[0][1], sentence[-1][2])

    def _droppable(self, claim: Claim, tokens: list[str], kept: set[str]) -> bool:
        """Whether the claim words missing from ``kept`` may be left out (see _subset_match).

        Function words and product-name words of the claim may be missing anywhere (the
        product scope is checked on its own); they neither break nor end a dropped run.
        """
        free = {i for i, t in enumerate(tokens) if t in FUNCTION_WORDS or t in self.product_words}
        dropped = [i for i, t in enumerate(tokens) if t not in kept and i not in free]
        if not dropped:
            return True
        if any(tokens[i] in kept and i not in free for i in range(dropped[0], dropped[-1] + 1)):
            return False
        solid = [i for i in range(len(tokens)) if i not in free or tokens[i] in kept]
        edge = dropped[0] == solid[0] or dropped[-1] == solid[-1]
        figures = any(_has_digit(tokens[i]) for i in dropped) and all(
            _has_digit(tokens[i]) or tokens[i] in FIGURE_PREPOSITIONS for i in dropped
        )
        return edge or figures or self._list_item(claim, tokens[dropped[0]], tokens[dropped[-1]])

    def _list_item(self, claim: Claim, first: str, last: str) -> bool:
        """Whether a dropped run of a claim's words is one item of a list (``X and``)."""
        raw = self.claim_raw[claim.id]
        for i, word in enumerate(raw):
            if word != first:
                continue
            j = next((k for k in range(i, len(raw)) if raw[k] == last), None)
            if j is None:
                continue
            before = raw[i - 1] if i > 0 else ""
            after = raw[j + 1] if j + 1 < len(raw) else ""
            if before in CONJUNCTIONS or after in CONJUNCTIONS:
                return True
        return False

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for unapproved statements, unusable claims and missing disclaimers."""
        found: list[Violation] = []
        channel = ctx.message.channel
        used: dict[str, Claim] = {}
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
        covered: dict[str, list[tuple[int, int]]] = {name: [] for name in ctx.fields}
        usable_spans = {(h.field, h.start, h.end) for h in ctx.claim_hits if h.usable}
        for hit in ctx.claim_hits:
            if not hit.usable:
                continue
            used[hit.claim.id] = hit.claim
            covered[hit.field].append((hit.start, hit.end))
            scoped = self._scope_violation(ctx, hit.claim, hit.field, hit.start, hit.end)
            if scoped is not None:
                found.append(scoped)
            if hit.claim.category not in self.governed:
                continue
            word = self._strengthener_near(ctx.fields[hit.field], hit.claim, hit.start, hit.end)
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
        for hit in ctx.claim_hits:
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
        for claim_id, pattern in self.disclaimers.items():
            claim = self.pack.claim(claim_id)
            if claim is None or claim_problem(claim, ctx.day, channel) is not None:
                continue
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
        for product_hit in ctx.product_hits:  # also names written without their category word
            masked[product_hit.field].append((product_hit.start, product_hit.end))
        if self.triggers is not None:
            by_field: dict[str, list[Violation]] = {}
            body_used: dict[str, Claim] = {}
            if "body" in ctx.fields:
                by_field["body"] = self._statements(
                    ctx, ctx.fields["body"], covered["body"], masked["body"], body_used
                )
            used.update(body_used)
            announced = self._announced_words(ctx, body_used)
            named = {
                _stem(_canon(w))
                for h in ctx.product_hits
                if h.field == "body"
                for n in h.product.names
                for w in plain(n).split()
            }
            short_fields: tuple[TextField, ...] = ("subject", "cta")
            for name in short_fields:
                text = ctx.fields.get(name)
                if text is None:
                    continue
                if named:  # a short form of a product the body names ("Pain relief for less")
                    for match in self.triggers.finditer(text.skel.text):
                        if {_stem(_canon(w)) for w in match.group().split()} <= named:
                            masked[name].append(text.skel.original_span(*match.span()))
                if announced:
                    for match in self.triggers.finditer(text.skel.text):
                        words = {_stem(_canon(w)) for w in match.group().split()}
                        if words <= announced:
                            masked[name].append(text.skel.original_span(*match.span()))
                by_field[name] = self._statements(ctx, text, covered[name], masked[name], used)
            for name in ctx.fields:
                found.extend(by_field.get(name, []))
        everything = ctx.all_skeleton
        for claim in used.values():
            pattern = self.disclaimers.get(claim.id)
            if pattern is not None and not pattern.search(everything):
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
        """Stems of the wording and disclaimer of every usable claim the body carries.

        A subject or CTA trigger made only of these words announces the body's claim ("5G
        coverage" above "Our 5G network covers 92% of Americans. Coverage not available
        everywhere."); it is not a claim of its own.
        """
        claims = {h.claim.id: h.claim for h in ctx.claim_hits if h.usable and h.field == "body"}
        claims.update(body_used)
        words: set[str] = set()
        for claim in claims.values():
            wording = f"{claim.text} {claim.disclaimer or ''}"
            words |= {_stem(_canon(w)) for w in plain(wording).split()}
        return words

    def _strengthener_near(self, text: FieldText, claim: Claim, start: int, end: int) -> str | None:
        """A strengthening word just before or after a claim's wording, in its sentence."""
        s_start, s_end = text.sentence_at(start)
        own = set(self.claim_tokens.get(claim.id, ()))
        before = plain(text.original[s_start:start]).split()[-NEIGHBOURS:]
        after = plain(text.original[end:s_end]).split()[:NEIGHBOURS]
        return next((w for w in [*before, *after] if w in STRENGTHENERS and w not in own), None)

    def _statements(
        self,
        ctx: CheckContext,
        text: FieldText,
        covered: list[tuple[int, int]],
        masked: list[tuple[int, int]],
        used: dict[str, Claim],
    ) -> list[Violation]:
        if self.triggers is None:
            return []
        skel = text.skel
        excepted: list[tuple[int, int]] = []
        if self.exceptions is not None:
            excepted = [skel.original_span(*m.span()) for m in self.exceptions.finditer(skel.text)]
        if self.exception_patterns is not None:
            excepted += [
                skel.original_span(*m.span()) for m in self.exception_patterns.finditer(skel.text)
            ]
        pending: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
        seen: set[tuple[int, int]] = set()
        views = [(view, self.triggers) for view in text.match_views]
        if self.literal_triggers is not None:
            views.append((text.folded, self.literal_triggers))
        quotes = disclosed_testimonials(ctx, text)
        for view, triggers in views:
            for match in triggers.finditer(view.text):
                start, end = view.original_span(*match.span())
                if (start, end) in seen or overlaps(start, end, excepted + covered + masked):
                    continue
                if match.lastgroup in OPINION_CATEGORIES and overlaps(start, end, quotes):
                    continue
                if is_topic_mention(ctx, text.name, start, end):
                    continue
                if any(s <= start and end <= e for s, e in ctx.brand_name_spans[text.name]):
                    continue  # inside the brand's own name
                sentence = text.sentence_at(start)
                if end > sentence[1] and "\n" in text.original[sentence[1] : end]:
                    continue  # runs on into the next paragraph: two phrases, not one trigger
                seen.add((start, end))
                pending.setdefault(sentence, []).append((match.lastgroup or "", start, end))
        if not pending and not self._may_paraphrase(skel.text):
            return []
        usable = [
            c for c in self.pack.claims if claim_problem(c, ctx.day, ctx.message.channel) is None
        ]
        tokens = [
            (_canon(m.group()), *skel.original_span(*m.span()))
            for m in _TOKEN.finditer(skel.text)
            if m.group() not in STOPWORDS
        ]
        found: list[Violation] = []
        for (s_start, s_end), triggers in pending.items():
            sentence = [t for t in tokens if s_start <= t[1] < s_end]
            windows: list[tuple[int, int]] = []
            statement = text.original[s_start:s_end].strip()
            holders = self._holder_spans(ctx, text.name, sentence)
            for claim in usable:
                window = close_match(self.claim_tokens[claim.id], sentence)
                if window is None and sentence:
                    window = self._subset_match(claim, sentence, statement, masked + holders)
                if window is not None:
                    windows.append(window)
                    used[claim.id] = claim
                    scoped = self._scope_violation(ctx, claim, text.name, *window)
                    if scoped is not None:
                        found.append(scoped)
            remaining = [t for t in triggers if not overlaps(t[1], t[2], windows)]
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
                        fix_hint=self._hint(statement, categories, usable),
                    ),
                )
            )
        flagged = set(pending)
        for s_start, s_end in text.sentences:
            if (s_start, s_end) in flagged or any(s_start < e and s < s_end for s, e in covered):
                continue
            sentence = [t for t in tokens if s_start <= t[1] < s_end]
            if len({t[0] for t in sentence} & self.claim_vocabulary) < MIN_PARAPHRASE_WORDS - 1:
                continue
            statement = text.original[s_start:s_end].strip()
            narrower = next(
                (c for c in usable if self._subset_match(c, sentence, statement, masked)), None
            )
            if narrower is not None:  # a narrower or reordered form: the claim is used
                used[narrower.id] = narrower
                scoped = self._scope_violation(ctx, narrower, text.name, s_start, s_end)
                if scoped is not None:
                    found.append(scoped)
                continue
            claim = self._paraphrased(sentence)
            if claim is None:
                continue
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

    def _may_paraphrase(self, text: str) -> bool:
        """Cheap test: does the text share enough words with any governed claim to paraphrase it."""
        words = {_canon(w) for w in text.split() if w not in STOPWORDS}
        return len(words & self.claim_vocabulary) >= MIN_PARAPHRASE_WORDS - 1

    def _paraphrased(self, sentence: list[tuple[str, int, int]]) -> Claim | None:
        """A governed claim the sentence rewords without matching it, or None.

        Either the sentence repeats most of the claim's words in order (``Free returns within
        60 days`` for ``Free returns within 30 days``), or it repeats most of its words apart
        from the figures and states different figures (``40 g of protein`` for ``at least 25 g
        of protein``).
        """
        ordered = [token for token, _, _ in sentence]
        words = set(ordered)
        if len(words) < MIN_PARAPHRASE_WORDS:
            return None
        plain_words = [t for t in ordered if not _has_digit(t)]
        figures = {t for t in ordered if _has_digit(t)}
        for claim in self.governed_claims:
            own = self.claim_sets[claim.id]
            tokens = self.claim_tokens[claim.id]
            if len(words & own) / len(own) >= PARAPHRASE_OVERLAP:
                shared = _common_in_order(tokens, ordered)
                if (
                    shared / len(own) >= PARAPHRASE_OVERLAP
                    and shared / len(words) >= SENTENCE_SHARE
                    and close_match(tokens, sentence) is None
                ):
                    return claim
            claim_words, claim_set, claim_figures = self.claim_parts[claim.id]
            if not (figures and claim_figures) or figures <= claim_figures or not plain_words:
                continue
            if len(claim_words) < MIN_PARAPHRASE_WORDS:
                continue
            if len(words & claim_set) / len(claim_words) < FIGURE_OVERLAP:
                continue
            shared = _common_in_order(claim_words, plain_words)
            if (
                shared / len(claim_words) >= FIGURE_OVERLAP
                and shared / len(plain_words) >= SENTENCE_SHARE
                and close_match(tokens, sentence) is None
            ):
                return claim
        return None

    def _hint(self, statement: str, categories: list[str], usable: list[Claim]) -> str:
        """A fix hint naming the approved claim whose words overlap the statement most."""
        candidates = [c for c in usable if c.category.value in categories] or usable
        words = set(_content_tokens(statement))

        def overlap(claim: Claim) -> float:
            own = self.claim_sets[claim.id]
            return len(words & own) / (len(words | own) or 1)

        best = max(candidates, key=overlap, default=None)
        if best is None:
            return "Remove the statement: no approved claim covers it."
        return (
            f"Remove the statement or use an approved claim word for word, e.g. {best.text!r} "
            f"({best.id})."
        )
