"""What every rule kind shares: the per-message check context and the check protocol."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Generic, Protocol, TypeVar, cast

from nextbest.brand_context.models import BrandPack, Claim, LinkPolicyRule, Severity
from nextbest.tools.compliance.catalogue import Catalogue, ProductHit
from nextbest.tools.compliance.connectives import connective_spans
from nextbest.tools.compliance.held_products import held_by_reader
from nextbest.tools.compliance.idioms import idiom_spans
from nextbest.tools.compliance.lazy import lazy_property
from nextbest.tools.compliance.message import TEXT_FIELDS, Message, TextField
from nextbest.tools.compliance.message_kinds import message_kind_spans
from nextbest.tools.compliance.normalise import (
    NormalisedText,
    collapse_spaced,
    collapse_spaced_after_word,
    deleet,
    fold,
    join_punctuation,
    skeleton,
)
from nextbest.tools.compliance.phrases import phrase_pattern
from nextbest.tools.compliance.prefilter import Prefiltered
from nextbest.tools.compliance.senses import sense_spans
from nextbest.tools.compliance.sentence_marks import SENTENCE_END_PATTERN
from nextbest.tools.compliance.verdict import Violation

_SENTENCE_END = re.compile(SENTENCE_END_PATTERN)
"""A sentence's end (see :data:`~nextbest.tools.compliance.sentence_marks.SENTENCE_END_PATTERN`)."""

_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An e-mail address in the original text."""


def _email_spans(original: str) -> list[tuple[int, int]]:
    """The spans of the e-mail addresses in a text (none without an ``@``)."""
    if "@" not in original:
        return []
    return [m.span() for m in _EMAIL_ADDRESS.finditer(original)]


COMMON_TLDS: frozenset[str] = frozenset(
    {
        "com", "net", "org", "io", "co", "ly", "gl", "gd", "at", "us", "uk", "de", "fr", "eu",
        "ca", "au", "app", "shop", "store", "info", "biz", "me", "to", "link", "xyz", "ai", "ws",
        "cc", "tv", "site", "online", "club", "page", "gg", "be", "nl", "es", "it", "ch", "se",
        "no", "dk", "fi", "ie", "nz", "in", "jp", "cn", "ru", "br",
    }
)  # fmt: skip
"""Top-level domains recognised in bare links such as ``example.com`` (no scheme, no path)."""


def link_pattern(extra_tlds: Iterable[str] = ()) -> str:
    """The link regular expression (email addresses are not links).

    A link is a URL with a scheme, ``www.…``, a bare domain with a known top-level domain, or
    any ``host.tld/path``.

    Args:
        extra_tlds: More top-level domains to recognise (e.g. the brand's own, ``coffee``).

    Returns:
        The pattern (compile it case-insensitively).
    """
    tlds = "|".join(sorted({*COMMON_TLDS, *(t.lower() for t in extra_tlds)}, key=len, reverse=True))
    return (
        r"(?<![@\w.-])(?:(?P<scheme>[a-z][a-z0-9+.-]*)://(?P<host1>[^\s/?#<>\"')\]]+)"
        r"|(?P<host2>www\.(?:[\w-]+\.)+[a-z]{2,24}|(?:[\w-]+\.)+(?:" + tlds + r")(?![\w-])"
        r"|(?:[\w-]+\.)+[a-z]{2,24}(?=/)))(?P<rest>[/?#][^\s<>\"]*)?"
    )


@dataclass(frozen=True)
class SharedPatterns:
    """Patterns several rule kinds use, compiled once per engine.

    Attributes:
        link: :func:`link_pattern` with the pack's own top-level domains, case-insensitive.
    """

    link: re.Pattern[str]

    @classmethod
    def compile(cls, pack: BrandPack) -> SharedPatterns:
        """Compile the shared patterns for ``pack``.

        Args:
            pack: The brand pack (its website and link-policy domains add top-level domains).

        Returns:
            The compiled patterns.
        """
        domains = list(pack.brand.website_domains)
        for rule in pack.rules:
            if isinstance(rule, LinkPolicyRule):
                domains += rule.params.allowed_domains + rule.params.banned_domains
        tlds = [d.rsplit(".", 1)[-1] for d in domains if "." in d]
        return cls(link=re.compile(link_pattern(tlds), re.IGNORECASE))


@dataclass(frozen=True)
class FieldText:
    """One copy field and its normalised views.

    Attributes:
        name: ``subject``, ``body`` or ``cta``.
        original: The text as written.
        folded: The :func:`~nextbest.tools.compliance.normalise.fold` view.
        skel: The :func:`~nextbest.tools.compliance.normalise.skeleton` view.
    """

    name: TextField
    original: str
    folded: NormalisedText
    skel: NormalisedText

    @classmethod
    def of(cls, name: TextField, original: str) -> FieldText:
        """Build the views of one field."""
        return cls(name, original, fold(original), skeleton(original))  # both cached by text

    @lazy_property
    def match_views(self) -> list[NormalisedText]:
        """Views phrases are matched on.

        The skeleton, plus (only when they differ from it) its spaced-letter collapse
        (``c u r e``) and the view with punctuation inside words removed (``cu.re``).
        """
        extra = (
            collapse_spaced(self.skel),
            collapse_spaced_after_word(self.skel),
            join_punctuation(self.folded),
        )
        return [self.skel, *(view for view in extra if view is not None)]

    @lazy_property
    def everyday_senses(self) -> list[tuple[int, int]]:
        """Original spans of everyday-sense idioms (``forest green``, ``treat yourself``).

        Promotional words that sort messages ("promo e-mails",
        :func:`~nextbest.tools.compliance.message_kinds.message_kind_spans`) are among them.
        """
        return [*sense_spans(self.skel), *message_kind_spans(self.skel)]

    @lazy_property
    def idioms(self) -> list[tuple[int, int]]:
        """Original spans of set phrases and compounds whose words trigger nothing.

        See :func:`~nextbest.tools.compliance.idioms.idiom_spans` ("trial and error").
        """
        return [self.folded.original_span(*span) for span in idiom_spans(self.folded.text)]

    @lazy_property
    def connectives(self) -> list[tuple[int, int]]:
        """Skeleton spans of connectives built on trigger words ("in the event you move").

        See :func:`~nextbest.tools.compliance.connectives.connective_spans`.
        """
        return connective_spans(self.skel)

    @lazy_property
    def officer_spans(self) -> dict[tuple[str, int, bool, bool], list[tuple[int, int]]]:
        """Officer patterns' spans already found on this field, by pattern, flags and view.

        See :meth:`~nextbest.tools.compliance.case_scoped.OfficerPattern.spans`.
        """
        return {}

    @lazy_property
    def pattern_views(self) -> list[NormalisedText]:
        """Views the compliance team's own regular expressions run on: folded, and de-leeted."""
        undone = deleet(self.folded)
        return [self.folded] if undone is None else [self.folded, undone]

    @lazy_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans in the original text (end exclusive)."""
        spans: list[tuple[int, int]] = []
        start = 0
        text = self.folded.text
        for match in _SENTENCE_END.finditer(text):
            if match.start() > start:
                spans.append(self.folded.original_span(start, match.end()))
            start = match.end()
        if start < len(text):
            spans.append(self.folded.original_span(start, len(text)))
        return spans

    @lazy_property
    def _sentence_ends(self) -> list[int]:
        """The ends of :attr:`sentences` (in order: the starts and the ends both ascend)."""
        return [end for _, end in self.sentences]

    def sentence_at(self, original_index: int) -> tuple[int, int]:
        """The first sentence span containing ``original_index`` (the whole text if none)."""
        at = bisect_right(self._sentence_ends, original_index)  # the first to end after it
        if at < len(self.sentences) and self.sentences[at][0] <= original_index:
            return self.sentences[at]
        return (0, len(self.original))


@dataclass(frozen=True)
class ClaimHit:
    """An approved claim's exact wording found in a field.

    Attributes:
        claim: The claim.
        field: Field it was found in.
        start: Start in the original field text.
        end: End (exclusive) in the original field text.
        usable: Whether the claim is valid on the send date and allowed on the channel.
    """

    claim: Claim
    field: TextField
    start: int
    end: int
    usable: bool


class ClaimIndex:
    """Every claim of a pack compiled once, to find approved wordings in copy."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile one pattern per claim: its wording and approved variants, case folded.

        A field without the words a claim's wordings need is not scanned for it.

        Args:
            pack: The brand pack.
        """
        self.claims: list[tuple[Claim, Prefiltered]] = [
            (
                claim,
                Prefiltered(
                    re.compile(
                        "|".join(
                            phrase_pattern(wording, obfuscation=False)
                            for wording in (claim.text, *claim.variants)
                        )
                    )
                ),
            )
            for claim in pack.claims
        ]

    def hits(self, fields: dict[TextField, FieldText], day: date, channel: str) -> list[ClaimHit]:
        """All occurrences of any claim's wording in the copy.

        Args:
            fields: The message's copy fields.
            day: The send date.
            channel: The message's channel.

        Returns:
            One hit per occurrence, marked usable when the claim may be used on ``day`` and
            ``channel``.
        """
        found: list[ClaimHit] = []
        for claim, pattern in self.claims:
            usable = claim.is_valid_on(day) and channel in claim.channels
            for name, text in fields.items():
                for match in pattern.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    found.append(ClaimHit(claim, name, start, end, usable))
        return found


@lru_cache(maxsize=256)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """A case-sensitive pattern for the brand's names as written, longest first."""
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


@dataclass
class CheckContext:
    """Everything a rule needs to check one message, computed once per message.

    Attributes:
        pack: The brand pack.
        message: The message.
        day: The send date: claims, offers and rules are read as of this day.
        moment: The send time (time-zone aware).
        fields: The message's non-empty copy fields with their views.
        claim_index: Pre-compiled claim wordings.
        patterns: Pre-compiled patterns shared by several rule kinds.
        catalogue: Pre-compiled product names, standing statements and non-claim phrases.
        cache: Results shared by several rules of one check (e.g. the links found).
    """

    pack: BrandPack
    message: Message
    day: date
    moment: datetime
    claim_index: ClaimIndex
    patterns: SharedPatterns
    catalogue: Catalogue | None = None
    cache: dict[str, object] = field(init=False, default_factory=dict)

    @lazy_property
    def product_hits(self) -> list[ProductHit]:
        """Product names found in the copy (none when the pack has no catalogue)."""
        return [] if self.catalogue is None else self.catalogue.product_hits(self.fields)

    @lazy_property
    def statement_spans(self) -> dict[TextField, list[tuple[int, int]]]:
        """Spans of the brand's standing statements allowed on the channel, per field."""
        if self.catalogue is None:
            return {name: [] for name in self.fields}
        spans = self.catalogue.statement_spans(self.fields, self.message.channel)
        return {name: spans.get(name, []) for name in self.fields}

    @lazy_property
    def brand_name_spans(self) -> dict[TextField, list[tuple[int, int]]]:
        """Spans of the brand's own names as the pack writes them, per field.

        Name, short name and legal name, case-sensitive: "Best Rest Mattress Co." is never a
        superlative, a banned phrase, an offer or urgency.
        """
        brand = self.pack.brand
        pattern = _name_pattern((*brand.own_names, brand.legal_name))
        return {
            name: [m.span() for m in pattern.finditer(text.original)] if pattern else []
            for name, text in self.fields.items()
        }

    @lazy_property
    def non_claim_spans(self) -> dict[TextField, list[tuple[int, int]]]:
        """Spans of declared non-claim phrases, product names and e-mail addresses, per field.

        An e-mail address ("write to support@<brand>.example") says where to write, not what
        the brand does: a word inside it ("support", "kundeservice") states nothing.
        """
        spans = {} if self.catalogue is None else self.catalogue.non_claim_spans(self.fields)
        return {
            name: [*spans.get(name, []), *_email_spans(text.original)]
            for name, text in self.fields.items()
        }

    def products_in_sentence(self, field_name: TextField, index: int) -> list[ProductHit]:
        """Products named in the sentence of ``field_name`` that holds ``index``."""
        start, end = self.fields[field_name].sentence_at(index)
        return [h for h in self.product_hits if h.field == field_name and start <= h.start < end]

    def products_near(self, field_name: TextField, index: int) -> list[ProductHit]:
        """Products a phrase at ``index`` may be said of.

        Those named in its sentence, else in its paragraph, else anywhere in the message when
        the field is one paragraph (else in the other fields): a price in a paragraph of its
        own ("Workshops are $45 a seat" below a product section) is not said of the products
        other paragraphs name. Outside its sentence, a product the copy says the reader
        already holds is not one it is said of (:mod:`~nextbest.tools.compliance.held_products`).
        """
        near = self.products_in_sentence(field_name, index)
        if near:
            return near
        text = self.fields[field_name]
        original = text.original
        hits = [
            h
            for h in self.product_hits
            if not held_by_reader(self.fields[cast(TextField, h.field)].original, h.start)
        ]
        p_start = original.rfind("\n\n", 0, index) + 1
        p_end = original.find("\n\n", index)
        p_end = len(original) if p_end < 0 else p_end
        paragraph = [h for h in hits if h.field == field_name and p_start <= h.start < p_end]
        if paragraph:
            return paragraph
        if p_start == 0 and p_end == len(original):
            return hits
        return [h for h in hits if h.field != field_name]

    def in_product_name(self, field_name: str, index: int) -> bool:
        """Whether character ``index`` of a field lies inside a product name the copy writes.

        A trigger whose last word belongs to a name ("the Northcrest Lamp": ``the …est``) is
        the name, not a statement.
        """
        return any(h.field == field_name and h.start <= index < h.end for h in self.product_hits)

    @lazy_property
    def fields(self) -> dict[TextField, FieldText]:
        """The views of every non-empty copy field, built on first use.

        Rules about the recipient and the send (consent, quiet hours) never touch the copy,
        so a context-only check does not pay for normalising it.
        """
        return {
            name: FieldText.of(name, self.message.text_of(name))
            for name in TEXT_FIELDS
            if self.message.text_of(name)
        }

    @lazy_property
    def claim_hits(self) -> list[ClaimHit]:
        """Exact claim wordings found in the copy (any claim, usable or not)."""
        return self.claim_index.hits(self.fields, self.day, self.message.channel)

    @lazy_property
    def bases(self) -> dict[TextField, int]:
        """Offset of each field in one combined coordinate system (subject, body, cta)."""
        bases: dict[TextField, int] = {}
        position = 0
        for name in TEXT_FIELDS:
            bases[name] = position
            position += len(self.message.text_of(name)) + 1
        return bases

    @lazy_property
    def all_skeleton(self) -> str:
        """The skeleton text of all copy fields joined by spaces."""
        return " ".join(text.skel.text for text in self.fields.values())

    def combined(self, field_name: TextField, index: int) -> int:
        """Position of ``index`` of ``field_name`` in the combined coordinate system."""
        return self.bases[field_name] + index


class RuleCheck(Protocol):
    """A compiled rule: checks one message and returns its violations."""

    rule_id: str

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations of this rule by the message in ``ctx`` (empty when it complies)."""
        ...


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside any of ``spans``."""
    for s, e in spans:  # noqa: SIM110 - a plain loop: no generator on a hot path
        if s <= start and end <= e:
            return True
    return False


def find_plain(pattern: re.Pattern[str], ctx: CheckContext) -> list[tuple[TextField, int, int]]:
    """Occurrences of a skeleton pattern in every field, as original spans.

    Args:
        pattern: A pattern compiled for skeleton text.
        ctx: The check context.

    Returns:
        ``(field, start, end)`` per occurrence.
    """
    out: list[tuple[TextField, int, int]] = []
    for name, text in ctx.fields.items():
        for match in pattern.finditer(text.skel.text):
            start, end = text.skel.original_span(*match.span())
            out.append((name, start, end))
    return out


def violation(
    rule: RuleLike,
    message: str,
    *,
    field: str | None = None,
    span: tuple[int, int] | None = None,
    evidence: str | None = None,
    fix_hint: str | None = None,
) -> Violation:
    """A violation of ``rule`` carrying the rule's id, kind, severity and source.

    Args:
        rule: The rule broken.
        message: What is wrong.
        field: The copy field the span points into.
        span: Character span in that field's original text.
        evidence: The offending words or fact.
        fix_hint: What would fix it.

    Returns:
        The violation.
    """
    return Violation(
        rule_id=rule.id,
        kind=rule.kind,
        severity=rule.severity,
        message=message,
        field=field,
        span=span,
        evidence=evidence,
        fix_hint=fix_hint,
        source=rule.source,
    )


class RuleLike(Protocol):
    """The parts of a brand pack rule a violation needs (read-only)."""

    @property
    def id(self) -> str:
        """The rule's id."""
        ...

    @property
    def kind(self) -> str:
        """The rule's kind."""
        ...

    @property
    def severity(self) -> Severity:
        """``block`` or ``warn``."""
        ...

    @property
    def source(self) -> str:
        """Where the rule comes from (law, policy)."""
        ...


def gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    if b_start >= a_end:
        return b_start - a_end
    if a_start >= b_end:
        return a_start - b_end
    return 0


RuleT = TypeVar("RuleT", bound=RuleLike)
"""The pack rule class a check is for."""


class RuleKeeper(Generic[RuleT]):
    """A check that keeps its rule and the rule's id (``self.rule``, ``self.rule_id``)."""

    def __init__(self, rule: RuleT) -> None:
        """Keep the rule.

        Args:
            rule: The rule.
        """
        self.rule = rule
        self.rule_id = rule.id


class PackRuleKeeper(RuleKeeper[RuleT]):
    """A check that also keeps the brand pack its rule belongs to (``self.pack``)."""

    def __init__(self, rule: RuleT, pack: BrandPack) -> None:
        """Keep the rule and the pack.

        Args:
            rule: The rule.
            pack: The brand pack.
        """
        super().__init__(rule)
        self.pack = pack
