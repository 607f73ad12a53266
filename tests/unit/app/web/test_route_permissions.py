"""The permission table: every route of the app, pages and API alike, for anonymous and each role.

Walks ``app.routes`` (so a new route is checked without editing this file):

- every route declares a permission (``require_role`` or ``public``); public routes must be in
  :data:`PUBLIC_ROUTES`;
- routes with path or required query parameters need examples (``EXAMPLES`` or
  ``examples(home)`` in their router module, see ``agents/web/routes/__init__.py``);
- anonymous: page → 302 to ``/login?next=…``, API → 401;
- a role below the route's least role → 403 (``X-Refused: role``);
- a role at or above it → GET answers 200 (or the module's ``EXPECTED_STATUS``); a
  state-changing request without a CSRF token → 403 ``X-Refused: csrf`` (so the role check
  passed, the CSRF check is in place, and nothing changes).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from nextbest.app.web.app import route_modules
from nextbest.app.web.permissions import RoutePermission, permission_table
from nextbest.brand_context.roles import Role
from tests.unit.app.web.conftest import ROLE_USER, FakeClock, make_app, signed_in_client

PUBLIC_ROUTES = {("GET", "/login"), ("POST", "/login"), ("GET", "/healthz")}
"""The only routes anyone may call without signing in."""

SAFE = {"GET", "HEAD", "OPTIONS"}


def _module_examples(modules: list[ModuleType], home: Path) -> dict[str, dict[str, str]]:
    examples: dict[str, dict[str, str]] = {}
    for module in modules:
        examples.update(getattr(module, "EXAMPLES", {}))
        factory = getattr(module, "examples", None)
        if callable(factory):
            examples.update(factory(home))
    return examples


@pytest.fixture(scope="module")
def setup(web_home_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = Path(shutil.copytree(web_home_template, tmp_path_factory.mktemp("perm") / "ws"))
    modules = route_modules()
    examples = _module_examples(modules, home)
    expected: dict[str, int] = {}
    for module in modules:
        expected.update(getattr(module, "EXPECTED_STATUS", {}))
    app = make_app(home, FakeClock())
    clients = {role: signed_in_client(app, name) for role, name in ROLE_USER.items()}
    yield {
        "app": app,
        "examples": examples,
        "expected": expected,
        "clients": clients,
        "anon": TestClient(app, follow_redirects=False),
    }
    app.state.services.close()


def _url(app: FastAPI, entry: RoutePermission, examples: dict[str, dict[str, str]]) -> str | None:
    """The concrete URL of a route, or None when it needs examples nobody gave."""
    route = entry.route
    params = dict(examples.get(entry.path, {}))
    path_names = re.findall(r"{([^}:]+)(?::[^}]*)?}", entry.path)
    if any(name not in params for name in path_names):
        return None
    required_query = [p.name for p in route.dependant.query_params if p.field_info.is_required()]
    if any(name not in params for name in required_query):
        return None
    url = entry.path
    for name in path_names:
        url = re.sub(r"{" + name + r"(?::[^}]*)?}", params.pop(name), url)
    return url + (f"?{urlencode(params)}" if params else "")


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def test_every_route_declares_a_permission(setup: dict[str, Any]) -> None:
    table = permission_table(setup["app"])
    assert len(table) > 10
    undeclared = [f"{sorted(e.methods)} {e.path} ({e.module})" for e in table if not e.declared]
    assert not undeclared, "routes without require_role(...) or public:\n" + "\n".join(undeclared)
    unexpected_public = [
        f"{method} {e.path}"
        for e in table
        if e.public
        for method in e.methods
        if (method, e.path) not in PUBLIC_ROUTES
    ]
    assert not unexpected_public, f"public routes not in PUBLIC_ROUTES: {unexpected_public}"


def test_every_route_with_parameters_has_examples(setup: dict[str, Any]) -> None:
    app, examples = setup["app"], setup["examples"]
    missing = [
        f"{sorted(e.methods)} {e.path} ({e.module})"
        for e in permission_table(app)
        if isinstance(e.route, APIRoute) and _url(app, e, examples) is None
    ]
    assert not missing, "routes needing EXAMPLES / examples(home):\n" + "\n".join(missing)


def _checks(app: FastAPI, examples: dict[str, dict[str, str]]):
    for entry in permission_table(app):
        if entry.public or not isinstance(entry.route, APIRoute):
            continue
        url = _url(app, entry, examples)
        if url is None:
            continue
        for method in sorted(entry.methods - {"HEAD", "OPTIONS"}):
            yield entry, method, url


def test_anonymous_is_sent_to_sign_in_or_gets_401(setup: dict[str, Any]) -> None:
    client: TestClient = setup["anon"]
    wrong = []
    for entry, method, url in _checks(setup["app"], setup["examples"]):
        response = client.request(method, url)
        if _is_api(entry.path):
            ok = response.status_code == 401
        else:
            ok = response.status_code == 302 and response.headers["location"].startswith(
                "/login?next="
            )
        if not ok:
            wrong.append(f"{method} {url}: {response.status_code}")
    assert not wrong, "anonymous requests not refused:\n" + "\n".join(wrong)


@pytest.mark.parametrize("role", list(Role), ids=[r.label for r in Role])
def test_each_role_gets_exactly_what_the_table_says(setup: dict[str, Any], role: Role) -> None:
    client: TestClient = setup["clients"][role]
    expected_get: dict[str, int] = setup["expected"]
    wrong, checked = [], 0
    for entry, method, url in _checks(setup["app"], setup["examples"]):
        assert entry.min_role is not None
        response = client.request(method, url)
        refused = response.headers.get("x-refused")
        if role < entry.min_role:
            want, got = (403, "role"), (response.status_code, refused)
        elif method in SAFE:
            want, got = (expected_get.get(entry.path, 200), None), (response.status_code, refused)
        else:
            want, got = (403, "csrf"), (response.status_code, refused)
        checked += 1
        if want != got:
            wrong.append(
                f"{method} {url} (least role {entry.min_role.label}): want {want}, "
                f"got {got} {response.text[:200]!r}"
            )
    assert checked > 10
    assert not wrong, f"as {role.label}:\n" + "\n".join(wrong)


def test_public_routes_answer_anonymous(setup: dict[str, Any]) -> None:
    client: TestClient = setup["anon"]
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/login").status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_the_table_sees_undeclared_and_nested_permissions(web_home: Path) -> None:
    from fastapi import APIRouter, Depends

    from nextbest.app.web.auth import Principal, require_role

    app = make_app(web_home, FakeClock())
    extra = APIRouter()

    def needs_compliance(p: Principal = Depends(require_role(Role.COMPLIANCE))) -> Principal:
        return p

    @extra.get("/undeclared")
    def undeclared() -> dict[str, str]:
        return {}

    @extra.post("/nested")
    def nested(
        _: Principal = Depends(needs_compliance), __: Principal = Depends(require_role(Role.VIEWER))
    ) -> dict[str, str]:
        return {}

    app.include_router(extra)
    table = {e.path: e for e in permission_table(app)}
    assert not table["/undeclared"].declared
    assert table["/nested"].min_role == Role.COMPLIANCE  # the highest role required wins
    assert table["/login"].public and table["/audit"].min_role == Role.COMPLIANCE
    app.state.services.close()
