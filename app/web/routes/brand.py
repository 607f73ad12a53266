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

import re
from datetime import UTC, date, datetime
from typing import Any

from fastapi import (
    APIRouter,
    BackgroundTasks,
    Depends,
    Form,
    HTTPException,
    Path,
    Query,
    Request,
)
from fastapi.responses import HTMLResponse, JSONResponse, Response

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
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.proposal_desk import actor_of, error_status, open_desk, schedule_impact
from nextbest.app.web.services import services_of
from nextbest.app.workspace.proposal_entries import entry_yaml, parse_entry_yaml, validate_entry
from nextbest.app.workspace.proposal_models import (
    SINGLETONS,
    Proposal,
    ProposalError,
    ProposalInvalid,
    ProposalStatus,
)
from nextbest.brand_context.field_diff import field_changes
from nextbest.brand_context.ingest import FieldProblem, entry_to_data
from nextbest.brand_context.models import ENTRY_SECTIONS
from nextbest.brand_context.roles import PermissionDenied, Role
from nextbest.brand_context.roles import require_role as require_change_role
from nextbest.brand_context.store import BrandStore, EntryNotFound, EntryRevision, StoreError

router = APIRouter()

EDIT_ROLE = Role.MARKETER
"""Least role of the edit form (marketers may propose voice changes); each kind's own role is
checked on the server."""

CHANGE_ROLE = Role.COMPLIANCE
"""Least role to propose adding or retiring claims, offers and rules, and rollbacks."""

LISTED_KINDS = ("claim", "offer", "rule", "product", "statement", "voice", "brand")
ADDABLE_KINDS = ("claim", "offer", "rule", "product", "statement")
"""Kinds a compliance user proposes to add or retire (voice and brand are only edited)."""
SEARCH_KINDS = ("claim", "offer", "rule", "voice", "brand")
MAX_HITS = 50

EXAMPLES = {
    "/brand/entries/{kind}/{entry_id}": {"kind": "claim", "entry_id": "clm-refund-60"},
    "/brand/entries/{kind}/{entry_id}/edit": {"kind": "voice", "entry_id": "voice"},
    "/brand/entries/{kind}/{entry_id}/retire": {"kind": "claim", "entry_id": "clm-vegan"},
    "/brand/new/{kind}": {"kind": "claim"},
    "/api/brand/search": {"q": "get my money back"},
    "/api/brand/entries/{kind}/{entry_id}": {"kind": "claim", "entry_id": "clm-refund-60"},
    "/api/brand/diff": {"v1": "1", "v2": "1"},
}

NEW_ENTRY_YAML = {
    "claim": (
        "id: clm-new-claim\n"
        "text: The exact approved wording.\n"
        "category: efficacy\n"
        "substantiation: Evidence on file for the claim.\n"
        "channels: [email]\n"
    ),
    "offer": (
        "id: off-new-offer\n"
        "name: New offer\n"
        "terms: Full customer-facing terms and conditions.\n"
        "discount_type: percent\n"
        "discount_amount: 10\n"
        "currency: USD\n"
        "channels: [email]\n"
    ),
    "rule": (
        "id: brand-new-rule\n"
        "kind: banned_phrase\n"
        "channels: [email, sms, push]\n"
        "description: What the rule checks, in plain words.\n"
        "rationale: Why the rule exists.\n"
        "source: Brand policy\n"
        "params:\n"
        "  phrases: [a banned phrase]\n"
    ),
    "product": (
        "id: new-product\n"
        "name: Product name as written in copy\n"
        "aliases: []\n"
        "list_price: 24.0\n"
        "currency: USD\n"
        "category: gift set\n"
    ),
    "statement": (
        "id: new-statement\n"
        "text: The exact wording the brand allows in every message.\n"
        "channels: [email, sms, push]\n"
    ),
}


# -- helpers ---------------------------------------------------------------------------------


def _store(request: Request) -> BrandStore:
    return services_of(request).store


def _current(store: BrandStore) -> int:
    current = store.current_version()
    if current is None:
        raise HTTPException(404, "The brand store is empty: load a pack with `nextbest kb init`.")
    return current


def _check_kind(kind: str, allowed: tuple[str, ...] = LISTED_KINDS) -> str:
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


def _entry_at(store: BrandStore, kind: str, entry_id: str, version: int) -> dict[str, Any] | None:
    """An entry's data at a version, its fields in the model's order (None when absent)."""
    try:
        data = store.get(kind, entry_id, version)
    except (EntryNotFound, StoreError):
        return None
    try:
        return validate_entry(kind, data)
    except ProposalInvalid:  # stored under an older schema: show it as stored
        return data


def _revisions(store: BrandStore, kind: str, entry_id: str) -> list[EntryRevision]:
    try:
        items = store.history(entry_id)
    except EntryNotFound:
        return []
    return [r for r in items if isinstance(r, EntryRevision) and r.kind == kind]


def version_diff(store: BrandStore, v1: int, v2: int) -> list[dict[str, Any]]:
    """Every entry that differs between two versions, with before/after per field."""
    out = []
    for d in store.diff(v1, v2):
        before = _entry_at(store, d.kind, d.entry_id, v1)
        after = _entry_at(store, d.kind, d.entry_id, v2)
        out.append(
            {
                "kind": d.kind,
                "id": d.entry_id,
                "change": d.change,
                "fields": field_changes(before, after),
            }
        )
    return out


def problems_by_field(
    problems: list[FieldProblem], data: dict[str, Any] | None
) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    """Rows of the submitted entry's fields, each with the problems under it.

    Returns:
        ``(rows, general)``: one row per top-level field of the submitted data (and per field
        a problem names that is missing from it), each ``{field, value, problems}``; and the
        problems that concern the entry as a whole.
    """
    rows: dict[str, dict[str, Any]] = {
        key: {"field": key, "value": value, "problems": []} for key, value in (data or {}).items()
    }
    general: list[FieldProblem] = []
    for problem in problems:
        top = re.split(r"[.\[]", problem.path, maxsplit=1)[0] if problem.path else ""
        if not top:
            general.append(problem)
            continue
        row = rows.setdefault(top, {"field": top, "value": None, "problems": []})
        row["problems"].append(problem)
    return list(rows.values()), general


def _pending_for(request: Request, kind: str, entry_id: str) -> list[Proposal]:
    with open_desk(request) as desk:
        return [
            p
            for p in desk.list(status=ProposalStatus.PENDING.value, target=entry_id)
            if p.kind == kind
        ]


def _refused_page(request: Request, message: str) -> Response:
    return render(
        request,
        "error.j2",
        {"title": "Not allowed", "status": 403, "message": message},
        status_code=403,
    )


def _may_change(principal: Principal, kind: str, action: str) -> str:
    """Why the user may not propose this change ("" when they may)."""
    try:
        require_change_role(principal.role, kind, action)
    except PermissionDenied as exc:
        return f"You cannot propose this: {exc}."
    return ""


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
    store = _store(request)
    current = _current(store)
    if version.strip() and not (version.strip().isdigit() and int(version) >= 1):
        raise HTTPException(400, f"version {version!r} is not a version number")
    number = int(version) if version.strip() else current
    try:
        info = store.version(number)
    except StoreError as exc:
        raise HTTPException(404, str(exc)) from None
    chosen = _check_kind(kind) if kind else None
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
            "may_propose": {k: not _may_change(principal, k, "add") for k in ADDABLE_KINDS},
            "may_voice": not _may_change(principal, "voice", "edit"),
            "may_rollback": not _may_change(principal, "pack", "roll back"),
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
        kinds = [_check_kind(kind, SEARCH_KINDS)] if kind else None
        hits = _store(request).search(q, kinds=kinds, k=k)
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
    store = _store(request)
    _current(store)
    versions = list(reversed(store.versions()))
    return render(
        request,
        "brand_versions.j2",
        {
            "title": "Brand pack versions",
            "versions": versions,
            "may_rollback": not _may_change(principal, "pack", "roll back"),
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
    store = _store(request)
    current = _current(store)
    right = v2 or current
    left = v1 or max(1, right - 1)
    try:
        left_info, right_info = store.version(left), store.version(right)
    except StoreError as exc:
        raise HTTPException(404, str(exc)) from None
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
    _check_kind(kind)
    store = _store(request)
    current = _current(store)
    revisions = _revisions(store, kind, entry_id)
    if not revisions:
        raise HTTPException(404, f"There is no {kind} {entry_id!r}.")
    data = _entry_at(store, kind, entry_id, current)
    compared = None
    if a is not None and b is not None:
        try:
            store.version(a), store.version(b)
        except StoreError as exc:
            raise HTTPException(404, str(exc)) from None
        compared = {
            "a": a,
            "b": b,
            "fields": field_changes(
                _entry_at(store, kind, entry_id, a), _entry_at(store, kind, entry_id, b)
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
            "may_edit": data is not None and not _may_change(principal, kind, "edit"),
            "may_retire": data is not None
            and kind not in SINGLETONS
            and data.get("status") != "retired"
            and not _may_change(principal, kind, "retire"),
        },
    )


def _propose_page(
    request: Request,
    *,
    kind: str,
    action: str,
    entry_id: str,
    yaml_text: str,
    reason: str = "",
    problems: list[FieldProblem] | None = None,
    submitted: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    rows, general = problems_by_field(problems or [], submitted)
    return render(
        request,
        "brand_propose.j2",
        {
            "title": f"Propose: {action} {kind}",
            "kind": kind,
            "action": action,
            "entry_id": entry_id,
            "yaml": yaml_text,
            "reason": reason,
            "problems": problems or [],
            "rows": rows if problems else [],
            "general": general,
            "form_action": (
                f"/brand/new/{kind}"
                if action == "add"
                else f"/brand/entries/{kind}/{entry_id}/edit"
            ),
        },
        status_code=status_code,
    )


def _submit(
    request: Request,
    principal: Principal,
    background: BackgroundTasks,
    *,
    kind: str,
    action: str,
    entry_id: str,
    yaml_text: str,
    reason: str,
) -> Response:
    submitted: dict[str, Any] | None = None
    with open_desk(request) as desk:
        try:
            submitted = parse_entry_yaml(yaml_text)
            proposal = desk.propose(
                actor_of(principal),
                kind,
                action,
                reason=reason,
                target=entry_id if action == "edit" else None,
                payload=submitted,
                compute_impact=False,
            )
        except ProposalInvalid as exc:
            return _propose_page(
                request,
                kind=kind,
                action=action,
                entry_id=entry_id,
                yaml_text=yaml_text,
                reason=reason,
                problems=exc.problems,
                submitted=submitted,
                status_code=422,
            )
        except ProposalError as exc:
            return _refused_page(request, str(exc))
    schedule_impact(request, background, proposal)
    flash(
        request,
        f"Proposal #{proposal.id} created: {proposal.title}. Another user must approve it.",
        "ok",
    )
    return redirect(f"/proposals/{proposal.id}")


@router.get("/brand/new/{kind}", response_class=HTMLResponse)
def new_entry_form(
    request: Request, kind: str, principal: Principal = Depends(require_role(CHANGE_ROLE))
) -> Response:
    """The form to propose a new claim, offer or rule (YAML, prefilled with an example)."""
    _check_kind(kind, ADDABLE_KINDS)
    refused = _may_change(principal, kind, "add")
    if refused:
        return _refused_page(request, refused)
    return _propose_page(
        request, kind=kind, action="add", entry_id="", yaml_text=NEW_ENTRY_YAML[kind]
    )


@router.post("/brand/new/{kind}", response_class=HTMLResponse)
def new_entry_submit(
    request: Request,
    kind: str,
    background: BackgroundTasks,
    yaml_text: str = Form("", alias="yaml"),
    reason: str = Form(""),
    principal: Principal = Depends(require_role(CHANGE_ROLE)),
) -> Response:
    """Propose a new entry; invalid fields are shown beside their path."""
    _check_kind(kind, ADDABLE_KINDS)
    return _submit(
        request,
        principal,
        background,
        kind=kind,
        action="add",
        entry_id="",
        yaml_text=yaml_text,
        reason=reason,
    )


@router.get("/brand/entries/{kind}/{entry_id}/edit", response_class=HTMLResponse)
def edit_entry_form(
    request: Request,
    kind: str,
    entry_id: str,
    principal: Principal = Depends(require_role(EDIT_ROLE)),
) -> Response:
    """The form to propose an edit, prefilled with the entry's current YAML."""
    _check_kind(kind)
    refused = _may_change(principal, kind, "edit")
    if refused:
        return _refused_page(request, refused)
    store = _store(request)
    data = _entry_at(store, kind, entry_id, _current(store))
    if data is None:
        raise HTTPException(404, f"There is no {kind} {entry_id!r} to edit.")
    return _propose_page(
        request, kind=kind, action="edit", entry_id=entry_id, yaml_text=entry_yaml(data)
    )


@router.post("/brand/entries/{kind}/{entry_id}/edit", response_class=HTMLResponse)
def edit_entry_submit(
    request: Request,
    kind: str,
    entry_id: str,
    background: BackgroundTasks,
    yaml_text: str = Form("", alias="yaml"),
    reason: str = Form(""),
    principal: Principal = Depends(require_role(EDIT_ROLE)),
) -> Response:
    """Propose an edit; invalid fields are shown beside their path."""
    _check_kind(kind)
    return _submit(
        request,
        principal,
        background,
        kind=kind,
        action="edit",
        entry_id=entry_id,
        yaml_text=yaml_text,
        reason=reason,
    )


@router.get("/brand/entries/{kind}/{entry_id}/retire", response_class=HTMLResponse)
def retire_form(
    request: Request,
    kind: str,
    entry_id: str,
    principal: Principal = Depends(require_role(CHANGE_ROLE)),
) -> Response:
    """Confirm proposing to retire a claim, offer or rule."""
    _check_kind(kind, ADDABLE_KINDS)
    refused = _may_change(principal, kind, "retire")
    if refused:
        return _refused_page(request, refused)
    store = _store(request)
    data = _entry_at(store, kind, entry_id, _current(store))
    if data is None:
        raise HTTPException(404, f"There is no {kind} {entry_id!r}.")
    return render(
        request,
        "brand_retire.j2",
        {
            "title": f"Propose: retire {kind} {entry_id}",
            "kind": kind,
            "entry_id": entry_id,
            "summary": summary(kind, data),
            "error": "",
            "reason": "",
        },
    )


@router.post("/brand/entries/{kind}/{entry_id}/retire", response_class=HTMLResponse)
def retire_submit(
    request: Request,
    kind: str,
    entry_id: str,
    background: BackgroundTasks,
    reason: str = Form(""),
    principal: Principal = Depends(require_role(CHANGE_ROLE)),
) -> Response:
    """Propose retiring an entry (a soft delete that keeps its history)."""
    _check_kind(kind, ADDABLE_KINDS)
    with open_desk(request) as desk:
        try:
            proposal = desk.propose(
                actor_of(principal),
                kind,
                "retire",
                target=entry_id,
                reason=reason,
                compute_impact=False,
            )
        except ProposalError as exc:
            return render(
                request,
                "brand_retire.j2",
                {
                    "title": f"Propose: retire {kind} {entry_id}",
                    "kind": kind,
                    "entry_id": entry_id,
                    "summary": "",
                    "error": str(exc),
                    "reason": reason,
                },
                status_code=error_status(exc),
            )
    schedule_impact(request, background, proposal)
    flash(request, f"Proposal #{proposal.id} created: {proposal.title}.", "ok")
    return redirect(f"/proposals/{proposal.id}")


@router.get("/brand/rollback", response_class=HTMLResponse)
def rollback_form(
    request: Request,
    version: int | None = Query(None, ge=1),
    principal: Principal = Depends(require_role(Role.COMPLIANCE)),
) -> Response:
    """The form to propose rolling the pack back to an earlier version, with the diff."""
    store = _store(request)
    current = _current(store)
    target = version or max(1, current - 1)
    try:
        store.version(target)
    except StoreError as exc:
        raise HTTPException(404, str(exc)) from None
    return render(
        request,
        "brand_rollback.j2",
        {
            "title": "Propose a rollback",
            "versions": list(reversed(store.versions())),
            "current": current,
            "target": target,
            "changes": version_diff(store, current, target),
            "error": "",
            "reason": "",
        },
    )


@router.post("/brand/rollback", response_class=HTMLResponse)
def rollback_submit(
    request: Request,
    version: int = Form(0),
    reason: str = Form(""),
    principal: Principal = Depends(require_role(Role.COMPLIANCE)),
) -> Response:
    """Propose the rollback; another compliance user or an admin approves it."""
    with open_desk(request) as desk:
        try:
            proposal = desk.propose(
                actor_of(principal), "pack", "rollback", target=str(version), reason=reason
            )
        except ProposalError as exc:
            store = _store(request)
            current = _current(store)
            return render(
                request,
                "brand_rollback.j2",
                {
                    "title": "Propose a rollback",
                    "versions": list(reversed(store.versions())),
                    "current": current,
                    "target": version,
                    "changes": [],
                    "error": str(exc),
                    "reason": reason,
                },
                status_code=error_status(exc),
            )
    flash(request, f"Proposal #{proposal.id} created: {proposal.title}.", "ok")
    return redirect(f"/proposals/{proposal.id}")


# -- API -------------------------------------------------------------------------------------


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
        hits = _store(request).search(q, kinds=[kind] if kind else None, channel=channel, k=k)
    except StoreError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=422)
    return JSONResponse({"query": q, "hits": [h.to_dict() for h in hits]})


@router.get("/api/brand/versions", tags=["brand"], response_model=list[VersionOut])
def api_versions(
    request: Request, _: Principal = Depends(require_role(Role.VIEWER))
) -> list[dict[str, Any]]:
    """Every pack version, oldest first (author, role, action, reason, content hash)."""
    return [v.to_dict() for v in _store(request).versions()]


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
    store = _store(request)
    number = version or _current(store)
    try:
        store.version(number)
    except StoreError as exc:
        raise HTTPException(404, str(exc)) from None
    rows = entries_of(store, number, _check_kind(kind) if kind else None)
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
    _check_kind(kind)
    store = _store(request)
    revisions = _revisions(store, kind, entry_id)
    if not revisions:
        raise HTTPException(404, f"There is no {kind} {entry_id!r}.")
    return {
        "kind": kind,
        "id": entry_id,
        "data": _entry_at(store, kind, entry_id, _current(store)),
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
    store = _store(request)
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
