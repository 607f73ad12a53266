"""Claim triggers a pack governs with a disclosure rule instead of an approved claim.

A florist whose rulebook says "same-day may only be said with the cut-off line" writes a
``disclosure`` rule triggered by "same-day" that requires that line. The pack has decided how
the statement is made: said with the line, it is allowed; said without it, the disclosure rule
blocks it. The built-in service trigger "same day" of claim grounding would otherwise block
every same-day sentence a second time (or block it outright, the line present), since no
approved claim carries the words.

So a built-in claim trigger that lies inside a match of the ``trigger_phrases`` of a disclosure
rule in force (on the send day and channel, for every recipient and offer: no ``regions``, no
``offers`` scope) is left to that rule. A trigger the claim grounding rule lists itself
(``extra_triggers``) stays a claim trigger: the pack asked for both checks.
"""

from __future__ import annotations

import re
from datetime import date

from nextbest.brand_context.models import BrandPack, ClaimGroundingRule, DisclosureRule
from nextbest.tools.compliance.normalise import NormalisedText
from nextbest.tools.compliance.phrases import compile_phrases, is_literal


class DisclosedTriggers:
    """The disclosure rules' trigger phrases of a pack, compiled once."""

    def __init__(self, pack: BrandPack, rule: ClaimGroundingRule) -> None:
        """Compile the trigger phrases of the pack's unscoped disclosure rules.

        Args:
            pack: The brand pack.
            rule: The claim grounding rule (its own extra triggers are never deferred).
        """
        self.rules: list[tuple[DisclosureRule, re.Pattern[str]]] = []
        for candidate in pack.rules:
            if not isinstance(candidate, DisclosureRule):
                continue
            params = candidate.params
            if params.regions or params.offers or not params.trigger_phrases:
                continue
            pattern = compile_phrases(list(params.trigger_phrases), obfuscation=False)
            if pattern is not None:
                self.rules.append((candidate, pattern))
        own = [t for ts in rule.params.extra_triggers.values() for t in ts if not is_literal(t)]
        self.own = compile_phrases(own, obfuscation=False) if self.rules else None

    def spans(
        self, skel: NormalisedText, day: date, channel: str
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Original spans of disclosure trigger phrases and of the pack's own claim triggers.

        Args:
            skel: The skeleton view of one field.
            day: The send day.
            channel: The message's channel.

        Returns:
            ``(disclosed, own)``: spans a disclosure rule in force governs, and spans of the
            claim rule's own extra triggers.
        """
        disclosed = [
            skel.original_span(*m.span())
            for rule, pattern in self.rules
            if rule.is_valid_on(day) and rule.applies_to(channel)
            for m in pattern.finditer(skel.text)
        ]
        if not disclosed or self.own is None:
            return disclosed, []
        return disclosed, [skel.original_span(*m.span()) for m in self.own.finditer(skel.text)]
