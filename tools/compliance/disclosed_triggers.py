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
(``extra_triggers``) stays a claim trigger: the pack asked for both checks ("next-day
delivery" listed as a service trigger is a service claim, line or not). A price trigger is an
exception where its sentence states no figure and the message carries the wording that
disclosure rule requires: a price claim states an amount or a rate, and the mention only
names the topic whose figures the mandated line states ("Remember the energy rebate", "you pay
the rebate back if you sell within five years" beside the full rebate line).
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import (
    BrandPack,
    ClaimCategory,
    ClaimGroundingRule,
    DisclosureRule,
)
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.phrases import compile_phrases, is_literal

_FIGURE = re.compile(r"\d")
_CARRIED_KEY = "disclosed_triggers.carried"


class DisclosedTriggers:
    """The disclosure rules' trigger phrases of a pack, compiled once."""

    def __init__(self, pack: BrandPack, rule: ClaimGroundingRule) -> None:
        """Compile the trigger phrases of the pack's unscoped disclosure rules.

        Args:
            pack: The brand pack.
            rule: The claim grounding rule (its own extra triggers are never deferred).
        """
        self.rules: list[tuple[DisclosureRule, re.Pattern[str]]] = []
        self.wordings: dict[str, tuple[str, ...]] = {}  # rule id -> its wordings, plain
        for candidate in pack.rules:
            if not isinstance(candidate, DisclosureRule):
                continue
            params = candidate.params
            if params.regions or params.offers or not params.trigger_phrases:
                continue
            pattern = compile_phrases(list(params.trigger_phrases), obfuscation=False)
            if pattern is not None:
                self.rules.append((candidate, pattern))
                self.wordings[candidate.id] = _wordings(candidate)
        own = [t for ts in rule.params.extra_triggers.values() for t in ts if not is_literal(t)]
        self.own = compile_phrases(own, obfuscation=False) if self.rules else None
        priced = [
            t for t in rule.params.extra_triggers.get(ClaimCategory.PRICE, []) if not is_literal(t)
        ]
        self.own_prices = (  # own price triggers: figureless, a carried line's topic
            compile_phrases(priced, obfuscation=False) if self.rules else None
        )

    def spans(
        self, ctx: CheckContext, text: FieldText
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Original spans of disclosure trigger phrases and of the pack's own claim triggers.

        Args:
            ctx: The message being checked (send day, channel, the fields that may carry a
                rule's wording).
            text: One field.

        Returns:
            ``(disclosed, own)``: spans a disclosure rule in force governs, and spans of the
            claim rule's own extra triggers, less its price triggers in a figureless sentence
            whose disclosure rule's wording the message carries.
        """
        skel = text.skel
        day, channel = ctx.day, ctx.message.channel
        found = [
            (rule, skel.original_span(*m.span()))
            for rule, pattern in self.rules
            if rule.is_valid_on(day) and rule.applies_to(channel)
            for m in pattern.finditer(skel.text)
        ]
        disclosed = [span for _, span in found]
        if not disclosed or self.own is None:
            return disclosed, []
        own = [skel.original_span(*m.span()) for m in self.own.finditer(skel.text)]
        if own and self.own_prices is not None:
            priced = {skel.original_span(*m.span()) for m in self.own_prices.finditer(skel.text)}
            own = [
                span
                for span in own
                if span not in priced or not self._carried_topic(ctx, text, found, *span)
            ]
        return disclosed, own

    def _carried_topic(
        self,
        ctx: CheckContext,
        text: FieldText,
        found: list[tuple[DisclosureRule, tuple[int, int]]],
        start: int,
        end: int,
    ) -> bool:
        """Whether an own trigger only names the topic of a disclosure line the message carries.

        Args:
            ctx: The message being checked.
            text: The field.
            found: The disclosure triggers in the field, with their rules.
            start: The own trigger's start (original text).
            end: Its end.

        Returns:
            True when its sentence states no figure and a disclosure rule whose trigger it lies
            in has one of its wordings in the message.
        """
        sentence = text.original[slice(*text.sentence_at(start))]
        if _FIGURE.search(sentence):
            return False
        carried = ctx.cache.get(_CARRIED_KEY)
        if not isinstance(carried, str):
            carried = ctx.cache[_CARRIED_KEY] = " ".join(
                plain(field.original) for field in ctx.fields.values()
            )
        return any(
            s <= start
            and end <= e
            and any(wording in carried for wording in self.wordings.get(rule.id, ()))
            for rule, (s, e) in found
        )


def _wordings(rule: DisclosureRule) -> tuple[str, ...]:
    """A disclosure rule's wordings (any channel's) in plain form."""
    params = rule.params
    texts = [*params.required_any, *(w for ws in params.required_by_channel.values() for w in ws)]
    return tuple(w for w in (plain(t) for t in texts) if w)
