"""Two ``nextbest serve`` processes on one Postgres workspace (issue 21 item 2).

Both servers are real processes (uvicorn on loopback ports) sharing one Postgres database and
nothing else in memory: a proposal made on one is decided on the other, maker–checker holds
across them, and two reviewers answering the same escalation at the same moment on different
servers get exactly one release.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from nextbest.app.web.tokens import TokenStore
from nextbest.app.web.users import UserStore
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from tests.services.postgres import fresh_database
from tests.unit.app.workspace.test_review_queue import make_escalation
from tests.unit.app.workspace.test_runs import sample_workspace

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PEOPLE = {"maya": "compliance", "colin": "compliance", "rita": "compliance"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """One ``nextbest serve`` process."""

    def __init__(self, home: Path, log: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "nextbest"),
                "serve",
                "--home",
                str(home),
                "--port",
                str(self.port),
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=os.environ.copy(),
        )
        self.log = log

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise AssertionError(f"server not ready: {self.log.read_text()[-2000:]}")

    def call(
        self, method: str, path: str, token: str, body: dict[str, Any] | None = None
    ) -> tuple[int, Any]:
        request = urllib.request.Request(
            self.base + path,
            method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


@pytest.fixture(scope="module")
def shared(
    tmp_path_factory: pytest.TempPathFactory, postgres_server: str
) -> Iterator[dict[str, Any]]:
    """A Postgres workspace with the sample brand, three people with API tokens, two servers."""
    with fresh_database(postgres_server) as url, pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEXTBEST_DATABASE_URL", url)
        yield from _serve_twice(tmp_path_factory.mktemp("two-servers"))


def _serve_twice(tmp_path: Path) -> Iterator[dict[str, Any]]:
    home = sample_workspace(tmp_path / "ws").home  # the sample pack, loaded on 2026-11-01
    runtime = NextbestRuntime(home)
    runtime.ensure_sample()  # the sample customers (the pack is there: the servers skip it)
    users = UserStore(Workspace(home), hasher=FAST_HASHER)
    tokens = TokenStore(Workspace(home))
    secrets: dict[str, str] = {}
    for name, role in PEOPLE.items():
        users.add(name, role, "correct horse battery", actor="test")
        secrets[name] = tokens.create(name, "two servers", actor="test")[1]
    users.close()
    tokens.close()
    servers = [Server(home, tmp_path / f"server-{i}.log") for i in (1, 2)]
    try:
        for server in servers:
            server.wait_ready()
        yield {"home": home, "runtime": runtime, "tokens": secrets, "servers": servers}
    finally:
        for server in servers:
            server.stop()
        runtime.close()


def test_maker_checker_holds_across_two_servers(shared: dict[str, Any]) -> None:
    one, two = shared["servers"]
    token = shared["tokens"]
    assert not (shared["home"] / "nextbest.db").exists()  # the workspace lives in Postgres
    status, claim = one.call("GET", "/api/brand/entries/claim/clm-refund-60", token["maya"])
    assert status == 200, claim
    data = {**claim["data"], "text": "Not happy? Full refund within 60 days."}
    status, made = one.call(
        "POST",
        "/api/proposals",
        token["maya"],
        {
            "kind": "claim",
            "action": "edit",
            "target": "clm-refund-60",
            "payload": data,
            "reason": "shorter",
        },
    )
    assert status == 201, made
    number = made["id"]
    status, refused = two.call("POST", f"/api/proposals/{number}/approve", token["maya"], {})
    assert status == 403, refused  # the maker cannot approve, on the other server either
    status, seen = one.call("GET", f"/api/proposals/{number}", token["colin"])
    assert (status, seen["status"]) == (200, "pending")
    status, approved = two.call(
        "POST", f"/api/proposals/{number}/approve", token["colin"], {"note": "checked"}
    )
    assert status == 200, approved
    status, seen = one.call("GET", f"/api/proposals/{number}", token["maya"])
    assert (seen["status"], seen["maker"], seen["checker"]) == ("approved", "maya", "colin")
    status, after = one.call("GET", "/api/brand/entries/claim/clm-refund-60", token["maya"])
    assert after["data"]["text"] == "Not happy? Full refund within 60 days."
    audit = AuditLog(Workspace(shared["home"]))
    actions = [(e.actor, e.action, e.outcome) for e in audit.entries(target=f"proposal:{number}")]
    audit.close()
    assert ("maya", "proposal.approve", "refused") in actions
    assert ("colin", "proposal.approve", "ok") in actions


def test_two_reviewers_on_two_servers_answer_one_escalation_once(shared: dict[str, Any]) -> None:
    one, two = shared["servers"]
    token = shared["tokens"]
    runtime: NextbestRuntime = shared["runtime"]
    make_escalation(runtime, "d-shared")  # paused in this process; its checkpoint is in Postgres
    for server in (one, two):
        status, pending = server.call("GET", "/api/review", token["rita"])
        assert status == 200 and [p["decision_id"] for p in pending] == ["d-shared"]
    start = threading.Barrier(2)
    answers: dict[str, tuple[int, Any]] = {}

    def answer(server: Server, who: str) -> None:
        start.wait()
        answers[who] = server.call(
            "POST", "/api/review/d-shared", token[who], {"action": "approve", "note": who}
        )

    threads = [
        threading.Thread(target=answer, args=(one, "rita")),
        threading.Thread(target=answer, args=(two, "colin")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    codes = sorted(code for code, _ in answers.values())
    assert codes[0] == 200 and codes[1] in (400, 404), answers
    [winner] = [who for who, (code, _) in answers.items() if code == 200]
    assert answers[winner][1]["outcome"] == "released"
    released = [r for r in runtime.records.for_decision("d-shared") if r.outcome == "released"]
    assert len(released) == 1
    for server in (one, two):
        assert server.call("GET", "/api/review", token["rita"])[1] == []
    audit = AuditLog(Workspace(shared["home"]))
    ok = [e.actor for e in audit.entries(action="review.approve") if e.outcome == "ok"]
    audit.close()
    assert ok == [winner]
