"""The permission table: every route of the app with the least role it declared.

Read from the routes' dependencies (:func:`nextbest.app.web.auth.require_role` and
:func:`nextbest.app.web.auth.public`), so the table cannot drift from what is enforced. The nav bar
shows a link only when its page exists and the user's role reaches it; the route-permission test
walks this table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, APIWebSocketRoute
from starlette.routing import BaseRoute

from nextbest.app.web.auth import MIN_ROLE_ATTR, PUBLIC_ATTR
from nextbest.brand_context.roles import Role


@dataclass(frozen=True)
class RoutePermission:
    """What one route requires.

    Attributes:
        path: The path template, e.g. ``/brand/{entry_id}``.
        methods: HTTP methods of the route.
        name: The endpoint's name.
        min_role: The least role it declared (the highest of its ``require_role``), or None.
        public: Whether it is declared public.
        module: The module defining the endpoint.
        route: The route object itself (its ``dependant`` lists its parameters).
    """

    path: str
    methods: frozenset[str]
    name: str
    min_role: Role | None
    public: bool
    module: str
    route: APIRoute | APIWebSocketRoute = field(compare=False, repr=False)

    @property
    def declared(self) -> bool:
        """Whether the route declared a permission at all."""
        return self.public or self.min_role is not None


def _calls(dependant: Dependant) -> Iterator[object]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def route_permission(route: APIRoute | APIWebSocketRoute, prefix: str = "") -> RoutePermission:
    """The permission a route declared through its dependencies."""
    roles = [
        getattr(call, MIN_ROLE_ATTR)
        for call in _calls(route.dependant)
        if hasattr(call, MIN_ROLE_ATTR)
    ]
    is_public = any(getattr(call, PUBLIC_ATTR, False) for call in _calls(route.dependant))
    methods = getattr(route, "methods", None) or {"WEBSOCKET"}
    return RoutePermission(
        path=prefix + route.path,
        methods=frozenset(methods),
        name=route.name,
        min_role=max(roles) if roles else None,
        public=is_public and not roles,
        module=getattr(route.endpoint, "__module__", ""),
        route=route,
    )


def iter_routes(
    routes: Iterable[BaseRoute], prefix: str = ""
) -> Iterator[tuple[str, APIRoute | APIWebSocketRoute]]:
    """Every API route with its path prefix, looking into included routers.

    Newer FastAPI keeps an included router as one lazy entry of ``app.routes`` (with
    ``original_router``) instead of copying its routes; both layouts are walked.
    """
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from iter_routes(inner.routes, prefix + (getattr(context, "prefix", "") or ""))
        elif isinstance(route, APIRoute | APIWebSocketRoute):
            yield prefix, route


def permission_table(app: FastAPI) -> list[RoutePermission]:
    """Every API route and page of the app (mounts such as ``/static`` excluded)."""
    return [route_permission(route, prefix) for prefix, route in iter_routes(app.routes)]


def page_roles(app: FastAPI) -> dict[str, Role | None]:
    """Least role of every GET page without path parameters (None = public)."""
    table: dict[str, Role | None] = {}
    for entry in permission_table(app):
        if "GET" in entry.methods and "{" not in entry.path and entry.declared:
            table[entry.path] = None if entry.public else entry.min_role
    return table
