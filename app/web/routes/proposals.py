"""Maker–checker proposals in the browser and over the API: list, read, approve, reject.

Every page and API call goes through :class:`nextbest.app.workspace.proposals.Proposals` — the same
rules as
``nextbest proposals``: nobody approves their own proposal (the page says so and the server
refuses), the checker's role must allow the change, a stale proposal is refused, a rejection
needs a reason, and every decision lands in the audit log under the signed-in user.

Viewers may read proposals; deciding needs at least the marketer role (marketers decide voice
proposals), and the domain checks the role each change needs (compliance for claims, offers,
rules, the brand identity and rollbacks; marketer for voice and goals).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, BackgroundTasks, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from nextbest.app.web.api_models import (
    PROPOSAL_ERRORS,
    ProposalErrorOut,
    ProposalOut,
    ProposalsOut,
)
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.services import services_of
from nextbest.app.workspace.proposal_roles import minimum_role
from nextbest.app.workspace.proposals import (
    PROPOSAL_KINDS,
    Actor,
    Proposal,
    ProposalError,
    ProposalInvalid,
    ProposalNotFound,
    ProposalRefused,
    Proposals,
    ProposalStale,
    ProposalStatus,
)
from nextbest.brand_context.ingest import FieldProblem
from nextbest.brand_context.roles import Role

router = APIRouter()
log = logging.getLogger("nextbest.web")

DECIDE_ROLE = Role.MARKETER
"""Least role of the decide routes; the domain then checks the role each change needs."""


def examples(home: Path) -> dict[str, dict[str, str]]:
    """Example path values for the route-permission test: a pending rule proposal by cora."""
    with Proposals(home) as desk:
        rule = desk.store.get("rule", "sms-length")
        proposal = desk.propose(
            Actor("cora", Role.COMPLIANCE),
            "rule",
            "edit",
            payload={**rule, "description": rule["description"] + " (reviewed)"},
            reason="example for the permission table",
        )
    number = str(proposal.id)
    return {
        "/proposals/{proposal_id}": {"proposal_id": number},
        "/proposals/{proposal_id}/approve": {"proposal_id": number},
        "/proposals/{proposal_id}/reject": {"proposal_id": number, "reason": "example"},
        "/proposals/{proposal_id}/withdraw": {"proposal_id": number},
        "/proposals/{proposal_id}/impact": {"proposal_id": number},
        "/api/proposals/{proposal_id}": {"proposal_id": number},
        "/api/proposals/{proposal_id}/approve": {"proposal_id": number},
        "/api/proposals/{proposal_id}/reject": {"proposal_id": number},
        "/api/proposals/{proposal_id}/withdraw": {"proposal_id": number},
    }


# -- helpers shared with the brand store pages ----------------------------------------------


@contextmanager
def open_desk(request: Request) -> Iterator[Proposals]:
    """The workspace's proposals, sharing the app's brand store and clock.

    The audit log gets its own connection per request: a SQLite connection must not run two
    threads' transactions at once.
    """
    services = services_of(request)
    desk = Proposals(services.workspace, store=services.store, clock=services.clock)
    try:
        yield desk
    finally:
        desk.close()


def actor_of(principal: Principal) -> Actor:
    """The signed-in user as the actor of a proposal."""
    return Actor(principal.name, principal.role)


def problems_json(problems: list[FieldProblem]) -> list[dict[str, str]]:
    """Field problems as JSON (``path`` inside the entry, ``message``)."""
    return [{"path": p.path, "message": p.message} for p in problems]


def error_status(exc: ProposalError) -> int:
    """The HTTP status of a refused proposal operation."""
    if isinstance(exc, ProposalNotFound):
        return 404
    if isinstance(exc, ProposalInvalid):
        return 422
    if isinstance(exc, ProposalRefused):
        return 403
    return 409  # stale, or decided meanwhile


def error_json(exc: ProposalError) -> JSONResponse:
    """A refused proposal operation as a JSON error response."""
    body: dict[str, Any] = {"detail": str(exc)}
    if isinstance(exc, ProposalInvalid):
        body["problems"] = problems_json(exc.problems)
    if isinstance(exc, ProposalStale):
        body["reason"] = "stale"
    return JSONResponse(body, status_code=error_status(exc))


def may_decide(proposal: Proposal, principal: Principal) -> tuple[bool, str]:
    """Whether the signed-in user may approve or reject, and if not, why (shown on the page)."""
    if not proposal.is_pending:
        return False, f"This proposal is {proposal.status.value}."
    if actor_of(principal).is_(proposal.maker):
        return False, "You cannot approve your own proposal: another user must review it."
    needed = minimum_role(proposal.kind)
    if principal.role < needed:
        return False, f"Deciding on a {proposal.kind} change needs the {needed.label} role."
    return True, ""


def schedule_impact(request: Request, background: BackgroundTasks, proposal: Proposal) -> None:
    """Re-check released messages for a new rule proposal after the response is sent.

    On a large workspace this takes seconds (every released message is checked again); the
    proposal page says the impact is being computed, and approval waits for it.
    """
    if proposal.kind != "rule" or proposal.impact is not None:
        return
    services = services_of(request)

    def compute() -> None:
        desk = Proposals(services.workspace, store=services.store, clock=services.clock)
        try:
            desk.refresh_impact(proposal.id)
        except ProposalError:
            log.warning("impact of proposal #%s not computed", proposal.id, exc_info=True)
        finally:
            desk.close()

    background.add_task(compute)


def proposal_json(proposal: Proposal, desk: Proposals) -> dict[str, Any]:
    """JSON form of a proposal, with why it is stale (null when it is not)."""
    stale = desk.stale_reason(proposal) if proposal.is_pending else None
    return {**proposal.model_dump(mode="json"), "title": proposal.title, "stale": stale}


def dashboard(request: Request, principal: Principal) -> list[Panel]:
    """Home-page panel: proposals waiting for a decision, those the user may decide first."""
    with open_desk(request) as desk:
        pending = desk.list(status=ProposalStatus.PENDING.value, limit=50)
    mine = [p for p in pending if may_decide(p, principal)[0]]
    items = [
        PanelItem(p.title, href=f"/proposals/{p.id}", note=f"by {p.maker}")
        for p in (mine or pending)[:5]
    ]
    return [
        Panel(
            "Proposals awaiting a decision",
            count=len(pending),
            href="/proposals",
            items=items,
            order=10,
            empty="No pending proposals.",
        )
    ]


# -- pages -----------------------------------------------------------------------------------


@router.get("/proposals", response_class=HTMLResponse)
def proposals_page(
    request: Request,
    status: str = "",
    kind: str = "",
    principal: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """Every proposal, pending first; filter by status and kind."""
    statuses = [s.value for s in ProposalStatus]
    with open_desk(request) as desk:
        items = desk.list(
            status=status if status in statuses else None, kind=kind or None, limit=200
        )
        stale = {p.id: desk.stale_reason(p) for p in items if p.is_pending}
    return render(
        request,
        "proposals.j2",
        {
            "title": "Proposals",
            "proposals": items,
            "stale": stale,
            "statuses": statuses,
            "kinds": list(PROPOSAL_KINDS),
            "filters": {"status": status, "kind": kind},
            "can_decide": {p.id: may_decide(p, principal)[0] for p in items},
        },
    )


def _detail(
    request: Request,
    proposal_id: int,
    principal: Principal,
    *,
    error: str = "",
    status_code: int = 200,
) -> Response:
    with open_desk(request) as desk:
        try:
            proposal = desk.get(proposal_id)
        except ProposalNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        stale = desk.stale_reason(proposal) if proposal.is_pending else None
        flips = desk.example_flips(proposal.id) if proposal.is_pending else []
    allowed, why_not = may_decide(proposal, principal)
    return render(
        request,
        "proposal.j2",
        {
            "title": f"Proposal #{proposal.id}",
            "p": proposal,
            "stale": stale,
            "can_decide": allowed,
            "why_not": why_not,
            "is_maker": actor_of(principal).is_(proposal.maker),
            "impact_pending": proposal.kind == "rule"
            and proposal.is_pending
            and proposal.impact is None,
            "can_refresh": proposal.kind == "rule"
            and proposal.is_pending
            and principal.allows(Role.COMPLIANCE),
            "flips": flips,
            "broken": [f for f in flips if f.broken],
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/proposals/{proposal_id}", response_class=HTMLResponse)
def proposal_page(
    request: Request,
    proposal_id: int,
    principal: Principal = Depends(require_role(Role.VIEWER)),
) -> Response:
    """One proposal: the change side by side, a rule's impact, and the decision forms."""
    return _detail(request, proposal_id, principal)


def _decide_page(request: Request, proposal_id: int, principal: Principal, action: Any) -> Response:
    """Run a decision; on success go back to the proposal with a message, else show why."""
    with open_desk(request) as desk:
        try:
            done = action(desk)
        except ProposalNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except ProposalError as exc:
            return _detail(
                request, proposal_id, principal, error=str(exc), status_code=error_status(exc)
            )
    if done.status == ProposalStatus.FAILED:
        flash(request, f"Approved, but not applied: {done.decision_reason}", "error")
    elif done.status == ProposalStatus.APPROVED:
        n = done.applied_version
        applied = {"goal": f"goal version {n}", "limits": f"brand limits version {n}"}
        where = applied.get(done.kind, f"brand pack v{n}")
        flash(request, f"Approved and applied as {where}.", "ok")
    else:
        flash(request, f"Proposal #{done.id} {done.status.value}.", "ok")
    return redirect(f"/proposals/{done.id}")


@router.post("/proposals/{proposal_id}/approve", response_class=HTMLResponse)
def approve_form(
    request: Request,
    proposal_id: int,
    note: str = Form(""),
    override_examples: str = Form(""),
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Approve and apply a proposal (never one's own); breaking rule tests needs a reason."""
    actor = actor_of(principal)
    return _decide_page(
        request,
        proposal_id,
        principal,
        lambda d: d.approve(proposal_id, actor, note=note, override_examples=override_examples),
    )


@router.post("/proposals/{proposal_id}/reject", response_class=HTMLResponse)
def reject_form(
    request: Request,
    proposal_id: int,
    reason: str = Form(""),
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Reject a proposal, with a reason."""
    actor = actor_of(principal)
    return _decide_page(
        request, proposal_id, principal, lambda d: d.reject(proposal_id, actor, reason=reason)
    )


@router.post("/proposals/{proposal_id}/withdraw", response_class=HTMLResponse)
def withdraw_form(
    request: Request,
    proposal_id: int,
    reason: str = Form(""),
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Withdraw one's own pending proposal."""
    actor = actor_of(principal)
    return _decide_page(
        request, proposal_id, principal, lambda d: d.withdraw(proposal_id, actor, reason=reason)
    )


@router.post("/proposals/{proposal_id}/impact", response_class=HTMLResponse)
def refresh_impact_form(
    request: Request,
    proposal_id: int,
    principal: Principal = Depends(require_role(Role.COMPLIANCE)),
) -> Response:
    """Re-check released and queued messages against a pending rule proposal, now."""
    with open_desk(request) as desk:
        try:
            desk.refresh_impact(proposal_id)
        except ProposalNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except ProposalError as exc:
            flash(request, str(exc), "error")
        else:
            flash(request, "Impact re-checked against the messages released so far.", "ok")
    return redirect(f"/proposals/{proposal_id}")


# -- API -------------------------------------------------------------------------------------


@router.get("/api/proposals", tags=["proposals"], response_model=ProposalsOut)
def api_proposals(
    request: Request,
    status: str | None = None,
    kind: str | None = None,
    target: str | None = None,
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0),
    _: Principal = Depends(require_role(Role.VIEWER)),
) -> dict[str, Any]:
    """Proposals, pending first (``next_offset`` is null on the last page)."""
    with open_desk(request) as desk:
        items = desk.list(status=status, kind=kind, target=target, limit=limit + 1, offset=offset)
        return {
            "proposals": [proposal_json(p, desk) for p in items[:limit]],
            "next_offset": offset + limit if len(items) > limit else None,
        }


@router.get(
    "/api/proposals/{proposal_id}",
    tags=["proposals"],
    response_model=ProposalOut,
    responses={404: {"model": ProposalErrorOut}},
)
def api_proposal(
    request: Request, proposal_id: int, _: Principal = Depends(require_role(Role.VIEWER))
) -> Response:
    """One proposal, with its diff, impact (rules) and whether it is stale."""
    with open_desk(request) as desk:
        try:
            return JSONResponse(proposal_json(desk.get(proposal_id), desk))
        except ProposalError as exc:
            return error_json(exc)


class ProposalIn(BaseModel):
    """A proposed change over the API (the maker is the authenticated user)."""

    kind: str = Field(
        ...,
        description="claim, offer, rule, voice, brand, pack, goal or limits",
        examples=["claim"],
    )
    action: str = Field(
        ..., description="add, edit, retire (entries), rollback (pack), set (goal, limits)"
    )
    reason: str = Field(..., description="Why (required).")
    target: str | None = Field(None, description="Entry id (edit, retire) or version (rollback).")
    payload: dict[str, Any] | None = Field(
        None, description="The entry's (or the goal's, the limits') full proposed data."
    )


class ApproveIn(BaseModel):
    """A checker's approval."""

    note: str = Field("", description="The checker's remark (kept with the decision).")
    override_examples: str = Field(
        "", description="Why the change may break the pack's rule tests (audited)."
    )


class ReasonIn(BaseModel):
    """A rejection or withdrawal."""

    reason: str = Field("", description="Why (required to reject).")


@router.post(
    "/api/proposals",
    tags=["proposals"],
    status_code=201,
    response_model=ProposalOut,
    responses=PROPOSAL_ERRORS,
)
def api_propose(
    request: Request,
    body: ProposalIn,
    principal: Principal = Depends(require_role(Role.MARKETER)),
) -> Response:
    """Propose a change; 422 lists each problem with its field path inside the entry."""
    with open_desk(request) as desk:
        try:
            proposal = desk.propose(
                actor_of(principal),
                body.kind,
                body.action,
                reason=body.reason,
                target=body.target,
                payload=body.payload,
            )
        except ProposalError as exc:
            return error_json(exc)
        return JSONResponse(proposal_json(proposal, desk), status_code=201)


def _api_decide(request: Request, action: Any) -> Response:
    with open_desk(request) as desk:
        try:
            proposal = action(desk)
        except ProposalError as exc:
            return error_json(exc)
        body = proposal_json(proposal, desk)
    return JSONResponse(body, status_code=409 if proposal.status == ProposalStatus.FAILED else 200)


@router.post(
    "/api/proposals/{proposal_id}/approve",
    tags=["proposals"],
    response_model=ProposalOut,
    responses=PROPOSAL_ERRORS,
)
def api_approve(
    request: Request,
    proposal_id: int,
    body: ApproveIn | None = None,
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Approve and apply (403: own proposal, or broken rule tests without a reason; 409: stale).

    ``override_examples`` is the checker's reason for accepting broken rule tests (audited).
    """
    actor, given = actor_of(principal), body or ApproveIn()
    return _api_decide(
        request,
        lambda d: d.approve(
            proposal_id, actor, note=given.note, override_examples=given.override_examples
        ),
    )


@router.post(
    "/api/proposals/{proposal_id}/reject",
    tags=["proposals"],
    response_model=ProposalOut,
    responses=PROPOSAL_ERRORS,
)
def api_reject(
    request: Request,
    proposal_id: int,
    body: ReasonIn | None = None,
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Reject with a reason (422 without one)."""
    actor, reason = actor_of(principal), (body or ReasonIn()).reason
    return _api_decide(request, lambda d: d.reject(proposal_id, actor, reason=reason))


@router.post(
    "/api/proposals/{proposal_id}/withdraw",
    tags=["proposals"],
    response_model=ProposalOut,
    responses=PROPOSAL_ERRORS,
)
def api_withdraw(
    request: Request,
    proposal_id: int,
    body: ReasonIn | None = None,
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Withdraw one's own pending proposal."""
    actor, reason = actor_of(principal), (body or ReasonIn()).reason
    return _api_decide(request, lambda d: d.withdraw(proposal_id, actor, reason=reason))
