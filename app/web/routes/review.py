"""The review queue: escalated messages, their verdicts, and the reviewer's answer.

Everyone signed in may read the queue; answering — approve, edit, reject — needs the compliance
role. Answers go through :class:`nextbest.app.workspace.review_queue.ReviewQueue`, the same code as
``nextbest review``: the paused release graph resumes with ``Command(resume=...)`` through the
workspace checkpointer, the copy is checked again (an approval overrides only LLM-judge
concerns, an edit is re-checked, rule blocks always hold), the signed-in user is recorded as
the approver and every answer lands in the audit log.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from nextbest.app.web.api_models import ErrorOut, ReviewItemOut, ReviewResultOut
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.services import services_of
from nextbest.app.workspace.review_queue import ReviewError, ReviewQueue
from nextbest.brand_context.roles import Role

router = APIRouter()

REVIEW_ROLE = Role.COMPLIANCE
"""Least role that may answer an escalation (approve, edit or reject)."""
READ_ROLE = Role.VIEWER
_QUEUE_LOCK = threading.Lock()


def examples(home: Path) -> dict[str, dict[str, str]]:
    """Examples for the route-permission test: one real escalation in ``home``.

    An SMS decided for a customer with no SMS consent: the composer's copy and the fallback
    template are both blocked by the consent rule, so the graph pauses for a human.
    """
    from nextbest.app.workspace.release import release_one
    from nextbest.app.workspace.runtime import NextbestRuntime

    decision_id = "example-escalation"
    runtime = NextbestRuntime(home)
    try:
        customer = {
            "customer_id": "C-EXAMPLE",
            "first_name": "Ana",
            "time_zone": "America/Los_Angeles",
            "consent_sms": "none",
            "locale": "en-US",
        }
        decision = {
            "decision_id": decision_id,
            "customer_id": "C-EXAMPLE",
            "action_id": "off-welcome-15:sms:morning",
            "offer_id": "off-welcome-15",
            "channel": "sms",
            "window": "morning",
            "propensity": 0.5,
            "policy_name": "example",
            "policy_version": 1,
            "holdout": False,
            "send_time": "2026-11-24T18:00:00+00:00",
        }
        out = release_one(runtime, customer, decision, runtime.release_graph())
        assert "__interrupt__" in out, "the example message should escalate"
    finally:
        runtime.close()
    paths = ("/review/{decision_id}", "/api/review/{decision_id}")
    actions = ("approve", "edit", "reject")
    return {
        **{path: {"decision_id": decision_id} for path in paths},
        **{f"/review/{{decision_id}}/{a}": {"decision_id": decision_id} for a in actions},
    }


def review_queue(request: Request) -> ReviewQueue:
    """The app's review queue (one per app, on the shared workspace runtime)."""
    state = request.app.state
    with _QUEUE_LOCK:
        queue = getattr(state, "review_queue", None)
        if queue is None:
            queue = state.review_queue = ReviewQueue(services_of(request).runtime())
    return queue


def _detail(
    request: Request,
    principal: Principal,
    decision_id: str,
    *,
    form: dict[str, str] | None = None,
    error: str = "",
    status_code: int = 200,
) -> Response:
    try:
        item = review_queue(request).get(decision_id)
    except ReviewError:
        raise HTTPException(404, f"Nothing is awaiting review under {decision_id}.") from None
    draft = item.draft  # the copy with its slots, e.g. {{ first_name }}, re-rendered on check
    return render(
        request,
        "review_item.j2",
        {
            "title": f"Review {decision_id}",
            "item": item,
            "can_answer": principal.allows(REVIEW_ROLE),
            "form": form
            or {
                "subject": draft.get("subject") or "",
                "body": draft.get("body") or "",
                "cta": draft.get("cta") or "",
                "note": "",
            },
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request, principal: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """Escalated messages waiting for a human, oldest first, with their violations marked."""
    return render(
        request,
        "review.j2",
        {
            "title": "Review queue",
            "items": review_queue(request).pending(),
            "can_answer": principal.allows(REVIEW_ROLE),
        },
    )


@router.get("/review/{decision_id}", response_class=HTMLResponse)
def review_item_page(
    request: Request, decision_id: str, principal: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """One escalation: the draft with its violations marked, attempts, and the answer forms."""
    return _detail(request, principal, decision_id)


def _answer(
    request: Request,
    principal: Principal,
    decision_id: str,
    answer: dict[str, Any],
    form: dict[str, str],
) -> Response:
    queue = review_queue(request)
    try:
        run_id = queue.get(decision_id).run_id
        result = queue.answer(
            decision_id,
            {**answer, "reviewer": principal.name},
            actor=principal.name,
            audit=services_of(request).audit,
        )
    except ReviewError as error:
        try:
            return _detail(
                request, principal, decision_id, form=form, error=str(error), status_code=400
            )
        except HTTPException:
            flash(request, str(error), "error")
            return redirect("/review")
    if result.outcome == "escalated":
        flash(request, f"Not released: {result.reason}. It is back in the queue.", "error")
        return redirect(f"/review/{decision_id}")
    if result.outcome == "released":
        text = f"Released {decision_id}; you are recorded as the approver."
        if run_id:
            text += f" Its customers are sent when run {run_id} is resumed (nextbest run)."
        flash(request, text, "ok")
    else:
        flash(request, f"Rejected {decision_id}: nothing is sent.", "ok")
    return redirect("/review")


@router.post("/review/{decision_id}/approve")
def approve(
    request: Request,
    decision_id: str,
    note: str = Form(""),
    principal: Principal = Depends(require_role(REVIEW_ROLE)),
) -> Response:
    """Approve the copy as it is: it is checked again by the rules (the judge is overridden)."""
    return _answer(
        request, principal, decision_id, {"action": "approve", "note": note}, {"note": note}
    )


@router.post("/review/{decision_id}/edit")
def edit(
    request: Request,
    decision_id: str,
    body: str = Form(""),
    subject: str = Form(""),
    cta: str = Form(""),
    note: str = Form(""),
    principal: Principal = Depends(require_role(REVIEW_ROLE)),
) -> Response:
    """Replace the copy: the edit goes through the guardrail again before any release."""
    form = {"subject": subject, "body": body, "cta": cta, "note": note}
    answer = {
        "action": "edit",
        "body": body,
        "subject": subject or None,
        "cta": cta or None,
        "note": note,
    }
    return _answer(request, principal, decision_id, answer, form)


@router.post("/review/{decision_id}/reject")
def reject(
    request: Request,
    decision_id: str,
    note: str = Form(""),
    principal: Principal = Depends(require_role(REVIEW_ROLE)),
) -> Response:
    """Reject the message with a reason: nothing is sent."""
    if not note.strip():
        return _detail(
            request,
            principal,
            decision_id,
            error="Say why you reject it (the reason is recorded).",
            status_code=400,
        )
    return _answer(
        request, principal, decision_id, {"action": "reject", "note": note}, {"note": note}
    )


class ReviewAnswerIn(BaseModel):
    """A reviewer's answer over the API (the reviewer is the authenticated user)."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["approve", "edit", "reject"]
    note: str = Field("", description="Why (required to reject; recorded and audited).")
    subject: str | None = Field(None, description="Edit: the new subject.")
    body: str | None = Field(None, description="Edit: the new body (checked again).")
    cta: str | None = Field(None, description="Edit: the new call to action.")


@router.get("/api/review", tags=["review"], response_model=list[ReviewItemOut])
def api_review(
    request: Request, _: Principal = Depends(require_role(READ_ROLE))
) -> list[dict[str, Any]]:
    """Escalations waiting for a human, with verdicts and highlighted violation spans."""
    return [item.to_dict() for item in review_queue(request).pending()]


@router.get(
    "/api/review/{decision_id}",
    tags=["review"],
    response_model=ReviewItemOut,
    responses={404: {"model": ErrorOut}},
)
def api_review_item(
    request: Request, decision_id: str, _: Principal = Depends(require_role(READ_ROLE))
) -> dict[str, Any]:
    """One escalation waiting for a human."""
    try:
        return review_queue(request).get(decision_id).to_dict()
    except ReviewError as error:
        raise HTTPException(404, str(error)) from None


@router.post(
    "/api/review/{decision_id}",
    tags=["review"],
    response_model=ReviewResultOut,
    responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def api_answer(
    request: Request,
    decision_id: str,
    answer: ReviewAnswerIn,
    principal: Principal = Depends(require_role(REVIEW_ROLE)),
) -> dict[str, Any]:
    """Approve, edit or reject an escalation; returns released, rejected or escalated again."""
    if answer.action == "reject" and not answer.note.strip():
        raise HTTPException(400, "A rejection needs a reason (note).")
    queue = review_queue(request)
    try:
        result = queue.answer(
            decision_id,
            {**answer.model_dump(exclude_none=True), "reviewer": principal.name},
            actor=principal.name,
            audit=services_of(request).audit,
        )
    except ReviewError as error:
        status = 404 if "not awaiting review" in str(error) else 400
        raise HTTPException(status, str(error)) from None
    return result.to_dict()


def dashboard(request: Request, principal: Principal) -> list[Panel]:
    """Home-page panel: how many messages wait for a reviewer, the oldest first."""
    items = review_queue(request).pending()
    verb = "answer" if principal.allows(REVIEW_ROLE) else "read"
    return [
        Panel(
            "Review queue",
            count=len(items),
            href="/review",
            order=10,
            items=[
                PanelItem(
                    f"{item.action} · {item.customer_id or item.cell or ''}".strip(" ·"),
                    href=f"/review/{item.decision_id}",
                    note=item.escalated_at[:16].replace("T", " "),
                )
                for item in items[:5]
            ],
            empty=f"No escalated message to {verb}.",
        )
    ]
