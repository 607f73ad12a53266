"""Sign-in, sessions, CSRF, throttling, disabled users and API tokens — on SQLite and Postgres."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nextbest.app.web.auth import SESSION_COOKIE
from nextbest.app.web.users import UserStore
from nextbest.brand_context.workspace import Workspace
from tests.unit.app.web.conftest import (
    PASSWORD,
    FakeClock,
    build_web_home,
    login_form_token,
    sign_in,
)


@pytest.fixture
def web_home(workspace_copy: Callable[..., Path]) -> Path:
    """The web workspace on each backend: the auth stores (users, sessions, tokens, throttle)."""
    return workspace_copy("web", build_web_home)


def _audit(app, action: str) -> list:
    return app.state.services.audit.entries(action=action)


def test_sign_in_sets_a_hardened_cookie_and_lands_on_next(app, anon: TestClient) -> None:
    response = sign_in(anon, "cora", next_url="/audit?actor=ada")
    assert response.status_code == 303
    assert response.headers["location"] == "/audit?actor=ada"
    cookie = next(
        h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE)
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie
    assert anon.get("/").status_code == 200
    entry = _audit(app, "sign_in")[0]
    assert (entry.actor, entry.target, entry.outcome) == ("cora", "user:cora", "ok")


def test_secure_cookies_when_asked(web_home, clock) -> None:
    from tests.unit.app.web.conftest import make_app

    app = make_app(web_home, clock, secure_cookies=True)
    client = TestClient(app, follow_redirects=False, base_url="https://testserver")
    response = sign_in(client, "vera")
    cookies = " ".join(response.headers.get_list("set-cookie"))
    assert "Secure" in cookies
    app.state.services.close()


def test_next_cannot_leave_the_site(app) -> None:
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        response = sign_in(TestClient(app, follow_redirects=False), "vera", next_url=target)
        assert response.headers["location"] == "/"


def test_wrong_password_is_refused_and_audited(app, anon: TestClient) -> None:
    response = sign_in(anon, "cora", password="wrong-password!")
    assert response.status_code == 401
    assert "Wrong user name or password" in response.text
    assert SESSION_COOKIE not in anon.cookies
    assert anon.get("/").status_code == 302
    entry = _audit(app, "sign_in_failed")[0]
    assert (entry.actor, entry.outcome) == ("cora", "refused")


def test_unknown_user_gets_the_same_answer(anon: TestClient) -> None:
    response = sign_in(anon, "nobody", password="whatever-password")
    assert response.status_code == 401
    assert "Wrong user name or password" in response.text


def test_sign_in_without_the_form_token_is_refused(anon: TestClient) -> None:
    response = anon.post("/login", data={"username": "cora", "password": PASSWORD})
    assert response.status_code == 403
    assert SESSION_COOKIE not in anon.cookies
    login_form_token(anon)
    forged = anon.post(
        "/login", data={"username": "cora", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert forged.status_code == 403


def test_throttle_after_five_failures_for_a_name(app, anon: TestClient, clock: FakeClock) -> None:
    for _ in range(5):
        assert sign_in(anon, "cora", password="wrong-password!").status_code == 401
    refused = sign_in(anon, "cora")  # the right password, but throttled
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.text
    assert int(refused.headers["retry-after"]) > 0
    assert SESSION_COOKIE not in anon.cookies
    entry = _audit(app, "sign_in_throttled")[0]
    assert (entry.actor, entry.outcome) == ("cora", "refused")
    clock.advance(minutes=16)
    assert sign_in(anon, "cora").status_code == 303


def test_throttle_by_address_across_names(anon: TestClient) -> None:
    for name in ("a1", "a2", "a3", "a4", "a5"):
        sign_in(anon, name, password="wrong-password!")
    assert sign_in(anon, "vera").status_code == 429


def test_success_clears_the_failures_of_a_name(app, login) -> None:
    client = TestClient(app, follow_redirects=False)
    for _ in range(4):
        sign_in(client, "mark", password="wrong-password!")
    assert sign_in(client, "mark").status_code == 303
    # the address still has 4 failures; one more from elsewhere would be needed for the name
    assert app.state.services.throttle.retry_after("mark", "elsewhere") is None


def test_post_without_csrf_token_is_refused(app, admin_client: TestClient, csrf_token) -> None:
    response = admin_client.post("/account/tokens", data={"label": "x"})
    assert response.status_code == 403
    assert response.headers["x-refused"] == "csrf"
    assert app.state.services.tokens.for_user("ada") == []
    wrong = admin_client.post("/account/tokens", data={"label": "x", "csrf_token": "nope"})
    assert wrong.status_code == 403
    ok = admin_client.post(
        "/account/tokens", data={"label": "x", "csrf_token": csrf_token(admin_client)}
    )
    assert ok.status_code == 200
    assert len(app.state.services.tokens.for_user("ada")) == 1


def test_csrf_header_works_for_cookie_api_calls(admin_client: TestClient, csrf_token) -> None:
    created = admin_client.post(
        "/account/tokens", data={"label": "x", "csrf_token": csrf_token(admin_client)}
    )
    assert created.status_code == 200
    token_id = admin_client.get("/api/tokens").json()[0]["token_id"]
    assert admin_client.delete(f"/api/tokens/{token_id}").status_code == 403
    response = admin_client.delete(
        f"/api/tokens/{token_id}", headers={"X-CSRF-Token": csrf_token(admin_client)}
    )
    assert response.status_code == 200
    assert response.json()["active"] is False


def test_csrf_token_is_bound_to_the_session(login, csrf_token) -> None:
    cora, colin = login("cora"), login("colin")
    response = cora.post("/account/tokens", data={"csrf_token": csrf_token(colin)})
    assert response.status_code == 403


def test_disabled_user_is_refused_at_once_with_a_live_session(app, login, web_home) -> None:
    client = login("mark")
    assert client.get("/").status_code == 200
    users = UserStore(Workspace(web_home))  # as `nextbest users disable` does, from the shell
    users.disable("mark", actor="cli:test")
    users.close()
    response = client.get("/")
    assert response.status_code == 302 and response.headers["location"].startswith("/login")
    assert client.get("/api/me").status_code == 401
    assert sign_in(TestClient(app, follow_redirects=False), "mark").status_code == 401


def test_idle_session_expires(login, clock: FakeClock) -> None:
    client = login("vera")
    clock.advance(minutes=29)
    assert client.get("/").status_code == 200  # activity renews the idle timer
    clock.advance(minutes=29)
    assert client.get("/").status_code == 200
    clock.advance(minutes=31)
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["location"] == "/login?next=%2F&expired=1"
    assert "Your session has ended" in client.get(response.headers["location"]).text


def test_absolute_session_lifetime(login, clock: FakeClock) -> None:
    client = login("vera")
    start = clock.now
    while clock.now + timedelta(minutes=29) - start < timedelta(hours=12):
        clock.advance(minutes=29)  # busy all day: never idle for 30 minutes
        assert client.get("/").status_code == 200
    clock.advance(minutes=29)
    assert client.get("/").status_code == 302


def test_tampered_cookie_is_anonymous(app, login) -> None:
    value = login("ada").cookies[SESSION_COOKIE]
    session_id, signature = value.rsplit(".", 1)
    intact = TestClient(app, follow_redirects=False, cookies={SESSION_COOKIE: value})
    assert intact.get("/").status_code == 200
    for forged in (
        ("B" if session_id[0] == "A" else "A") + session_id[1:] + "." + signature,
        session_id + "." + ("B" if signature[0] == "A" else "A") + signature[1:],
        session_id,
    ):
        client = TestClient(app, follow_redirects=False, cookies={SESSION_COOKIE: forged})
        assert client.get("/").status_code == 302


def test_sign_out_ends_the_session(app, login, csrf_token) -> None:
    client = login("cora")
    stolen = client.cookies[SESSION_COOKIE]
    response = client.post("/logout", data={"csrf_token": csrf_token(client)})
    assert response.status_code == 303
    other = TestClient(app, follow_redirects=False)
    other.cookies.set(SESSION_COOKIE, stolen)
    assert other.get("/").status_code == 302
    assert _audit(app, "sign_out")[0].actor == "cora"


def test_api_token_works_then_revoked_token_is_refused(
    app, compliance_client: TestClient, csrf_token
) -> None:
    page = compliance_client.post(
        "/account/tokens",
        data={"label": "nightly <export>", "csrf_token": csrf_token(compliance_client)},
    )
    secret = page.text.split('id="new-token">')[1].split("<")[0]
    assert secret.startswith("nbt_")
    bearer = TestClient(app, follow_redirects=False)
    headers = {"Authorization": f"Bearer {secret}"}
    me = bearer.get("/api/me", headers=headers)
    assert me.json() == {"name": "cora", "role": "compliance", "via": "token", "csrf_token": None}
    assert bearer.get("/api/audit", headers=headers).status_code == 200
    assert bearer.get("/", headers=headers).status_code == 302  # tokens open the API only
    token_id = bearer.get("/api/tokens", headers=headers).json()[0]["token_id"]
    # bearer calls need no CSRF token
    assert bearer.delete(f"/api/tokens/{token_id}", headers=headers).status_code == 200
    refused = bearer.get("/api/me", headers=headers)
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"] == "Bearer"
    actions = [e.action for e in app.state.services.audit.entries(actor="cora")]
    assert "token.create" in actions and "token.revoke" in actions
    assert app.state.services.tokens.resolve(secret) is None


def test_token_secret_is_stored_hashed(app, compliance_client: TestClient, csrf_token) -> None:
    page = compliance_client.post(
        "/account/tokens", data={"csrf_token": csrf_token(compliance_client)}
    )
    secret = page.text.split('id="new-token">')[1].split("<")[0]
    workspace = app.state.services.workspace
    if not workspace.on_postgres:
        assert secret.encode() not in workspace.db_path.read_bytes()
    conn = workspace.connect()
    stored = [tuple(r) for r in conn.execute("SELECT * FROM api_tokens")]
    conn.close()
    assert stored and not any(secret in str(value) for row in stored for value in row)
    again = compliance_client.get("/account")
    assert secret not in again.text


def test_token_of_a_disabled_user_is_refused(app, login, csrf_token) -> None:
    services = app.state.services
    _, secret = services.tokens.create("mark", "bot", actor="test")
    headers = {"Authorization": f"Bearer {secret}"}
    bearer = TestClient(app)
    assert bearer.get("/api/me", headers=headers).status_code == 200
    services.users.disable("mark", actor="test")
    assert bearer.get("/api/me", headers=headers).status_code == 401


def test_bad_authorization_header_is_refused(anon: TestClient) -> None:
    assert anon.get("/api/me", headers={"Authorization": "Bearer nbt_nope"}).status_code == 401
    assert anon.get("/api/me", headers={"Authorization": "Basic abc"}).status_code == 401


def test_role_too_low_gets_a_friendly_403(viewer_client: TestClient) -> None:
    page = viewer_client.get("/audit")
    assert page.status_code == 403
    assert "compliance role or higher" in page.text
    assert "Traceback" not in page.text
    api = viewer_client.get("/api/audit")
    assert api.status_code == 403 and api.json()["reason"] == "role"


def test_role_change_applies_to_live_sessions(app, login) -> None:
    client = login("mark")
    assert client.get("/audit").status_code == 403
    app.state.services.users.set_role("mark", "compliance", actor="test")
    assert client.get("/audit").status_code == 200


def test_login_page_redirects_signed_in_users(login) -> None:
    client = login("vera")
    response = client.get("/login?next=/account")
    assert response.status_code == 303 and response.headers["location"] == "/account"


def test_expired_sessions_are_purged_at_the_next_sign_in(app, login, clock: FakeClock) -> None:
    login("vera")
    login("mark")
    sessions = app.state.services.sessions
    count = "SELECT COUNT(*) FROM web_sessions"
    assert sessions._conn.execute(count).fetchone()[0] == 2
    clock.advance(hours=1)
    login("cora")
    assert sessions._conn.execute(count).fetchone()[0] == 1


def test_change_my_password_ends_my_other_sessions(app, login, csrf_token) -> None:
    here, elsewhere = login("mark"), login("mark")
    token = csrf_token(here)
    wrong = here.post(
        "/account/password",
        data={
            "current_password": "not-it-at-all",
            "new_password": "a-new-password-1",
            "confirm_password": "a-new-password-1",
            "csrf_token": token,
        },
    )
    assert wrong.status_code == 400 and "current password is wrong" in wrong.text
    mismatch = here.post(
        "/account/password",
        data={
            "current_password": PASSWORD,
            "new_password": "a-new-password-1",
            "confirm_password": "a-new-password-2",
            "csrf_token": token,
        },
    )
    assert mismatch.status_code == 400 and "differ" in mismatch.text
    ok = here.post(
        "/account/password",
        data={
            "current_password": PASSWORD,
            "new_password": "a-new-password-1",
            "confirm_password": "a-new-password-1",
            "csrf_token": token,
        },
    )
    assert ok.status_code == 303
    assert here.get("/").status_code == 200
    assert elsewhere.get("/").status_code == 302
    fresh = TestClient(app, follow_redirects=False)
    assert sign_in(fresh, "mark").status_code == 401
    assert sign_in(fresh, "mark", password="a-new-password-1").status_code == 303
    outcomes = [e.outcome for e in app.state.services.audit.entries(action="user.set_password")]
    assert outcomes == ["ok", "refused"]


def test_admin_resets_a_password(app, admin_client: TestClient, login, csrf_token) -> None:
    vera = login("vera")
    response = admin_client.post(
        "/users/vera/password",
        data={"password": "reset-by-admin-1", "csrf_token": csrf_token(admin_client)},
    )
    assert response.status_code == 303
    assert vera.get("/").status_code == 302
    assert (
        sign_in(
            TestClient(app, follow_redirects=False), "vera", password="reset-by-admin-1"
        ).status_code
        == 303
    )
    entry = app.state.services.audit.entries(action="user.set_password")[0]
    assert (entry.actor, entry.target) == ("ada", "user:vera")


def test_my_sessions_are_listed_and_the_others_can_be_signed_out(app, login, csrf_token) -> None:
    here, phone = login("cora"), login("cora")
    page = here.get("/account").text
    assert page.count("testclient") >= 2 and "this browser" in page  # address of each session
    assert "Sign out everywhere else" in page
    response = here.post("/account/sessions/sign-out-others", data={"csrf_token": csrf_token(here)})
    assert response.status_code == 303
    assert "Signed out 1 other session." in here.get("/account").text
    assert phone.get("/").status_code == 302
    assert here.get("/").status_code == 200
    entry = app.state.services.audit.entries(action="sign_out_others")[0]
    assert (entry.actor, entry.details) == ("cora", {"ended": 1})


def test_the_signing_secret_is_private_and_stable(app, web_home) -> None:
    from nextbest.app.web.sessions import SECRET_FILE, workspace_secret

    path = web_home / SECRET_FILE
    assert path.stat().st_mode & 0o777 == 0o600
    assert workspace_secret(Workspace(web_home)) == workspace_secret(Workspace(web_home))
    assert len(workspace_secret(Workspace(web_home))) == 32
