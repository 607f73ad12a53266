"""Runs: the list of batch runs, a running one's progress, its report and its rejects file.

Everyone signed in may read runs and their reports; the rejects file (row numbers and customer
ids of bad rows) needs the marketer role, and so does rebuilding a report. Files are served
only from the run's own folder inside the workspace (:meth:`nextbest.app.workspace.runs.Runs.file`
refuses
anything else), and the report — the self-contained HTML of ``nextbest report`` — is served with
a content security policy that runs no script at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from nextbest.app.web.api_models import ErrorOut, RunDetailOut, RunsOut
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import flash, redirect, render
from nextbest.app.web.services import services_of
from nextbest.app.workspace.runs import RUN_FILES, RunInfo, RunNotFoundError, Runs, build_run_report
from nextbest.brand_context.roles import Role

router = APIRouter()

READ_ROLE = Role.VIEWER
FILE_ROLE = Role.MARKETER
"""Least role for the rejects file (customer ids of bad rows) and rebuilding a report."""
PAGE_SIZE = 50
POLL_SECONDS = 2
REPORT_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'self'"
)
"""The report is static HTML with embedded PNG plots: it may load nothing and run nothing."""


def examples(home: Path) -> dict[str, dict[str, str]]:
    """Examples for the route-permission test: a small finished run with its report."""
    from datetime import UTC, datetime

    from nextbest.app.workspace.batch import BatchRun
    from nextbest.app.workspace.runtime import NextbestRuntime
    from nextbest.tools.customers import CustomerSource
    from nextbest.tools.sample_customers import write_customers

    run_id = "example-run"
    customers = write_customers(home / "example-customers.csv", 12)
    runtime = NextbestRuntime(home)
    try:
        now = datetime(2026, 11, 24, 17, tzinfo=UTC)
        batch = BatchRun(runtime, CustomerSource(str(customers)), now, run_id=run_id)
        try:
            batch.execute()
        finally:
            batch.close()
        build_run_report(runtime, run_id, now=now)
    finally:
        runtime.close()
    paths = (
        "/runs/{run_id}",
        "/runs/{run_id}/progress",
        "/runs/{run_id}/report",
        "/runs/{run_id}/rejects.csv",
        "/api/runs/{run_id}",
    )
    return {path: {"run_id": run_id} for path in paths}


def _runs(request: Request) -> Runs:
    return Runs(services_of(request).workspace)


def _get(request: Request, run_id: str) -> RunInfo:
    try:
        return _runs(request).get(run_id)
    except RunNotFoundError:
        raise HTTPException(404, f"There is no run {run_id}.") from None


@router.get("/runs", response_class=HTMLResponse)
def runs_page(
    request: Request,
    page: int = Query(1, ge=1),
    _: Principal = Depends(require_role(READ_ROLE)),
) -> Response:
    """Batch runs, newest first: when, status, and how many customers each outcome got."""
    rows = _runs(request).recent(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return render(
        request,
        "runs.j2",
        {
            "title": "Runs",
            "runs": rows[:PAGE_SIZE],
            "page": page,
            "prev_url": f"/runs?page={page - 1}" if page > 1 else "",
            "next_url": f"/runs?page={page + 1}" if len(rows) > PAGE_SIZE else "",
        },
    )


@router.get("/runs/{run_id}", response_class=HTMLResponse)
def run_page(
    request: Request, run_id: str, principal: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """One run: progress while it goes, then the reconciled summary, cells and files."""
    info = _get(request, run_id)
    return render(
        request,
        "run.j2",
        {
            "title": f"Run {run_id}",
            "info": info,
            "poll_seconds": POLL_SECONDS,
            "can_download": principal.allows(FILE_ROLE),
        },
    )


@router.get("/runs/{run_id}/progress", response_class=HTMLResponse)
def run_progress(
    request: Request, run_id: str, _: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """The progress fragment the run page polls (htmx) while the run is going."""
    info = _get(request, run_id)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "run_progress.j2", {"info": info, "poll_seconds": POLL_SECONDS}
    )


@router.get("/runs/{run_id}/report", response_class=HTMLResponse)
def run_report(
    request: Request, run_id: str, principal: Principal = Depends(require_role(READ_ROLE))
) -> Response:
    """The run's HTML report (lift against holdout, guardrail, OPE, with plots)."""
    _get(request, run_id)
    try:
        path = _runs(request).file(run_id, "report.html")
    except RunNotFoundError:
        return render(
            request,
            "run_report_missing.j2",
            {
                "title": f"No report for {run_id} yet",
                "run_id": run_id,
                "can_build": principal.allows(FILE_ROLE),
            },
            status_code=404,
        )
    return HTMLResponse(
        path.read_text(encoding="utf-8"), headers={"Content-Security-Policy": REPORT_CSP}
    )


@router.post("/runs/{run_id}/report")
def rebuild_report(
    request: Request, run_id: str, principal: Principal = Depends(require_role(FILE_ROLE))
) -> Response:
    """Build (or rebuild, after new feedback) the run's report, as ``nextbest report`` does."""
    _get(request, run_id)
    services = services_of(request)
    try:
        build_run_report(services.runtime(), run_id)
    except RunNotFoundError as error:
        services.audit.record(
            principal.name,
            "run.report",
            f"run:{run_id}",
            outcome="refused",
            details={"error": str(error)},
        )
        flash(request, f"No report could be built: {error}.", "error")
        return redirect(f"/runs/{run_id}")
    services.audit.record(principal.name, "run.report", f"run:{run_id}")
    flash(request, "Report built.", "ok")
    return redirect(f"/runs/{run_id}")


@router.get("/runs/{run_id}/rejects.csv")
def rejects_file(
    request: Request, run_id: str, principal: Principal = Depends(require_role(FILE_ROLE))
) -> Response:
    """The run's rejected rows (row number, customer id, reason) as CSV."""
    _get(request, run_id)
    try:
        path = _runs(request).file(run_id, "rejects.csv")
    except RunNotFoundError:
        raise HTTPException(404, f"Run {run_id} has no rejects file.") from None
    services_of(request).audit.record(
        principal.name, "run.download", f"run:{run_id}", details={"file": "rejects.csv"}
    )
    return FileResponse(path, media_type=RUN_FILES["rejects.csv"], filename=f"{run_id}-rejects.csv")


@router.get("/api/runs", tags=["runs"], response_model=RunsOut)
def api_runs(
    request: Request,
    limit: int = Query(PAGE_SIZE, ge=1, le=500),
    offset: int = Query(0, ge=0),
    _: Principal = Depends(require_role(READ_ROLE)),
) -> dict[str, Any]:
    """Runs, newest first, with status, progress and counts (``next_offset`` null at the end)."""
    rows = _runs(request).recent(limit=limit + 1, offset=offset)
    return {
        "runs": [r.to_dict() for r in rows[:limit]],
        "next_offset": offset + limit if len(rows) > limit else None,
    }


@router.get(
    "/api/runs/{run_id}",
    tags=["runs"],
    response_model=RunDetailOut,
    responses={404: {"model": ErrorOut}},
)
def api_run(
    request: Request, run_id: str, _: Principal = Depends(require_role(READ_ROLE))
) -> dict[str, Any]:
    """One run: status, progress, the reconciled summary, and links to its report and files."""
    info = _get(request, run_id)
    return {
        **info.to_dict(),
        "report_url": f"/runs/{run_id}/report" if info.has_report else None,
        "rejects_url": f"/runs/{run_id}/rejects.csv" if info.has_rejects else None,
    }


def dashboard(request: Request, principal: Principal) -> list[Panel]:
    """Home-page panel: the latest runs and their status."""
    rows = _runs(request).recent(limit=5)
    running = sum(r.running for r in rows)
    return [
        Panel(
            "Runs",
            count=running or None,
            href="/runs",
            order=20,
            items=[
                PanelItem(
                    f"{r.run_id} · {r.status}",
                    href=f"/runs/{r.run_id}",
                    note=f"{r.counts.get('released', 0)} released",
                )
                for r in rows
            ],
            empty="No batch run yet (nextbest run --customers FILE).",
        )
    ]
