"""What importing a whole brand pack would change, entry by entry (one proposal each).

In a workspace with users an import is not applied at once: every entry that would be added,
edited or retired becomes its own maker–checker proposal, so a checker approves each change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nextbest.brand_context.models import ENTRY_SECTIONS

IDENTITY_KINDS = ("brand", "voice")
"""Kinds held once per pack (no id): an import can only edit them."""


@dataclass(frozen=True)
class EntryChange:
    """One proposal an import makes.

    Attributes:
        kind: The entry kind (``brand``, ``voice``, ``claim``, …).
        action: ``add``, ``edit`` or ``retire``.
        target: The entry id for an edit or retire of an entry with an id, else None.
        payload: The entry's fields for an add or edit, else None.
    """

    kind: str
    action: str
    target: str | None = None
    payload: dict[str, Any] | None = None


def import_changes(
    existing: dict[str, Any], proposed: dict[str, Any], *, merge: bool
) -> list[EntryChange]:
    """The entry changes that turn one pack into another, in pack order.

    Args:
        existing: The current pack as data (``pack_to_data``).
        proposed: The imported pack as data.
        merge: Keep entries the import does not mention (else they are retired).

    Returns:
        One change per identity section that differs and per entry added, changed or (without
        ``merge``) missing from the import.
    """
    changes: list[EntryChange] = []
    for kind in IDENTITY_KINDS:
        if proposed.get(kind) and proposed[kind] != existing.get(kind):
            changes.append(EntryChange(kind, "edit", payload=proposed[kind]))
    for kind, section in ENTRY_SECTIONS.items():
        before = {e["id"]: e for e in existing.get(section, [])}
        for entry in proposed.get(section, []):
            if entry["id"] not in before:
                changes.append(EntryChange(kind, "add", payload=entry))
            elif before[entry["id"]] != entry:
                changes.append(EntryChange(kind, "edit", target=entry["id"], payload=entry))
        if not merge:
            kept = {e["id"] for e in proposed.get(section, [])}
            for entry_id in sorted(set(before) - kept):
                changes.append(EntryChange(kind, "retire", target=entry_id))
    return changes
