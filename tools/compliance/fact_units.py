"""Catalogue facts in copy: a claim trigger that is part of a product's fact, not a claim.

A pack's catalogue may give a product a figure in a unit of several words ("19 clinical
categories", "12 certified instructors"); its ``product_facts`` rule compares every figure
written in that unit with the product's fact. "Copper Plus covers more than 18 clinical
categories" states that fact: the word "clinical" only tells which categories are counted; it
is no health claim of its own, and the figure is the fact rule's to check.

Only a trigger wholly inside the unit words, and fewer words than the unit, is the unit's:
a unit that is itself a trigger ("minutes" of a service trigger) or a trigger reaching past the
unit ("lose 10 lbs") stays a claim.

A trigger may also be the fact's name (a ``warranty`` of 5 years,
:meth:`CatalogueFigures.names_fact`): "the system carries a 5-year limited warranty" states the
catalogue's warranty, the figure in its unit right before the name ("2-year warranty", at most
two words between) or just after it ("a warranty of 2 years"), in the same clause. It is the
fact's only when a product the passage names has a fact of that name whose limit the figure
keeps: a figure beyond the catalogue's, a name without a figure ("backed by our warranty") or a
product without the fact stays a claim, and so does a name an approved claim words ("tot 80
km actieradius" of a claim with its test conditions: the claim and its disclaimer apply).

A product-list line ("Kettle Zero, $3.29: 160 mg caffeine per 473 mL can",
:meth:`CatalogueFigures.lists`) that shares many words with an approved claim ("Zero sugar and
10 Calories per 473 mL can") does not reword it when every figure it adds to the claim's is
the catalogue's for a product the sentence names: its list price, or a figure in a fact's unit
that the fact allows. A figure of its own ("12 Calories") still makes it the claim reworded.

Packs without a ``product_facts`` rule read no fact (list prices are read all the same).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nextbest.brand_context.models import BrandPack, Product, ProductFact
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.claim_clauses import PRICE
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.offer_paraphrase import read_number

_FIGURE = r"(?<![\w.,])\d[\d,.]*\+?\s*"
"""A figure as copy writes it before its unit ("38 ", "1,200 ", "20+ ")."""


def fact_unit_pattern(pack: BrandPack) -> re.Pattern[str] | None:
    """One pattern of a figure followed by a catalogue fact unit of two words or more.

    Args:
        pack: The brand pack.

    Returns:
        A pattern whose group ``unit`` spans the unit words, or None when the pack has no
        ``product_facts`` rule or no unit of several words.
    """
    if not any(rule.kind == "product_facts" for rule in pack.rules):
        return None
    units = {
        " ".join(unit.split())
        for product in pack.products
        for fact in product.facts
        for unit in fact.units
        if len(plain(unit).split()) >= 2
    }
    if not units:
        return None
    body = "|".join(
        r"\s+".join(re.escape(word) for word in unit.split())
        for unit in sorted(units, key=len, reverse=True)
    )
    return re.compile(f"{_FIGURE}(?P<unit>{body})(?![a-z0-9])", re.IGNORECASE)


def unit_spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """Spans of the unit words of every counted fact unit in ``text``.

    Args:
        pattern: The pack's pattern (see :func:`fact_unit_pattern`).
        text: A field's original text.

    Returns:
        ``(start, end)`` spans of the unit words (the figure excluded).
    """
    if pattern is None:
        return []
    return [m.span("unit") for m in pattern.finditer(text)]


def inside_unit(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """Whether the trigger ``text[start:end]`` is a modifier inside a counted unit.

    The trigger lies wholly inside one unit span and has fewer words than the unit.

    Args:
        spans: The unit spans of the field (see :func:`unit_spans`).
        text: The field's original text.
        start: Start of the trigger.
        end: End of the trigger (exclusive).

    Returns:
        True when the trigger only qualifies what the fact counts.
    """
    trigger = len(plain(text[start:end]).split())
    return any(
        s <= start and end <= e and trigger < len(plain(text[s:e]).split()) for s, e in spans
    )


_NAME_FIGURE = r"(?<![\w.,])(?P<figure>\d+(?:[.,]\d+)?)\s*-?\s*"
"""A figure as copy writes it before a fact's unit ("5-year", "75 ", "2,5 ")."""
NAME_REACH = 40
"""Characters before or after a fact's name searched for its figure."""
_CLAUSE_END = re.compile(r"[;.!?\n]\s")
_AMOUNT = re.compile(r"\d(?:[\d.,]*\d)?")
"""The figure of a price ("3.29" of "$3.29")."""


class CatalogueFigures:
    """The figures the catalogue gives its products, as copy states them (facts, list prices)."""

    def __init__(self, pack: BrandPack) -> None:
        """Compile, per unit, the figure right before or just after a fact's name.

        Args:
            pack: The brand pack (its catalogue's facts).
        """
        self.facts: dict[str, list[tuple[frozenset[str], int, ProductFact]]] = {}
        self.words: frozenset[str] = frozenset()
        self.before: list[re.Pattern[str]] = []
        self.after: list[re.Pattern[str]] = []
        self.figures: list[re.Pattern[str]] = []
        if not any(rule.kind == "product_facts" for rule in pack.rules):
            return
        units: dict[tuple[str, ...], int] = {}
        for product in pack.products:
            if not product.in_force:
                continue
            for fact in product.facts:
                key = tuple(sorted({plain(u) for u in fact.units if plain(u)}, key=len)[::-1])
                if not key:
                    continue
                index = units.setdefault(key, len(units))
                words = frozenset(plain(fact.name).split())
                self.facts.setdefault(product.id, []).append((words, index, fact))
        claimed = {  # a fact an approved claim words is that claim's ("… 80 km range")
            w
            for claim in pack.claims
            for wording in (claim.text, *claim.variants, *claim.keywords)
            for w in plain(wording).split()
        }
        self.words = frozenset(
            w for facts in self.facts.values() for f in facts for w in f[0] if w not in claimed
        )
        for key in units:
            unit = "(?:" + "|".join(r"\s+".join(map(re.escape, u.split())) for u in key) + ")"
            self.before.append(  # "5-year limited warranty"
                re.compile(
                    f"{_NAME_FIGURE}{unit}(?:[\\s-]+[^\\W\\d_]+){{0,2}}[\\s-]+$", re.IGNORECASE
                )
            )
            self.after.append(  # "a warranty of up to 2 years"
                re.compile(
                    f"^[\\s:,(-]*(?:[^\\W\\d_]+\\s+){{0,3}}{_NAME_FIGURE}{unit}(?!\\w)",
                    re.IGNORECASE,
                )
            )
            self.figures.append(re.compile(f"{_NAME_FIGURE}{unit}(?!\\w)", re.IGNORECASE))

    def names_fact(self, products: Iterable[Product], text: str, start: int, end: int) -> bool:
        """Whether the trigger ``text[start:end]`` names a fact of one of ``products``.

        Args:
            products: The products the trigger's passage names.
            text: The field's original text.
            start: Start of the trigger.
            end: End of the trigger (exclusive).

        Returns:
            True when a fact of one of the products is named by the trigger's words and the
            clause states it with a figure in its unit that its limit allows.
        """
        said = frozenset(plain(text[start:end]).split())
        if not said or not said <= self.words:
            return False
        before = text[max(0, start - NAME_REACH) : start]
        breaks = list(_CLAUSE_END.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
        after = text[end : end + NAME_REACH]
        stop = _CLAUSE_END.search(after)
        if stop:
            after = after[: stop.start()]
        for product in products:
            for words, unit, fact in self.facts.get(product.id, []):
                if not said <= words:
                    continue
                for found in (self.before[unit].search(before), self.after[unit].match(after)):
                    if found and fact.allows(read_number(found.group("figure"))):
                        return True
        return False

    def states_fact(self, products: Iterable[Product], text: str, start: int, end: int) -> bool:
        """Whether the trigger ``text[start:end]`` is wholly a figure in a fact's unit.

        A star grade the catalogue gives a product ("4 stars" of an energy rating in stars) is
        that product's fact, stated in its unit; the ``product_facts`` rule checks the figure.
        A figure the fact's limit does not allow ("6 stars" of a 4-star rating), a trigger
        with more words than the figure and unit ("rated 4 stars") or a product without
        the fact stays a claim.

        Args:
            products: The products the trigger's passage names.
            text: The field's original text.
            start: Start of the trigger.
            end: End of the trigger (exclusive).

        Returns:
            True when the trigger is a figure in a unit of a fact of one of the products and
            the fact allows the figure.
        """
        for product in products:
            for _, unit, fact in self.facts.get(product.id, []):
                found = self.figures[unit].fullmatch(text, start, end)
                if found and fact.allows(read_number(found.group("figure"))):
                    return True
        return False

    def lists(
        self,
        hits: list[ProductHit],
        text: str,
        sentence: tuple[int, int],
        tokens: list[tuple[str, int, int]],
    ) -> bool:
        """Whether a sentence's own figures are all the catalogue's for the products it names.

        Args:
            hits: The product names in the sentence.
            text: The field's original text.
            sentence: The sentence's span.
            tokens: ``(token, start, end)`` of the sentence's words not in the claim it is
                compared with.

        Returns:
            True when it has such figures and each lies in a name, a list price of one of the
            products or a figure in a unit of one of their facts that the fact allows.
        """
        figures = [t for t in tokens if any(c.isdigit() for c in t[0])]
        if not figures or not hits:
            return False
        s_start, s_end = sentence
        products = {h.product.id: h.product for h in hits}.values()
        spans: list[tuple[int, int]] = [(h.start, h.end) for h in hits]  # "… 4-pack"
        prices = {round(p.list_price, 2) for p in products if p.list_price is not None}
        for match in PRICE.finditer(text, s_start, s_end):
            amount = _AMOUNT.search(match.group())
            if amount and round(read_number(amount.group()), 2) in prices:
                spans.append(match.span())
        for product in products:
            for _, unit, fact in self.facts.get(product.id, []):
                spans += [
                    m.span()
                    for m in self.figures[unit].finditer(text, s_start, s_end)
                    if fact.allows(read_number(m.group("figure")))
                ]
        return all(any(s < end and start < e for s, e in spans) for _, start, end in figures)
