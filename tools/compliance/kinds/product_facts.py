"""``product_facts``: figures and features said of a product match its catalogue facts.

A product may carry ``facts`` (a figure in a unit with a limit: a load limit of at most 120 kg,
a hull length of exactly 3.05 m) and ``lacks`` (features it does not have: "rudder"). In each
copy field, every figure written in a fact's unit ("150 kg", "3.5-m", "41,00 €/kg") and every
lacked feature is said of one product: the nearest named before it in its clause, else the
nearest in its sentence, paragraph or message (see
:meth:`~nextbest.tools.compliance.kinds.base.CheckContext.products_near`). A figure that breaks
that product's limit or a lacked feature said of it is a violation; a figure within the limit
("up to 100 kg" when the limit is 120), a feature the copy denies ("no rudder", "without a
rudder", "without paddles or a rudder") and a figure said of a product with no fact in that
unit are fine. A figure the copy excludes ("not suitable for babies under 12 months") states
what no product is for, not a product's own figure; and a figure in a sentence that names no
product is not said of a product named only after it, in a later sentence ("Stage A from 6
months, Stage B from 7 months. Mix and match <product> …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextbest.brand_context.models import BrandPack, ProductFact, ProductFactsRule
from nextbest.tools.compliance.catalogue import ProductHit
from nextbest.tools.compliance.kinds.base import CheckContext, PackRuleKeeper, violation
from nextbest.tools.compliance.offer_paraphrase import read_number
from nextbest.tools.compliance.phrases import compile_phrases
from nextbest.tools.compliance.verdict import Violation

_NUMBER = (
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?)"
)
"""A figure as copy writes it: ``45``, ``1,200``, ``2.5``, and in decimal-comma notation
``41,00`` or ``1.250,50`` (not part of a longer token); read by
:func:`~nextbest.tools.compliance.offer_paraphrase.read_number`."""

_ARTICLE = r"(?:(?:a|an|the|any|need\s+for|need\s+to|use\s+(?:a|the)|have\s+(?:a|the))\s+)?"
_DENIED = re.compile(
    r"(?:\b(?:no|not|without|never|zero|lacks?|instead\s+of)|n[’']t)\s+"
    rf"{_ARTICLE}(?:(?:[\w-]+\s+){{1,2}}(?:or|nor|and)\s+{_ARTICLE})?$",
    re.IGNORECASE,
)
"""Words right before a feature that deny it ("no throttle", "without a throttle"), also as
the second of two things denied together ("sold without box or papers")."""

DENIAL_REACH = 30
"""Characters before a feature searched for a denial."""

_EXCLUDED = re.compile(
    r"(?:\b(?:not|never|unsuitable|no\s+one)\b|n[’']t\b)[^;.!?\n]*?"
    r"\b(?:under|below|younger\s+than|less\s+than|before)\s*$",
    re.IGNORECASE,
)
"""The words of a clause before a figure the copy excludes: "not suitable for babies under
12 months", "never give before 6 months" (no product is said to be for that age)."""


@dataclass(frozen=True)
class _UnitFacts:
    """One unit's figures in copy and the facts of each product stated in that unit."""

    pattern: re.Pattern[str]
    facts: dict[str, ProductFact]


def _breaks(fact: ProductFact, value: float) -> bool:
    """Whether ``value`` stated of the product breaks the fact's limit."""
    if fact.limit == "max":
        return value > fact.value
    if fact.limit == "min":
        return value < fact.value
    return value != fact.value


_CLAUSE_BREAK = re.compile(r"[;.!?\n]")


def _nearest(
    text: str,
    hits: list[ProductHit],
    field: str,
    index: int,
    sentence: tuple[int, int] | None = None,
) -> ProductHit | None:
    """The product a figure or feature at ``index`` is said of.

    The nearest name before it in its clause ("Only the Tandem has a rudder; the Solo …"),
    else the nearest name in the field, else the one product named in the other fields. When
    ``sentence`` (the figure's sentence) names no product and every name comes after it, the
    figure is said of none: a later sentence does not reach back.
    """
    same = [h for h in hits if h.field == field]
    if not same:  # named only in another field: said of it when it is the only product
        return hits[0] if len({h.product.id for h in hits}) == 1 else None
    before = [h for h in same if h.end <= index and not _CLAUSE_BREAK.search(text, h.end, index)]
    if before:
        return max(before, key=lambda h: h.end)
    if sentence is not None and all(h.start >= sentence[1] for h in same):
        return None  # "Stage A from 6 months. … <product> …": no product named yet
    return min(same, key=lambda h: abs(h.start - index))


class ProductFactsCheck(PackRuleKeeper[ProductFactsRule]):
    """Compares figures and features in copy with the facts of the product they are said of."""

    def __init__(self, rule: ProductFactsRule, pack: BrandPack) -> None:
        """Compile one figure pattern per unit and one feature pattern per product.

        Args:
            rule: The rule.
            pack: The brand pack (its catalogue's facts and lacked features).
        """
        super().__init__(rule, pack)
        by_unit: dict[tuple[str, ...], dict[str, ProductFact]] = {}
        for product in pack.products:
            if not product.in_force:
                continue
            for fact in product.facts:
                units = tuple(sorted({u.strip().lower() for u in fact.units if u.strip()}))
                by_unit.setdefault(units, {})[product.id] = fact
        self.units = [
            _UnitFacts(
                re.compile(
                    _NUMBER
                    + r"\s*-?\s*(?:"
                    + "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
                    + r")(?!\w)",
                    re.IGNORECASE,
                ),
                facts,
            )
            for units, facts in by_unit.items()
        ]
        self.lacks = [
            (product.id, pattern)
            for product in pack.products
            if product.in_force
            and (pattern := compile_phrases(product.lacks, obfuscation=False)) is not None
        ]

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for each figure or feature that does not hold of its product."""
        if not (self.units or self.lacks) or not ctx.product_hits:
            return []
        found: list[Violation] = []
        for name in self.rule.params.fields:
            text = ctx.fields.get(name)
            if text is None:
                continue
            for unit in self.units:
                for match in unit.pattern.finditer(text.original):
                    clause = text.original[max(0, match.start() - DENIAL_REACH * 3) : match.start()]
                    if _EXCLUDED.search(clause):
                        continue  # "not suitable for babies under 12 months"
                    hit = _nearest(
                        text.original,
                        ctx.products_near(name, match.start()),
                        name,
                        match.start(),
                        text.sentence_at(match.start()),
                    )
                    fact = unit.facts.get(hit.product.id) if hit is not None else None
                    if hit is None or fact is None:
                        continue
                    value = read_number(match.group(1))
                    if _breaks(fact, value):
                        found.append(self._figure(name, match, hit, fact))
            for product_id, pattern in self.lacks:
                for match in pattern.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    hit = _nearest(text.original, ctx.products_near(name, start), name, start)
                    if hit is None or hit.product.id != product_id:
                        continue
                    if _DENIED.search(text.original, max(0, start - DENIAL_REACH), start):
                        continue
                    words = text.original[start:end]
                    found.append(
                        violation(
                            self.rule,
                            f"The {name} says {words!r} of {hit.product.name}, which does not "
                            "have it.",
                            field=name,
                            span=(start, end),
                            evidence=words,
                            fix_hint=f"Say {words!r} only of a product that has it.",
                        )
                    )
        return found

    def _figure(
        self, name: str, match: re.Match[str], hit: ProductHit, fact: ProductFact
    ) -> Violation:
        """The violation for a figure that breaks a product's fact."""
        words = match.group()
        bound = {"max": "at most", "min": "at least", "exact": "exactly"}[fact.limit]
        return violation(
            self.rule,
            f"The {name} states {words!r} of {hit.product.name}, whose {fact.name} is {bound} "
            f"{fact.value:g} {fact.unit}.",
            field=name,
            span=match.span(),
            evidence=words,
            fix_hint=f"State the {fact.name} of {hit.product.name} as {bound} "
            f"{fact.value:g} {fact.unit}.",
        )
