"""Home page (what is pending, from every area) and the public health check."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from nextbest.app.web.auth import Principal, public, require_role
from nextbest.app.web.dashboard import Panel, PanelItem
from nextbest.app.web.pages import render
from nextbest.app.web.services import services_of
from nextbest.brand_context.roles import Role

router = APIRouter()


def dashboard(request: Request, principal: Principal) -> list[Panel]:
    """The brand pack in force, and recent audit entries for compliance and admins."""
    services = services_of(request)
    store = services.store
    panels = []
    version = store.current_version()
    if version is None:
        panels.append(Panel("Brand pack", empty="No brand pack yet.", order=0))
    else:
        info = store.version(version)
        pack = store.pack()
        panels.append(
            Panel(
                "Brand pack",
                href="/brand",
                order=0,
                items=[
                    PanelItem(
                        f"{pack.brand.name} — version {version}", note=info.content_hash[:19]
                    ),
                    PanelItem(
                        f"{len(pack.claims)} claims, {len(pack.offers)} offers, "
                        f"{len(pack.rules)} rules"
                    ),
                    PanelItem(
                        f"last change by {info.author} ({info.role}): {info.reason}",
                        note=info.created_at.strftime("%Y-%m-%d %H:%M UTC"),
                    ),
                ],
            )
        )
    if principal.allows(Role.COMPLIANCE):
        entries = services.audit.entries(limit=5)
        panels.append(
            Panel(
                "Recent activity",
                href="/audit",
                order=90,
                items=[
                    PanelItem(
                        f"{e.actor} · {e.action} {e.target}".strip(),
                        note=e.at.strftime("%Y-%m-%d %H:%M"),
                    )
                    for e in entries
                ],
                empty="No activity yet.",
            )
        )
    return panels


def _panels(request: Request, principal: Principal) -> list[Panel]:
    panels: list[Panel] = []
    for module in request.app.state.route_modules:
        contribute: Any = getattr(module, "dashboard", None)
        if callable(contribute):
            panels.extend(contribute(request, principal))
    return sorted(panels, key=lambda p: (p.order, p.title))


@router.get("/", response_class=HTMLResponse)
def home_page(
    request: Request, principal: Principal = Depends(require_role(Role.VIEWER))
) -> HTMLResponse:
    """What is pending for the signed-in user, from every area of the workspace."""
    return render(request, "home.j2", {"title": "Home", "panels": _panels(request, principal)})


@router.get("/healthz", dependencies=[Depends(public)])
def healthz() -> dict[str, str]:
    """Liveness check for load balancers and scripts (no data)."""
    return {"status": "ok"}
