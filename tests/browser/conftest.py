"""Browser tests: the web workspace served by uvicorn on loopback, driven by headless Chromium.

Chromium is Debian's package (``apt-get install chromium``; ``.ci/run`` installs it when
missing) launched by Python Playwright with ``executable_path`` — never ``playwright install``.
Without chromium the tests skip locally, but in CI (``CI`` set) a missing browser fails them.

Fixtures: ``server`` (a live app over a fresh copy of the sample workspace with the users of
``tests/unit/app/web/conftest.py``: vera, mark, cora, colin, ada — password ``PASSWORD``),
``browser`` (one Chromium per session), ``page`` (a fresh context per test), ``sign_in_as``
(sign a page in) and ``screenshot`` (save a PNG under the artifacts folder,
``.nextbest-artifacts/screenshots/`` or ``$NEXTBEST_ARTIFACTS/screenshots/``, git-ignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from nextbest.app.web.app import create_app
from tests.unit.app.web.conftest import (  # noqa: F401  (fixtures re-exported for browser tests)
    FAST_HASHER,
    PASSWORD,
    web_home,
    web_home_template,
)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(
    os.environ.get("NEXTBEST_ARTIFACTS")
    or Path(__file__).resolve().parents[2] / ".nextbest-artifacts"
)


@dataclass
class LiveServer:
    """A running web workspace.

    Attributes:
        url: Base URL, e.g. ``http://127.0.0.1:43123``.
        home: The workspace folder it serves.
        app: The FastAPI app (``app.state.services`` reaches the stores).
    """

    url: str
    home: Path
    app: object


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(web_home: Path) -> Iterator[LiveServer]:  # noqa: F811
    """The web workspace on a free loopback port, in a thread, over a fresh sample workspace."""
    app = create_app(web_home, password_hasher=FAST_HASHER)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    yield LiveServer(url=f"http://127.0.0.1:{port}", home=web_home, app=app)
    uv.should_exit = True
    thread.join(timeout=10)
    app.state.services.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless Chromium through Playwright (skips locally, fails in CI, if missing)."""
    executable = shutil.which("chromium")
    problem = "" if executable else "chromium is not installed (apt-get install chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        problem = problem or "the playwright package is not installed (pip install -e '.[dev]')"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run in CI: {problem}")
        pytest.skip(problem)
    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser) -> Iterator[object]:
    """A fresh browser context (no cookies) and page for one test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def sign_in_as(server: LiveServer) -> Callable[..., None]:
    """``sign_in_as(page, "cora")``: fill the sign-in form and wait for the home page."""

    def sign_in(tab, name: str, password: str = PASSWORD) -> None:
        tab.goto(f"{server.url}/login")
        tab.fill("input[name=username]", name)
        tab.fill("input[name=password]", password)
        tab.click("button[type=submit]")
        tab.wait_for_url(f"{server.url}/")

    return sign_in


@pytest.fixture
def screenshot() -> Callable[[object, str], Path]:
    """``screenshot(page, "home")`` → the PNG written under the artifacts folder."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)

    def take(tab, name: str) -> Path:
        path = folder / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return take
