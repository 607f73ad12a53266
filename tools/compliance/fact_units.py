"""Catalogue fact units: a claim trigger that is a modifier inside a counted fact's unit.

A pack's catalogue may give a product a figure in a unit of several words ("21 clinical
categories", "12 certified instructors"); its ``product_facts`` rule compares every figure
written in that unit with the product's fact. "Bronze Plus covers more than 20 clinical
categories" states that fact: the word "clinical" only tells which categories are counted; it
is no health claim of its own, and the figure is the fact rule's to check.

Only a trigger wholly inside the unit words, and fewer words than the unit, is the unit's:
a unit that is itself a trigger ("minutes" of a service trigger) or a trigger reaching past the
unit ("lose 10 lbs") stays a claim. Packs without a ``product_facts`` rule read no fact, so
their triggers are never excused here.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.normalise import plain

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
