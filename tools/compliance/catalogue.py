"""The pack's catalogue found in copy: product names, standing statements, non-claim phrases.

Retired products and statements (kept in the pack for their history) are not in it.

Compiled once per engine. Several rule kinds need the same facts about a message: which
products it names (prices and claims are read against them), where the brand's standing
statements are (always allowed, never an offer or a claim), and which phrases the compliance
team declared are not claims (directions of use, product names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from nextbest.brand_context.models import BrandPack, Product, StandingStatement
from nextbest.tools.compliance.normalise import compile_phrases, phrase_pattern

if TYPE_CHECKING:
    from nextbest.tools.compliance.kinds.base import FieldText


FieldName = TypeVar("FieldName", bound=str)
"""The copy fields' names (any ``str`` type: plain names or the message's field literals)."""


@dataclass(frozen=True)
class ProductHit:
    """A product's name (or alias) found in a field.

    Attributes:
        product: The product.
        field: Field it was found in.
        start: Start in the original field text.
        end: End (exclusive) in the original field text.
    """

    product: Product
    field: str
    start: int
    end: int


class Catalogue:
    """Product names, standing statements and non-claim phrases of a pack, compiled once."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile one pattern per product and statement, one for the non-claim phrases.

        Args:
            pack: The brand pack.
        """
        products = [p for p in pack.products if p.in_force]
        self.products: list[tuple[Product, re.Pattern[str]]] = [
            (product, re.compile("|".join(phrase_pattern(n, obfuscation=False) for n in names)))
            for product in products
            if (names := [n for n in product.names if n.strip()])
        ]
        self.statements: list[tuple[StandingStatement, re.Pattern[str]]] = [
            (statement, re.compile(phrase_pattern(statement.text, obfuscation=False)))
            for statement in pack.standing_statements
            if statement.in_force
        ]
        names = [n for product in products for n in product.names]
        self.non_claims = compile_phrases([*pack.non_claim_phrases, *names], obfuscation=False)

    def product_hits(self, fields: Mapping[FieldName, FieldText]) -> list[ProductHit]:
        """Every product name in the copy, longest first where two overlap.

        Args:
            fields: The message's copy fields.

        Returns:
            One hit per occurrence, in field order then position.
        """
        found: list[ProductHit] = []
        for name, text in fields.items():
            spans: list[ProductHit] = []
            for product, pattern in self.products:
                for match in pattern.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    spans.append(ProductHit(product, name, start, end))
            spans.sort(key=lambda h: (h.start, -(h.end - h.start)))
            kept: list[ProductHit] = []
            for hit in spans:
                if any(k.start <= hit.start and hit.end <= k.end for k in kept):
                    continue
                kept.append(hit)
            found.extend(kept)
        return found

    def statement_spans(
        self, fields: Mapping[FieldName, FieldText], channel: str
    ) -> dict[FieldName, list[tuple[int, int]]]:
        """Original spans of the standing statements allowed on ``channel``, per field.

        Args:
            fields: The message's copy fields.
            channel: The message's channel.

        Returns:
            Field name → spans.
        """
        out: dict[FieldName, list[tuple[int, int]]] = {name: [] for name in fields}
        for statement, pattern in self.statements:
            if channel not in statement.channels:
                continue
            for name, text in fields.items():
                for match in pattern.finditer(text.skel.text):
                    out[name].append(text.skel.original_span(*match.span()))
        return out

    def non_claim_spans(
        self, fields: Mapping[FieldName, FieldText]
    ) -> dict[FieldName, list[tuple[int, int]]]:
        """Original spans of declared non-claim phrases and product names, per field.

        Args:
            fields: The message's copy fields.

        Returns:
            Field name → spans.
        """
        out: dict[FieldName, list[tuple[int, int]]] = {name: [] for name in fields}
        if self.non_claims is None:
            return out
        for name, text in fields.items():
            for match in self.non_claims.finditer(text.skel.text):
                out[name].append(text.skel.original_span(*match.span()))
        return out
