"""What the brand store hands out: its errors, versions, revisions, diffs and search hits.

Plain frozen records (each with a JSON-safe ``to_dict``) shared by the SQL history
(:mod:`~nextbest.brand_context.pack_tables`), the Chroma index
(:mod:`~nextbest.brand_context.entry_index`) and :class:`~nextbest.brand_context.store.BrandStore`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nextbest.brand_context.field_diff import FieldChange


class StoreError(Exception):
    """A brand store operation could not be carried out (the store is unchanged)."""


class NoVersionError(StoreError):
    """No pack version exists at the requested time or number."""


class EntryNotFound(StoreError):
    """No entry with the given kind and id."""


@dataclass(frozen=True)
class VersionInfo:
    """One immutable pack version."""

    version: int
    created_at: datetime
    author: str
    role: str
    action: str
    reason: str
    content_hash: str

    @classmethod
    def from_row(cls, row: Any) -> VersionInfo:
        """The version a ``pack_versions`` row records."""
        return cls(
            version=row["version"],
            created_at=datetime.fromisoformat(row["created_at"]),
            author=row["author"],
            role=row["role"],
            action=row["action"],
            reason=row["reason"],
            content_hash=row["content_hash"],
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {**self.__dict__, "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class EntryRevision:
    """One stored revision of an entry, with the version range it was in force."""

    kind: str
    entry_id: str
    version_from: int
    version_to: int | None
    data: dict[str, Any]
    change: VersionInfo

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "kind": self.kind,
            "id": self.entry_id,
            "version_from": self.version_from,
            "version_to": self.version_to,
            "data": self.data,
            "change": self.change.to_dict(),
        }


@dataclass(frozen=True)
class EntryDiff:
    """How one entry differs between two versions."""

    kind: str
    entry_id: str
    change: str  # added | removed | changed
    fields: list[FieldChange] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "kind": self.kind,
            "id": self.entry_id,
            "change": self.change,
            "fields": [f.model_dump() for f in self.fields],
        }


@dataclass(frozen=True)
class SearchHit:
    """One semantic search result."""

    kind: str
    entry_id: str
    text: str
    score: float
    version_from: int
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe representation."""
        return {
            "kind": self.kind,
            "id": self.entry_id,
            "score": round(self.score, 4),
            "text": self.text,
            "version_from": self.version_from,
            "data": self.data,
        }
