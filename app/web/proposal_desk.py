"""The proposal desk as the web reaches it: opened per request, errors as HTTP statuses.

Shared by the proposal pages and API (:mod:`nextbest.app.web.routes.proposals`,
:mod:`nextbest.app.web.routes.proposals_api`) and the brand store's propose forms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import BackgroundTasks, Request
from fastapi.responses import JSONResponse

from nextbest.app.web.auth import Principal
from nextbest.app.web.services import services_of
from nextbest.app.workspace.proposal_roles import minimum_role
from nextbest.app.workspace.proposals import (
    Actor,
    Proposal,
    ProposalError,
    ProposalInvalid,
    ProposalNotFound,
    ProposalRefused,
    Proposals,
    ProposalStale,
)
from nextbest.brand_context.ingest import FieldProblem
from nextbest.brand_context.roles import Role

log = logging.getLogger("nextbest.web")

DECIDE_ROLE = Role.MARKETER
"""Least role of the decide routes; the domain then checks the role each change needs."""


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


def reasoned_decision(
    verb: str, proposal_id: int, principal: Principal, reason: str
) -> Callable[[Proposals], Proposal]:
    """The desk call that rejects or withdraws a proposal as the signed-in user, with a reason.

    Args:
        verb: ``reject`` or ``withdraw``.
        proposal_id: The proposal.
        principal: The signed-in user (the decider).
        reason: Why (required to reject).
    """
    actor = actor_of(principal)
    decide = {"reject": Proposals.reject, "withdraw": Proposals.withdraw}[verb]
    return lambda desk: decide(desk, proposal_id, actor, reason=reason)
