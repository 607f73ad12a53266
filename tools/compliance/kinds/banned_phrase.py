"""``banned_phrase``: phrases and patterns that must not appear, found through obfuscation."""

from __future__ import annotations

import re

from nextbest.brand_context.models import BannedPhraseRule
from nextbest.tools.compliance.kinds.base import CheckContext, violation
from nextbest.tools.compliance.normalise import compile_phrases
from nextbest.tools.compliance.verdict import Violation


class BannedPhraseCheck:
    """Finds banned phrases (whole words, after normalisation) and banned patterns.

    Phrases are matched on the skeleton view with leetspeak and letter-splitting allowed, so
    ``CUR3``, ``c.u.r.e`` and ``сure`` are found but ``secure`` is not. Patterns are the
    compliance team's own regular expressions, matched case-insensitively on the folded view.
    """

    def __init__(self, rule: BannedPhraseRule) -> None:
        """Compile the rule's phrases and patterns once.

        Args:
            rule: The rule.
        """
        self.rule = rule
        self.rule_id = rule.id
        self.phrases = compile_phrases(rule.params.phrases)
        self.patterns = [re.compile(p, re.IGNORECASE) for p in rule.params.patterns]

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for every banned phrase or pattern found in the rule's fields."""
        found: list[Violation] = []
        for name in self.rule.params.fields:
            text = ctx.fields.get(name)
            if text is None:
                continue
            hits: list[tuple[int, int]] = []
            if self.phrases is not None:
                for view in text.match_views:
                    for match in self.phrases.finditer(view.text):
                        hits.append(view.original_span(*match.span()))
            for view in text.pattern_views if self.patterns else ():
                for pattern in self.patterns:
                    for match in pattern.finditer(view.text):
                        if match.end() > match.start():
                            hits.append(view.original_span(*match.span()))
            for start, end in sorted(set(hits)):
                words = text.original[start:end]
                found.append(
                    violation(
                        self.rule,
                        f"Banned wording in the {name}: {words!r}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Remove or rephrase {words!r}; {self.rule.description}",
                    )
                )
        return found
