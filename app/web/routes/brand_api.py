"""The brand store's JSON API under ``/api/brand``: search, versions, entries, diffs.

Open to every signed-in role (read only); changes go through ``/api/proposals``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from nextbest.app.web.api_models import (
    KIND_ENUM,
    BrandDiffOut,
    BrandEntriesOut,
    BrandEntryHistoryOut,
    ErrorOut,
    SearchOut,
    VersionOut,
)
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.brand_entries import (
    MAX_HITS,
    check_kind,
    current_version,
    entries_of,
    entry_at,
    existing_version,
    revisions_of,
    store_of,
    version_diff,
)
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import StoreError

router = APIRouter()

EXAMPLES = {
    "/api/brand/search": {"q": "get my money back"},
    "/api/brand/entries/{kind}/{entry_id}": {"kind": "claim", "entry_id": "clm-refund-60"},
    "/api/brand/diff": {"v1": "1", "v2": "1"},
}


@router.get(
    "/api/brand/search",
    tags=["brand"],
    response_model=SearchOut,
    responses={422: {"model": ErrorOut}},
)
def api_search(
    request: Request,
    q: str = Query(..., min_length=1, description="What to look for, in plain words."),
    kind: str | None = Query(
        None, description="claim, offer, rule, voice or brand.", json_schema_extra=KIND_ENUM
    ),
    k: int = Query(5, ge=1, le=MAX_HITS),
    channel: str | None = Query(None, description="Only entries allowed on this channel."),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """Semantic search over the pack in force now, best hit first."""
    try:
        hits = store_of(request).search(q, kinds=[kind] if kind else None, channel=channel, k=k)
    except StoreError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=422)
    return JSONResponse({"query": q, "hits": [h.to_dict() for h in hits]})


@router.get("/api/brand/versions", tags=["brand"], response_model=list[VersionOut])
def api_versions(
    request: Request, _: Principal = Depends(require_role(Role.VIEWER))
) -> list[dict[str, Any]]:
    """Every pack version, oldest first (author, role, action, reason, content hash)."""
    return [v.to_dict() for v in store_of(request).versions()]


@router.get(
    "/api/brand/entries",
    tags=["brand"],
    response_model=BrandEntriesOut,
    responses={404: {"model": ErrorOut}},
)
def api_entries(
    request: Request,
    kind: str | None = Query(
        None, description="Only entries of this kind.", json_schema_extra=KIND_ENUM
    ),
    version: int | None = Query(None, ge=1),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> dict[str, Any]:
    """The entries of a version (current by default), optionally of one kind."""
    store = store_of(request)
    number = version or current_version(store)
    existing_version(store, number)
    rows = entries_of(store, number, check_kind(kind) if kind else None)
    return {
        "version": number,
        "entries": [{"kind": r["kind"], "id": r["id"], "data": r["data"]} for r in rows],
    }


@router.get(
    "/api/brand/entries/{kind}/{entry_id}",
    tags=["brand"],
    response_model=BrandEntryHistoryOut,
    responses={404: {"model": ErrorOut}},
)
def api_entry(
    request: Request,
    entry_id: str,
    kind: str = Path(
        ..., description="The entry's kind (404 for another).", json_schema_extra=KIND_ENUM
    ),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> dict[str, Any]:
    """One entry's current data and every revision, oldest first."""
    check_kind(kind)
    store = store_of(request)
    revisions = revisions_of(store, kind, entry_id)
    if not revisions:
        raise HTTPException(404, f"There is no {kind} {entry_id!r}.")
    return {
        "kind": kind,
        "id": entry_id,
        "data": entry_at(store, kind, entry_id, current_version(store)),
        "revisions": [r.to_dict() for r in revisions],
    }


@router.get(
    "/api/brand/diff",
    tags=["brand"],
    response_model=BrandDiffOut,
    responses={404: {"model": ErrorOut}},
)
def api_diff(
    request: Request,
    v1: int = Query(..., ge=1),
    v2: int = Query(..., ge=1),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """What changed from ``v1`` to ``v2``, entry by entry and field by field."""
    store = store_of(request)
    try:
        changes = version_diff(store, v1, v2)
    except StoreError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=404)
    return JSONResponse(
        {
            "v1": v1,
            "v2": v2,
            "changes": [
                {**c, "fields": [f.model_dump(mode="json") for f in c["fields"]]} for c in changes
            ],
        }
    )
