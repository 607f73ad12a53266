"""Proposing brand store changes in the browser: add, edit, retire an entry; roll back the pack.

Changes are never made here directly: the forms create maker–checker proposals through
:class:`nextbest.app.workspace.proposals.Proposals` (the same validation as the store, errors
shown beside the field path that failed), and a different user approves them on the proposal
page. The least role of the propose forms is marketer (marketers may propose voice changes); the
role each kind of change needs is checked by :func:`nextbest.brand_context.roles.require_role`
on the server.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.brand_entries import (
    ADDABLE_KINDS,
    check_kind,
    current_version,
    entry_at,
    existing_version,
    may_change,
    store_of,
    summary,
    version_diff,
)
from nextbest.app.web.pages import error_page, flash, redirect, render
from nextbest.app.web.proposal_desk import actor_of, error_status, open_desk, schedule_impact
from nextbest.app.workspace.proposal_entries import entry_yaml, parse_entry_yaml
from nextbest.app.workspace.proposal_models import ProposalError, ProposalInvalid
from nextbest.brand_context.ingest import FieldProblem
from nextbest.brand_context.roles import Role

router = APIRouter()

EDIT_ROLE = Role.MARKETER
"""Least role of the edit form (marketers may propose voice changes); each kind's own role is
checked on the server."""

CHANGE_ROLE = Role.COMPLIANCE
"""Least role to propose adding or retiring claims, offers and rules, and rollbacks."""


EXAMPLES = {
    "/brand/entries/{kind}/{entry_id}/edit": {"kind": "voice", "entry_id": "voice"},
    "/brand/entries/{kind}/{entry_id}/retire": {"kind": "claim", "entry_id": "clm-vegan"},
    "/brand/new/{kind}": {"kind": "claim"},
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
            return error_page(request, 403, str(exc))
    schedule_impact(request, background, proposal)
    flash(
        request,
        f"Proposal #{proposal.id} created: {proposal.title}. Another user must approve it.",
        "ok",
    )
    return redirect(f"/proposals/{proposal.id}")


def _current_entry(request: Request, kind: str, entry_id: str, missing: str) -> dict[str, Any]:
    """The entry's data in the current version.

    Raises:
        HTTPException: 404 with ``missing`` when there is no such entry.
    """
    store = store_of(request)
    data = entry_at(store, kind, entry_id, current_version(store))
    if data is None:
        raise HTTPException(404, missing)
    return data


@router.get("/brand/new/{kind}", response_class=HTMLResponse)
def new_entry_form(
    request: Request, kind: str, principal: Principal = Depends(require_role(CHANGE_ROLE))
) -> Response:
    """The form to propose a new claim, offer or rule (YAML, prefilled with an example)."""
    check_kind(kind, ADDABLE_KINDS)
    refused = may_change(principal, kind, "add")
    if refused:
        return error_page(request, 403, refused)
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
    check_kind(kind, ADDABLE_KINDS)
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
    check_kind(kind)
    refused = may_change(principal, kind, "edit")
    if refused:
        return error_page(request, 403, refused)
    data = _current_entry(request, kind, entry_id, f"There is no {kind} {entry_id!r} to edit.")
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
    check_kind(kind)
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


def _retire_page(
    request: Request,
    kind: str,
    entry_id: str,
    *,
    summary_text: str = "",
    error: str = "",
    reason: str = "",
    status_code: int = 200,
) -> Response:
    """The retire confirmation (with the entry's summary, or the refusal and its reason)."""
    return render(
        request,
        "brand_retire.j2",
        {
            "title": f"Propose: retire {kind} {entry_id}",
            "kind": kind,
            "entry_id": entry_id,
            "summary": summary_text,
            "error": error,
            "reason": reason,
        },
        status_code=status_code,
    )


def _rollback_page(
    request: Request,
    target: int,
    *,
    with_changes: bool = True,
    error: str = "",
    reason: str = "",
    status_code: int = 200,
) -> Response:
    """The rollback form: every version, the target and (unless refused) what would change."""
    store = store_of(request)
    current = current_version(store)
    return render(
        request,
        "brand_rollback.j2",
        {
            "title": "Propose a rollback",
            "versions": list(reversed(store.versions())),
            "current": current,
            "target": target,
            "changes": version_diff(store, current, target) if with_changes else [],
            "error": error,
            "reason": reason,
        },
        status_code=status_code,
    )


@router.get("/brand/entries/{kind}/{entry_id}/retire", response_class=HTMLResponse)
def retire_form(
    request: Request,
    kind: str,
    entry_id: str,
    principal: Principal = Depends(require_role(CHANGE_ROLE)),
) -> Response:
    """Confirm proposing to retire a claim, offer or rule."""
    check_kind(kind, ADDABLE_KINDS)
    refused = may_change(principal, kind, "retire")
    if refused:
        return error_page(request, 403, refused)
    data = _current_entry(request, kind, entry_id, f"There is no {kind} {entry_id!r}.")
    return _retire_page(request, kind, entry_id, summary_text=summary(kind, data))


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
    check_kind(kind, ADDABLE_KINDS)
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
            return _retire_page(
                request,
                kind,
                entry_id,
                error=str(exc),
                reason=reason,
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
    store = store_of(request)
    target = version or max(1, current_version(store) - 1)
    existing_version(store, target)
    return _rollback_page(request, target)


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
            return _rollback_page(
                request,
                version,
                with_changes=False,
                error=str(exc),
                reason=reason,
                status_code=error_status(exc),
            )
    flash(request, f"Proposal #{proposal.id} created: {proposal.title}.", "ok")
    return redirect(f"/proposals/{proposal.id}")
