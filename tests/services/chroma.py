"""A Chroma server for tests, and the switch between the embedded store and the server.

Contract (shared by the service fixtures): ``NEXTBEST_TEST_CHROMA_URL`` names a running
``chroma run`` server (``.ci/run`` starts one and exports it). When it is unset, the session
starts ``chroma run`` (the CLI the chromadb package installs beside this Python) on a temporary
folder and a free loopback port, and stops it at the end. When neither works the server tests
skip — except under ``CI``, where they fail.

Each test workspace gets its own collection on the server (named after the workspace's id), so
tests sharing one server never see each other's entries.

Fixtures:
    chroma_server: The URL of the running server (session).
    chroma_backend: Parametrised ``embedded``/``server``; for ``server`` it points
        ``NEXTBEST_CHROMA_URL`` at the server, so every brand store the test opens (and every
        process it starts) keeps its vectors there.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

URL_ENV = "NEXTBEST_TEST_CHROMA_URL"
STORE_URL_ENV = "NEXTBEST_CHROMA_URL"
BACKENDS = ("embedded", "server")
START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chroma_cli() -> Path | None:
    """The ``chroma`` CLI installed beside this Python (or on PATH), if any."""
    beside = Path(sys.executable).parent / "chroma"
    if beside.exists():
        return beside
    found = shutil.which("chroma")
    return Path(found) if found else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"a Chroma server is required in CI: {reason}")
    pytest.skip(f"no Chroma server for the tests: {reason}")


def answers(url: str) -> bool:
    """Whether a Chroma server answers its heartbeat at ``url``."""
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


class ChromaServerProcess:
    """``chroma run`` on a temporary folder and a free loopback port (``wait``, then ``stop``)."""

    def __init__(self, cli: Path) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="nextbest-chroma-"))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = self.folder / "server.log"
        command = [str(cli), "run", "--path", str(self.folder / "data"),
                   "--host", "127.0.0.1", "--port", str(self.port)]  # fmt: skip
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )

    def wait(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not answers(self.url):
            if self.process.poll() is not None:
                raise RuntimeError(f"chroma run exited: {self.log.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"chroma run did not answer within {START_TIMEOUT_S} s")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def chroma_server() -> Iterator[str]:
    """The URL of a running Chroma server (the CI one, or ``chroma run`` for this session)."""
    given = os.environ.get(URL_ENV, "").strip().rstrip("/")
    if given:
        if not answers(given):
            _unavailable(f"{URL_ENV}={given} does not answer")
        yield given
        return
    cli = chroma_cli()
    if cli is None:
        _unavailable(f"set {URL_ENV} or install chromadb (it ships the `chroma` CLI)")
    assert cli is not None
    server = ChromaServerProcess(cli)
    try:
        server.wait()
    except (RuntimeError, OSError) as exc:
        server.stop()
        _unavailable(f"could not start `chroma run`: {exc}")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def chroma_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``embedded`` or ``server``: where every brand store in the test keeps its vectors."""
    monkeypatch.delenv(STORE_URL_ENV, raising=False)
    if request.param == "server":
        monkeypatch.setenv(STORE_URL_ENV, request.getfixturevalue("chroma_server"))
    return str(request.param)
