"""The audit log page and API: who did what, when and why, with filters and pages.

Compliance and admins only: the log names every user's actions, failed sign-ins and the
addresses they came from — what compliance officers review, not what marketers need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.api_models import AuditPageOut
from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.pages import render
from nextbest.app.web.services import services_of
from nextbest.app.workspace.audit import AuditEntry
from nextbest.brand_context.roles import Role

router = APIRouter()

AUDIT_ROLE = Role.COMPLIANCE
PAGE_SIZE = 50
MAX_LIMIT = 500


@dataclass(frozen=True)
class AuditFilter:
    """The audit filters of the page and the API (query parameters).

    Attributes:
        actor: Only this actor's entries.
        action: Only actions starting with this (``goal.`` for every goal action).
        target: Only entries about this target.
        since: From this UTC day.
        until: Up to the end of this UTC day.
    """

    actor: str = ""
    action: str = ""
    target: str = ""
    since: date | None = None
    until: date | None = None

    def shown(self) -> dict[str, str]:
        """The filters as the page's form shows them (dates as ISO, absent as empty)."""
        return {
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
        }


def _entries(request: Request, given: AuditFilter, limit: int, offset: int) -> list[AuditEntry]:
    """The entries matching the filters, newest first (whole UTC days for the dates)."""
    start = datetime.combine(given.since, time(), tzinfo=UTC) if given.since else None
    end = None
    if given.until:
        end = datetime.combine(given.until, time(), tzinfo=UTC) + timedelta(days=1)
    return services_of(request).audit.entries(
        actor=given.actor.strip() or None,
        action=given.action.strip() or None,
        target=given.target.strip() or None,
        since=start,
        until=end,
        limit=limit,
        offset=offset,
    )


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    """JSON form of one audit entry."""
    return entry.model_dump(mode="json")


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    given: AuditFilter = Depends(),
    page: int = Query(1, ge=1),
    _: Principal = Depends(require_role(AUDIT_ROLE)),
) -> Response:
    """Audit entries, newest first, filtered by actor, action prefix, target and dates."""
    rows = _entries(request, given, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
    filters = given.shown()
    query = {k: v for k, v in filters.items() if v}
    return render(
        request,
        "audit.j2",
        {
            "title": "Audit log",
            "entries": rows[:PAGE_SIZE],
            "filters": filters,
            "page": page,
            "prev_url": f"/audit?{urlencode({**query, 'page': page - 1})}" if page > 1 else "",
            "next_url": (
                f"/audit?{urlencode({**query, 'page': page + 1})}" if len(rows) > PAGE_SIZE else ""
            ),
        },
    )


@router.get("/api/audit", tags=["audit"], response_model=AuditPageOut)
def api_audit(
    request: Request,
    given: AuditFilter = Depends(),
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
    _: Principal = Depends(require_role(AUDIT_ROLE)),
) -> dict[str, Any]:
    """Audit entries as JSON, newest first (``next_offset`` is null on the last page)."""
    rows = _entries(request, given, limit + 1, offset)
    return {
        "entries": [entry_json(e) for e in rows[:limit]],
        "next_offset": offset + limit if len(rows) > limit else None,
    }
