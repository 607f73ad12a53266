"""``language``: the copy must be written in one of the allowed languages (per region too).

The languages allowed are the rule's ``allowed``, or for a recipient whose region matches a
``by_region`` key (compared as the audience rule compares regions) that entry's, the most
specific match first (``CA-QC``, then ``QC``, then ``CA``). Under the rule's own list, a message
whose locale is one of the brand's locales may also be in that locale's language: the customer
chose it (:mod:`~nextbest.tools.compliance.chosen_language`). Each judged field is read by its
function words (:mod:`nextbest.tools.compliance.language_id`) after what carries no language of
the writer's choosing is blanked out: the brand's names, product names and declared non-claim
phrases, links and e-mail addresses, every wording the pack mandates or approves (disclosures,
required statements, claim disclaimers, offer conditions, claim texts, standing statements).
Mandated lines may be bilingual or in the law's language; only the copy around them is judged.
The brand's approved claims written in an allowed language still vote for it: copy in another
language that follows them is a bilingual message's second version
(:mod:`~nextbest.tools.compliance.approved_language`).

Precision first: a field is reported only when it has ``min_words`` words left and one other
language plainly dominates it (see :func:`~nextbest.tools.compliance.language_id.judge`).
Copy written mostly in a script none of the allowed languages is written in (Devanagari or
Chinese characters under an English-only rule) is reported by its script, which the
function words cannot read (:mod:`~nextbest.tools.compliance.writing_systems`); a language
written in two scripts counts as written only in the one the brand's locales name, where every
locale of the language names one (``uz-Latn-UZ``: Cyrillic Uzbek copy is in a foreign script;
:mod:`~nextbest.tools.compliance.locale_scripts`). Czech copy under
a Slovak-only rule (or Slovak under a Czech-only one) is told by its spelling
(:mod:`~nextbest.tools.compliance.czech_slovak`).
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack, LanguageRule
from nextbest.tools.compliance.approved_language import approved_votes
from nextbest.tools.compliance.chosen_language import chosen_languages
from nextbest.tools.compliance.czech_slovak import PAIR as SISTERS
from nextbest.tools.compliance.czech_slovak import sister_language
from nextbest.tools.compliance.kinds.audience import region_names, rule_regions
from nextbest.tools.compliance.kinds.base import CheckContext, RuleKeeper, violation
from nextbest.tools.compliance.language_id import (
    MIN_VOTES,
    SUPPORTED,
    Judgement,
    judge,
    language_scores,
)
from nextbest.tools.compliance.locale_scripts import locale_scripts
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.required_text import brand_address_forms, required_spans
from nextbest.tools.compliance.verdict import Violation
from nextbest.tools.compliance.writing_systems import foreign_script

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "de": "German",
    "nl": "Dutch",
    "sv": "Swedish",
    "fi": "Finnish",
    "cs": "Czech",
    "sk": "Slovak",
    "ro": "Romanian",
    "tr": "Turkish",
    "hu": "Hungarian",
    "el": "Greek",
    "cy": "Welsh",
    "gl": "Galician",
    "lb": "Luxembourgish",
    "bs": "Bosnian",
    "hr": "Croatian",
    "sr": "Serbian",
    "be": "Belarusian",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_LINE = re.compile(r"[^\n]+")
SUPPORTED_SET = frozenset(SUPPORTED)
_MANDATED_SHARE = 0.5
"""A line of a many-paragraph field with at most this share of its characters left once
mandated wording is blanked is footer: its remaining words are not judged."""
_RATIO = 2.5
"""How many times the allowed languages' votes another language needs to be judged the
copy's language (see :func:`~nextbest.tools.compliance.language_id.judge`)."""


def _name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by as many spaces."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class LanguageCheck(RuleKeeper[LanguageRule]):
    """Judges the language of each field against the languages the recipient may get."""

    def __init__(self, rule: LanguageRule, pack: BrandPack) -> None:
        """Fold the rule's regions and the brand's footer forms once.

        Args:
            rule: The rule.
            pack: The brand pack (its legal name and postal address mark the footer).
        """
        super().__init__(rule)
        brand = pack.brand
        names = {n.casefold() for n in brand.own_names}
        self.footer_forms = tuple(
            form.casefold()
            for form in (brand.legal_name, *brand_address_forms(brand))
            if len(form) >= 5 and form.casefold() not in names  # a name is no footer
        )
        self.written_in = locale_scripts(brand.locales)  # "uz-Latn-UZ": Uzbek in Latin letters
        params = rule.params
        self.allowed = frozenset(params.allowed)
        self.by_region: dict[str, frozenset[str]] = {}
        for region, codes in params.by_region.items():
            for name in rule_regions([region]):
                self.by_region.setdefault(name, frozenset(codes))

    def languages_for(self, ctx: CheckContext) -> frozenset[str]:
        """The languages the message's recipient may get (empty: any language).

        Args:
            ctx: The check context.

        Returns:
            ISO 639-1 codes.
        """
        recipient = ctx.message.recipient
        region = recipient.region if recipient else None
        if self.by_region and region:
            names = region_names(region)
            folded = region.strip().casefold()
            country, _, subdivision = folded.partition("-")
            ordered = [folded, subdivision, country, *sorted(names)]
            for name in ordered:
                if name and name in names and name in self.by_region:
                    return self.by_region[name]
        return chosen_languages(self.allowed, ctx.message.locale, list(ctx.pack.brand.locales))

    def whole_text(self, ctx: CheckContext, field: TextField) -> str:
        """The field with names, links and e-mail addresses blanked (offsets kept).

        Args:
            ctx: The check context.
            field: The copy field.

        Returns:
            The text with those spans replaced by spaces.
        """
        text = ctx.fields[field].original
        return _blank(
            text,
            [
                *ctx.brand_name_spans.get(field, []),
                *ctx.non_claim_spans.get(field, []),
                *((h.start, h.end) for h in ctx.product_hits if h.field == field),
                *(m.span() for m in ctx.patterns.link.finditer(text)),
                *(m.span() for m in _EMAIL.finditer(text)),
            ],
        )

    def copy_text(self, ctx: CheckContext, field: TextField, whole: str) -> str:
        """The writer's copy: ``whole`` with approved and mandated wording and footers blanked.

        Args:
            ctx: The check context.
            field: The copy field.
            whole: :meth:`whole_text` of the field.

        Returns:
            ``whole`` itself when the field carries no approved or mandated wording.
        """
        approved: list[tuple[int, int]] = [
            *required_spans(ctx).get(field, []),
            *ctx.statement_spans.get(field, []),
            *((h.start, h.end) for h in ctx.claim_hits if h.field == field),
        ]
        if not approved:
            return whole
        text = ctx.fields[field].original
        copy = _blank(whole, approved)
        paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
        if len(paragraphs) > 1:
            footer: list[tuple[int, int]] = []
            for start, end in paragraphs:
                footer.extend(self._boilerplate(text, copy, start, end))
            copy = _blank(copy, footer)
        return copy

    def _boilerplate(self, text: str, blanked: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of a paragraph that are the legal footer or mostly mandated wording.

        Such words (an unsubscribe sentence, "you receive this e-mail because…") are
        boilerplate in the law's language, not the message's copy. A paragraph naming the
        brand's legal name or address is footer as a whole; otherwise each of its lines is
        judged by its own share of mandated wording, so a line of copy written right above a
        long mandated line stays copy.

        Args:
            text: The field's original text.
            blanked: The field with approved and mandated wording blanked.
            start: Start of the paragraph.
            end: End of the paragraph (exclusive).

        Returns:
            The spans to read as boilerplate (the paragraph, some of its lines, or none).
        """
        folded = text[start:end].casefold()
        if any(form in folded for form in self.footer_forms):
            return [(start, end)]
        spans: list[tuple[int, int]] = []
        for line in _LINE.finditer(text, start, end):
            written = len("".join(line.group().split()))
            left = len("".join(blanked[line.start() : line.end()].split()))
            if written and left <= written * _MANDATED_SHARE:
                spans.append(line.span())
        return spans

    def finding(
        self, ctx: CheckContext, field: TextField, allowed: frozenset[str]
    ) -> Judgement | None:
        """The field's language when plainly not allowed, else None.

        The copy alone is judged. When it is too short to judge and holds no word of an
        allowed language, the whole field is (mandated wording included): a message made only
        of the brand's English lines is an English message, while one English legal line
        inside French copy is not. A field whose whole text has too few words, or too few
        function words of any other language, is never judged (the common, fast case).
        """
        min_words = self.rule.params.min_words
        whole = self.whole_text(ctx, field)
        evidence = language_scores(whole)
        if evidence.words < min_words or evidence.best(SUPPORTED_SET - allowed)[1] < MIN_VOTES:
            return None
        copy = self.copy_text(ctx, field, whole)
        if copy is not whole:
            evidence = language_scores(copy)
            if evidence.words >= min_words and evidence.function_words >= MIN_VOTES:
                found = judge(copy, allowed, min_words=min_words, ratio=_RATIO)
                return None if found is None else self._bilingual(ctx, field, allowed, found)
            if evidence.best(allowed)[1] > 0:
                return None
        return judge(whole, allowed, min_words=min_words)

    def _bilingual(
        self, ctx: CheckContext, field: TextField, allowed: frozenset[str], found: Judgement
    ) -> Judgement | None:
        """``found``, unless the brand's approved claims in an allowed language outvote it.

        See :mod:`~nextbest.tools.compliance.approved_language`: an approved claim in the
        allowed language, outside the footer, makes the message bilingual when its votes
        bring the allowed language within the judge's ratio of the other one.
        """
        text = ctx.fields[field].original
        spans = [(h.start, h.end) for h in ctx.claim_hits if h.field == field]
        if not spans:
            return found
        footer = [
            (m.start(), m.end())
            for m in _PARAGRAPH.finditer(text)
            if any(form in m.group().casefold() for form in self.footer_forms)
        ]
        extra = approved_votes(text, spans, allowed, footer)
        if extra and found.votes < _RATIO * (found.allowed_votes + extra):
            return None
        return found

    def _script_finding(
        self, ctx: CheckContext, field: TextField, allowed: frozenset[str]
    ) -> Violation | None:
        """A violation when the field's copy is mostly in a script no allowed language uses."""
        if ctx.fields[field].original.isascii():
            return None  # the common, fast case: no other script at all
        whole = self.whole_text(ctx, field)
        found = foreign_script(self.copy_text(ctx, field, whole), allowed, self.written_in)
        if found is None:
            return None
        wanted = " or ".join(_name(code) for code in sorted(allowed))
        return violation(
            self.rule,
            f"The {field} is written in {found.script} script; this message must be in {wanted}.",
            field=field,
            evidence=f"{found.script} script ({found.letters} letters against "
            f"{found.allowed_letters})",
            fix_hint=f"Write the {field} in {wanted}.",
        )

    def _sister_finding(
        self, ctx: CheckContext, field: TextField, allowed: frozenset[str]
    ) -> Violation | None:
        """A violation when the copy is Czech under a Slovak-only rule, or the reverse."""
        if len(allowed & SISTERS) != 1 or ctx.fields[field].original.isascii():
            return None  # the common, fast case: not one of the two, or no letter of either
        copy = self.copy_text(ctx, field, self.whole_text(ctx, field))
        if language_scores(copy).words < self.rule.params.min_words:
            return None
        found = sister_language(copy, allowed)
        if found is None:
            return None
        wanted = " or ".join(_name(code) for code in sorted(allowed))
        return violation(
            self.rule,
            f"The {field} is written in {_name(found.language)}; this message must be in {wanted}.",
            field=field,
            evidence=f"{_name(found.language)} ({found.marks} words of its own spelling "
            f"against {found.allowed_marks})",
            fix_hint=f"Write the {field} in {wanted}.",
        )

    def check(self, ctx: CheckContext) -> list[Violation]:
        """One violation per judged field plainly written in a language not allowed."""
        allowed = self.languages_for(ctx)
        if not allowed:
            return []
        params = self.rule.params
        found: list[Violation] = []
        for field in params.fields:
            if field not in ctx.fields:
                continue
            script = self._script_finding(ctx, field, allowed)
            if script is not None:
                found.append(script)
                continue
            finding = self.finding(ctx, field, allowed)
            if finding is None:
                sister = self._sister_finding(ctx, field, allowed)
                if sister is not None:
                    found.append(sister)
                continue
            wanted = " or ".join(_name(code) for code in sorted(allowed))
            found.append(
                violation(
                    self.rule,
                    f"The {field} is written in {_name(finding.language)}; this message must "
                    f"be in {wanted}.",
                    field=field,
                    evidence=f"{_name(finding.language)} ({finding.votes:g} function words "
                    f"against {finding.allowed_votes:g})",
                    fix_hint=f"Write the {field} in {wanted}.",
                )
            )
        return found
