"""Reserved wording said of its holder: words the pack allows of named products or people.

A ``banned_phrase`` rule with ``said_only_of`` reserves its phrases to some names: "our most
complete dental cover" only in a sentence naming the top-tier cover, "registered dietitian" only of
the licensed dietitian. In a sentence naming one of them the pack itself allows the wording
("<Top cover> is our most complete dental cover"); the claim rule does not ask for an approved
claim for it again. The same phrase in a sentence naming none of them is the banned-phrase
rule's finding, and the claim rule reads it as usual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.brand_context.models import BannedPhraseRule, BrandPack
from nextbest.tools.compliance.kinds.base import FieldText
from nextbest.tools.compliance.phrases import compile_phrases


@dataclass(frozen=True)
class _Reserved:
    """One rule's reserved phrases and the names they may be said of."""

    phrases: re.Pattern[str]
    owners: re.Pattern[str]


class ReservedWording:
    """The pack's reserved phrases, compiled once per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile the phrases and owners of every rule that reserves wording.

        Args:
            pack: The brand pack.
        """
        self.rules: list[_Reserved] = []
        for rule in pack.rules:
            if not isinstance(rule, BannedPhraseRule) or not rule.params.said_only_of:
                continue
            phrases = compile_phrases(rule.params.phrases, obfuscation=False)
            owners = compile_phrases(rule.params.said_only_of, obfuscation=False)
            if phrases is not None and owners is not None:
                self.rules.append(_Reserved(phrases, owners))

    def spans(self, text: FieldText) -> list[tuple[int, int]]:
        """Spans of reserved phrases in sentences that name one they may be said of.

        Args:
            text: A field of the message.

        Returns:
            ``(start, end)`` spans in the field's original text.
        """
        found: list[tuple[int, int]] = []
        skel = text.skel
        for rule in self.rules:
            hits = [skel.original_span(*m.span()) for m in rule.phrases.finditer(skel.text)]
            if not hits:
                continue
            owners = [skel.original_span(*m.span()) for m in rule.owners.finditer(skel.text)]
            for start, end in hits:
                s_start, s_end = text.sentence_at(start)
                if any(o_start < s_end and s_start < o_end for o_start, o_end in owners):
                    found.append((start, end))
        return found
