"""LangGraph's own server (``langgraph dev``) runs both graphs on a workspace, through the SDK.

What LangGraph Studio and the SDK do: no nextbest context is passed, so each graph builds its
own from ``NEXTBEST_HOME``; every request carries a nextbest API token (custom auth), and the
chat's goal approval takes who proposes and who approves from those tokens, not the payload.
In CI (``CI`` set) a missing ``langgraph`` CLI is a failure, not a skip.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from nextbest.agents.local_llm import free_port
from nextbest.app.web.tokens import TokenStore
from nextbest.app.web.users import UserStore
from nextbest.app.workspace.goal_store import GoalStore
from nextbest.app.workspace.records import ReleaseLog
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
LANGGRAPH = Path(sys.executable).parent / "langgraph"
PASSWORD = "a long test password"
DECISION = {
    "decision_id": "d-studio-1",
    "customer_id": "c-1",
    "action_id": "off-night-renew-10:email:evening",
    "offer_id": "off-night-renew-10",
    "channel": "email",
    "window": "evening",
    "propensity": 0.4,
    "policy_name": "studio-test",
    "policy_version": 1,
    "holdout": False,
}
CUSTOMER = {
    "customer_id": "c-1",
    "first_name": "Ana",
    "time_zone": "America/Los_Angeles",
    "consent_email": "opt_in",
    "locale": "en-US",
}
PROPOSAL = 'propose cap.sms=1/7 summary="fewer texts"'


IN_FORCE_FROM = date(2026, 11, 1)
"""The sample pack is imported as in force since this day, so the fixed send time below stays
inside its history (and inside the offer's validity) whatever today's date is."""
SEND_TIME = "2027-01-15T18:00:00Z"
"""A fixed send time inside the offer's validity. Earlier versions sent at a fixed day or at
"tomorrow" after an import "now": the first failed once the clock passed it (no pack version
in force), the second once the sample offer had ended."""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace(tmp_path_factory.mktemp("studio") / ".nextbest")
    store = BrandStore(workspace)
    store.import_pack(
        load_pack(sample_pack_path()),
        author="t",
        role=Role.ADMIN,
        reason="t",
        effective_from=IN_FORCE_FROM,
    )
    store.close()
    return workspace


@pytest.fixture(scope="module")
def tokens(workspace: Workspace) -> dict[str, str]:
    users, store = UserStore(workspace), TokenStore(workspace)
    secrets = {}
    for name, role in (("maria", Role.MARKETER), ("li", Role.MARKETER), ("vic", Role.VIEWER)):
        users.add(name, role, PASSWORD, actor="test")
        secrets[name] = store.create(name, "studio", actor="test")[1]
    users.close()
    store.close()
    return secrets


@pytest.fixture(scope="module")
def server(workspace: Workspace, tokens: dict[str, str], tmp_path_factory) -> Iterator[str]:
    if not LANGGRAPH.exists():
        message = "langgraph-cli[inmem] is not installed: pip install -e '.[dev]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    log = (tmp_path_factory.mktemp("langgraph") / "server.log").open("w")
    process = subprocess.Popen(
        [
            str(LANGGRAPH),
            "dev",
            "--no-browser",
            "--no-reload",
            "--allow-blocking",
            "--port",
            str(port),
            "--config",
            str(ROOT / "langgraph.json"),
        ],
        cwd=workspace.home.parent,
        env={**os.environ, "NEXTBEST_HOME": str(workspace.home), "LANGSMITH_TRACING": "false"},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            assert process.poll() is None, Path(log.name).read_text()[-3000:]
            assert time.monotonic() < deadline, Path(log.name).read_text()[-3000:]
            try:
                with urllib.request.urlopen(f"{url}/ok", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def _client(url: str, token: str | None):
    from langgraph_sdk import get_sync_client

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return get_sync_client(url=url, headers=headers)


@pytest.mark.slow
def test_the_release_graph_runs_from_the_sdk_without_a_context(server, tokens, workspace):
    client = _client(server, tokens["maria"])
    assert {a["graph_id"] for a in client.assistants.search()} == {"release", "chat"}

    out = client.runs.wait(
        None,
        "release",
        input={"decision": DECISION, "customer": CUSTOMER, "send_time": SEND_TIME},
    )

    assert out.get("outcome") == "released", out
    assert out["message"]["channel"] == "email" and "Ana" in out["message"]["body"]
    records = ReleaseLog(workspace)
    (record,) = records.for_decision("d-studio-1")
    records.close()
    assert record.outcome == "released" and record.verdict["decision"] in ("pass", "warn")


@pytest.mark.slow
def test_requests_without_a_workspace_token_are_refused(server, tokens):
    for token in (None, "nbt_not-a-token", tokens["vic"]):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            _client(server, token).assistants.search()
        assert refused.value.response.status_code in (401, 403)


@pytest.mark.slow
def test_the_chat_pauses_for_approval_and_only_another_signed_in_user_approves(
    server, tokens, workspace
):
    maria, li = _client(server, tokens["maria"]), _client(server, tokens["li"])
    thread = maria.threads.create()["thread_id"]

    # The payload names someone else; the proposer is the token's owner.
    maria.runs.wait(
        thread, "chat", input={"messages": [{"role": "user", "content": PROPOSAL}], "user": "li"}
    )
    state = maria.threads.get_state(thread)
    assert state["next"] == ["approve"]
    (interrupt,) = state["tasks"][0]["interrupts"]
    assert interrupt["value"]["proposed_by"] == "maria"

    # Maria approves her own change, claiming to be li: refused, nothing stored.
    out = maria.runs.wait(
        thread, "chat", command={"resume": {"approve": True, "by": "li", "reason": "mine"}}
    )
    assert "another user must approve" in out["messages"][-1]["content"]
    goals = GoalStore(workspace)
    assert goals.history() == []

    # Proposed again; li approves with li's own token.
    maria.runs.wait(thread, "chat", input={"messages": [{"role": "user", "content": PROPOSAL}]})
    out = li.runs.wait(
        thread, "chat", command={"resume": {"approve": True, "by": "li", "reason": "agreed"}}
    )
    assert out["approved_versions"] == [1]
    (saved,) = goals.history()
    goals.close()
    assert (saved.author, saved.approved_by) == ("maria", "li")
    assert saved.goal.channel_caps["sms"].max_sends == 1
