"""Whether an audience can reach an offer at all: conditions compared field by field.

A goal's audience (and a favoured offer's segment) and the offer's own eligibility are lists of
:class:`~nextbest.brand_context.models.EligibilityCondition`. A customer receives the offer only
when both hold, so if, on one field, no value satisfies the audience's conditions and the offer's
together ("age < 18" and "age >= 18"), nobody in the audience may receive it: the goal is
refused before anyone approves it, instead of quietly sending *other* offers to that audience.

Values compare like the contact policy compares them
(:func:`~nextbest.tools.decisioning.contact_policy.evaluate_condition`): numbers as numbers,
everything else as itself; a numeric comparison never holds for a non-number.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict

from nextbest.brand_context.models import EligibilityCondition

_SYMBOLS = {
    "eq": "=",
    "ne": "≠",
    "gt": ">",
    "gte": "≥",
    "lt": "<",
    "lte": "≤",
    "in": "in",
    "not_in": "not in",
}


class Unreachable(BaseModel):
    """An offer the audience cannot receive, and the field that rules it out.

    Attributes:
        field: The customer field on which the two contradict each other.
        audience: The audience's conditions on that field.
        offer: The offer's eligibility conditions on that field.
    """

    model_config = ConfigDict(frozen=True)

    field: str
    audience: list[EligibilityCondition]
    offer: list[EligibilityCondition]

    def reason(self, offer_id: str) -> str:
        """One sentence: what the offer requires and what the audience is."""
        return (
            f"offer {offer_id!r} requires {describe(self.offer)}, but the audience has "
            f"{describe(self.audience)}: no one in it may receive the offer"
        )


def describe(conditions: Iterable[EligibilityCondition]) -> str:
    """Conditions in plain notation, e.g. ``age ≥ 18 and country in [DE, AT]``."""
    parts = []
    for c in conditions:
        if c.op == "is_true":
            parts.append(f"{c.field} true")
        elif c.op == "is_false":
            parts.append(f"{c.field} false")
        else:
            value = c.value
            shown = "[" + ", ".join(map(str, value)) + "]" if isinstance(value, list) else value
            parts.append(f"{c.field} {_SYMBOLS.get(c.op, c.op)} {shown}")
    return " and ".join(parts)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and not math.isnan(value):
        return float(value)
    return None


def _norm(value: Any) -> Any:
    number = _number(value)
    return number if number is not None else value


def satisfiable(conditions: Iterable[EligibilityCondition]) -> bool:
    """Whether some value of one field meets every condition (all on the same field)."""
    low, low_closed, high, high_closed = -math.inf, True, math.inf, True
    numeric_bound = False
    allowed: set[Any] | None = None
    excluded: set[Any] = set()
    truth: set[bool] = set()
    for c in conditions:
        if c.op in ("gt", "gte", "lt", "lte"):
            number = _number(c.value)
            if number is None:
                return False
            numeric_bound = True
            if c.op in ("gt", "gte"):
                closed = c.op == "gte"
                if number > low or (number == low and not closed):
                    low, low_closed = number, closed
            else:
                closed = c.op == "lte"
                if number < high or (number == high and not closed):
                    high, high_closed = number, closed
        elif c.op in ("eq", "in"):
            values = {_norm(v) for v in (c.value if c.op == "in" else [c.value])}
            allowed = values if allowed is None else allowed & values
        elif c.op in ("ne", "not_in"):
            excluded |= {_norm(v) for v in (c.value if c.op == "not_in" else [c.value])}
        elif c.op in ("is_true", "is_false"):
            truth.add(c.op == "is_true")
    if len(truth) > 1:
        return False
    if low > high or (low == high and not (low_closed and high_closed)):
        return False
    if allowed is None:
        return True

    def inside(value: Any) -> bool:
        number = _number(value)
        if number is None:
            return not numeric_bound
        above = number > low or (number == low and low_closed)
        below = number < high or (number == high and high_closed)
        return above and below

    return any(v not in excluded and inside(v) for v in allowed)


def unreachable(
    audience: list[EligibilityCondition], eligibility: list[EligibilityCondition]
) -> Unreachable | None:
    """The first field on which ``audience`` rules out every customer ``eligibility`` admits.

    Args:
        audience: The goal's audience plus the preference's segment.
        eligibility: The offer's eligibility conditions.

    Returns:
        The contradiction, or None when some customer may be in both.
    """
    for field in dict.fromkeys(c.field for c in eligibility):
        mine = [c for c in audience if c.field == field]
        if not mine:
            continue
        theirs = [c for c in eligibility if c.field == field]
        if not satisfiable([*mine, *theirs]):
            return Unreachable(field=field, audience=mine, offer=theirs)
    return None
