"""How a copy sentence is compared with an approved claim's wording.

Tokens are compared after :func:`canon` (number words as digits, plural and ``-ise`` spelling
unified) and, for reordered forms, :func:`stem`. A sentence matches a claim *closely* when it
has the claim's words in order with at most :data:`MAX_INSERTIONS` other words
(:func:`close_match`); it is a *narrower or reordered form* when it is made only of the claim's
words (:meth:`ClaimForms.subset_match`); it *paraphrases* a governed claim when it repeats most
of its words without matching it (:meth:`ClaimForms.paraphrased`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextbest.brand_context.models import BrandPack, Claim, ClaimCategory
from nextbest.tools.compliance.claim_basis import basis_lead_in, basis_words
from nextbest.tools.compliance.claim_clauses import PRICE, clause_spans
from nextbest.tools.compliance.condition_clauses import main_clause, states_condition
from nextbest.tools.compliance.kinds.base import overlaps
from nextbest.tools.compliance.lexicon import STOPWORDS, STRENGTHENERS
from nextbest.tools.compliance.normalise import plain

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

QUALIFIERS: tuple[str, ...] = (
    "up to", "may", "might", "can", "could", "help", "helps", "some", "many", "typically",
    "average", "on average", "at least", "select", "selected", "participating", "about",
    "around", "approximately", "nearly", "almost", "over", "under", "less than", "more than",
)  # fmt: skip
"""Words that limit a claim: a shorter form may not drop them (that would strengthen it)."""

LIMITING: frozenset[str] = frozenset(
    {"most", "some", "many", "select", "selected", "participating", "certain", "eligible"}
)
"""Words by which a claim limits its reach."""

UNIVERSALS: frozenset[str] = frozenset(
    {"every", "all", "any", "anytime", "always", "everything", "everywhere", "whenever"}
)
"""Words that widen a claim to everything: used where the claim limits itself, they strengthen."""

EACH: frozenset[str] = frozenset({"every", "each", "all"})
"""Quantifiers that say a statement holds of each one of a kind (``every``/``each``/``all``)."""

TOKEN = re.compile(r"\S+")
_ISE = re.compile(r"is(e|er|ers|ed|es|ing)$")


FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "there", "here", "be", "been", "being", "was", "were", "by", "which", "who", "so", "also",
        "on", "with", "come", "comes", "include", "includes", "included", "have", "has",
        "earn", "earns", "get", "gets", "us",
        "take", "takes", "took", "give", "gives", "gave", "provide", "provides", "you",
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer",
        "d", "l", "de", "du", "la", "le", "les", "un", "une", "c", "est",
    }
)  # fmt: skip
"""Words a reordered claim may add or leave out without changing it: passive voice (``there
are``, ``voted <award> by readers`` / ``readers voted us <award>``), and the verbs and
prepositions that attach a feature to its product (``X on Team plans`` / ``Team plans come
with X``, ``X graduates earn``, ``on average``, ``the offer takes 30 minutes``), and articles
and elisions in German and French copy (``24 h d'hydratation``)."""

WEAKENERS: frozenset[str] = frozenset(
    {
        "about", "around", "approximately", "roughly", "nearly", "almost", "can", "could",
        "may", "might", "typically", "usually", "often", "up",
    }
)  # fmt: skip
"""Words a narrower form may add to a claim: they only weaken it (``takes about 30
minutes`` for ``in 30 minutes``, ``you can build`` for ``build``)."""

FIGURE_PREPOSITIONS: frozenset[str] = frozenset({"for", "of", "in", "since", "from", "as"})
"""Words that attach a dropped figure to the claim (``for 2026`` of ``… for 2026 graduates``)."""

PREPOSITIONS: frozenset[str] = frozenset(
    {"for", "of", "in", "at", "per", "on", "by", "from", "to", "with", "as", "since", "up"}
)
"""Words that only attach a claim's parts to each other (``for drivers``, ``at stations``)."""

CONJUNCTIONS: frozenset[str] = frozenset({"and", "or"})
"""A dropped run that starts or ends with one of these drops one item of a list."""

_SUFFIXES = ("ing", "ed", "es", "s")

OBJECT_PRONOUNS: frozenset[str] = frozenset({"it", "them"})
"""Pronouns that may stand for a noun of the claim the sentence leaves out (``repair it``)."""

MAX_STAND_IN = 2
"""Most claim words an object pronoun may stand for (``your car``, ``your old car``)."""


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A crude stem for comparing reordered wordings (``affected`` → ``affect``).

    A final ``e`` is dropped too, so that a verb and its participle meet (``rate`` / ``rated``).
    """
    for suffix in _SUFFIXES:
        if len(token) > len(suffix) + 2 and token.endswith(suffix):
            token = token[: -len(suffix)]
            break
    return token[:-1] if len(token) > 3 and token.endswith("e") else token


def qualifiers_of(text: str) -> set[str]:
    """The qualifiers (:data:`QUALIFIERS`) a wording contains."""
    padded = f" {plain(text)} "
    return {q for q in QUALIFIERS if f" {q} " in padded}


NUMBER_WORDS: dict[str, str] = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100",
}  # fmt: skip
"""Number words read as figures when comparing copy with a claim (``two minutes`` = ``2``)."""


IRREGULAR: dict[str, str] = {
    "won": "win", "winning": "win", "wins": "win", "made": "make", "built": "build",
    "grown": "grow", "grew": "grow", "sold": "sell", "chose": "choose", "chosen": "choose",
    "kept": "keep", "brought": "bring", "bought": "buy", "found": "find", "held": "hold",
    "ran": "run", "running": "run", "got": "get", "gotten": "get", "better": "good",
}  # fmt: skip
"""Irregular forms read as their base word (``award-winning`` / ``won an award``)."""


@lru_cache(maxsize=16384)
def canon(token: str) -> str:
    """A comparable token: number words as digits, irregular forms as base words, ``-ise``/``-ize``.

    The plural ``-s`` is dropped too.
    """
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    if token in IRREGULAR:
        return IRREGULAR[token]
    token = _ISE.sub(r"iz\1", token)
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        token = token[:-1]
    return token


def pronoun_objects(statement: str) -> frozenset[str]:
    """Stems of the words a sentence follows with an object pronoun (``repair it`` → ``repair``).

    Args:
        statement: The sentence's text.

    Returns:
        The stems (see :func:`stem`) of each word right before ``it`` or ``them``.
    """
    words = plain(statement).split()
    return frozenset(
        stem(canon(a)) for a, b in zip(words, words[1:], strict=False) if b in OBJECT_PRONOUNS
    )


def content_tokens(text: str) -> list[str]:
    """The comparable tokens of a wording (stop words left out, see :func:`canon`)."""
    return [canon(t) for t in plain(text).split() if t not in STOPWORDS]


def _digits(token: str) -> str:
    """The digits of a figure token (``100%`` and ``100`` are the same figure)."""
    return "".join(c for c in token if c.isdigit())


def has_digit(token: str) -> bool:
    """Whether a token carries a figure (``72``, ``50%``, ``4.7``)."""
    return any(map(str.isdigit, token))  # the character test in C: called per token, often


def common_in_order(first: list[str], second: list[str]) -> int:
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


class ClaimForms:
    """The pack's claims as token lists, and the forms of them a sentence may take."""

    def __init__(self, pack: BrandPack, governed: set[ClaimCategory]) -> None:
        """Tokenise every claim once.

        Args:
            pack: The brand pack.
            governed: The claim categories the rule governs (paraphrases are looked for
                among their claims only).
        """
        self.product_words = {  # a figure in a name ("Ridgeback 2") is still a figure
            stem(canon(w))
            for p in pack.products
            for n in p.names
            for w in plain(n).split()
            if not has_digit(w)
        }
        names = {
            p.id: {stem(canon(w)) for n in p.names for w in plain(n).split() if not has_digit(w)}
            for p in pack.products
        }
        whole = {  # each name of each product as a set of words (figures aside)
            p.id: [
                frozenset(stem(canon(w)) for w in plain(n).split() if not has_digit(w))
                for n in p.names
            ]
            for p in pack.products
        }
        self.name_sets = {  # whole names a claim holds of: its products', or any product's
            c.id: [
                n
                for p in (c.products or [q.id for q in pack.products])
                for n in whole.get(p, [])
                if n
            ]
            for c in pack.claims
        }
        self.name_words = {  # name words a claim may be narrowed by: its products', or any
            c.id: (
                set().union(*(names.get(p, set()) for p in c.products))
                if c.products
                else self.product_words
            )
            for c in pack.claims
        }
        self.claim_tokens = {c.id: content_tokens(c.text) for c in pack.claims}
        self.claim_sets = {cid: set(tokens) for cid, tokens in self.claim_tokens.items()}
        self.claim_parts: dict[str, tuple[list[str], set[str], set[str]]] = {}
        for cid, tokens in self.claim_tokens.items():
            words = [t for t in tokens if not has_digit(t)]
            self.claim_parts[cid] = (words, set(words), {t for t in tokens if has_digit(t)})
        self.claim_vocabulary: set[str] = set()
        for claim in pack.claims:
            if claim.category in governed:
                self.claim_vocabulary |= self.claim_parts[claim.id][1]
        self.governed = governed
        self.governed_claims = [
            c
            for c in pack.claims
            if c.category in governed and len(self.claim_sets[c.id]) >= MIN_PARAPHRASE_WORDS
        ]
        self.claim_qualifiers = {
            c.id: set.intersection(*(qualifiers_of(w) for w in (c.text, *c.variants)))
            for c in pack.claims
        }
        self.claim_money = {c.id: bool(PRICE.search(c.text)) for c in pack.claims}
        self.claim_raw = {
            c.id: [stem(canon(w)) for w in plain(c.text).split()] for c in pack.claims
        }
        self.conditional = {c.id for c in pack.claims if states_condition(c.text)}
        self.claim_basis = {
            c.id: basis_words(c.text, c.disclaimer, c.substantiation) for c in pack.claims
        }
        self.claim_limits = {c.id: bool(self.claim_sets[c.id] & LIMITING) for c in pack.claims}
        self.claim_stems: dict[str, tuple[list[str], set[str], set[str]]] = {}
        for cid, tokens in self.claim_tokens.items():  # what subset_match compares, per claim
            stems = [stem(t) for t in tokens]
            own = set(stems)
            solid = {t for t in own if not has_digit(t)} - self.product_words - FUNCTION_WORDS
            self.claim_stems[cid] = (stems, own, solid)
        self.claim_figure_pairs = {  # "4.4" is read as "4" "4": the pair is the figure
            cid: set(zip(tokens, tokens[1:], strict=False))
            for cid, tokens in self.claim_tokens.items()
        }
        self._last_stems: tuple[list[tuple[str, int, int]], frozenset[str]] | None = None
        self.claim_synonyms: dict[str, set[str]] = {  # one-word keywords naming the claim's kind
            c.id: {
                stem(canon(k))
                for k in (plain(k) for k in c.keywords)
                if k and " " not in k and not has_digit(k)
            }
            - self.claim_stems[c.id][1]
            for c in pack.claims
        }

    def subset_match(
        self,
        claim: Claim,
        sentence: list[tuple[str, int, int]],
        statement: str,
        masked: list[tuple[int, int]] | None = None,
        prices: list[tuple[int, int]] | None = None,
    ) -> tuple[int, int] | None:
        """The sentence's span when it is a narrower or reordered form of ``claim``.

        Words are compared by stem (``affect`` / ``affected``). Every word of the sentence (outside
        product names and other masked phrases, function words such as ``there`` or ``by`` aside)
        is one of the claim's; the claim's words it leaves out form one run at the start or the end
        of the claim, one item of a list (``relaxation and``), or a run of figures (``31 of our 38
        clubs`` → ``31 clubs``); at least :data:`MIN_PARAPHRASE_WORDS` of its words remain; no
        qualifier (``up to``) is dropped; a figure written with a separator (``4.5``) is one of the
        claim's (its digits alone are not enough). Words that only weaken the claim
        (:data:`WEAKENERS`) and words of the names of its products (of any product when it has no
        scope), narrowing it to one ("Your Original Mattress is backed by …"), may be added, and so
        may ``prices`` (a product's price next to its claim) unless the claim itself states an
        amount of money (``save $600 a year``).
        """
        tokens, own, solid = self.claim_stems[claim.id]
        if len(own) < 2:
            return None
        if solid and solid.isdisjoint(self._kept_stems(sentence)):
            return None  # no word of the sentence can be one of the claim's solid words
        if prices and not self.claim_money[claim.id]:
            masked = [*(masked or []), *prices]
        spans = masked or []
        if new_split_figure(sentence, spans, self.claim_figure_pairs[claim.id]):
            return None  # "a SCOP of 4.7" for "a SCOP of 4.1": the same digits, another figure
        names = self.name_words[claim.id]
        lead = basis_lead_in(statement, self.claim_basis[claim.id]) if "," in statement else 0
        words: set[str] = set()
        single = self._single_of_name(sentence, names)
        for i, (t, s, e) in enumerate(sentence):  # cheap tests first; a foreign word settles it
            if i < lead or t in FUNCTION_WORDS or t in WEAKENERS or i in single:
                continue  # the lead-in attributes the claim to its own basis
            if stem(t) not in own and _moved_modifier(tokens, sentence, i):
                continue  # "bookings made online" for "online bookings"
            word = stem(t)
            if word not in own and word in names:
                continue
            if overlaps(s, e, spans):
                continue
            if word not in own and word in self.claim_synonyms[claim.id]:
                words.add(word)  # "reach" for "range", both keywords of the claim
                continue
            bounded = (
                _within_bound(tokens, sentence, i) if word not in own and has_digit(t) else None
            )
            if bounded is not None:
                words.add(bounded)  # "up to 100 km" for "up to 120 km": the claim, narrowed
                continue
            if word not in own:
                if t not in EACH:
                    return None
                if "all" in own:
                    word = "all"  # "every <product>" for "all <products>"
                elif not self._each_of_product(claim, sentence, i):
                    return None
                else:
                    continue
            words.add(word)
        if not words:
            return None
        if len(words) < min(MIN_PARAPHRASE_WORDS, len(solid)):
            return None
        if solid and not words & solid:
            return None  # only the words of a product's name: naming it is not its claim
        present = words | {stem(t) for t, _, _ in sentence}
        verbs = pronoun_objects(statement)
        if not any(self._droppable(claim, tokens, kept, verbs) for kept in (words, present)):
            return None
        if not self.claim_qualifiers[claim.id] <= qualifiers_of(statement):
            return None
        return (sentence[0][1], sentence[-1][2])

    def _kept_stems(self, sentence: list[tuple[str, int, int]]) -> frozenset[str]:
        """Every stem :meth:`subset_match` could keep from ``sentence`` as a claim word.

        It keeps a token's own stem, ``all`` for a quantifier of :data:`EACH`, a claim's
        synonym (never a claim word) or a claim's figure (never a solid word): so a claim none
        of whose solid words is here cannot match. The set is computed once per sentence list
        (the last one is kept with its list, and compared by identity: token lists are not
        changed once made), since the same list is compared with every claim of the pack. The
        pair is read and replaced as one object, so threads sharing the forms stay correct.
        """
        last = self._last_stems
        if last is not None and last[0] is sentence:
            return last[1]
        stems = {stem(t) for t, _, _ in sentence}
        if any(t in EACH for t, _, _ in sentence):
            stems.add("all")
        kept = frozenset(stems)
        self._last_stems = (sentence, kept)
        return kept

    @staticmethod
    def _single_of_name(sentence: list[tuple[str, int, int]], names: set[str]) -> set[int]:
        """Indexes of ``<preposition> one`` before a word of a product's name (``from one game``).

        "You can get up to 5 sessions on one court" for "Book a Court Pass with up to 5
        sessions": the phrase limits the claim to a single one of what the product's name
        says; it adds no figure of its own. Only before a word of the name of a product the
        claim holds of: "in one day" for "in 3 days" changes the claim's figure.
        """
        found: set[int] = set()
        for i in range(len(sentence) - 2):
            if (
                sentence[i][0] in PREPOSITIONS
                and sentence[i + 1][0] == "1"
                and stem(sentence[i + 2][0]) in names
            ):
                found |= {i, i + 1}
        return found

    def _each_of_product(
        self, claim: Claim, sentence: list[tuple[str, int, int]], index: int
    ) -> bool:
        """Whether ``every`` at ``index`` quantifies a product the claim holds of, without limit.

        "Every <product> comes with our lifetime warranty" for "Lifetime warranty on <product
        category>": the claim already holds of each of its products, so ``every`` in front of
        a whole name of one of them restates it. A word shared by several names (the brand's
        own, "every <Brand>") is no product: there ``every`` widens the claim to the range. A
        claim that limits its reach (``most``, ``select``…) does not hold of every one: there
        ``every`` strengthens it.
        """
        if self.claim_limits[claim.id]:
            return False
        names = self.name_words[claim.id]
        run: set[str] = set()
        for token, _, _ in sentence[index + 1 :]:
            word = stem(token)
            if word in names:
                run.add(word)
            elif not has_digit(token):
                break
        return any(name <= run for name in self.name_sets[claim.id])

    def clause_matches(
        self,
        claims: list[Claim],
        text: str,
        sentence: list[tuple[str, int, int]],
        span: tuple[int, int],
        masked: list[tuple[int, int]],
        prices: list[tuple[int, int]] | None = None,
    ) -> list[tuple[Claim, tuple[int, int]]]:
        """Clauses of a sentence that are narrower or reordered forms of a claim.

        A sentence often carries a claim in one clause and something else in another
        (``BPA-free and phthalate-free: that's <product>, $19.99``, ``rated 4.8 out of 5 —
        thanks, Denver``). Each clause (see :func:`clause_spans`) is compared with the claims
        on its own; a clause is not matched when the rest of the sentence holds a strengthener
        (``… : on every bet``), which could widen the claim from outside the clause. A
        condition closing a clause ("… when you pay online") is cut off, and the clause before
        it compared with the claims that state no condition of their own
        (:mod:`~nextbest.tools.compliance.condition_clauses`).

        Args:
            claims: The usable claims.
            text: The field's original text.
            sentence: ``(token, start, end)`` content tokens of the sentence.
            span: The sentence's ``(start, end)`` in ``text``.
            masked: Spans that are not claim words (product names, links…).
            prices: Spans of prices (see :meth:`subset_match`).

        Returns:
            ``(claim, clause span)`` for each matched clause.
        """
        spans = clause_spans(text, *span)
        entries: list[tuple[tuple[int, int], bool | None]] = []  # (span, conditional claims?)
        for clause in spans:
            main = main_clause(text, *clause)
            if main is None:
                entries.append((clause, None))
                continue
            if len(spans) > 1:
                entries.append((clause, True))  # whole: claims stating a condition of their own
            entries.append((main, False))  # "<claim> when you pay online": the claim alone
        if len(entries) < 2 and all(kind is None for _, kind in entries):
            return []
        found: list[tuple[Claim, tuple[int, int]]] = []
        for (start, end), conditional in entries:
            part = [t for t in sentence if start <= t[1] < end]
            if not part:
                continue
            rest = [
                t[0]
                for t in sentence
                if not start <= t[1] < end and not overlaps(t[1], t[2], masked + (prices or []))
            ]
            if any(word in STRENGTHENERS for word in rest):
                continue
            clause = text[start:end]
            figures = {w for w in rest if has_digit(w)}
            claim = next(
                (
                    c
                    for c in claims
                    if (conditional is None or conditional == (c.id in self.conditional))
                    and not self.figure_elsewhere(c, part, figures)
                    and self.subset_match(c, part, clause, masked, prices)
                ),
                None,
            )
            if claim is not None:
                found.append((claim, (start, end)))
        return found

    def figure_elsewhere(
        self, claim: Claim, part: list[tuple[str, int, int]], figures: set[str]
    ) -> bool:
        """Whether a clause leaves out the claim's figure while the sentence states another.

        "Fees for the Core plan (standard) are 0.75%" for "Fees for the Core plan (standard)
        are 0.85%": the first clause narrows the claim by dropping its figure, and the figure
        the sentence gives it instead stands in the next clause. The claim is restated with
        another figure, not narrowed.

        Args:
            claim: The claim the clause may narrow.
            part: The clause's ``(token, start, end)`` content tokens.
            figures: Figure tokens of the rest of the sentence (outside masked spans and
                prices).

        Returns:
            True when a figure of the claim is missing from the clause and the rest of the
            sentence holds a figure the claim does not.
        """
        if not figures:
            return False
        own = {_digits(t) for t in self.claim_tokens[claim.id] if has_digit(t)}
        kept = {_digits(t) for t, _, _ in part if has_digit(t)}
        return bool(own - kept) and bool({_digits(t) for t in figures} - own)

    def strengthened(
        self,
        claims: list[Claim],
        sentence: list[tuple[str, int, int]],
        statement: str,
        masked: list[tuple[int, int]],
        prices: list[tuple[int, int]] | None = None,
    ) -> tuple[Claim, str] | None:
        """A governed claim the sentence narrows or reorders but strengthens, with the word.

        ``Free returns on all used gear`` for ``Free returns on most new and used gear``: the
        sentence, its strengtheners (:data:`STRENGTHENERS`, ``most`` aside, which is also a
        quantity) left out, is a narrower form of the claim, and the claim has no such word.
        Or the claim limits its reach (:data:`LIMITING`: ``most``, ``select``…) and the
        sentence repeats at least :data:`MIN_PARAPHRASE_WORDS` of its words with a universal
        (:data:`UNIVERSALS`) in place of the limit: ``Cash out on every bet`` for ``Cash out on
        most bets``.

        Args:
            claims: The usable claims.
            sentence: ``(token, start, end)`` content tokens of the sentence.
            statement: The sentence's text.
            masked: Spans that are not claim words.
            prices: Spans of prices (see :meth:`subset_match`).

        Returns:
            ``(claim, strengthener)`` or None.
        """
        strong = [t for t, _, _ in sentence if t in STRENGTHENERS and t != "most"]
        universal = [t for t, _, _ in sentence if t in UNIVERSALS]
        if not strong and not universal:
            return None
        rest = [t for t in sentence if t[0] not in STRENGTHENERS or t[0] == "most"]
        words = {stem(t) for t, s, e in sentence if not overlaps(s, e, masked)}
        for claim in claims:
            if claim.category not in self.governed:
                continue
            own = self.claim_sets[claim.id]
            if (
                strong
                and rest
                and not set(strong) & own
                and self._states(claim, rest)
                and self.subset_match(claim, rest, statement, masked, prices)
            ):
                return claim, strong[0]
            limits = own & LIMITING
            if universal and limits and not limits & words and not set(universal) & own:
                solid = {stem(t) for t in own - FUNCTION_WORDS - LIMITING - self.product_words}
                if len(words & solid) >= MIN_PARAPHRASE_WORDS:
                    return claim, universal[0]  # "on every bet" for "on most bets"
        return None

    def _states(self, claim: Claim, sentence: list[tuple[str, int, int]]) -> bool:
        """Whether a sentence keeps enough of a claim's own words to state it at all.

        "Cards for every driver" keeps one word ("drivers") of "24/7 card support for drivers"
        besides the product's name: it says nothing of support, so it cannot strengthen that
        claim. At least :data:`MIN_PARAPHRASE_WORDS` - 1 of the claim's words that are neither
        figures, product-name words, function words nor prepositions must be there (all of them
        when the claim has fewer).
        """
        solid = self.claim_stems[claim.id][2] - PREPOSITIONS
        kept = solid & {stem(t) for t, _, _ in sentence}
        return len(kept) >= min(MIN_PARAPHRASE_WORDS - 1, len(solid))

    def droppable(self, claim: Claim, kept: set[str]) -> bool:
        """Whether a claim's words missing from ``kept`` (stems) may be left out of a narrower form.

        They form one run at the start or the end of the claim, one item of a list, or a run of
        figures (see :meth:`subset_match`).
        """
        return self._droppable(claim, self.claim_stems[claim.id][0], kept)

    def _droppable(
        self, claim: Claim, tokens: list[str], kept: set[str], verbs: frozenset[str] = frozenset()
    ) -> bool:
        """Whether the claim words missing from ``kept`` may be left out (see _subset_match).

        The brand's own range ("… we sell", "… we make") may give way to the name of one of
        its products: the product is one the brand sells.

        Function words and product-name words of the claim may be missing anywhere (the
        product scope is checked on its own); they neither break nor end a dropped run. A run
        of at most :data:`MAX_STAND_IN` words without a figure, right after a word that the
        sentence follows with an object pronoun (``verbs``), is said by that pronoun: "We'll
        repair it even if …" for "We'll repair your bike even if …".
        """
        free = {i for i, t in enumerate(tokens) if t in FUNCTION_WORDS or t in self.product_words}
        dropped = [i for i, t in enumerate(tokens) if t not in kept and i not in free]
        if all(tokens[i] in FIGURE_PREPOSITIONS for i in dropped):
            return True  # every content word kept, reordered: "X rate us 4.7" / "rated 4.7 from X"
        if _own_range(tokens, dropped) and kept & self.product_words:
            return True  # "Every <product> kayak is …" for "Every kayak we offer is …"
        if any(tokens[i] in kept and i not in free for i in range(dropped[0], dropped[-1] + 1)):
            return False
        solid = [i for i in range(len(tokens)) if i not in free or tokens[i] in kept]
        edge = dropped[0] == solid[0] or dropped[-1] == solid[-1]
        figures = any(has_digit(tokens[i]) for i in dropped) and all(
            has_digit(tokens[i]) or tokens[i] in FIGURE_PREPOSITIONS for i in dropped
        )
        last = dropped[-1]
        while last + 1 < len(tokens) and last + 1 in free and tokens[last + 1] not in kept:
            last += 1  # a dropped list item may end in a product-name word ("pre-game and")
        if edge or figures or self._list_item(claim, tokens[dropped[0]], tokens[last]):
            return True
        return (
            dropped[0] > 0
            and len(dropped) <= MAX_STAND_IN
            and not any(has_digit(tokens[i]) for i in dropped)
            and stem(tokens[dropped[0] - 1]) in verbs
        )

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

    def may_paraphrase(self, text: str) -> bool:
        """Cheap test: does the text share enough words with any governed claim to paraphrase it."""
        words = set(map(canon, set(text.split()) - STOPWORDS))  # each distinct word canon'd once
        return len(words & self.claim_vocabulary) >= MIN_PARAPHRASE_WORDS - 1

    def paraphrased(self, sentence: list[tuple[str, int, int]]) -> Claim | None:
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
        plain_words = [t for t in ordered if not has_digit(t)]
        figures = {t for t in ordered if has_digit(t)}
        for claim in self.governed_claims:
            own = self.claim_sets[claim.id]
            if all(stem(t) in self.product_words or has_digit(t) for t in words & own):
                continue  # it shares only a product's name and figures with the claim
            tokens = self.claim_tokens[claim.id]
            if len(words & own) / len(own) >= PARAPHRASE_OVERLAP:
                shared = common_in_order(tokens, ordered)
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
            shared = common_in_order(claim_words, plain_words)
            if (
                shared / len(claim_words) >= FIGURE_OVERLAP
                and shared / len(plain_words) >= SENTENCE_SHARE
                and close_match(tokens, sentence) is None
            ):
                return claim
        return None

    def hint(self, statement: str, categories: list[str], usable: list[Claim]) -> str:
        """A fix hint naming the approved claim whose words overlap the statement most."""
        candidates = [c for c in usable if c.category.value in categories] or usable
        words = set(content_tokens(statement))

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


_PARTICIPLES: frozenset[str] = frozenset(
    {"made", "sent", "paid", "bought", "done", "held", "given", "taken", "kept", "sold"}
    | {"make", "send", "pay", "buy", "do", "hold", "give", "take", "keep", "sell"}
)
"""Irregular past participles (and the base forms tokens are folded to) that can join a noun
to its moved modifier (``made online``)."""


def _moved_modifier(claim: list[str], sentence: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token ``i`` is a participle that moves a claim's modifier after its noun.

    "Most bookings made online are confirmed …" for "Most online bookings are confirmed …":
    the claim's ``online claims`` (modifier, noun) is said as noun, participle, modifier. The
    participle only carries the modifier across; it adds nothing the claim does not say.

    Args:
        claim: The claim's word stems, in order.
        sentence: The sentence's content tokens.
        i: Index of the candidate participle in ``sentence``.

    Returns:
        True when the words around it are a modifier-noun pair of the claim, reversed.
    """
    word = sentence[i][0]
    if not (word.endswith("ed") or word in _PARTICIPLES) or not 0 < i < len(sentence) - 1:
        return False
    noun, modifier = stem(sentence[i - 1][0]), stem(sentence[i + 1][0])
    return any(a == modifier and b == noun for a, b in zip(claim, claim[1:], strict=False))


_RANGE_VERBS: frozenset[str] = frozenset(
    {"sell", "offer", "stock", "make", "carry", "supply", "produce", "serve", "brew", "bake"}
)
"""Verbs with which a claim says "what we sell" (``every kayak we offer``)."""


def _own_range(tokens: list[str], dropped: list[int]) -> bool:
    """Whether the dropped claim words are exactly ``we <sell>``: the brand's own range."""
    return (
        len(dropped) == 2
        and dropped[1] == dropped[0] + 1
        and tokens[dropped[0]] == "we"
        and tokens[dropped[1]] in _RANGE_VERBS | {stem(v) for v in _RANGE_VERBS}
    )


_UPPER_BOUNDS: frozenset[str] = frozenset({"up", "tot", "zu", "jusqu", "jusque", "hasta", "fino"})
"""The word right before a figure that makes it a maximum (``up to``, ``tot``, ``bis zu``…)."""


def new_split_figure(
    sentence: list[tuple[str, int, int]],
    spans: list[tuple[int, int]],
    pairs: set[tuple[str, str]],
) -> bool:
    """Whether the sentence writes a figure with a separator that the claim does not state.

    The skeleton reads "4.5" as the two tokens "4" and "5", one character apart: compared word
    by word, "a SCOP of 4.7" would hold only words of "The Breeze 7 has a SCOP of 4.1" (its "7"
    from the product's name). Such a pair of digit tokens (outside product names and prices)
    is one figure, and the claim must state the same pair.
    """
    for (first, _, first_end), (second, second_start, second_end) in zip(
        sentence, sentence[1:], strict=False
    ):
        if (
            second_start == first_end + 1
            and first.isdigit()
            and second.isdigit()
            and (first, second) not in pairs
            and not overlaps(second_start, second_end, spans)
        ):
            return True
    return False


def _within_bound(claim: list[str], sentence: list[tuple[str, int, int]], i: int) -> str | None:
    """The claim's figure when figure ``i`` of the sentence is a smaller maximum, same unit.

    "The Tern 5 goes up to 30 km" for "Tern 5: up to 40 km": the same bound word before the
    figure and the same unit after it, and a figure at or below the claim's own: what the
    claim allows, said more modestly.
    """
    if not 0 < i < len(sentence) - 1:
        return None
    bound, unit = stem(sentence[i - 1][0]), stem(sentence[i + 1][0])
    if bound not in _UPPER_BOUNDS:
        return None
    try:
        said = float(sentence[i][0].replace(",", "."))
    except ValueError:
        return None
    for j in range(1, len(claim) - 1):
        if claim[j - 1] != bound or claim[j + 1] != unit or not has_digit(claim[j]):
            continue
        try:
            if said <= float(claim[j].replace(",", ".")):
                return claim[j]
        except ValueError:
            continue
    return None
