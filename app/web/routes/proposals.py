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

from collections.abc import Callable
from pathlib import Path

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.proposal_desk import (
    DECIDE_ROLE,
    actor_of,
    error_status,
    may_decide,
    open_desk,
    reasoned_decision,
)
from nextbest.app.workspace.proposals import (
    PROPOSAL_KINDS,
    Actor,
    Proposal,
    ProposalError,
    ProposalNotFound,
    Proposals,
    ProposalStatus,
)
from nextbest.brand_context.roles import Role

router = APIRouter()


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


def _decide_page(
    request: Request,
    proposal_id: int,
    principal: Principal,
    action: Callable[[Proposals], Proposal],
) -> Response:
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
    decision = reasoned_decision("reject", proposal_id, principal, reason)
    return _decide_page(request, proposal_id, principal, decision)


@router.post("/proposals/{proposal_id}/withdraw", response_class=HTMLResponse)
def withdraw_form(
    request: Request,
    proposal_id: int,
    reason: str = Form(""),
    principal: Principal = Depends(require_role(DECIDE_ROLE)),
) -> Response:
    """Withdraw one's own pending proposal."""
    decision = reasoned_decision("withdraw", proposal_id, principal, reason)
    return _decide_page(request, proposal_id, principal, decision)


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
