"""The brand store in the browser: browse, search, history, side-by-side diffs, propose changes.

Reading (browse, search, versions, diffs, an entry's history) is open to every signed-in role.
Changes are never made here directly: the forms create maker–checker proposals through
:class:`nextbest.app.workspace.proposals.Proposals` (the same validation as the store, errors shown
beside the
field path that failed), and a different user approves them on the proposal page. The least
role of the propose forms is marketer (marketers may propose voice changes); the role each kind
of change needs is checked by :func:`nextbest.brand_context.roles.require_role` on the server.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.brand_entries import (
    ADDABLE_KINDS,
    LISTED_KINDS,
    MAX_HITS,
    SEARCH_KINDS,
    check_kind,
    current_version,
    entries_of,
    entry_at,
    existing_version,
    may_change,
    revisions_of,
    store_of,
    summary,
    version_diff,
)
from nextbest.app.web.pages import render
from nextbest.app.web.proposal_desk import open_desk
from nextbest.app.workspace.proposal_entries import entry_yaml
from nextbest.app.workspace.proposal_models import SINGLETONS, Proposal, ProposalStatus
from nextbest.brand_context.field_diff import field_changes
from nextbest.brand_context.roles import Role

router = APIRouter()

EXAMPLES = {
    "/brand/entries/{kind}/{entry_id}": {"kind": "claim", "entry_id": "clm-refund-60"},
}


def _pending_for(request: Request, kind: str, entry_id: str) -> list[Proposal]:
    """The pending proposals that change this entry."""
    with open_desk(request) as desk:
        return [
            p
            for p in desk.list(status=ProposalStatus.PENDING.value, target=entry_id)
            if p.kind == kind
        ]


# -- pages -----------------------------------------------------------------------------------


@router.get("/brand", response_class=HTMLResponse)
def brand_page(
    request: Request,
    kind: str = "",
    version: str = "",
    status: str = "",
    principal: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """The brand pack of a version (current by default): claims, offers, rules, voice, brand.

    The filter form sends an empty ``version`` when none is chosen: that means the current one.
    """
    store = store_of(request)
    current = current_version(store)
    if version.strip() and not (version.strip().isdigit() and int(version) >= 1):
        raise HTTPException(400, f"version {version!r} is not a version number")
    number = int(version) if version.strip() else current
    info = existing_version(store, number)
    chosen = check_kind(kind) if kind else None
    rows = entries_of(store, number, chosen)
    if status:
        rows = [r for r in rows if r["status"] == status]
    with open_desk(request) as desk:
        pending = desk.pending_count()
    return render(
        request,
        "brand_store.j2",
        {
            "title": "Brand store",
            "info": info,
            "current": current,
            "entries": rows,
            "kinds": LISTED_KINDS,
            "filters": {"kind": kind, "status": status, "version": version.strip()},
            "pending": pending,
            "may_propose": {k: not may_change(principal, k, "add") for k in ADDABLE_KINDS},
            "may_voice": not may_change(principal, "voice", "edit"),
            "may_rollback": not may_change(principal, "pack", "roll back"),
        },
    )


@router.get("/brand/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    kind: str = "",
    k: int = Query(10, ge=1, le=MAX_HITS),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """Semantic search over the pack in force now."""
    hits = []
    if q.strip():
        kinds = [check_kind(kind, SEARCH_KINDS)] if kind else None
        hits = store_of(request).search(q, kinds=kinds, k=k)
    return render(
        request,
        "brand_search.j2",
        {
            "title": "Search the brand store",
            "q": q,
            "kind": kind,
            "k": k,
            "kinds": SEARCH_KINDS,
            "hits": [{**h.to_dict(), "summary": summary(h.kind, h.data)} for h in hits],
        },
    )


@router.get("/brand/versions", response_class=HTMLResponse)
def versions_page(
    request: Request, principal: Principal = Depends(require_role(Role.VIEWER))
) -> Response:
    """Every pack version, newest first, with a form to compare any two."""
    store = store_of(request)
    current_version(store)
    versions = list(reversed(store.versions()))
    return render(
        request,
        "brand_versions.j2",
        {
            "title": "Brand pack versions",
            "versions": versions,
            "may_rollback": not may_change(principal, "pack", "roll back"),
        },
    )


@router.get("/brand/diff", response_class=HTMLResponse)
def diff_page(
    request: Request,
    v1: int | None = Query(None, ge=1),
    v2: int | None = Query(None, ge=1),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """Side by side: what differs between two versions (default: the last change)."""
    store = store_of(request)
    current = current_version(store)
    right = v2 or current
    left = v1 or max(1, right - 1)
    left_info, right_info = existing_version(store, left), existing_version(store, right)
    return render(
        request,
        "brand_diff.j2",
        {
            "title": f"v{left} ↔ v{right}",
            "left": left_info,
            "right": right_info,
            "current": current,
            "changes": version_diff(store, left, right),
        },
    )


@router.get("/brand/entries/{kind}/{entry_id}", response_class=HTMLResponse)
def entry_page(
    request: Request,
    kind: str,
    entry_id: str,
    a: int | None = Query(None, ge=1),
    b: int | None = Query(None, ge=1),
    principal: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """One entry: its current data, every revision with who changed it, any two compared."""
    check_kind(kind)
    store = store_of(request)
    current = current_version(store)
    revisions = revisions_of(store, kind, entry_id)
    if not revisions:
        raise HTTPException(404, f"There is no {kind} {entry_id!r}.")
    data = entry_at(store, kind, entry_id, current)
    compared = None
    if a is not None and b is not None:
        existing_version(store, a), existing_version(store, b)
        compared = {
            "a": a,
            "b": b,
            "fields": field_changes(
                entry_at(store, kind, entry_id, a), entry_at(store, kind, entry_id, b)
            ),
        }
    return render(
        request,
        "brand_entry.j2",
        {
            "title": f"{kind} {entry_id}",
            "kind": kind,
            "entry_id": entry_id,
            "data": data,
            "yaml": entry_yaml(data) if data else "",
            "revisions": list(reversed(revisions)),
            "current": current,
            "compared": compared,
            "pending": _pending_for(request, kind, entry_id),
            "may_edit": data is not None and not may_change(principal, kind, "edit"),
            "may_retire": data is not None
            and kind not in SINGLETONS
            and data.get("status") != "retired"
            and not may_change(principal, kind, "retire"),
        },
    )
