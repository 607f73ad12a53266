"""Customer segments a marketer can name in a plain sentence (issue 20).

The interpreter (:mod:`nextbest.agents.goal_phrases`) never knows a brand's segments: it gets
them from the workspace's customer schema at run time, as :class:`SegmentName` values:

- the schema's **named segments** (``segments:`` in ``customers.yaml``: a name, the words that
  mean it in any language, and its conditions), written by the people who own the table;
- its **boolean features** ("loyalty_member" → "loyalty members", is true);
- the **categories** of its categorical features, when a customer noun follows or the feature's
  name precedes them ("lapsed customers" → ``segment = lapsed``);
- whether the table has an **age** (then "customers under 25" or "über 65" become age
  conditions; see ``age_*`` in ``goal_phrases.yaml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from nextbest.tools.customer_schema import CustomerSchema


class SegmentName(BaseModel):
    """A segment the interpreter matches in a sentence.

    Attributes:
        name: How the segment is named back to the marketer (in assumptions).
        phrases: Lower-case phrases that name it on their own ("loyalty members").
        qualifiers: Lower-case words that name it only before a customer noun or after the
            feature's name ("lapsed" in "lapsed customers" or "segment lapsed").
        feature: The feature a qualifier belongs to (categories of one feature combine with
            "or": "lapsed or vip customers").
        conditions: Its conditions as data (``{"field", "op", "value"}``).
        negated: The conditions of "not this segment", when there is one (boolean features).
    """

    name: str = Field(min_length=1)
    phrases: list[str] = Field(default_factory=list)
    qualifiers: list[str] = Field(default_factory=list)
    feature: str = ""
    conditions: list[dict[str, Any]] = Field(min_length=1)
    negated: list[dict[str, Any]] | None = None


class SegmentCatalog(BaseModel):
    """Everything the interpreter may read as an audience or a favoured offer's segment.

    Attributes:
        segments: Named and derived segments.
        age_field: The canonical field holding a customer's age, or None when the table has
            no age (then age phrases are asked about, not guessed).
    """

    segments: list[SegmentName] = Field(default_factory=list)
    age_field: str | None = None

    def words(self) -> set[str]:
        """Every word the segments use (so typo correction leaves them alone)."""
        out: set[str] = set()
        for segment in self.segments:
            for phrase in [*segment.phrases, *segment.qualifiers]:
                out |= set(phrase.split())
        return out


def _phrase(name: str) -> str:
    return " ".join(name.lower().replace("-", "_").split("_")).strip()


def _plural(phrase: str) -> list[str]:
    if phrase.endswith("s"):
        return [phrase]
    return [phrase, phrase + "s"]


def segments_from_schema(schema: CustomerSchema | None) -> SegmentCatalog:
    """The segments a customer schema makes nameable (see the module docstring).

    Args:
        schema: The workspace's customer schema (None: nothing to name).

    Returns:
        The catalog.
    """
    if schema is None:
        return SegmentCatalog()
    out: list[SegmentName] = []
    for named in schema.segments:
        out.append(
            SegmentName(
                name=named.name,
                phrases=sorted({_phrase(named.name), *(w.lower().strip() for w in named.words)}),
                conditions=[c.model_dump(mode="json", exclude_none=True) for c in named.conditions],
            )
        )
    for feature in schema.features:
        if feature.kind == "boolean":
            out.append(
                SegmentName(
                    name=_phrase(feature.name),
                    phrases=_plural(_phrase(feature.name)),
                    conditions=[{"field": feature.name, "op": "is_true"}],
                    negated=[{"field": feature.name, "op": "is_false"}],
                )
            )
        elif feature.kind == "categorical":
            for category in feature.categories:
                word = _phrase(category)
                if not word or word in ("none", "other", "unknown"):
                    continue
                out.append(
                    SegmentName(
                        name=f"{_phrase(feature.name)} {word}",
                        qualifiers=[word],
                        feature=feature.name,
                        conditions=[{"field": feature.name, "op": "eq", "value": category}],
                    )
                )
    has_age = schema.roles.age is not None or schema.roles.birth_date is not None
    return SegmentCatalog(segments=out, age_field="age" if has_age else None)


def describe(conditions: Sequence[dict[str, Any]]) -> str:
    """Conditions in words, e.g. ``segment = lapsed and age ≥ 18``."""
    symbols = {"eq": "=", "ne": "≠", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤"}
    parts = []
    for c in conditions:
        op = c["op"]
        if op == "is_true":
            parts.append(str(c["field"]))
        elif op == "is_false":
            parts.append(f"not {c['field']}")
        elif op in ("in", "not_in"):
            values = " or ".join(str(v) for v in c["value"])
            parts.append(f"{c['field']} {'is' if op == 'in' else 'is not'} {values}")
        else:
            parts.append(f"{c['field']} {symbols[op]} {c['value']}")
    return " and ".join(parts)
