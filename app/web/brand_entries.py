"""Reading the brand store for the brand pages and API: kinds, entries, versions, diffs.

Every reader answers 404 (an :class:`~fastapi.HTTPException`) for an empty store, an unknown
kind or a missing version, so the pages and the API refuse the same way.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from fastapi import HTTPException, Request

from nextbest.app.web.api_models import BRAND_KINDS
from nextbest.app.web.auth import Principal
from nextbest.app.web.services import services_of
from nextbest.app.workspace.proposal_entries import validate_entry
from nextbest.app.workspace.proposal_models import SINGLETONS, ProposalInvalid
from nextbest.brand_context.field_diff import field_changes
from nextbest.brand_context.ingest import entry_to_data
from nextbest.brand_context.models import ENTRY_SECTIONS
from nextbest.brand_context.roles import PermissionDenied
from nextbest.brand_context.roles import require_role as require_change_role
from nextbest.brand_context.store import (
    BrandStore,
    EntryNotFound,
    EntryRevision,
    StoreError,
    VersionInfo,
)

LISTED_KINDS = BRAND_KINDS
"""Every kind of brand entry, in the order the pages list them."""
ADDABLE_KINDS = ("claim", "offer", "rule", "product", "statement")
"""Kinds a compliance user proposes to add or retire (voice and brand are only edited)."""
SEARCH_KINDS = ("claim", "offer", "rule", "voice", "brand")
MAX_HITS = 50


def store_of(request: Request) -> BrandStore:
    """The app's brand store."""
    return services_of(request).store


def current_version(store: BrandStore) -> int:
    """The current version number.

    Raises:
        HTTPException: 404 when the store is empty.
    """
    current = store.current_version()
    if current is None:
        raise HTTPException(404, "The brand store is empty: load a pack with `nextbest kb init`.")
    return current


def check_kind(kind: str, allowed: tuple[str, ...] = LISTED_KINDS) -> str:
    """The kind, when it is one of ``allowed``.

    Raises:
        HTTPException: 404 for another kind.
    """
    if kind not in allowed:
        raise HTTPException(404, f"There is no kind {kind!r}; kinds are {', '.join(allowed)}.")
    return kind


def summary(kind: str, data: dict[str, Any]) -> str:
    """One line that says what an entry is."""
    if kind == "claim":
        return str(data.get("text", ""))
    if kind == "offer":
        return f"{data.get('name', '')} — {data.get('terms', '')}"
    if kind == "rule":
        return f"[{data.get('kind', '')}] {data.get('description', '')}"
    if kind == "product":
        price = data.get("list_price")
        shown = f" — {price} {data.get('currency', '')}".rstrip() if price is not None else ""
        return f"{data.get('name', '')}{shown}"
    if kind == "statement":
        return str(data.get("text", ""))
    if kind == "voice":
        return "tone: " + ", ".join(data.get("tone", []))
    return f"{data.get('name', '')} ({data.get('legal_name', '')})"


def shown_status(data: dict[str, Any], today: date) -> str:
    """An entry's status as shown: ``expired`` for an active entry past its last valid day."""
    status = str(data.get("status", "active"))
    until = data.get("valid_until")
    if status == "active" and until and date.fromisoformat(str(until)) < today:
        return "expired"
    return status


def entries_of(store: BrandStore, version: int, kind: str | None) -> list[dict[str, Any]]:
    """Entries of a version as ``{kind, id, status, summary, data}``, by kind then id.

    The status is the entry's own, except that an active entry past its ``valid_until``
    (today, UTC) shows as ``expired``.
    """
    pack = store.pack(version)
    today = datetime.now(UTC).date()
    rows: list[dict[str, Any]] = []
    for each in [kind] if kind else list(LISTED_KINDS):
        if each in SINGLETONS:
            items = [(each, entry_to_data(getattr(pack, each)))]
        else:
            items = [(e.id, entry_to_data(e)) for e in getattr(pack, ENTRY_SECTIONS[each])]
        for entry_id, data in sorted(items):
            rows.append(
                {
                    "kind": each,
                    "id": entry_id,
                    "status": shown_status(data, today),
                    "summary": summary(each, data),
                    "channels": data.get("channels", []),
                    "valid_from": data.get("valid_from"),
                    "valid_until": data.get("valid_until"),
                    "data": data,
                }
            )
    return rows


def entry_at(store: BrandStore, kind: str, entry_id: str, version: int) -> dict[str, Any] | None:
    """An entry's data at a version, its fields in the model's order (None when absent)."""
    try:
        data = store.get(kind, entry_id, version)
    except (EntryNotFound, StoreError):
        return None
    try:
        return validate_entry(kind, data)
    except ProposalInvalid:  # stored under an older schema: show it as stored
        return data


def revisions_of(store: BrandStore, kind: str, entry_id: str) -> list[EntryRevision]:
    """Every revision of an entry of this kind, oldest first (empty when there is none)."""
    try:
        items = store.history(entry_id)
    except EntryNotFound:
        return []
    return [r for r in items if isinstance(r, EntryRevision) and r.kind == kind]


def version_diff(store: BrandStore, v1: int, v2: int) -> list[dict[str, Any]]:
    """Every entry that differs between two versions, with before/after per field."""
    out = []
    for d in store.diff(v1, v2):
        before = entry_at(store, d.kind, d.entry_id, v1)
        after = entry_at(store, d.kind, d.entry_id, v2)
        out.append(
            {
                "kind": d.kind,
                "id": d.entry_id,
                "change": d.change,
                "fields": field_changes(before, after),
            }
        )
    return out


def may_change(principal: Principal, kind: str, action: str) -> str:
    """Why the user may not propose this change ("" when they may)."""
    try:
        require_change_role(principal.role, kind, action)
    except PermissionDenied as exc:
        return f"You cannot propose this: {exc}."
    return ""


def existing_version(store: BrandStore, number: int) -> VersionInfo:
    """A stored version.

    Raises:
        HTTPException: 404 when there is no such version.
    """
    try:
        return store.version(number)
    except StoreError as exc:
        raise HTTPException(404, str(exc)) from None
