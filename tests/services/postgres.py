"""Postgres for tests: a real server, a fresh database per test, and the backend switch.

Contract (shared by the service fixtures): ``NEXTBEST_TEST_DATABASE_URL`` names a Postgres
superuser URL the tests may create databases in (``.ci/run`` starts one and exports it). When it
is unset, the session starts a throwaway cluster with Debian's ``initdb``/``pg_ctl`` (run as the
``postgres`` user when we are root) in a temporary folder on a free loopback port, and stops it at
the end. When neither works the Postgres tests skip — except under ``CI``, where they fail.

Fixtures:
    postgres_server: The superuser URL of the server (session).
    postgres_url: A fresh, empty database on it for one test (dropped afterwards); wider
        scopes use :func:`fresh_database`.
    workspace_backend: Parametrised ``sqlite``/``postgres``; for ``postgres`` it points
        ``NEXTBEST_DATABASE_URL`` at a fresh database, so every ``Workspace`` the test opens
        (and every process it starts) uses it.
    workspace_copy: ``workspace_copy(key, build)`` — a workspace built once per key and
        backend (``build(home)``), copied for each test: the folder with ``shutil.copytree``
        and, on Postgres, the database with ``CREATE DATABASE … TEMPLATE`` (milliseconds).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

URL_ENV = "NEXTBEST_TEST_DATABASE_URL"
_TEMPLATE_DATABASES: list[str] = []
"""Template databases made this session; dropped when the server fixture ends."""
BACKENDS = ("sqlite", "postgres")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"Postgres is required in CI: {reason}")
    pytest.skip(f"no Postgres for the tests: {reason}")


class _Cluster:
    """A throwaway Postgres cluster in a temporary folder."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="nextbest-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.folder.chmod(0o700)

    def start(self) -> str:
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin_dir / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=32MB"
        )
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "-l",
                    str(self.folder / "server.log"),
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
            timeout=90,
        )
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ]
            ),
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The superuser URL of a running Postgres (the CI one, or a throwaway cluster)."""
    given = os.environ.get(URL_ENV, "").strip()
    if given:
        try:
            yield given
        finally:
            for database in _TEMPLATE_DATABASES:
                _admin(given, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        return
    bin_dir = _binaries()
    if bin_dir is None:
        _unavailable("set NEXTBEST_TEST_DATABASE_URL or install Debian's postgresql")
    assert bin_dir is not None
    cluster = _Cluster(bin_dir)
    try:
        url = cluster.start()
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        cluster.stop()
        _unavailable(f"could not start a cluster: {exc} {detail.decode(errors='replace')}")
    try:
        yield url
    finally:
        cluster.stop()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin(server: str, statement: str) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(statement)
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """A new empty database on ``server`` (its URL), dropped with its connections afterwards."""
    name = f"nextbest_test_{uuid.uuid4().hex[:12]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(server, name)
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh empty database for one test; dropped (connections ended) afterwards."""
    with fresh_database(postgres_server) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def workspace_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``sqlite`` or ``postgres``: the workspace database every ``Workspace`` in the test uses."""
    monkeypatch.delenv("NEXTBEST_DATABASE_URL", raising=False)
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        monkeypatch.setenv("NEXTBEST_DATABASE_URL", url)
    return str(request.param)


def _terminate(server: str, database: str) -> None:
    """End every connection to ``database`` (a template must have none when it is copied)."""
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        )


class WorkspaceTemplates:
    """Workspaces built once per (key, backend), copied for every test that asks."""

    def __init__(self, root: Path, request: pytest.FixtureRequest) -> None:
        self._root = root
        self._request = request
        self._built: dict[tuple[str, str], tuple[Path, str | None]] = {}

    def _server(self) -> str:
        return str(self._request.getfixturevalue("postgres_server"))

    def template(
        self, key: str, backend: str, build: Callable[[Path], object]
    ) -> tuple[Path, str | None]:
        """The template of ``key`` on ``backend``: its folder and (Postgres) database name."""
        if (key, backend) not in self._built:
            home = self._root / f"{key}-{backend}" / "ws"
            database = None
            with pytest.MonkeyPatch.context() as patch:
                patch.delenv("NEXTBEST_DATABASE_URL", raising=False)
                if backend == "postgres":
                    database = f"nextbest_template_{uuid.uuid4().hex[:12]}"
                    _admin(self._server(), f'CREATE DATABASE "{database}"')
                    _TEMPLATE_DATABASES.append(database)
                    patch.setenv("NEXTBEST_DATABASE_URL", _with_database(self._server(), database))
                build(home)
            self._built[(key, backend)] = (home, database)
        return self._built[(key, backend)]


@pytest.fixture(scope="session")
def _workspace_templates(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> WorkspaceTemplates:
    return WorkspaceTemplates(tmp_path_factory.mktemp("templates"), request)


@pytest.fixture
def workspace_copy(
    workspace_backend: str,
    _workspace_templates: WorkspaceTemplates,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Callable[[str, Callable[[Path], object]], Path]:
    """Factory: ``workspace_copy(key, build)`` → the home of this test's copy of the template.

    On Postgres, ``NEXTBEST_DATABASE_URL`` points at the copy's database for the rest of the
    test (and the copy is dropped afterwards).
    """

    def copy(key: str, build: Callable[[Path], object]) -> Path:
        home, database = _workspace_templates.template(key, workspace_backend, build)
        target = tmp_path / f"{key}-copy" / "ws"
        shutil.copytree(home, target)
        if database is not None:
            server = str(request.getfixturevalue("postgres_server"))
            name = f"nextbest_test_{uuid.uuid4().hex[:12]}"
            _terminate(server, database)
            _admin(server, f'CREATE DATABASE "{name}" TEMPLATE "{database}"')
            request.addfinalizer(
                lambda: _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            )
            monkeypatch.setenv("NEXTBEST_DATABASE_URL", _with_database(server, name))
        return target

    return copy
