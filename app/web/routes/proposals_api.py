"""The proposals' JSON API under ``/api/proposals``: the same rules as the pages.

A refused operation answers with its status (404 unknown, 422 invalid with each problem's field
path, 403 refused, 409 stale or decided meanwhile) and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from nextbest.app.web.api_models import (
    PROPOSAL_ERRORS,
    ProposalErrorOut,
    ProposalOut,
    ProposalsOut,
)
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.proposal_desk import (
    DECIDE_ROLE,
    actor_of,
    error_json,
    open_desk,
    proposal_json,
    reasoned_decision,
)
from nextbest.app.workspace.proposals import Proposal, ProposalError, Proposals, ProposalStatus
from nextbest.brand_context.roles import Role

router = APIRouter()


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


def _api_decide(request: Request, action: Callable[[Proposals], Proposal]) -> Response:
    """Run a decision; the proposal as JSON (409 when approved but not applied)."""
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
    reason = (body or ReasonIn()).reason
    return _api_decide(request, reasoned_decision("reject", proposal_id, principal, reason))


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
    reason = (body or ReasonIn()).reason
    return _api_decide(request, reasoned_decision("withdraw", proposal_id, principal, reason))
