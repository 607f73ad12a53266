"""The pack's catalogue found in copy: product names, standing statements, non-claim phrases.

Retired products and statements (kept in the pack for their history) are not in it.

Compiled once per engine. Several rule kinds need the same facts about a message: which
products it names (prices and claims are read against them), where the brand's standing
statements are (always allowed, never an offer or a claim), and which phrases the compliance
team declared are not claims (directions of use, product names). A statement's span takes in
the signs and brackets of its own edges (:mod:`~nextbest.tools.compliance.wording_edges`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from nextbest.brand_context.models import BrandPack, Product, StandingStatement
from nextbest.tools.compliance.normalise import WORD_CHARS
from nextbest.tools.compliance.phrases import compile_phrases, phrase_body, phrase_pattern
from nextbest.tools.compliance.prefilter import Prefiltered
from nextbest.tools.compliance.priced_rates import PricedRates
from nextbest.tools.compliance.wording_edges import whole_wording_span

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


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def short_name(product: Product, products: list[Product]) -> str | None:
    """The distinctive part of a product's name as written, or None.

    ``Pipe Welding`` for ``Pipe Welding Certificate`` of category ``certificate``: a name whose
    last word is its category is often written without it. The short name is matched as
    written (case-sensitive), so "pipe welding basics" in a sentence is not the product; it
    must be part of no other product's name and have a word of at least four letters.
    """
    words = product.name.split()
    if len(words) < 2:
        return None
    head = _singular(words[-1].lower())
    category = {_singular(w) for w in (product.category or "").lower().split()}
    if head not in category:
        return None
    short = " ".join(words[:-1])
    if not any(len(w.strip("-")) >= 4 for w in words[:-1]):
        return None
    if not short[:1].isupper():
        return None
    others = [p for p in products if p.id != product.id]
    if any(short.lower() in n.lower() for p in others for n in p.names):
        return None
    return short


def _name_pattern(name: str) -> str:
    """A product name as whole words, its last word also in the plural.

    "Outdoor Cameras are also sold individually at $249" names the product "Outdoor Camera".
    """
    if not name.strip()[-1:].isalpha():
        return phrase_pattern(name, obfuscation=False)
    return f"(?<![{WORD_CHARS}]){phrase_body(name, obfuscation=False)}(?:e?s)?(?![{WORD_CHARS}])"


class Catalogue:
    """Product names, standing statements and non-claim phrases of a pack, compiled once."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile one pattern per product and statement, one for the non-claim phrases.

        Args:
            pack: The brand pack.
        """
        products = [p for p in pack.products if p.in_force]
        # each pattern skips a field without the words it needs (most copy names few products)
        self.products: list[tuple[Product, Prefiltered]] = [
            (product, Prefiltered(re.compile("|".join(_name_pattern(n) for n in names))))
            for product in products
            if (names := [n for n in product.names if n.strip()])
        ]
        self.short_names: list[tuple[Product, Prefiltered]] = [
            (product, Prefiltered(re.compile(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])")))
            for product in products
            if (short := short_name(product, pack.products))
        ]
        self.rates = PricedRates(products)
        self.statements: list[tuple[StandingStatement, Prefiltered]] = [
            (statement, Prefiltered(re.compile(phrase_pattern(statement.text, obfuscation=False))))
            for statement in pack.standing_statements
            if statement.in_force
        ]
        self.scoped_by_product = any(s.products for s, _ in self.statements)
        self.offer_products: dict[str, frozenset[str]] = {
            offer.id: frozenset(offer.products) for offer in pack.offers
        }
        self.claim_wordings: list[tuple[frozenset[str], Prefiltered]] = [
            (
                frozenset(claim.products),
                Prefiltered(re.compile(phrase_pattern(wording, obfuscation=False))),
            )
            for claim in pack.claims
            if claim.products
            for wording in (claim.text, *claim.variants)
            if wording.strip()
        ]
        names = [n for product in products for n in product.names]
        self.non_claims = compile_phrases([*pack.non_claim_phrases, *names], obfuscation=False)

    def product_hits(self, fields: Mapping[FieldName, FieldText]) -> list[ProductHit]:
        """Every product name in the copy, longest first where two overlap.

        A rate the catalogue lists by its unit ("$0.24/min" for a "per-minute rate" at 0.24)
        names its product too (:mod:`~nextbest.tools.compliance.priced_rates`).

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
            for product, pattern in self.short_names:
                for match in pattern.finditer(text.original):
                    spans.append(ProductHit(product, name, *match.span()))
            spans.sort(key=lambda h: (h.start, -(h.end - h.start)))
            wordings = self._claim_wording_spans(text) if spans else []
            kept: list[ProductHit] = []
            for hit in spans:
                if any(k.start <= hit.start and hit.end <= k.end for k in kept):
                    continue
                if any(
                    start <= hit.start and hit.end <= end and hit.product.id not in about
                    for about, start, end in wordings
                ):
                    continue  # another product's approved wording: "… a 2026 Gold Crown Resort"
                kept.append(hit)
            if self.rates:  # "$0.24/min": the catalogue's per-minute rate at that price
                # beside the names inside it ("kWh"), not instead of them
                kept.extend(
                    ProductHit(p, name, s, e) for p, s, e in self.rates.named(text.original)
                )
                kept.sort(key=lambda h: (h.start, -(h.end - h.start)))
            found.extend(kept)
        return found

    def _claim_wording_spans(self, text: FieldText) -> list[tuple[frozenset[str], int, int]]:
        """Original spans of approved claim wordings scoped to products, with their products.

        A product's name or alias inside the approved wording of a claim made for other
        products is part of that wording (an award title, a place), not a mention of it.
        """
        out: list[tuple[frozenset[str], int, int]] = []
        for about, pattern in self.claim_wordings:
            for match in pattern.finditer(text.skel.text):
                out.append((about, *text.skel.original_span(*match.span())))
        return out

    def in_scope(
        self, statement: StandingStatement, products: frozenset[str], offer_id: str | None
    ) -> bool:
        """Whether a standing statement's product and offer scope hold for a message.

        Args:
            statement: The statement.
            products: Ids of the products the message names.
            offer_id: The message's offer id, if any.

        Returns:
            True when the statement has no scope, or the message names (or its offer covers)
            one of its products and carries one of its offers, as far as each is given.
        """
        if statement.offers and offer_id not in statement.offers:
            return False
        if statement.products:
            about = products | self.offer_products.get(offer_id or "", frozenset())
            return not about.isdisjoint(statement.products)
        return True

    def statement_spans(
        self,
        fields: Mapping[FieldName, FieldText],
        channel: str,
        *,
        offer_id: str | None = None,
        product_ids: frozenset[str] | None = None,
    ) -> dict[FieldName, list[tuple[int, int]]]:
        """Original spans of the standing statements allowed in a message, per field.

        A statement is allowed on its channels and inside its scope (products the message
        names or its offer covers, offers it carries); out of scope it is ordinary copy.

        Args:
            fields: The message's copy fields.
            channel: The message's channel.
            offer_id: The message's offer id (an offer-scoped statement needs it).
            product_ids: Ids of the products the copy names; found here when None.

        Returns:
            Field name → spans.
        """
        out: dict[FieldName, list[tuple[int, int]]] = {name: [] for name in fields}
        named: frozenset[str] = frozenset()
        if self.scoped_by_product:
            named = (
                product_ids
                if product_ids is not None
                else frozenset(hit.product.id for hit in self.product_hits(fields))
            )
        for statement, pattern in self.statements:
            if channel not in statement.channels:
                continue
            if not self.in_scope(statement, named, offer_id):
                continue
            for name, text in fields.items():
                for match in pattern.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    out[name].append(  # "… (deposit 90 €).": its sign and brackets too
                        whole_wording_span(text.original, start, end, statement.text)
                    )
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
