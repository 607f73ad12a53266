"""Approved claim wordings that the copy says only inside another line the pack mandates.

A claim's short wording can be part of a longer line the rulebook requires for another reason:
a "Certified Organic." claim, and a mandated notice "This blend is not yet Certified Organic."
printed wherever an uncertified product is named. The notice is the brand speaking as the
rulebook told it to, usually to deny the claim: the claim's words inside it are no use of the
claim, so they are not read against the claim's product scope, date or channel, and call for
no disclaimer. The claim said outside the notice is read as ever.

A claim's own disclaimer is no such line: it is printed only to accompany the claim, so the
claim's words inside it still use the claim.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.kinds.banned_phrase import required_wordings
from nextbest.tools.compliance.kinds.base import ClaimHit, FieldText
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.phrases import compile_phrases


class MandatedClaimWords:
    """Per claim, the pack's mandated lines that hold one of its wordings within longer text."""

    def __init__(self, pack: BrandPack) -> None:
        """Find, once per pack, the mandated lines longer than a claim wording they contain.

        Args:
            pack: The brand pack.
        """
        lines = [(line, f" {plain(line)} ") for line in required_wordings(pack) if plain(line)]
        self.lines: dict[str, re.Pattern[str]] = {}
        for claim in pack.claims:
            own = {plain(d) for d in (claim.disclaimer, *claim.disclaimer_by_channel.values()) if d}
            wordings = {f" {plain(w)} " for w in (claim.text, *claim.variants) if plain(w)}
            holding = [
                line
                for line, said in lines
                if plain(line) not in own and any(w in said and w != said for w in wordings)
            ]
            pattern = compile_phrases(holding, obfuscation=False) if holding else None
            if pattern is not None:
                self.lines[claim.id] = pattern

    def inside(self, fields: dict[TextField, FieldText], hit: ClaimHit) -> bool:
        """Whether ``hit`` lies inside a longer mandated line that holds the claim's words.

        Args:
            fields: The message's copy fields.
            hit: An approved claim's wording found in the copy.

        Returns:
            True for the claim's words inside such a line ("not yet Certified Organic."),
            False elsewhere and for every claim no mandated line holds (no scan then).
        """
        pattern = self.lines.get(hit.claim.id)
        if pattern is None:
            return False
        text = fields[hit.field]
        for match in pattern.finditer(text.skel.text):
            start, end = text.skel.original_span(*match.span())
            if start <= hit.start and hit.end <= end and (start, end) != (hit.start, hit.end):
                return True
        return False
