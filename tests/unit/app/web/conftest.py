"""Fixtures for web workspace tests: an app on the sample workspace, users of every role,
signed-in TestClients, a controllable clock and CSRF helpers.

Users (all with password :data:`PASSWORD`): ``vera`` viewer, ``mark`` marketer, ``cora`` and
``colin`` compliance (two, for maker–checker), ``ada`` admin. Clients never follow redirects,
so tests see the 302/303 and its ``location``.

Typical use::

    def test_page(clients, csrf_token):
        client = clients[Role.COMPLIANCE]
        assert client.get("/brand").status_code == 200
        client.post("/thing", data={"csrf_token": csrf_token(client), ...})
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextbest.app.web.app import create_app
from nextbest.app.web.users import UserStore
from nextbest.app.workspace.audit import AuditLog
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

PASSWORD = "correct-horse-battery"
USERS: dict[str, Role] = {
    "vera": Role.VIEWER,
    "mark": Role.MARKETER,
    "cora": Role.COMPLIANCE,
    "colin": Role.COMPLIANCE,
    "ada": Role.ADMIN,
}
ROLE_USER: dict[Role, str] = {
    Role.VIEWER: "vera",
    Role.MARKETER: "mark",
    Role.COMPLIANCE: "cora",
    Role.ADMIN: "ada",
}
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
"""Cheap argon2 parameters so tests stay fast (production uses the library defaults)."""

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock tests move by hand.

    Args:
        now: Where it starts.
    """

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        """The current fake time."""
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move forward by ``timedelta(**delta)`` and return the new time."""
        self.now += timedelta(**delta)
        return self.now


def build_web_home(home: Path) -> Path:
    """A workspace with the sample brand (loaded 2026-11-01) and the users of :data:`USERS`."""
    workspace = Workspace(home)
    store = BrandStore(workspace, clock=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
    store.close()
    audit = AuditLog(workspace)
    users = UserStore(workspace, audit=audit, hasher=FAST_HASHER)
    for name, role in USERS.items():
        users.add(name, role, PASSWORD, actor="setup")
    users.close()
    audit.close()
    return home


def make_app(home: Path, clock: FakeClock | None = None, **kwargs: object) -> FastAPI:
    """``create_app`` with test settings (fast hasher, fake clock)."""
    return create_app(home, clock=clock or FakeClock(), password_hasher=FAST_HASHER, **kwargs)


def login_form_token(client: TestClient) -> str:
    """GET the sign-in page (setting its cookie) and return the form's hidden CSRF value."""
    page = client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "sign-in form has no csrf_token field"
    return match.group(1)


def sign_in(client: TestClient, name: str, password: str = PASSWORD, next_url: str = "/"):
    """Submit the sign-in form like a browser; returns the response (303 on success)."""
    token = login_form_token(client)
    return client.post(
        "/login",
        data={"username": name, "password": password, "next": next_url, "csrf_token": token},
    )


def signed_in_client(app: FastAPI, name: str) -> TestClient:
    """A TestClient with a live session of ``name``."""
    client = TestClient(app, follow_redirects=False)
    response = sign_in(client, name)
    assert response.status_code == 303, response.text
    return client


def csrf_of(client: TestClient) -> str:
    """The CSRF token of a signed-in client's session (from ``/api/me``)."""
    response = client.get("/api/me")
    assert response.status_code == 200, response.text
    token = response.json()["csrf_token"]
    assert token
    return token


@pytest.fixture(scope="session")
def web_home_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per test session; tests get a copy (``web_home``)."""
    return build_web_home(tmp_path_factory.mktemp("web") / "ws")


@pytest.fixture
def web_home(web_home_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample workspace with the users of every role."""
    return Path(shutil.copytree(web_home_template, tmp_path / "ws"))


@pytest.fixture
def clock() -> FakeClock:
    """The app's clock (starts 2026-11-24 09:00 UTC)."""
    return FakeClock()


@pytest.fixture
def app(web_home: Path, clock: FakeClock) -> Iterator[FastAPI]:
    """The web app on ``web_home`` with the fake clock."""
    application = make_app(web_home, clock)
    yield application
    application.state.services.close()


@pytest.fixture
def anon(app: FastAPI) -> TestClient:
    """An anonymous client (no redirects followed)."""
    return TestClient(app, follow_redirects=False)


@pytest.fixture
def login(app: FastAPI) -> Callable[[str], TestClient]:
    """Factory: ``login("cora")`` → a client signed in as that user."""
    return lambda name: signed_in_client(app, name)


@pytest.fixture
def clients(login: Callable[[str], TestClient]) -> dict[Role, TestClient]:
    """One signed-in client per role (viewer vera, marketer mark, compliance cora, admin ada)."""
    return {role: login(name) for role, name in ROLE_USER.items()}


@pytest.fixture
def viewer_client(login: Callable[[str], TestClient]) -> TestClient:
    """Signed in as vera (viewer)."""
    return login("vera")


@pytest.fixture
def marketer_client(login: Callable[[str], TestClient]) -> TestClient:
    """Signed in as mark (marketer)."""
    return login("mark")


@pytest.fixture
def compliance_client(login: Callable[[str], TestClient]) -> TestClient:
    """Signed in as cora (compliance)."""
    return login("cora")


@pytest.fixture
def second_compliance_client(login: Callable[[str], TestClient]) -> TestClient:
    """Signed in as colin (compliance) — the checker for cora's proposals."""
    return login("colin")


@pytest.fixture
def admin_client(login: Callable[[str], TestClient]) -> TestClient:
    """Signed in as ada (admin)."""
    return login("ada")


@pytest.fixture
def csrf_token() -> Callable[[TestClient], str]:
    """Helper: ``csrf_token(client)`` → the CSRF token of that client's session."""
    return csrf_of
