"""``disclosure``: when a trigger appears, one of the required disclosures appears too.

A trigger inside the path of a link to one of the brand's own domains (``/blog/unlimited-…``)
is not a trigger: the words are an address, not a statement.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import DisclosureRule
from nextbest.tools.compliance.kinds.base import (
    CheckContext,
    find_plain,
    gap,
    overlaps,
    violation,
)
from nextbest.tools.compliance.kinds.link_policy import extract_links, own_domain_links
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import compile_phrases
from nextbest.tools.compliance.verdict import Violation


class DisclosureCheck:
    """Finds trigger patterns and requires a disclosure (near them when ``within_chars``)."""

    def __init__(self, rule: DisclosureRule) -> None:
        """Compile the triggers and the acceptable disclosure wordings once.

        Args:
            rule: The rule.
        """
        self.rule = rule
        self.rule_id = rule.id
        self.triggers = [re.compile(p, re.IGNORECASE) for p in rule.params.triggers]
        self.required = compile_phrases(rule.params.required_any, obfuscation=False)

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for the first trigger without a (close enough) disclosure."""
        params = self.rule.params
        triggers: list[tuple[TextField, int, int]] = []
        links = own_domain_links(extract_links(ctx), ctx.pack)
        for name, text in ctx.fields.items():
            addresses = [link.span for link in links if link.field == name and link.span]
            for pattern in self.triggers:
                for match in pattern.finditer(text.folded.text):
                    if match.end() > match.start():
                        start, end = text.folded.original_span(*match.span())
                        if not overlaps(start, end, addresses):
                            triggers.append((name, start, end))
        if not triggers:
            return []
        disclosures = find_plain(self.required, ctx) if self.required is not None else []
        wordings = " / ".join(repr(w) for w in params.required_any)
        for name, start, end in sorted(triggers, key=lambda t: ctx.combined(t[0], t[1])):
            words = ctx.fields[name].original[start:end]
            if not disclosures:
                return [
                    violation(
                        self.rule,
                        f"{words!r} needs a disclosure ({wordings}), and none is present.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Add {params.required_any[0]!r}"
                        + (
                            f" within {params.within_chars} characters."
                            if params.within_chars
                            else "."
                        ),
                    )
                ]
            if params.within_chars is None:
                continue
            lo, hi = ctx.combined(name, start), ctx.combined(name, end)
            near = any(
                gap(lo, hi, ctx.combined(f, s), ctx.combined(f, e)) <= params.within_chars
                for f, s, e in disclosures
            )
            if not near:
                return [
                    violation(
                        self.rule,
                        f"The disclosure is more than {params.within_chars} characters from "
                        f"{words!r}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Move {params.required_any[0]!r} next to {words!r}.",
                    )
                ]
        return []
