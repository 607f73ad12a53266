"""Field-level differences between two versions of plain data: one function, one result type.

The brand store's history, a goal's proposal and a brand pack proposal all describe a change
as the fields it touches, each with a dotted path (``params.max_chars``), its value before and
its value after. :func:`field_changes` computes that list and :class:`FieldChange` holds one
entry of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict


class FieldChange(BaseModel):
    """One field whose value differs (``before`` is None for a new field, ``after`` for a gone one).

    Attributes:
        path: Dotted path of the field (``params.max_chars``); empty for the value as a whole.
        before: The old value.
        after: The new value.
    """

    model_config = ConfigDict(frozen=True)

    path: str
    before: Any = None
    after: Any = None

    def __str__(self) -> str:
        return f"{self.path}: {json.dumps(self.before)} → {json.dumps(self.after)}"


def field_changes(before: Any, after: Any, path: str = "") -> list[FieldChange]:
    """Field-level differences between two plain values, with dotted paths.

    Mappings are compared key by key (keys of ``before`` first, then new keys, each in its own
    order); a mapping that appears or disappears (the other side is None) is compared against
    an empty one, so every field it holds is listed. Lists and scalars compare as whole values,
    and so does a mapping replaced by a non-mapping.

    Args:
        before: The old value (None when absent).
        after: The new value (None when absent).
        path: Path prefix of the values.

    Returns:
        One :class:`FieldChange` per changed leaf; empty when the values are equal.

    Example:
        >>> [c.path for c in field_changes({"a": {"b": 1}, "c": 2}, {"a": {"b": 2}, "d": 3})]
        ['a.b', 'c', 'd']
    """
    old_is_map, new_is_map = isinstance(before, Mapping), isinstance(after, Mapping)
    if (
        (old_is_map or new_is_map)
        and (old_is_map or before is None)
        and (new_is_map or after is None)
    ):
        old: Mapping[Any, Any] = before if old_is_map else {}
        new: Mapping[Any, Any] = after if new_is_map else {}
        changes: list[FieldChange] = []
        for key in [*old, *(k for k in new if k not in old)]:
            sub = f"{path}.{key}" if path else str(key)
            changes += field_changes(old.get(key), new.get(key), sub)
        return changes
    return [] if before == after else [FieldChange(path=path, before=before, after=after)]
