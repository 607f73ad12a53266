"""Layout, audit page, users page, errors and escaping."""

from __future__ import annotations

from fastapi.testclient import TestClient

from nextbest.brand_context.roles import Role
from tests.unit.app.web.conftest import PASSWORD

SCRIPT = '<script>alert("x")</script>'


def test_nav_shows_only_what_the_role_may_open(clients: dict[Role, TestClient]) -> None:
    viewer = clients[Role.VIEWER].get("/").text
    admin = clients[Role.ADMIN].get("/").text
    assert 'href="/audit"' not in viewer and 'href="/users"' not in viewer
    assert 'href="/audit"' in admin and 'href="/users"' in admin
    assert 'href="/audit"' in clients[Role.COMPLIANCE].get("/").text
    assert "vera" in viewer and "viewer" in viewer


def test_home_shows_the_brand_pack(viewer_client: TestClient) -> None:
    page = viewer_client.get("/")
    assert page.status_code == 200
    assert "Lumen Botanics" in page.text and "version 1" in page.text


def test_a_script_in_user_visible_values_renders_inert(
    app, admin_client: TestClient, anon: TestClient
) -> None:
    audit = app.state.services.audit
    audit.record(SCRIPT, "proposal.reject", target=SCRIPT, reason=SCRIPT, details={"x": SCRIPT})
    from tests.unit.app.web.conftest import sign_in

    sign_in(anon, SCRIPT, password="whatever-password")  # a failed sign-in with that name
    page = admin_client.get("/audit")
    assert page.status_code == 200
    assert SCRIPT not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    home = admin_client.get("/")
    assert SCRIPT not in home.text and "&lt;script&gt;" in home.text


def test_a_script_in_a_user_name_field_renders_inert(admin_client: TestClient, csrf_token) -> None:
    response = admin_client.post(
        "/users",
        data={
            "name": SCRIPT,
            "role": "viewer",
            "password": "long-enough-pw",
            "csrf_token": csrf_token(admin_client),
        },
    )
    assert response.status_code == 400
    assert "invalid user name" in response.text
    assert SCRIPT not in response.text


def test_security_headers(viewer_client: TestClient) -> None:
    response = viewer_client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    static = viewer_client.get("/static/style.css")
    assert "no-store" not in static.headers.get("cache-control", "")


def test_404_page_is_friendly(viewer_client: TestClient, anon: TestClient) -> None:
    page = viewer_client.get("/no/such/page")
    assert page.status_code == 404
    assert "There is no such page" in page.text and "<nav" in page.text
    assert anon.get("/api/nothing").json() == {"detail": "There is no such page."}


def test_errors_show_no_internals(app, viewer_client: TestClient) -> None:
    from fastapi import Depends

    from nextbest.app.web.auth import require_role

    @app.get("/boom")
    def boom(_: object = Depends(require_role(Role.VIEWER))) -> None:
        raise RuntimeError("SELECT secret FROM users -- internal detail")

    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    client.cookies = viewer_client.cookies
    page = client.get("/boom")
    assert page.status_code == 500
    assert "reference" in page.text
    assert "SELECT" not in page.text and "Traceback" not in page.text


def test_invalid_query_is_a_clear_400(compliance_client: TestClient) -> None:
    page = compliance_client.get("/audit?since=yesterday")
    assert page.status_code == 400
    assert "since" in page.text
    api = compliance_client.get("/api/audit?limit=0")
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "limit"]


def test_audit_filters_and_pages(app, compliance_client: TestClient, clock) -> None:
    audit = app.state.services.audit
    for i in range(60):
        audit.record("ana", "proposal.create", target=f"proposal:{i}", reason=f"r{i}")
    audit.record("bob", "proposal.approve", target="proposal:7", reason="fine")
    first = compliance_client.get("/audit?action=proposal.")
    assert "older →" in first.text and "proposal:59" in first.text
    second = compliance_client.get("/audit?action=proposal.&page=2")
    assert "proposal:0" in second.text and "← newer" in second.text
    only = compliance_client.get("/api/audit?target=proposal:7").json()
    assert [e["actor"] for e in only["entries"]] == ["bob", "ana"]
    assert compliance_client.get("/api/audit?actor=bob").json()["entries"][0]["reason"] == "fine"
    page = compliance_client.get("/api/audit?actor=ana&limit=50").json()
    assert len(page["entries"]) == 50 and page["next_offset"] == 50
    today = clock.now.date().isoformat()
    dated = compliance_client.get(f"/api/audit?since={today}&until={today}&actor=bob").json()
    assert len(dated["entries"]) in (0, 1)  # entries use the real clock of AuditLog
    future = compliance_client.get("/api/audit?since=2999-01-01").json()
    assert future["entries"] == []


def test_admin_manages_users(app, admin_client: TestClient, login, csrf_token) -> None:
    token = csrf_token(admin_client)
    added = admin_client.post(
        "/users",
        data={"name": "nina", "role": "marketer", "password": PASSWORD, "csrf_token": token},
    )
    assert added.status_code == 303
    assert "nina" in admin_client.get("/users").text
    nina = login("nina")
    assert nina.get("/").status_code == 200
    admin_client.post("/users/nina/role", data={"role": "compliance", "csrf_token": token})
    assert nina.get("/audit").status_code == 200
    admin_client.post("/users/nina/disable", data={"csrf_token": token})
    assert nina.get("/").status_code == 302
    actions = [e.action for e in app.state.services.audit.entries(target="user:nina")]
    assert actions == ["user.disable", "user.set_role", "sign_in", "user.add"]
    assert all(
        e.actor in ("ada", "nina") for e in app.state.services.audit.entries(target="user:nina")
    )


def test_the_last_admin_cannot_be_disabled(admin_client: TestClient, csrf_token) -> None:
    token = csrf_token(admin_client)
    response = admin_client.post("/users/ada/disable", data={"csrf_token": token})
    assert response.status_code == 303
    page = admin_client.get("/users")
    assert "last enabled admin" in page.text


def test_api_docs_list_operations_with_roles(viewer_client: TestClient, anon: TestClient) -> None:
    page = viewer_client.get("/api/docs")
    assert page.status_code == 200
    assert "/api/audit" in page.text and "compliance" in page.text
    paths = viewer_client.get("/api/openapi.json").json()["paths"]
    assert "/api/me" in paths and "/login" not in paths
    assert anon.get("/api/docs").status_code == 401
