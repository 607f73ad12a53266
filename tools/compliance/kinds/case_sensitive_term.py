"""``case_sensitive_term``: terms banned only in one exact casing.

A competitor called ``Cairn`` must not be named, but "the cairn on the hilltop" is fine: the
term is matched as a whole word on the original text, case-sensitively (after Unicode
compatibility folding, so full-width or styled letters do not hide it). A term followed by
``'t`` is a contraction ("Don't" is not the brand Don). The rule's ``exceptions`` are
words or phrases that contain a term but are fine ("Don Valley Trust"): a term inside one of
them, written with the exception's exact casing, is not reported. A one-word term that
opens a sentence followed by an article or a pronoun is a verb ("Cherish the moment"), and one
that opens a sentence as the first half of a hyphenated compound with a lower-case word
("Peak-season prices?", "Cairn-topped?") is that compound: at the start of a sentence the capital
says nothing, and a name is not joined to an everyday word that way (but in Basque copy a
hyphen joins a case ending to a name, "Kayak-en": that is the name,
:mod:`~nextbest.tools.compliance.basque_name_suffixes`; so does a hyphen or an apostrophe in
Azerbaijani and Turkish copy, "Acme-dən", "Acme'den",
:mod:`~nextbest.tools.compliance.turkic_name_suffixes`). A term the copy introduces
as the name of a pet or a person ("Pickle, a 4-year-old spaniel", "my dog Pickle") is that
individual wherever the text names it, not the brand
(:mod:`~nextbest.tools.compliance.individual_names`). A one-word term is also found in the
forms the copy's language gives a name ("Kropki", "w Kropce" in Polish; "NBXs" in
Danish; :mod:`~nextbest.tools.compliance.name_cases`), with the same letter case. A letter
of Japanese or Chinese next to a term is another word, as those scripts put no space between
words (:mod:`~nextbest.tools.compliance.unspaced_scripts`). In German
copy, a sentence-opening "Ihr" before its verb ("Ihr plant …?") and a sentence-opening "Sie"
in copy that says "du" ("Sie liegen im Keller": "they") are not the polite address
(:mod:`~nextbest.tools.compliance.german_address`).
"""

from __future__ import annotations

import re
import unicodedata

from nextbest.brand_context.models import BrandPack, CaseSensitiveTermRule
from nextbest.tools.compliance.basque_name_suffixes import BASQUE, case_suffixed
from nextbest.tools.compliance.german_address import GERMAN, informal_plural, third_person_sie
from nextbest.tools.compliance.individual_names import named_individual
from nextbest.tools.compliance.kinds.base import CheckContext, violation
from nextbest.tools.compliance.name_cases import copy_language, inflected_forms
from nextbest.tools.compliance.turkic_name_suffixes import TURKIC
from nextbest.tools.compliance.turkic_name_suffixes import case_suffixed as turkic_suffixed
from nextbest.tools.compliance.unspaced_scripts import SPACED_AFTER, SPACED_BEFORE
from nextbest.tools.compliance.verdict import Violation

_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(]\s*)$")
_OBJECT_WORDS = re.compile(
    r"\s+(?:the|a|an|your|our|their|this|that|these|those|every|each|it|them|yourself|"
    r"yourselves|us|me)\b"
)


def imperative_at_sentence_start(text: str, start: int, end: int) -> bool:
    """Whether a one-word term opens a sentence as a verb ("Cherish the moment").

    At the start of a sentence a capital letter says nothing: a term that is also an
    everyday verb, followed by an article, a possessive or a pronoun, is the verb in the
    imperative, not the name ("Cherish Pet Insurance" stays the name).

    Args:
        text: The field's text.
        start: Start of the term.
        end: End of the term.

    Returns:
        True when the match is a sentence-opening verb.
    """
    if " " in text[start:end]:
        return False
    return bool(_SENTENCE_START.search(text, 0, start)) and bool(_OBJECT_WORDS.match(text, end))


_COMPOUND_TAIL = re.compile(r"-[a-z]")


def compound_at_sentence_start(text: str, start: int, end: int) -> bool:
    """Whether a one-word term opens a sentence as the first half of a compound ("Peak-season").

    Args:
        text: The field's text.
        start: Start of the term.
        end: End of the term.

    Returns:
        True for "Peak" in "Peak-season prices?"; False for "Peak-season" mid-sentence written with
        the capital ("as Peak-branded as ever") or "Peak Broadband".
    """
    if " " in text[start:end]:
        return False
    return bool(_COMPOUND_TAIL.match(text, end)) and bool(_SENTENCE_START.search(text, 0, start))


class CaseSensitiveTermCheck:
    """Finds the rule's terms with their exact casing."""

    def __init__(self, rule: CaseSensitiveTermRule, pack: BrandPack | None = None) -> None:
        """Compile one case-sensitive pattern for all the terms.

        Args:
            rule: The rule.
            pack: The brand pack, whose locales give the copy's language when a message has
                none (None: only the message's locale).
        """
        self.rule = rule
        self.rule_id = rule.id
        self.brand_locales = list(pack.brand.locales) if pack is not None else []
        self.pattern = self._compile(rule.params.terms)
        self.inflected: dict[str, re.Pattern[str] | None] = {}  # by language, built on first use
        exceptions = [
            r"\s+".join(re.escape(w) for w in phrase.split())
            for phrase in sorted(rule.params.exceptions, key=len, reverse=True)
            if phrase.split()
        ]
        self.exceptions = (
            re.compile(f"{SPACED_BEFORE}(?:{'|'.join(exceptions)}){SPACED_AFTER}")
            if exceptions
            else None
        )

    @staticmethod
    def _compile(terms: list[str]) -> re.Pattern[str]:
        bodies = [
            r"\s+".join(re.escape(w) for w in term.split())
            for term in sorted(terms, key=len, reverse=True)
        ]
        pattern = f"{SPACED_BEFORE}(?:{'|'.join(bodies)}){SPACED_AFTER}" + r"(?![’']t\b)"
        return re.compile(pattern)

    def _patterns(self, ctx: CheckContext) -> list[re.Pattern[str]]:
        """The terms' pattern, and that of their inflected forms in the copy's language."""
        language = copy_language(ctx.message.locale, self.brand_locales)
        if language is None:
            return [self.pattern]
        if language not in self.inflected:
            forms = [f for term in self.rule.params.terms for f in inflected_forms(term, language)]
            self.inflected[language] = self._compile(forms) if forms else None
        inflected = self.inflected[language]
        return [self.pattern] if inflected is None else [self.pattern, inflected]

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for each term found in the rule's fields."""
        found: list[Violation] = []
        patterns = self._patterns(ctx)
        language = copy_language(ctx.message.locale, self.brand_locales)
        german = language == GERMAN
        basque = language == BASQUE  # "Kayak-en": the name with a case ending, no compound
        turkic = language in TURKIC  # "Acme-dən": likewise
        originals = [field.original for field in ctx.fields.values()] if german else []
        for name in self.rule.params.fields:
            text = ctx.fields.get(name)
            if text is None:
                continue
            normal = unicodedata.normalize("NFKC", text.original)
            if len(normal) != len(text.original):
                normal = text.original
            excepted = (
                [m.span() for m in self.exceptions.finditer(normal)] if self.exceptions else []
            )
            for match in (m for pattern in patterns for m in pattern.finditer(normal)):
                if excepted and any(s <= match.start() and match.end() <= e for s, e in excepted):
                    continue
                if imperative_at_sentence_start(normal, match.start(), match.end()):
                    continue
                if compound_at_sentence_start(normal, match.start(), match.end()) and not (
                    (basque and case_suffixed(normal, match.end()))
                    or (turkic and turkic_suffixed(normal, match.end()))
                ):
                    continue  # "Peak-season prices?": the compound, not the name
                if named_individual(normal, match[0]):
                    continue  # "Pickle, a 4-year-old spaniel": a dog, not the brand
                if german and (
                    informal_plural(normal, match.start(), match.end())
                    or third_person_sie(normal, match.start(), match.end(), originals)
                ):
                    continue  # "Ihr plant …?", "Sie liegen im Keller": no polite address
                words = text.original[match.start() : match.end()]
                found.append(
                    violation(
                        self.rule,
                        f"The {name} uses {words!r}.",
                        field=name,
                        span=match.span(),
                        evidence=words,
                        fix_hint=f"Remove {words!r}; {self.rule.description}",
                    )
                )
        return found
