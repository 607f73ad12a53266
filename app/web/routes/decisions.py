"""The decision inspector: why a customer got (or did not get) a message, by decision or customer.

Read-only for everyone signed in. A decision page shows what ``nextbest inspect`` shows — the
chosen action and its propensity, the alternatives' scores, mask reasons, the copy, every rule's
verdict on every record, the policy and brand pack versions, and how the decision performed —
from the same :func:`nextbest.app.workspace.inspector.explain`.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.api_models import CustomerDecisionsOut, DecisionOut, ErrorOut
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.pages import redirect, render
from nextbest.app.web.services import services_of
from nextbest.app.workspace.inspector import (
    DecisionNotFoundError,
    customer_decisions,
    customer_profile,
    explain,
)
from nextbest.brand_context.roles import Role
from nextbest.tools.customer_schema import CONTACT_FIELDS

router = APIRouter()

READ_ROLE = Role.VIEWER
RECENT = 25
PROFILE_FIELDS = (*CONTACT_FIELDS, "seen_in")
"""Customer fields shown beside their decisions (what consent and masking depend on)."""


def examples(home: Path) -> dict[str, dict[str, str]]:
    """Examples for the route-permission test: one decided and released sample customer."""
    from datetime import UTC, datetime

    from nextbest.app.workspace.release import release_one
    from nextbest.app.workspace.runtime import NextbestRuntime

    runtime = NextbestRuntime(home)
    try:
        runtime.ensure_sample()
        customer = runtime.customer("C0000003")
        (decision,) = runtime.decide([customer], datetime(2026, 11, 24, 17, tzinfo=UTC))
        release_one(runtime, customer, decision, runtime.release_graph())
    finally:
        runtime.close()
    ids = {"decision_id": decision["decision_id"]}
    customer_ids = {"customer_id": "C0000003"}
    return {
        "/decisions/{decision_id}": ids,
        "/api/decisions/{decision_id}": ids,
        "/customers/{customer_id}": customer_ids,
        "/api/customers/{customer_id}/decisions": customer_ids,
    }


@router.get("/decisions", response_class=HTMLResponse)
def decisions_page(
    request: Request,
    q: str = Query("", max_length=200, description="A decision, release record or customer id."),
    _: Principal = Depends(require_role(READ_ROLE)),
) -> Response:
    """Search by decision id or customer id; without a query, the latest release records."""
    runtime = services_of(request).runtime()
    query = q.strip()
    if query:
        if runtime.decisions.get(query) or runtime.records.for_decision(query):
            return redirect(f"/decisions/{quote(query, safe='')}", 303)
        if runtime.decisions.for_customer(query):
            return redirect(f"/customers/{quote(query, safe='')}", 303)
    return render(
        request,
        "decision_search.j2",
        {
            "title": "Decisions",
            "q": query,
            "not_found": bool(query),
            "recent": runtime.records.recent(RECENT),
        },
        status_code=404 if query else 200,
    )


@router.get("/decisions/{decision_id}", response_class=HTMLResponse)
def decision_page(
    request: Request, decision_id: str, _: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """Everything about one decision (a release record id works too)."""
    try:
        explanation = explain(services_of(request).runtime(), decision_id)
    except DecisionNotFoundError:
        raise HTTPException(404, f"There is no decision or release record {decision_id}.") from None
    return render(
        request,
        "decision.j2",
        {"title": f"Decision {decision_id}", "x": explanation},
    )


@router.get("/customers/{customer_id}", response_class=HTMLResponse)
def customer_page(
    request: Request, customer_id: str, _: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """A customer's decisions, newest first, with their outcomes and profile."""
    runtime = services_of(request).runtime()
    history = customer_decisions(runtime, customer_id)
    profile = customer_profile(runtime, customer_id)
    if not history and profile is None:
        raise HTTPException(404, f"There is no decision for customer {customer_id}.")
    shown = {k: profile[k] for k in PROFILE_FIELDS if profile and k in profile}
    return render(
        request,
        "decision_customer.j2",
        {
            "title": f"Customer {customer_id}",
            "customer_id": customer_id,
            "history": history,
            "profile": shown,
        },
    )


@router.get(
    "/api/decisions/{decision_id}",
    tags=["decisions"],
    response_model=DecisionOut,
    responses={404: {"model": ErrorOut}},
)
def api_decision(
    request: Request, decision_id: str, _: Principal = Depends(require_role(READ_ROLE))
) -> dict[str, Any]:
    """A decision's scores, mask reasons, copy, every rule's verdict, versions and outcomes."""
    try:
        return explain(services_of(request).runtime(), decision_id).to_dict()
    except DecisionNotFoundError:
        raise HTTPException(404, f"There is no decision or release record {decision_id}.") from None


@router.get(
    "/api/customers/{customer_id}/decisions",
    tags=["decisions"],
    response_model=CustomerDecisionsOut,
)
def api_customer_decisions(
    request: Request,
    customer_id: str,
    limit: int = Query(100, ge=1, le=1000),
    _: Principal = Depends(require_role(READ_ROLE)),
) -> dict[str, Any]:
    """A customer's decisions, newest first, each with its latest outcome."""
    history = customer_decisions(services_of(request).runtime(), customer_id, limit=limit)
    return {
        "customer_id": customer_id,
        "decisions": [asdict(h) for h in history],
    }
